import { defineOperation } from '@odeme/core';
import {
  createPaymentRequest,
  multiCardPostAuthRequest,
  multiCardPostAuthResponse,
  paymentIdPath,
  paymentResponse,
  postAuthRequest,
} from '../schemas/payment.js';
import { completeThreeDSRequest, initThreeDSRequest, initThreeDSResponse } from '../schemas/three-ds.js';

/** Card payments: charge, pre-auth and its capture, multi-card capture, retrieve. */
export const paymentOperations = {
  /** Charge a card without 3DS (or place a pre-auth with `paymentPhase: 'PRE_AUTH'`, or one leg of a multi-card payment). */
  create: defineOperation({
    id: 'payments.create',
    method: 'POST',
    path: '/payment/v1/card-payments',
    request: createPaymentRequest,
    response: paymentResponse,
    movesMoney: true,
  }),
  /** Read a payment by id. */
  retrieve: defineOperation({
    id: 'payments.retrieve',
    method: 'GET',
    path: '/payment/v1/card-payments/{id}',
    request: paymentIdPath,
    response: paymentResponse,
    movesMoney: false,
  }),
  /** Capture a pre-auth; `paidPrice` may differ from the pre-authorised amount. */
  postAuth: defineOperation({
    id: 'payments.postAuth',
    method: 'POST',
    path: '/payment/v1/card-payments/{paymentId}/post-auth',
    request: postAuthRequest,
    response: paymentResponse,
    movesMoney: true,
  }),
  /** Capture every pre-auth leg of a multi-card payment (same `conversationId`); `paidPrice` is their total. */
  multiCardPostAuth: defineOperation({
    id: 'payments.multiCardPostAuth',
    method: 'POST',
    path: '/payment/v1/card-payments/{conversationId}/multi_post-auth',
    request: multiCardPostAuthRequest,
    response: multiCardPostAuthResponse,
    movesMoney: true,
  }),
};

/** 3D Secure: start at the bank page, finish after the bank's callback. */
export const threeDSOperations = {
  /** Start a 3DS payment; the answer is the bank page (`htmlContent`, base64). */
  init: defineOperation({
    id: 'threeDS.init',
    method: 'POST',
    path: '/payment/v1/card-payments/3ds-init',
    request: initThreeDSRequest,
    response: initThreeDSResponse,
    movesMoney: true,
  }),
  /** Finish a 3DS payment after the bank page posted back to your `callbackUrl`. */
  complete: defineOperation({
    id: 'threeDS.complete',
    method: 'POST',
    path: '/payment/v1/card-payments/3ds-complete',
    request: completeThreeDSRequest,
    response: paymentResponse,
    movesMoney: true,
  }),
};
