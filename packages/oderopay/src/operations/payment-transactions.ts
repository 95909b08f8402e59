import { defineOperation } from '@odeme/core';
import { idReference, paymentIdReference } from '../references.js';
import { paymentTransaction } from '../schemas/payment.js';
import { approvalRequest, approvalResponse, reorganizeRequest, reorganizeResponse, updateTransactionRequest } from '../schemas/payment-transaction.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /payment/v1/payment-transactions/approve`: release lines for payout. */
export const paymentTransactionsApprove = /* @__PURE__ */ defineOperation({
  id: 'paymentTransactions.approve',
  method: 'POST',
  path: '/payment/v1/payment-transactions/approve',
  request: approvalRequest,
  response: approvalResponse,
  movesMoney: true,
});

/** `POST /payment/v1/payment-transactions/disapprove`: withdraw an approval. */
export const paymentTransactionsDisapprove = /* @__PURE__ */ defineOperation({
  id: 'paymentTransactions.disapprove',
  method: 'POST',
  path: '/payment/v1/payment-transactions/disapprove',
  request: approvalRequest,
  response: approvalResponse,
  movesMoney: true,
});

/** `PUT /payment/v1/payment-transactions/{id}`: move a line to a sub-merchant or change its share. */
export const paymentTransactionsUpdate = /* @__PURE__ */ defineOperation({
  id: 'paymentTransactions.update',
  method: 'PUT',
  path: '/payment/v1/payment-transactions/{id}',
  request: updateTransactionRequest,
  response: paymentTransaction,
  movesMoney: true,
  reference: idReference,
});

/** `POST /payment/v1/payment-transactions/reorganize`: re-split a payment's lines (Java client). */
export const paymentTransactionsReorganize = /* @__PURE__ */ defineOperation({
  id: 'paymentTransactions.reorganize',
  method: 'POST',
  path: '/payment/v1/payment-transactions/reorganize',
  request: reorganizeRequest,
  response: reorganizeResponse,
  movesMoney: true,
  reference: paymentIdReference,
});

/** Marketplace controls over a payment's basket lines. */
export const paymentTransactionOperations = {
  /** Release lines for payout. */
  approve: paymentTransactionsApprove,
  /** Withdraw an approval. */
  disapprove: paymentTransactionsDisapprove,
  /** Move a line to a sub-merchant or change its share. */
  update: paymentTransactionsUpdate,
  /** Re-split a payment's lines (Java client). */
  reorganize: paymentTransactionsReorganize,
};
