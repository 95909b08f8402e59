import { defineOperation } from '@odeme/core';
import {
  binRequest,
  binResponse,
  installmentList,
  installmentListOrObject,
  retrieveInstallmentsRequest,
  searchInstallmentsRequest,
  walletInstallmentsRequest,
} from '../schemas/installment.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `GET /installment/v1/installments`: installment options for an amount, optionally for one BIN. */
export const installmentsSearch = /* @__PURE__ */ defineOperation({
  id: 'installments.search',
  method: 'GET',
  path: '/installment/v1/installments',
  request: searchInstallmentsRequest,
  response: installmentList,
  movesMoney: false,
});

/** `POST /installment/v1/installments/retrieve`: installment options with per-product maturities (JSON body; a read). */
export const installmentsRetrieve = /* @__PURE__ */ defineOperation({
  id: 'installments.retrieve',
  method: 'POST',
  path: '/installment/v1/installments/retrieve',
  request: retrieveInstallmentsRequest,
  response: installmentListOrObject,
  movesMoney: false,
});

/** `GET /installment/v1/installments/retrieveWalletInstallments`: wallet installment options (docs only; query passed as given). */
export const installmentsRetrieveWalletInstallments = /* @__PURE__ */ defineOperation({
  id: 'installments.retrieveWalletInstallments',
  method: 'GET',
  path: '/installment/v1/installments/retrieveWalletInstallments',
  request: walletInstallmentsRequest,
  response: installmentListOrObject,
  movesMoney: false,
});

/** `GET /installment/v1/bins/{binNumber}`: what a card's BIN (first 6–8 digits) says: type, scheme, brand, bank. */
export const installmentsRetrieveBin = /* @__PURE__ */ defineOperation({
  id: 'installments.retrieveBin',
  method: 'GET',
  path: '/installment/v1/bins/{binNumber}',
  request: binRequest,
  response: binResponse,
  movesMoney: false,
});

/** Installment options and BIN lookup (reads: retried on transient failures). */
export const installmentOperations = {
  /** Installment options for an amount, optionally for one BIN. */
  search: installmentsSearch,
  /** Installment options with per-product maturities (JSON body; a read). */
  retrieve: installmentsRetrieve,
  /** Wallet installment options (docs only; query passed as given). */
  retrieveWalletInstallments: installmentsRetrieveWalletInstallments,
  /** What a card's BIN (first 6–8 digits) says: type, scheme, brand, bank. */
  retrieveBin: installmentsRetrieveBin,
};
