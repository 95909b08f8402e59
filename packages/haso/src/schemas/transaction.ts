import * as z from 'zod';
import { basketItem, customerId, extraFields, ipAddress, merchantOid, revisedFeeRate, x100String } from './common.js';

/** 5.3 CreateTransaction [R]; `merchantOid` is INFERRED (the rest of the table is not public). */
export const createTransactionRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  merchantOid,
  orderAmount: x100String({ positive: true }),
  selectedInstallment: z.number().int().min(1),
  customerId,
  basketList: z.array(basketItem).optional(),
  notCalculateFees: z.boolean().optional(),
  forceRiskFreeEvaluate: z.boolean().optional(),
  PostponeSelected: z.boolean().optional(),
  extra: extraFields,
});

/** 5.5 GetPaymentsOfTransaction. */
export const getPaymentsOfTransactionRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  merchantOid,
  transactionCode: z.string().min(1),
  extra: extraFields,
});

/** 5.21 GetPaymentPlanByDealerSegment. */
export const getPaymentPlanByDealerSegmentRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  dealerSegment: z.string().optional(),
  orderAmount: x100String({ positive: true }),
  notCalculateFees: z.boolean().optional(),
  forceRiskFreeEvaluate: z.boolean().optional(),
  postponeSelected: z.boolean().optional(),
  RevisedFeeRate: revisedFeeRate.optional(),
  basketList: z.array(basketItem).optional(),
  extra: extraFields,
});

/** [D] /Index/GetToken: parameters not public; these are INFERRED and `extra` carries anything else. */
export const getTokenRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  merchantOid: merchantOid.optional(),
  orderAmount: x100String({ positive: true }).optional(),
  customerId: customerId.optional(),
  extra: extraFields,
});
