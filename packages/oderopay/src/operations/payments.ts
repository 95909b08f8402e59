import { defineOperation } from '@odeme/core';
import { generatedConversationId, givenConversationId, paymentIdReference } from '../references.js';
import { multiCardPostAuthRequest, multiCardPostAuthResponse, postAuthRequest } from '../schemas/capture.js';
import { createPaymentRequest, paymentIdPath, paymentResponse } from '../schemas/payment.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/**
 * `POST /payment/v1/card-payments`: charge a card without 3DS (or place a pre-auth with `paymentPhase: 'PRE_AUTH'`, or
 * one leg of a multi-card payment). Amounts are TL, exact to the kuruş; `price` must equal the sum of `items[].price`.
 * Sent once: ÖderoPay documents no idempotency header. `conversationId` (ÖderoPay lets you choose it) is generated
 * when you give none; it is on the result and on every error as `reference`: look the payment up by it
 * (`payments.findByConversationId`) when the outcome is `unknown`.
 *
 * @example
 * ```ts
 * const odero = createOderoPayTransport({ apiKey, secretKey, environment: 'sandbox' });
 * const payment = await odero.call(paymentsCreate, {
 *   conversationId: 'order-1001',
 *   price: '150.50',
 *   paidPrice: '150.50',
 *   installment: 1,
 *   currency: 'TRY',
 *   paymentGroup: 'PRODUCT',
 *   card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: '5528790000000008', expireYear: '2035', expireMonth: '07', cvc: '123' },
 *   items: [{ name: 'Kitap', price: '100.25' }, { name: 'Kalem', price: '50.25' }],
 * });
 * payment.paymentStatus; // 'SUCCESS'
 * ```
 */
export const paymentsCreate = /* @__PURE__ */ defineOperation({
  id: 'payments.create',
  method: 'POST',
  path: '/payment/v1/card-payments',
  request: createPaymentRequest,
  response: paymentResponse,
  movesMoney: true,
  reference: generatedConversationId,
});

/** `GET /payment/v1/card-payments/{id}`: read a payment by id. */
export const paymentsRetrieve = /* @__PURE__ */ defineOperation({
  id: 'payments.retrieve',
  method: 'GET',
  path: '/payment/v1/card-payments/{id}',
  request: paymentIdPath,
  response: paymentResponse,
  movesMoney: false,
});

/** `POST /payment/v1/card-payments/{paymentId}/post-auth`: capture a pre-auth; `paidPrice` may differ from the pre-authorised amount. */
export const paymentsPostAuth = /* @__PURE__ */ defineOperation({
  id: 'payments.postAuth',
  method: 'POST',
  path: '/payment/v1/card-payments/{paymentId}/post-auth',
  request: postAuthRequest,
  response: paymentResponse,
  movesMoney: true,
  reference: paymentIdReference,
});

/** `POST /payment/v1/card-payments/{conversationId}/multi_post-auth`: capture every pre-auth leg of a multi-card payment (same `conversationId`); `paidPrice` is their total. */
export const paymentsMultiCardPostAuth = /* @__PURE__ */ defineOperation({
  id: 'payments.multiCardPostAuth',
  method: 'POST',
  path: '/payment/v1/card-payments/{conversationId}/multi_post-auth',
  request: multiCardPostAuthRequest,
  response: multiCardPostAuthResponse,
  movesMoney: true,
  reference: givenConversationId,
});

/** Card payments: charge, pre-auth and its capture, multi-card capture, retrieve. */
export const paymentOperations = {
  /** Charge a card without 3DS (or place a pre-auth with `paymentPhase: 'PRE_AUTH'`, or one leg of a multi-card payment). */
  create: paymentsCreate,
  /** Read a payment by id. */
  retrieve: paymentsRetrieve,
  /** Capture a pre-auth; `paidPrice` may differ from the pre-authorised amount. */
  postAuth: paymentsPostAuth,
  /** Capture every pre-auth leg of a multi-card payment (same `conversationId`); `paidPrice` is their total. */
  multiCardPostAuth: paymentsMultiCardPostAuth,
};
