import { defineOperation } from '@odeme/core';
import type { OderoPayRowMeta } from '../envelope.js';
import { generatedConversationId, givenConversationId, transactionIdReference } from '../references.js';
import { anyObject } from '../schemas/common.js';
import { creditInitRequest, creditInitResponse, creditPreviewRequest, creditPreviewResponse } from '../schemas/credit.js';
import { moneyTransferRequest, moneyTransferResponse, walletInitRequest, walletStatusRequest } from '../schemas/extras.js';
import { paymentResponse } from '../schemas/payment.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /payment/v1/credit-payments/init`: start a credit payment; `conversationId` is generated when you give none. */
export const creditPaymentsInit = /* @__PURE__ */ defineOperation({
  id: 'creditPayments.init',
  method: 'POST',
  path: '/payment/v1/credit-payments/init',
  request: creditInitRequest,
  response: creditInitResponse,
  movesMoney: true,
  reference: generatedConversationId,
});

/** `POST /payment/v1/credit-payments/preview`: the lender's offers for an `amount` (a read). */
export const creditPaymentsPreview = /* @__PURE__ */ defineOperation({
  id: 'creditPayments.preview',
  method: 'POST',
  path: '/payment/v1/credit-payments/preview',
  request: creditPreviewRequest,
  response: creditPreviewResponse,
  movesMoney: false,
});

/** Shopping-loan (credit) payments, ÖderoPay-only. */
export const creditPaymentOperations = {
  /** Start a credit payment. */
  init: creditPaymentsInit,
  /** The lender's offers for an amount (a read). */
  preview: creditPaymentsPreview,
};

/** The money-transfer answer carries its own success flag (the official client's `isSuccess`). */
const transferMeta: OderoPayRowMeta = { successFlag: 'isSuccess' };

/**
 * `POST /payment/v1/money-transfers/code`: create a money-transfer payment code. Success is `isSuccess: true` only;
 * `isSuccess: false` is a `ProviderError`. Your `transactionId`, when given, is the call's reference.
 */
export const moneyTransfersCreateCode = /* @__PURE__ */ defineOperation({
  id: 'moneyTransfers.createCode',
  method: 'POST',
  path: '/payment/v1/money-transfers/code',
  request: moneyTransferRequest,
  response: moneyTransferResponse,
  movesMoney: true,
  reference: transactionIdReference,
  meta: transferMeta,
});

/** Money transfer by code, ÖderoPay-only. */
export const moneyTransferOperations = {
  /** Create a money-transfer payment code. */
  createCode: moneyTransfersCreateCode,
};

/**
 * `POST /payment/v1/wallet/init`: start a wallet payment. The body is not published, so no field is added to it: the
 * `conversationId` you give is the call's reference.
 */
export const walletPaymentsInit = /* @__PURE__ */ defineOperation({
  id: 'walletPayments.init',
  method: 'POST',
  path: '/payment/v1/wallet/init',
  request: walletInitRequest,
  response: anyObject,
  movesMoney: true,
  reference: givenConversationId,
});

/** `GET /payment/v1/wallet/status/{orderId}`: the wallet payment by order id, a PaymentResponse (as the Node client types it). */
export const walletPaymentsStatus = /* @__PURE__ */ defineOperation({
  id: 'walletPayments.status',
  method: 'GET',
  path: '/payment/v1/wallet/status/{orderId}',
  request: walletStatusRequest,
  response: paymentResponse,
  movesMoney: false,
});

/** Wallet payments (2025-07), ÖderoPay-only. */
export const walletPaymentOperations = {
  /** Start a wallet payment. */
  init: walletPaymentsInit,
  /** Status of a wallet payment by order id. */
  status: walletPaymentsStatus,
};
