import { getApprovedOrdersRequest, orderListResponse, updateOrderRequest, updateOrderResponse } from '../schemas/orders.js';
import { licrusOperation } from './define.js';

/** GetApprovedOrders: approved orders of a type, for the ERP. */
export const listApproved = licrusOperation('orders.listApproved', {
  request: getApprovedOrdersRequest,
  response: orderListResponse,
  soapName: 'GetApprovedOrders',
  write: false,
});
/** UpdateOrder: ERP order number, waybill, delivery date, cancellation or status written back. */
export const update = licrusOperation('orders.update', { request: updateOrderRequest, response: updateOrderResponse, soapName: 'UpdateOrder', write: true });
