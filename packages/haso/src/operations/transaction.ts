import { defineOperation } from '@odeme/core';
import { generatedMerchantOid } from '../reference.js';
import { installmentOptionsData, planData } from '../schemas/responses.js';
import { createTransactionRequest, getPaymentPlanByDealerSegmentRequest, getPaymentsOfTransactionRequest } from '../schemas/transaction.js';
import { rowMeta } from './meta.js';

// Transaction rows (5.3, 5.5, 5.21).

/**
 * 5.3 CreateTransaction [R]: the purchase. Buys `orderAmount` (integer kuruş, sent ×100) in `selectedInstallment`
 * installments for a customer who has a limit; returns `transactionCode` and the `PaymentPlan`. Sent once, never
 * retried on its own. `merchantOid` (your order number) is generated when you give none; it is `reference` on the
 * result and on every error of the call.
 *
 * @example
 * ```ts
 * import { createHasoTransport, transactionsCreate } from '@odeme/haso';
 *
 * const haso = createHasoTransport({ baseUrl, merchantId, merchantKey, merchantSalt, ipAddress: shopperIp });
 * const tx = await haso.call(transactionsCreate, { merchantOid: 'ORD-1001', orderAmount: 125_000, selectedInstallment: 3, customerId });
 * console.log(tx.transactionCode, tx.PaymentPlan?.map((p) => p.installmentPaymentKurus));
 * ```
 */
export const transactionsCreate = /* @__PURE__ */ defineOperation({
  id: 'transactions.create',
  method: 'POST',
  path: '/RequestV2/CreateTransaction',
  request: createTransactionRequest,
  response: planData,
  movesMoney: true,
  reference: generatedMerchantOid,
  meta: /* @__PURE__ */ rowMeta({
    method: 'createTransaction',
    section: '5.3',
    edition: 'R',
    tokenOrder: ['merchantId', 'merchantOid', 'customerId', 'orderAmount', 'selectedInstallment', 'ipAddress'],
    source: 'inferred',
  }),
});

/** 5.5 GetPaymentsOfTransaction: the current payment plan of a transaction (after payments, refunds, expenses). */
export const transactionsPaymentPlan = /* @__PURE__ */ defineOperation({
  id: 'transactions.paymentPlan',
  method: 'POST',
  path: '/Index/GetPaymentsOfTransaction',
  request: getPaymentsOfTransactionRequest,
  response: planData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'getPaymentsOfTransaction',
    section: '5.5',
    edition: 'R,S',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'ipAddress'],
    source: 'documented',
  }),
});

/** 5.21 GetPaymentPlanByDealerSegment: installment options for an amount (kuruş) and a dealer segment. */
export const transactionsPlanByDealerSegment = /* @__PURE__ */ defineOperation({
  id: 'transactions.planByDealerSegment',
  method: 'POST',
  path: '/Index/GetPaymentPlanByDealerSegment',
  request: getPaymentPlanByDealerSegmentRequest,
  response: installmentOptionsData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'getPaymentPlanByDealerSegment',
    section: '5.21',
    edition: 'S',
    tokenOrder: ['merchantId', 'ipAddress', 'dealerSegment', 'orderAmount'],
    source: 'documented',
  }),
});
