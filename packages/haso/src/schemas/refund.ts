import * as z from 'zod';
import { extraFields, ipAddress, merchantOid, x100String } from './common.js';

/** 5.7 refund. Only the description is public: every field name here is INFERRED (see the docs page). */
export const refundTransactionRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  /** Your id for this refund; HASO answers H307 when one with this id already succeeded. */
  refundId: z.string().min(1),
  merchantOid,
  transactionCode: z.string().min(1),
  /** Amount to refund in kuruş, sent ×100. */
  refundAmount: x100String({ positive: true }),
  extra: extraFields,
});

/** 5.8 CheckRefund: `refundId` INFERRED (the docs name `RefundId` in the description). */
export const checkRefundRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  refundId: z.string().min(1),
  extra: extraFields,
});
