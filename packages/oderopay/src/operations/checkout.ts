import { defineOperation } from '@odeme/core';
import { checkoutTokenPath, initCheckoutRequest, initCheckoutResponse } from '../schemas/checkout.js';
import { paymentResponse } from '../schemas/payment.js';

/** Hosted checkout page. */
export const checkoutOperations = {
  /** Create a checkout page; send the customer to `pageUrl`. Sent once (creates a session). */
  init: defineOperation({
    id: 'checkout.init',
    method: 'POST',
    path: '/payment/v1/checkout-payments/init',
    request: initCheckoutRequest,
    response: initCheckoutResponse,
    movesMoney: true,
  }),
  /** The payment made on a checkout page, by its `token`. */
  retrieve: defineOperation({
    id: 'checkout.retrieve',
    method: 'GET',
    path: '/payment/v1/checkout-payments/{token}',
    request: checkoutTokenPath,
    response: paymentResponse,
    movesMoney: false,
  }),
};
