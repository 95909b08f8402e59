import { laborCostByQuoteRequest, laborCostByQuoteResponse, saveLaborPackageRequest, saveLaborPackageResponse } from '../schemas/labor.js';
import { sendParameterRequest, sendParameterResponse } from '../schemas/parameters.js';
import { eamServiceRequest, firstStartRequest, serviceFormResponse } from '../schemas/service-forms.js';
import { webFormCallRequest, webFormCallResponse } from '../schemas/web-form.js';
import { serzatOrderIdUpdateRequest, wallBoxWorkOrderRequest, workOrderResponse } from '../schemas/work-orders.js';
import { licrusOperation } from './define.js';

/** EAM service request (ServiceForm/Create). */
export const createEam = licrusOperation('serviceRequests.createEam', {
  request: eamServiceRequest,
  response: serviceFormResponse,
  soapName: 'ServiceForm/Create',
  write: true,
});
/** First-start (commissioning) call (ServiceForm/Create). */
export const createFirstStart = licrusOperation('serviceRequests.createFirstStart', {
  request: firstStartRequest,
  response: serviceFormResponse,
  soapName: 'ServiceForm/Create',
  write: true,
});
/** Web form call (ExternalCall/Create). */
export const createWebFormCall = licrusOperation('webForms.createCall', {
  request: webFormCallRequest,
  response: webFormCallResponse,
  soapName: 'ExternalCall/Create',
  write: true,
});
/** GetLaborCostByQuote. */
export const laborCostByQuote = licrusOperation('laborCosts.getByQuote', {
  request: laborCostByQuoteRequest,
  response: laborCostByQuoteResponse,
  soapName: 'GetLaborCostByQuote',
  write: false,
});
/** LaborPackage/save. */
export const saveLaborPackage = licrusOperation('laborPackages.save', {
  request: saveLaborPackageRequest,
  response: saveLaborPackageResponse,
  soapName: 'LaborPackage/save',
  write: true,
});
/** SendParameter. Treated as a write: it may hand pending definition tables over once. */
export const sendParameter = licrusOperation('parameters.send', {
  request: sendParameterRequest,
  response: sendParameterResponse,
  soapName: 'SendParameter',
  write: true,
});
/** WorkOrder/createWallBoxWorkOrder. */
export const createWallBox = licrusOperation('workOrders.createWallBox', {
  request: wallBoxWorkOrderRequest,
  response: workOrderResponse,
  soapName: 'createWallBoxWorkOrder',
  write: true,
});
/** Serzat/SerzatOrderIdUpdate. */
export const updateSerzatOrderId = licrusOperation('workOrders.updateSerzatOrderId', {
  request: serzatOrderIdUpdateRequest,
  response: workOrderResponse,
  soapName: 'SerzatOrderIdUpdate',
  write: true,
});
