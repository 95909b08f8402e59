import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { extraFields, ipAddress, merchantOid, x100String } from './common.js';

/** 5.7 refund. Only the description is public: every field name here is INFERRED (see the docs page). */
export const refundTransactionRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** Your id for this refund (generated when left out); HASO answers H307 when one with this id already succeeded. */
    refundId: z.optional(z.string().check(z.minLength(1))),
    /** Your order number (String(20)). */
    merchantOid,
    /** HASO transaction code of the purchase to refund. */
    transactionCode: z.string().check(z.minLength(1)),
    /** Amount to refund in integer kuruş, sent ×100 as a digit string. */
    refundAmount: x100String({ positive: true }),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.8 CheckRefund: `refundId` INFERRED (the docs name `RefundId` in the description). */
export const checkRefundRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** The `refundId` sent with the refund; H308 when HASO has none. */
    refundId: z.string().check(z.minLength(1)),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
