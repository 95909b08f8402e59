import { authLogin } from './auth.js';
import { partsList, partsSave, priceListsSave, productsList, productsSave } from './catalogue.js';
import {
  addressesCities,
  addressesDistricts,
  extendedWarrantyGetCustomer,
  productGroupsMainGroups,
  reportsLoad,
  websiteCities,
  websiteProductGroups,
  websiteServices,
} from './lookups.js';
import { ordersListApproved, ordersUpdate } from './orders.js';
import { partnersList, partnersSave } from './partners.js';
import { paymentsPay } from './payments.js';
import { serialNumbersImport, serialNumbersList } from './serial-numbers.js';
import {
  laborCostsGetByQuote,
  laborPackagesSave,
  parametersSend,
  serviceRequestsCreateEam,
  serviceRequestsCreateFirstStart,
  webFormsCreateCall,
  workOrdersCreateWallBox,
  workOrdersUpdateSerzatOrderId,
} from './service.js';

/**
 * Every Licrus operation row, by the name the client uses for it. Importing this object keeps every row in a
 * bundle: import the single rows (`paymentsPay`, …) for a small one. Hidden from the API reference, where its
 * expanded type made a page of over 1 MB: each row is documented under its own export and its client method.
 * @hidden
 */
export const licrusOperations = {
  /** Login (`authLogin`). */
  login: authLogin,
  /** Payment (`paymentsPay`). */
  pay: paymentsPay,
  /** GetApprovedOrders (`ordersListApproved`). */
  listApprovedOrders: ordersListApproved,
  /** UpdateOrder (`ordersUpdate`). */
  updateOrder: ordersUpdate,
  /** ImportProductSerialNumbers (`serialNumbersImport`). */
  importSerialNumbers: serialNumbersImport,
  /** GetProductSerialNumbers (`serialNumbersList`). */
  listSerialNumbers: serialNumbersList,
  /** SavePartner (`partnersSave`). */
  savePartner: partnersSave,
  /** GetPartner (`partnersList`). */
  listPartners: partnersList,
  /** SaveProduct (`productsSave`). */
  saveProduct: productsSave,
  /** GetProduct (`productsList`). */
  listProducts: productsList,
  /** SavePart (`partsSave`). */
  savePart: partsSave,
  /** GetPart (`partsList`). */
  listParts: partsList,
  /** SavePriceList (`priceListsSave`). */
  savePriceList: priceListsSave,
  /** GetLaborCostByQuote (`laborCostsGetByQuote`). */
  laborCostByQuote: laborCostsGetByQuote,
  /** SendParameter (`parametersSend`). */
  sendParameter: parametersSend,
  /** EAM service request (`serviceRequestsCreateEam`). */
  createEamServiceRequest: serviceRequestsCreateEam,
  /** First-start call (`serviceRequestsCreateFirstStart`). */
  createFirstStartCall: serviceRequestsCreateFirstStart,
  /** City/GetAll (`addressesCities`). */
  cities: addressesCities,
  /** District/GetByCityId (`addressesDistricts`). */
  districts: addressesDistricts,
  /** ProductGroup/GetMainGroups (`productGroupsMainGroups`). */
  mainGroups: productGroupsMainGroups,
  /** WebSite/GetCities (`websiteCities`). */
  websiteCities,
  /** WebSite/GetServices (`websiteServices`). */
  websiteServices,
  /** WebSite/GetProductGroups (`websiteProductGroups`). */
  websiteProductGroups,
  /** ExternalCall/Create (`webFormsCreateCall`). */
  createWebFormCall: webFormsCreateCall,
  /** ExtendedWarrantyModules GetCustomer (`extendedWarrantyGetCustomer`). */
  extendedWarrantyCustomer: extendedWarrantyGetCustomer,
  /** LaborPackage/save (`laborPackagesSave`). */
  saveLaborPackage: laborPackagesSave,
  /** WorkOrder/createWallBoxWorkOrder (`workOrdersCreateWallBox`). */
  createWallBoxWorkOrder: workOrdersCreateWallBox,
  /** Serzat/SerzatOrderIdUpdate (`workOrdersUpdateSerzatOrderId`). */
  updateSerzatOrderId: workOrdersUpdateSerzatOrderId,
  /** GenericReport/load (`reportsLoad`). */
  loadReport: reportsLoad,
} as const;

export type { LicrusMeta, LicrusOperation } from './define.js';
