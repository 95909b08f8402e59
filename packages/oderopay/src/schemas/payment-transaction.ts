import * as z from 'zod/mini';
import { amount, anyObject, id } from './common.js';
import { APPROVAL_STATUSES, openEnum } from './enums.js';

/** POST /payment/v1/payment-transactions/approve|disapprove. */
export const approvalRequest = z.strictObject({
  /** The basket lines (payment transactions) to release or hold. */
  paymentTransactionIds: z.array(id).check(z.minLength(1, 'at least one paymentTransactionId is required')),
  /** All or nothing: when true, one failure rolls back the others. */
  isTransactional: z.optional(z.boolean()),
});

/** Result per transaction of an approval (`items`, as the official clients' approval list; each result is read by its `approvalStatus`). */
export const approvalResponse = z.looseObject({
  /** One result per payment transaction. */
  items: z.array(
    z.looseObject({
      /** The payment transaction. */
      paymentTransactionId: z.nullish(z.number()),
      /** `SUCCESS` or `FAILURE` (open). */
      approvalStatus: z.nullish(openEnum(APPROVAL_STATUSES)),
      /** Why it failed. */
      failedReason: z.nullish(z.string()),
    }),
  ),
  /** Number of results. */
  size: z.nullish(z.number()),
});

/** PUT /payment/v1/payment-transactions/{id}: move a line to a sub-merchant or change its share. */
export const updateTransactionRequest = z
  .strictObject({
    /** The payment transaction (path). */
    id,
    /** Sub-merchant the line moves to. */
    subMerchantId: z.optional(id),
    /** Amount in TL passed on to the sub-merchant; required with `subMerchantId`. */
    subMerchantPrice: z.optional(amount()),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.subMerchantId !== undefined && v.subMerchantPrice === undefined)
        ctx.addIssue({ code: 'custom', path: ['subMerchantPrice'], message: 'subMerchantPrice is required when subMerchantId is set' });
    }),
  );

/** POST /payment/v1/payment-transactions/reorganize (Java client). */
export const reorganizeRequest = z.strictObject({
  /** The payment whose lines are re-split. */
  paymentId: id,
  /** The new split, one entry per line. */
  items: z
    .array(
      z.strictObject({
        /** The payment transaction. */
        paymentTransactionId: id,
        /** Its amount in TL. */
        price: amount(),
        /** Its sub-merchant. */
        subMerchantId: z.optional(id),
        /** The merchant's own id for the line. */
        externalId: z.optional(z.string()),
      }),
    )
    .check(z.minLength(1, 'at least one item is required')),
});

/** Answer of a reorganize: not published, kept whole (or nothing). */
export const reorganizeResponse = z.optional(anyObject);
