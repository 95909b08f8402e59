import { defineOperation } from '@odeme/core';
import { binInquiryRequest, binInquiryResponse, installmentRequest, installmentResponse } from '../schemas/installment.js';
import type { PayWallMeta } from './meta.js';

/* @__NO_SIDE_EFFECTS__ */
function lookup(no: number, headers: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'payment', headers };
}

/** #9 `GET installment`: installment options for an amount in TL, per card family or for one BIN; a read, retried. */
export const installmentsList = /* @__PURE__ */ defineOperation({
  id: 'installments.list',
  method: 'GET',
  path: '/installment',
  request: installmentRequest,
  response: installmentResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ lookup(9, {
    CurrencyId: 'currencyid',
    Amount: 'amount',
    BinNumber: 'binnumber',
    DistinctDuplicates: 'distinctduplicates',
    EndOfTheDay: 'endoftheday',
    PosId: 'posid',
  }),
});

/** #10 `GET bin/inquiry`: bank, brand, family and type of a card from its 6- or 8-digit BIN; a read, retried. */
export const binInquiry = /* @__PURE__ */ defineOperation({
  id: 'bin.inquiry',
  method: 'GET',
  path: '/bin/inquiry',
  request: binInquiryRequest,
  response: binInquiryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ lookup(10, { BinNumber: 'binnumber' }),
});

/** The installment table (#9), by the client's method name (`InstallmentsMethods`). */
export const installmentOperations = {
  list: installmentsList,
};

/** BIN inquiry (#10), by the client's method name (`BinMethods`). */
export const binOperations = {
  inquiry: binInquiry,
};
