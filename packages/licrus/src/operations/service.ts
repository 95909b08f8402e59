import { laborCostByQuoteRequest, laborCostByQuoteResponse, saveLaborPackageRequest, saveLaborPackageResponse } from '../schemas/labor.js';
import { sendParameterRequest, sendParameterResponse } from '../schemas/parameters.js';
import { eamServiceRequest, firstStartRequest, serviceFormResponse } from '../schemas/service-forms.js';
import { webFormCallRequest, webFormCallResponse } from '../schemas/web-form.js';
import { serzatOrderIdUpdateRequest, wallBoxWorkOrderRequest, workOrderResponse } from '../schemas/work-orders.js';
import { licrusOperation } from './define.js';

/** ServiceForm/Create: opens an EAM (Licrus CMMS) service request; `Id` is the new call number. */
export const serviceRequestsCreateEam = /* @__PURE__ */ licrusOperation('serviceRequests.createEam', {
  path: '/OperationForms/ServiceForm/Create',
  request: eamServiceRequest,
  response: serviceFormResponse,
  soapName: 'ServiceForm/Create',
  write: true,
});
/** ServiceForm/Create: opens a first-start (commissioning) call; `Id` is the new call number. */
export const serviceRequestsCreateFirstStart = /* @__PURE__ */ licrusOperation('serviceRequests.createFirstStart', {
  path: '/OperationForms/ServiceForm/Create',
  request: firstStartRequest,
  response: serviceFormResponse,
  soapName: 'ServiceForm/Create',
  write: true,
});
/** ExternalCall/Create: opens a service call from a web form; the call number is in the message text. */
export const webFormsCreateCall = /* @__PURE__ */ licrusOperation('webForms.createCall', {
  path: '/ExternalCall/Create',
  request: webFormCallRequest,
  response: webFormCallResponse,
  soapName: 'ExternalCall/Create',
  write: true,
});
/** GetLaborCostByQuote: the labour cost of a service progress payment (hakediş). */
export const laborCostsGetByQuote = /* @__PURE__ */ licrusOperation('laborCosts.getByQuote', {
  path: '/api/ERP/GetLaborCostByQuote',
  request: laborCostByQuoteRequest,
  response: laborCostByQuoteResponse,
  soapName: 'GetLaborCostByQuote',
  write: false,
});
/** LaborPackage/save: saves a labour package. */
export const laborPackagesSave = /* @__PURE__ */ licrusOperation('laborPackages.save', {
  path: '/api/LaborPackage/save',
  request: saveLaborPackageRequest,
  response: saveLaborPackageResponse,
  soapName: 'LaborPackage/save',
  write: true,
});
/** SendParameter: the definition tables waiting for the ERP. Treated as a write: it may hand them over once. */
export const parametersSend = /* @__PURE__ */ licrusOperation('parameters.send', {
  path: '/api/ERP/SendParameter',
  request: sendParameterRequest,
  response: sendParameterResponse,
  soapName: 'SendParameter',
  write: true,
});
/** WorkOrder/createWallBoxWorkOrder: creates a WallBox work order. */
export const workOrdersCreateWallBox = /* @__PURE__ */ licrusOperation('workOrders.createWallBox', {
  path: '/api/WorkOrder/createWallBoxWorkOrder',
  request: wallBoxWorkOrderRequest,
  response: workOrderResponse,
  soapName: 'createWallBoxWorkOrder',
  write: true,
});
/** Serzat/SerzatOrderIdUpdate: links order lines to an id. */
export const workOrdersUpdateSerzatOrderId = /* @__PURE__ */ licrusOperation('workOrders.updateSerzatOrderId', {
  path: '/api/Serzat/SerzatOrderIdUpdate',
  request: serzatOrderIdUpdateRequest,
  response: workOrderResponse,
  soapName: 'SerzatOrderIdUpdate',
  write: true,
});
