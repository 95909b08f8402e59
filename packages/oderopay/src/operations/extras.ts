import { defineOperation } from '@odeme/core';
import { anyObject } from '../schemas/common.js';
import { creditPaymentRequest, moneyTransferRequest, walletInitRequest, walletStatusRequest } from '../schemas/extras.js';

/** Shopping-loan (credit) payments, ÖderoPay-only. */
export const creditPaymentOperations = {
  /** Start a credit payment. */
  init: defineOperation({
    id: 'creditPayments.init',
    method: 'POST',
    path: '/payment/v1/credit-payments/init',
    request: creditPaymentRequest,
    response: anyObject,
    movesMoney: true,
  }),
  /** Preview a credit payment's plan (a read). */
  preview: defineOperation({
    id: 'creditPayments.preview',
    method: 'POST',
    path: '/payment/v1/credit-payments/preview',
    request: creditPaymentRequest,
    response: anyObject,
    movesMoney: false,
  }),
};

/** Money transfer by code, ÖderoPay-only. */
export const moneyTransferOperations = {
  /** Create a money-transfer payment code. */
  createCode: defineOperation({
    id: 'moneyTransfers.createCode',
    method: 'POST',
    path: '/payment/v1/money-transfers/code',
    request: moneyTransferRequest,
    response: anyObject,
    movesMoney: true,
  }),
};

/** Wallet payments (2025-07), ÖderoPay-only. */
export const walletPaymentOperations = {
  /** Start a wallet payment. */
  init: defineOperation({
    id: 'walletPayments.init',
    method: 'POST',
    path: '/payment/v1/wallet/init',
    request: walletInitRequest,
    response: anyObject,
    movesMoney: true,
  }),
  /** Status of a wallet payment by order id. */
  status: defineOperation({
    id: 'walletPayments.status',
    method: 'GET',
    path: '/payment/v1/wallet/status/{orderId}',
    request: walletStatusRequest,
    response: anyObject,
    movesMoney: false,
  }),
};
