import { defineOperation } from '@odeme/core';
import { paymentLinkRequest, paymentLinkResponse } from '../schemas/payment-links.js';
import { payWallMeta } from './meta.js';

/**
 * #112 `POST linkqr/generate`: a payment link (and QR) for one item. Moves no money itself (the shopper pays on the
 * page later); a write all the same, so sent once: a repeat would make a second link.
 */
export const paymentLinksGenerate = /* @__PURE__ */ defineOperation({
  id: 'paymentLinks.generate',
  method: 'POST',
  path: '/linkqr/generate',
  request: paymentLinkRequest,
  response: paymentLinkResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ payWallMeta({ no: 112, host: 'payment', auth: 'public', errorTable: 'common' }),
});

/** Payment link / QR on PaymentAPI (§4.9, #112), by the client's method name (`PaymentLinksMethods`). */
export const paymentLinkOperations = {
  generate: paymentLinksGenerate,
};
