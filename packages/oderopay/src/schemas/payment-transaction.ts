import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, anyObject, id } from './common.js';
import { APPROVAL_STATUSES, openEnum } from './enums.js';
import { looseObject, strictObject } from './object.js';

/** POST /payment/v1/payment-transactions/approve|disapprove. */
export const approvalRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The basket lines (`payment.paymentTransactions[].id`) to release or hold. */
    paymentTransactionIds: z.array(id).check(z.minLength(1, 'at least one paymentTransactionId is required')),
    /** All or nothing: when true, one failure rolls back the others. */
    isTransactional: z.optional(z.boolean()),
  }),
);

/** The result of approving or disapproving one payment transaction. */
export const approvalItem = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The payment transaction. */
    paymentTransactionId: z.nullish(z.number()),
    /** `SUCCESS` or `FAILURE` (others pass). */
    approvalStatus: z.nullish(openEnum(APPROVAL_STATUSES)),
    /** Why it failed. */
    failedReason: z.nullish(z.string()),
  }),
);

/** Result per transaction of an approval (`items`, as the official clients' approval list; each result is read by its `approvalStatus`). */
export const approvalResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** One result per payment transaction. */
    items: z.array(approvalItem),
    /** Number of results. */
    size: z.nullish(z.number()),
  }),
);

/** PUT /payment/v1/payment-transactions/{id}: move a line to a sub-merchant or change its share. */
export const updateTransactionRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The payment transaction (path): `payment.paymentTransactions[].id`; the call's `reference`. */
    id,
    /** Sub-merchant the line moves to. */
    subMerchantId: z.optional(id),
    /** Amount passed on to the sub-merchant, in the payment's currency, exact to the kuruş; required with `subMerchantId`. */
    subMerchantPrice: z.optional(amount()),
  }).check(
    z.superRefine((v, ctx) => {
      if (v.subMerchantId !== undefined && v.subMerchantPrice === undefined)
        ctx.addIssue({ code: 'custom', path: ['subMerchantPrice'], message: 'subMerchantPrice is required when subMerchantId is set' });
    }),
  ),
);

/** One line of a re-split payment. */
export const reorganizeItem = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The payment transaction. */
    paymentTransactionId: id,
    /** Its amount in the payment's currency, exact to the kuruş. */
    price: amount(),
    /** Its sub-merchant. */
    subMerchantId: z.optional(id),
    /** The merchant's own id for the line. */
    externalId: z.optional(z.string()),
  }),
);

/** POST /payment/v1/payment-transactions/reorganize (Java client). */
export const reorganizeRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The payment whose lines are re-split; the call's `reference`. */
    paymentId: id,
    /** The new split, one entry per line. */
    items: z.array(reorganizeItem).check(z.minLength(1, 'at least one item is required')),
  }),
);

/** Answer of a reorganize: not published, kept whole (or nothing). */
export const reorganizeResponse = /* @__PURE__ */ lazySchema(() => z.optional(anyObject));
