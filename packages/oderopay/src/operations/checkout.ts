import { defineOperation } from '@odeme/core';
import { generatedConversationId } from '../references.js';
import { checkoutTokenPath, initCheckoutRequest, initCheckoutResponse } from '../schemas/checkout.js';
import { paymentResponse } from '../schemas/payment.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /payment/v1/checkout-payments/init`: create a checkout page; send the customer to `pageUrl`. Sent once (creates a session). */
export const checkoutInit = /* @__PURE__ */ defineOperation({
  id: 'checkout.init',
  method: 'POST',
  path: '/payment/v1/checkout-payments/init',
  request: initCheckoutRequest,
  response: initCheckoutResponse,
  movesMoney: true,
  reference: generatedConversationId,
});

/** `GET /payment/v1/checkout-payments/{token}`: the payment made on a checkout page, by its `token`. */
export const checkoutRetrieve = /* @__PURE__ */ defineOperation({
  id: 'checkout.retrieve',
  method: 'GET',
  path: '/payment/v1/checkout-payments/{token}',
  request: checkoutTokenPath,
  response: paymentResponse,
  movesMoney: false,
});

/** Hosted checkout page. */
export const checkoutOperations = {
  /** Create a checkout page; send the customer to `pageUrl`. Sent once (creates a session). */
  init: checkoutInit,
  /** The payment made on a checkout page, by its `token`. */
  retrieve: checkoutRetrieve,
};
