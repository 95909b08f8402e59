import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { basketItem, customerId, dotNetInt, extraFields, ipAddress, merchantOid, revisedFeeRate, x100String } from './common.js';

/** 5.3 CreateTransaction [R]; `merchantOid` is INFERRED (the rest of the table is not public). */
export const createTransactionRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** Your order number (String(20), unique per order); INFERRED for 5.3, the key of every later call. Generated when left out. */
    merchantOid: z.optional(merchantOid),
    /** Order amount in integer kuruş, sent ×100 as a digit string (`125_000` → `"125000"`). */
    orderAmount: x100String({ positive: true }),
    /** The `InstallmentNo` of the option the customer chose (from 5.1 / 5.21): a whole number, the set being per merchant. */
    selectedInstallment: dotNetInt(1),
    /** HASO customer id (String(10)) returned by the limit process. */
    customerId,
    /** Basket lines; optional, but they improve HASO's checks such as the down payment. */
    basketList: z.optional(z.array(basketItem)),
    /** `true`: no extra fees are computed. */
    notCalculateFees: z.optional(z.boolean()),
    /** `true`: no forced first-installment down payment for risky customers. */
    forceRiskFreeEvaluate: z.optional(z.boolean()),
    /** Deferred installments (the rest of HASO's description is not public). */
    PostponeSelected: z.optional(z.boolean()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.5 GetPaymentsOfTransaction. */
export const getPaymentsOfTransactionRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** Your order number matched to that transaction (String(20)). */
    merchantOid,
    /** HASO transaction number (from the 5.3 answer or the okUrl post). */
    transactionCode: z.string().check(z.minLength(1)),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.21 GetPaymentPlanByDealerSegment. */
export const getPaymentPlanByDealerSegmentRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** The customer's segment on your side; it sets the transaction fee. */
    dealerSegment: z.optional(z.string()),
    /** Order amount in integer kuruş, sent ×100 as a digit string (`125_000` → `"125000"`). */
    orderAmount: x100String({ positive: true }),
    /** `true`: no extra fees are computed. */
    notCalculateFees: z.optional(z.boolean()),
    /** `true`: no forced first-installment down payment for risky customers. */
    forceRiskFreeEvaluate: z.optional(z.boolean()),
    /** `true`: compute deferred installments. */
    postponeSelected: z.optional(z.boolean()),
    /** Fee adjustment: integer percent of the original fee (0 or absent = unchanged; see spec §2.6). */
    RevisedFeeRate: z.optional(revisedFeeRate),
    /** Basket lines; optional, but they improve HASO's checks such as the down payment. */
    basketList: z.optional(z.array(basketItem)),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
