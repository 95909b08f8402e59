import * as z from 'zod';
import { amount, id } from './common.js';
import { APPROVAL_STATUSES, openEnum } from './enums.js';

/** POST /payment/v1/payment-transactions/approve|disapprove. */
export const approvalRequest = z.strictObject({
  paymentTransactionIds: z.array(id).min(1, 'at least one paymentTransactionId is required'),
  /** All or nothing: when true, one failure rolls back the others. */
  isTransactional: z.boolean().optional(),
});

/** Result per transaction of an approval (kept open: the list shape is not published). */
export const approvalResponse = z.looseObject({
  items: z
    .array(
      z.looseObject({
        paymentTransactionId: z.number().nullish(),
        approvalStatus: openEnum(APPROVAL_STATUSES).nullish(),
        failedReason: z.string().nullish(),
      }),
    )
    .optional(),
});

/** PUT /payment/v1/payment-transactions/{id}: move a line to a sub-merchant or change its share. */
export const updateTransactionRequest = z.strictObject({ id, subMerchantId: id.optional(), subMerchantPrice: amount().optional() }).superRefine((v, ctx) => {
  if (v.subMerchantId !== undefined && v.subMerchantPrice === undefined)
    ctx.addIssue({ code: 'custom', path: ['subMerchantPrice'], message: 'subMerchantPrice is required when subMerchantId is set' });
});

/** POST /payment/v1/payment-transactions/reorganize (Java client). */
export const reorganizeRequest = z.strictObject({
  paymentId: id,
  items: z
    .array(
      z.strictObject({
        paymentTransactionId: id,
        price: amount(),
        subMerchantId: id.optional(),
        externalId: z.string().optional(),
      }),
    )
    .min(1, 'at least one item is required'),
});
