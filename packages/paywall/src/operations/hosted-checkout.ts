import { defineOperation } from '@odeme/core';
import { checkoutInquiryRequest, checkoutInquiryResponse, checkoutRequest, checkoutResponse } from '../schemas/hosted-checkout.js';
import { payWallMeta } from './meta.js';

/**
 * #113 `POST checkout/generate`: a hosted payment page for one order. Moves no money itself (the shopper pays on
 * the page); sent once all the same: a repeat with the same `UniqueCode` is refused (148) even when the first made it.
 */
export const checkoutGenerate = /* @__PURE__ */ defineOperation({
  id: 'checkout.generate',
  method: 'POST',
  path: '/checkout/generate',
  request: checkoutRequest,
  response: checkoutResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ payWallMeta({ no: 113, host: 'payment', auth: 'public', errorTable: 'common' }),
});

/** #114 `GET checkout/inquiry`: a checkout's settings and whether it was paid, by its `Id` (header `Id`, §2.1; names are case-insensitive, sent as `id`). */
export const checkoutInquiry = /* @__PURE__ */ defineOperation({
  id: 'checkout.inquiry',
  method: 'GET',
  path: '/checkout/inquiry',
  request: checkoutInquiryRequest,
  response: checkoutInquiryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ payWallMeta({ no: 114, host: 'payment', auth: 'public', errorTable: 'common', headers: { Id: 'id' } }),
});

/** Hosted checkout on PaymentAPI (§4.9, #113–#114), by the client's method names (`CheckoutMethods`). */
export const checkoutOperations = {
  generate: checkoutGenerate,
  inquiry: checkoutInquiry,
};
