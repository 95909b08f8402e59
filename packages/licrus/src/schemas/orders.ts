import * as z from 'zod';
import { closedEnum, OrderStatus, OrderType, openEnum } from './enums.js';
import { dateTime, resultsEnvelope, envelopeWith } from './common.js';

/** An order line (`OrderDetail`); its fields are not published, so whatever Licrus sends is kept. */
export const orderDetail = z.looseObject({});

/** `Order` as GetApprovedOrders returns it (partial in the docs; unknown fields kept). */
export const order = z.looseObject({
  Id: z.number().int().nullish(),
  ERPOrderNumber: z.string().nullish(),
  OrderDate: z.string().nullish(),
  OrderType: openEnum().nullish(),
  Status: openEnum().nullish(),
  ServiceCode: z.string().nullish(),
  WarehouseCode: z.string().nullish(),
  Description: z.string().nullish(),
  DeliveryDate: z.string().nullish(),
  DeliveryMethod: openEnum().nullish(),
  OrderDetail: z.array(orderDetail).nullish(),
});
/** A parsed `Order`. */
export type Order = z.output<typeof order>;

/** GetApprovedOrders: orders in the approved state, for the ERP to process. */
export const getApprovedOrdersRequest = z.object({ OrderType: closedEnum(OrderType) });
/** OrderResponse with `Results: Order[]`. */
export const orderListResponse = resultsEnvelope(order);

/** UpdateOrder: the fields the ERP writes back onto an order, found by `Id`. */
export const updateOrderRequest = z.object({
  OrderType: closedEnum(OrderType).default(OrderType.Stok),
  Entity: z.looseObject({
    Id: z.number().int().positive(),
    ERPOrderNumber: z.string().min(1).optional(),
    WaybillNumber: z.string().min(1).optional(),
    DeliveryDate: dateTime.optional(),
    CancellationReason: z.string().min(1).optional(),
    Status: closedEnum(OrderStatus).optional(),
    DeliveryMethod: openEnum().optional(),
  }),
});
/** OrderResponse of UpdateOrder. */
export const updateOrderResponse = envelopeWith({ Entity: z.unknown().optional() });
