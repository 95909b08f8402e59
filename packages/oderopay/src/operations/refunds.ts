import { defineOperation } from '@odeme/core';
import { generatedConversationId, paymentIdReference } from '../references.js';
import {
  refundByPaymentIdRequest,
  refundIdPath,
  refundPaymentRequest,
  refundPaymentResponse,
  refundTransactionList,
  refundTransactionRequest,
  refundTransactionResponse,
  searchRefundTransactionsRequest,
} from '../schemas/refund.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /payment/v1/refunds`: refund a whole payment (executed as CANCEL when it is the same day and nothing was refunded yet). */
export const refundsCreate = /* @__PURE__ */ defineOperation({
  id: 'refunds.create',
  method: 'POST',
  path: '/payment/v1/refunds',
  request: refundPaymentRequest,
  response: refundPaymentResponse,
  movesMoney: true,
  reference: generatedConversationId,
});

/** `GET /payment/v1/refunds/{id}`: read a whole-payment refund. */
export const refundsRetrieve = /* @__PURE__ */ defineOperation({
  id: 'refunds.retrieve',
  method: 'GET',
  path: '/payment/v1/refunds/{id}',
  request: refundIdPath,
  response: refundPaymentResponse,
  movesMoney: false,
});

/** `POST /payment/v1/refund-transactions`: refund one basket line, in full or in part (`refundPrice`). */
export const refundsCreateTransaction = /* @__PURE__ */ defineOperation({
  id: 'refunds.createTransaction',
  method: 'POST',
  path: '/payment/v1/refund-transactions',
  request: refundTransactionRequest,
  response: refundTransactionResponse,
  movesMoney: true,
  reference: generatedConversationId,
});

/** `GET /payment/v1/refund-transactions/{id}`: read a line refund. */
export const refundsRetrieveTransaction = /* @__PURE__ */ defineOperation({
  id: 'refunds.retrieveTransaction',
  method: 'GET',
  path: '/payment/v1/refund-transactions/{id}',
  request: refundIdPath,
  response: refundTransactionResponse,
  movesMoney: false,
});

/** `GET /payment/v1/refund-transactions`: search line refunds by payment, conversation or transaction. */
export const refundsSearchTransactions = /* @__PURE__ */ defineOperation({
  id: 'refunds.searchTransactions',
  method: 'GET',
  path: '/payment/v1/refund-transactions',
  request: searchRefundTransactionsRequest,
  response: refundTransactionList,
  movesMoney: false,
});

/** `POST /payment/v1/refund-transactions/byPaymentId`: partial refund addressed by payment id (documented in the EN docs only). */
export const refundsCreateByPaymentId = /* @__PURE__ */ defineOperation({
  id: 'refunds.createByPaymentId',
  method: 'POST',
  path: '/payment/v1/refund-transactions/byPaymentId',
  request: refundByPaymentIdRequest,
  response: refundTransactionResponse,
  movesMoney: true,
  reference: paymentIdReference,
});

/** Refunds and cancels: whole payments and single basket lines. */
export const refundOperations = {
  /** Refund a whole payment (executed as CANCEL when it is the same day and nothing was refunded yet). */
  create: refundsCreate,
  /** Read a whole-payment refund. */
  retrieve: refundsRetrieve,
  /** Refund one basket line, in full or in part (`refundPrice`). */
  createTransaction: refundsCreateTransaction,
  /** Read a line refund. */
  retrieveTransaction: refundsRetrieveTransaction,
  /** Search line refunds by payment, conversation or transaction. */
  searchTransactions: refundsSearchTransactions,
  /** Partial refund addressed by payment id (documented in the EN docs only). */
  createByPaymentId: refundsCreateByPaymentId,
};
