import { defineOperation } from '@odeme/core';
import { listOf } from '../schemas/common.js';
import { paymentIdPath } from '../schemas/payment.js';
import { paymentDetail, searchPaymentsRequest } from '../schemas/reporting.js';
import { settlementReportRequest, settlementRow } from '../schemas/settlement.js';

/** Payment reporting. */
export const reportingOperations = {
  /** Search payments (paged; list filters are comma-joined). */
  searchPayments: defineOperation({
    id: 'reporting.searchPayments',
    method: 'GET',
    path: '/payment-reporting/v1/payments',
    request: searchPaymentsRequest,
    response: listOf(paymentDetail),
    movesMoney: false,
  }),
  /** A payment with its card, refunds and transactions. */
  retrievePayment: defineOperation({
    id: 'reporting.retrievePayment',
    method: 'GET',
    path: '/payment-reporting/v1/payments/{id}',
    request: paymentIdPath,
    response: paymentDetail,
    movesMoney: false,
  }),
};

/** Settlement-file reports. */
export const settlementReportingOperations = {
  /** Sub-merchant rows whose payout bounced. */
  searchBouncedSubMerchantRows: defineOperation({
    id: 'settlementReporting.searchBouncedSubMerchantRows',
    method: 'GET',
    path: '/settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows',
    request: settlementReportRequest,
    response: listOf(settlementRow),
    movesMoney: false,
  }),
  /** Transactions whose payout completed. */
  searchPayoutCompletedTransactions: defineOperation({
    id: 'settlementReporting.searchPayoutCompletedTransactions',
    method: 'GET',
    path: '/settlement-reporting/v1/settlement-file/payout-completed-transactions',
    request: settlementReportRequest,
    response: listOf(settlementRow),
    movesMoney: false,
  }),
};
