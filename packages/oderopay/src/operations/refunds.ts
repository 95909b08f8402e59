import { defineOperation } from '@odeme/core';
import { listOf } from '../schemas/common.js';
import {
  refundByPaymentIdRequest,
  refundIdPath,
  refundPaymentRequest,
  refundPaymentResponse,
  refundTransactionRequest,
  refundTransactionResponse,
  searchRefundTransactionsRequest,
} from '../schemas/refund.js';

/** Refunds and cancels: whole payments and single basket lines. */
export const refundOperations = {
  /** Refund a whole payment (executed as CANCEL when it is the same day and nothing was refunded yet). */
  create: defineOperation({
    id: 'refunds.create',
    method: 'POST',
    path: '/payment/v1/refunds',
    request: refundPaymentRequest,
    response: refundPaymentResponse,
    movesMoney: true,
  }),
  /** Read a whole-payment refund. */
  retrieve: defineOperation({
    id: 'refunds.retrieve',
    method: 'GET',
    path: '/payment/v1/refunds/{id}',
    request: refundIdPath,
    response: refundPaymentResponse,
    movesMoney: false,
  }),
  /** Refund one basket line, in full or in part (`refundPrice`). */
  createTransaction: defineOperation({
    id: 'refunds.createTransaction',
    method: 'POST',
    path: '/payment/v1/refund-transactions',
    request: refundTransactionRequest,
    response: refundTransactionResponse,
    movesMoney: true,
  }),
  /** Read a line refund. */
  retrieveTransaction: defineOperation({
    id: 'refunds.retrieveTransaction',
    method: 'GET',
    path: '/payment/v1/refund-transactions/{id}',
    request: refundIdPath,
    response: refundTransactionResponse,
    movesMoney: false,
  }),
  /** Search line refunds by payment, conversation or transaction. */
  searchTransactions: defineOperation({
    id: 'refunds.searchTransactions',
    method: 'GET',
    path: '/payment/v1/refund-transactions',
    request: searchRefundTransactionsRequest,
    response: listOf(refundTransactionResponse),
    movesMoney: false,
  }),
  /** Partial refund addressed by payment id (documented in the EN docs only). */
  createByPaymentId: defineOperation({
    id: 'refunds.createByPaymentId',
    method: 'POST',
    path: '/payment/v1/refund-transactions/byPaymentId',
    request: refundByPaymentIdRequest,
    response: refundTransactionResponse,
    movesMoney: true,
  }),
};
