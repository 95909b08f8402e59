import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { extraFields, hasoDay, ipAddress, merchantOid } from './common.js';

/** 5.6 SetPaidPayment: one payment record collected outside HASO. */
export const setPaidPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** The payment record to mark paid, from the payment plan. */
    paymentCode: z.string().check(z.minLength(1)),
    /** Your order number (String(20)). */
    merchantOid,
    /** When the customer paid: a `Date` or `yyyy-MM-dd` (signed as `yyyy-MM-dd`). */
    paymentDate: hasoDay,
    /** Your payment channel's reference. */
    paymentReferenceCode: z.optional(z.string()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.20 SetBulkPaidPayment: several payment records at once (`paymentCodes` is not part of the token). */
export const setBulkPaidPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** The `paymentCode`s covered by this collection (not signed). */
    paymentCodes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** Your order number (String(20)). */
    merchantOid,
    /** Date of collection: a `Date` or `yyyy-MM-dd` (signed as `yyyy-MM-dd`). */
    paymentDate: hasoDay,
    /** Your payment channel's reference. */
    paymentReferenceCode: z.optional(z.string()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
