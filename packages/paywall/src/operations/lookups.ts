import { defineOperation } from '@odeme/core';
import { binInquiryRequest, binInquiryResponse, installmentRequest, installmentResponse } from '../schemas/installment.js';
import type { PayWallMeta } from './meta.js';

/** Installment table and BIN inquiry on PaymentAPI (#9, #10): reads, retried per core policy. */
export const lookupOperations = {
  installments: defineOperation({
    id: 'installments.list',
    method: 'GET',
    path: '/installment',
    request: installmentRequest,
    response: installmentResponse,
    movesMoney: false,
    meta: {
      no: 9,
      host: 'payment',
      auth: 'public',
      errorTable: 'payment',
      headers: {
        CurrencyId: 'currencyid',
        Amount: 'amount',
        BinNumber: 'binnumber',
        DistinctDuplicates: 'distinctduplicates',
        EndOfTheDay: 'endoftheday',
        PosId: 'posid',
      },
    } satisfies PayWallMeta,
  }),
  binInquiry: defineOperation({
    id: 'bin.inquiry',
    method: 'GET',
    path: '/bin/inquiry',
    request: binInquiryRequest,
    response: binInquiryResponse,
    movesMoney: false,
    meta: { no: 10, host: 'payment', auth: 'public', errorTable: 'payment', headers: { BinNumber: 'binnumber' } } satisfies PayWallMeta,
  }),
};
