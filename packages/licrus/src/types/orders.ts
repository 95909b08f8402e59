import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { getApprovedOrdersRequest, order, orderListResponse, updateOrderRequest, updateOrderResponse } from '../schemas/orders.js';
import type { EnvelopeOf } from './envelope.js';

/** What `licrus.orders.listApproved` takes: the `OrderType` (1 stock, 9 return). */
export interface ListApprovedOrdersParams extends z.input<typeof getApprovedOrdersRequest> {}

/** An `Order` as GetApprovedOrders returns it; its lines (`OrderDetail`) are not documented, so kept as sent. */
export interface Order extends Answer<z.output<typeof order>> {}

/** GetApprovedOrders' `OrderResponse`: the approved orders. */
export interface ApprovedOrders extends EnvelopeOf<typeof orderListResponse, 'Results'> {
  /** The approved orders of the asked `OrderType`; empty when there are none. */
  Results: Order[];
}

/** What `licrus.orders.update` takes: the ERP's fields to write back onto the order with `Entity.Id`. */
export interface UpdateOrderParams extends z.input<typeof updateOrderRequest> {}

/** UpdateOrder's `OrderResponse`. */
export interface UpdatedOrder extends EnvelopeOf<typeof updateOrderResponse> {}
