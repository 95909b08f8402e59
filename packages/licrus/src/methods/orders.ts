import type { CallOptions } from '@odeme/core';
import type { ApprovedOrders, ListApprovedOrdersParams, UpdatedOrder, UpdateOrderParams } from '../types/orders.js';

/** `licrus.orders`: approved orders for the ERP, and the ERP's fields written back. */
export interface OrdersMethods {
  /**
   * GetApprovedOrders: the orders in the approved state (Onaylandı) of one `OrderType`, for the ERP to process.
   *
   * `POST /api/ERP/GetApprovedOrders`. Moves no money; a read, retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  listApproved(input: ListApprovedOrdersParams, options?: CallOptions): Promise<ApprovedOrders>;
  /**
   * UpdateOrder: writes the ERP order number, waybill, delivery date, cancellation or status back onto an order.
   *
   * `POST /api/ERP/UpdateOrder` (assumed: SOAP only in the docs). Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  update(input: UpdateOrderParams, options?: CallOptions): Promise<UpdatedOrder>;
}
