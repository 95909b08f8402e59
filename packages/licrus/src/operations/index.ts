import { login } from './auth.js';
import { listParts, listProducts, savePart, savePriceList, saveProduct } from './catalogue.js';
import { cities, districts, extendedWarrantyCustomer, loadReport, mainGroups, websiteCities, websiteProductGroups, websiteServices } from './lookups.js';
import { listApproved, update } from './orders.js';
import { listPartners, savePartner } from './partners.js';
import { pay } from './payments.js';
import { importSerials, listSerials } from './serial-numbers.js';
import {
  createEam,
  createFirstStart,
  createWallBox,
  createWebFormCall,
  laborCostByQuote,
  saveLaborPackage,
  sendParameter,
  updateSerzatOrderId,
} from './service.js';

/** Every Licrus operation row, by the client member that calls it. */
export const licrusOperations = {
  login,
  pay,
  listApprovedOrders: listApproved,
  updateOrder: update,
  importSerialNumbers: importSerials,
  listSerialNumbers: listSerials,
  savePartner,
  listPartners,
  saveProduct,
  listProducts,
  savePart,
  listParts,
  savePriceList,
  laborCostByQuote,
  sendParameter,
  createEamServiceRequest: createEam,
  createFirstStartCall: createFirstStart,
  cities,
  districts,
  mainGroups,
  websiteCities,
  websiteServices,
  websiteProductGroups,
  createWebFormCall,
  extendedWarrantyCustomer,
  saveLaborPackage,
  createWallBoxWorkOrder: createWallBox,
  updateSerzatOrderId,
  loadReport,
} as const;

export type { LicrusMeta, LicrusOperation } from './define.js';
