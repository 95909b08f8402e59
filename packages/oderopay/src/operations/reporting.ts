import { defineOperation } from '@odeme/core';
import { paymentIdPath } from '../schemas/payment.js';
import { paymentDetail, paymentDetailList, searchPaymentsRequest } from '../schemas/reporting.js';
import { bouncedRowsRequest, payoutCompletedRequest, settlementRowList } from '../schemas/settlement.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `GET /payment-reporting/v1/payments`: search payments (paged; list filters are comma-joined). */
export const reportingSearchPayments = /* @__PURE__ */ defineOperation({
  id: 'reporting.searchPayments',
  method: 'GET',
  path: '/payment-reporting/v1/payments',
  request: searchPaymentsRequest,
  response: paymentDetailList,
  movesMoney: false,
});

/** `GET /payment-reporting/v1/payments/{id}`: a payment with its card, refunds and transactions. */
export const reportingRetrievePayment = /* @__PURE__ */ defineOperation({
  id: 'reporting.retrievePayment',
  method: 'GET',
  path: '/payment-reporting/v1/payments/{id}',
  request: paymentIdPath,
  response: paymentDetail,
  movesMoney: false,
});

/** Payment reporting. */
export const reportingOperations = {
  /** Search payments (paged; list filters are comma-joined). */
  searchPayments: reportingSearchPayments,
  /** A payment with its card, refunds and transactions. */
  retrievePayment: reportingRetrievePayment,
};

/** `GET /settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows`: sub-merchant rows whose payout bounced. */
export const settlementReportingSearchBouncedSubMerchantRows = /* @__PURE__ */ defineOperation({
  id: 'settlementReporting.searchBouncedSubMerchantRows',
  method: 'GET',
  path: '/settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows',
  request: bouncedRowsRequest,
  response: settlementRowList,
  movesMoney: false,
});

/** `GET /settlement-reporting/v1/settlement-file/payout-completed-transactions`: transactions whose payout completed. */
export const settlementReportingSearchPayoutCompletedTransactions = /* @__PURE__ */ defineOperation({
  id: 'settlementReporting.searchPayoutCompletedTransactions',
  method: 'GET',
  path: '/settlement-reporting/v1/settlement-file/payout-completed-transactions',
  request: payoutCompletedRequest,
  response: settlementRowList,
  movesMoney: false,
});

/** Settlement-file reports. */
export const settlementReportingOperations = {
  /** Sub-merchant rows whose payout bounced. */
  searchBouncedSubMerchantRows: settlementReportingSearchBouncedSubMerchantRows,
  /** Transactions whose payout completed. */
  searchPayoutCompletedTransactions: settlementReportingSearchPayoutCompletedTransactions,
};
