import { defineOperation } from '@odeme/core';
import { anyObject, listOf } from '../schemas/common.js';
import {
  binRequest,
  binResponse,
  installment,
  retrieveInstallmentsRequest,
  searchInstallmentsRequest,
  walletInstallmentsRequest,
} from '../schemas/installment.js';

/** Installment options and BIN lookup (reads: retried on transient failures). */
export const installmentOperations = {
  /** Installment options for an amount, optionally for one BIN. */
  search: defineOperation({
    id: 'installments.search',
    method: 'GET',
    path: '/installment/v1/installments',
    request: searchInstallmentsRequest,
    response: listOf(installment),
    movesMoney: false,
  }),
  /** Installment options with per-product maturities (JSON body; a read). */
  retrieve: defineOperation({
    id: 'installments.retrieve',
    method: 'POST',
    path: '/installment/v1/installments/retrieve',
    request: retrieveInstallmentsRequest,
    response: listOf(installment).or(anyObject),
    movesMoney: false,
  }),
  /** Wallet installment options (docs only; query passed as given). */
  retrieveWalletInstallments: defineOperation({
    id: 'installments.retrieveWalletInstallments',
    method: 'GET',
    path: '/installment/v1/installments/retrieveWalletInstallments',
    request: walletInstallmentsRequest,
    response: listOf(installment).or(anyObject),
    movesMoney: false,
  }),
  /** What a card's BIN (first 6–8 digits) says: type, scheme, brand, bank. */
  retrieveBin: defineOperation({
    id: 'installments.retrieveBin',
    method: 'GET',
    path: '/installment/v1/bins/{binNumber}',
    request: binRequest,
    response: binResponse,
    movesMoney: false,
  }),
};
