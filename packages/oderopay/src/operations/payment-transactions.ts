import { defineOperation } from '@odeme/core';
import { anyObject } from '../schemas/common.js';
import { paymentTransaction } from '../schemas/payment.js';
import { approvalRequest, approvalResponse, reorganizeRequest, updateTransactionRequest } from '../schemas/payment-transaction.js';

/** Marketplace controls over a payment's basket lines. */
export const paymentTransactionOperations = {
  /** Release lines for payout. */
  approve: defineOperation({
    id: 'paymentTransactions.approve',
    method: 'POST',
    path: '/payment/v1/payment-transactions/approve',
    request: approvalRequest,
    response: approvalResponse,
    movesMoney: true,
  }),
  /** Withdraw an approval. */
  disapprove: defineOperation({
    id: 'paymentTransactions.disapprove',
    method: 'POST',
    path: '/payment/v1/payment-transactions/disapprove',
    request: approvalRequest,
    response: approvalResponse,
    movesMoney: true,
  }),
  /** Move a line to a sub-merchant or change its share. */
  update: defineOperation({
    id: 'paymentTransactions.update',
    method: 'PUT',
    path: '/payment/v1/payment-transactions/{id}',
    request: updateTransactionRequest,
    response: paymentTransaction,
    movesMoney: true,
  }),
  /** Re-split a payment's lines (Java client). */
  reorganize: defineOperation({
    id: 'paymentTransactions.reorganize',
    method: 'POST',
    path: '/payment/v1/payment-transactions/reorganize',
    request: reorganizeRequest,
    response: anyObject.optional(),
    movesMoney: true,
  }),
};
