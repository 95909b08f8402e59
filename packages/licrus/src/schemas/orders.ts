import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith, resultsEnvelope } from './common.js';
import { closedEnum, DeliveryMethod, OrderStatus, OrderType, openEnum } from './enums.js';
import { dateTime } from './fields.js';

/** An order line (`OrderDetail`); its fields are not published, so whatever Licrus sends is kept. */
export const orderDetail = /* @__PURE__ */ lazySchema(() => z.looseObject({}));

/** `Order` as GetApprovedOrders returns it (partial in the docs; unknown fields kept). */
export const order = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Licrus order id (give it to UpdateOrder). */
    Id: z.nullish(z.int()),
    /** The ERP's order number, once written back. */
    ERPOrderNumber: z.nullish(z.string()),
    /** Order date, as Licrus sends it (.NET `DateTime` text, e.g. `2025-01-01T10:00:00`). */
    OrderDate: z.nullish(z.string()),
    /** Order type: `OrderType` (1 stock, 9 return). */
    OrderType: z.nullish(openEnum(OrderType)),
    /** Order status: `OrderStatus` (1 draft … 9 waiting for approval). */
    Status: z.nullish(openEnum(OrderStatus)),
    /** Code of the service that placed the order. */
    ServiceCode: z.nullish(z.string()),
    /** Code of the warehouse. */
    WarehouseCode: z.nullish(z.string()),
    /** Order description. */
    Description: z.nullish(z.string()),
    /** Delivery date, as Licrus sends it (.NET `DateTime` text). */
    DeliveryDate: z.nullish(z.string()),
    /** Delivery method: `DeliveryMethod` (1 in person, 2 by vehicle, more exist). */
    DeliveryMethod: z.nullish(openEnum(DeliveryMethod)),
    /** Order lines. */
    OrderDetail: z.nullish(z.array(orderDetail)),
  }),
);

/** GetApprovedOrders: orders in the approved state, for the ERP to process. */
export const getApprovedOrdersRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Which orders: `OrderType` (1 stock, 9 return). */
    OrderType: closedEnum(OrderType),
  }),
);
/** OrderResponse with `Results: Order[]`. */
export const orderListResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(order));

/** UpdateOrder: the fields the ERP writes back onto an order, found by `Id`. */
export const updateOrderRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Always `Stok` (1) for UpdateOrder, the default. */
    OrderType: z._default(closedEnum(OrderType), OrderType.Stok),
    /** The order fields to write back. */
    Entity: z.looseObject({
      /** Licrus order id (required). */
      Id: z.int().check(z.positive()),
      /** The ERP's order number. */
      ERPOrderNumber: z.optional(z.string().check(z.minLength(1))),
      /** Waybill (irsaliye) number. */
      WaybillNumber: z.optional(z.string().check(z.minLength(1))),
      /** Delivery date: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
      DeliveryDate: z.optional(dateTime),
      /** Rejection reason from the ERP: it cancels the line. */
      CancellationReason: z.optional(z.string().check(z.minLength(1))),
      /** New status: `OrderStatus` (1–9). */
      Status: z.optional(closedEnum(OrderStatus)),
      /** Delivery method: `DeliveryMethod`. */
      DeliveryMethod: z.optional(openEnum(DeliveryMethod)),
    }),
  }),
);
/** OrderResponse of UpdateOrder. */
export const updateOrderResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The updated order, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
  }),
);
