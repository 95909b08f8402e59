import { getApprovedOrdersRequest, orderListResponse, updateOrderRequest, updateOrderResponse } from '../schemas/orders.js';
import { licrusOperation } from './define.js';

/** GetApprovedOrders: the orders in the approved state (Onaylandı) of one `OrderType`, for the ERP to process. */
export const ordersListApproved = /* @__PURE__ */ licrusOperation('orders.listApproved', {
  path: '/api/ERP/GetApprovedOrders',
  request: getApprovedOrdersRequest,
  response: orderListResponse,
  soapName: 'GetApprovedOrders',
  write: false,
});
/** UpdateOrder: writes the ERP order number, waybill, delivery date, cancellation or status back onto an order. */
export const ordersUpdate = /* @__PURE__ */ licrusOperation('orders.update', {
  path: '/api/ERP/UpdateOrder',
  request: updateOrderRequest,
  response: updateOrderResponse,
  soapName: 'UpdateOrder',
  write: true,
});
