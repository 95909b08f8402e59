import { defineOperation } from '@odeme/core';
import { generatedConversationId, paymentIdReference } from '../references.js';
import { initThreeDSRequest, paymentResponse } from '../schemas/payment.js';
import { completeThreeDSRequest, initThreeDSResponse } from '../schemas/three-ds.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /payment/v1/card-payments/3ds-init`: start a 3DS payment; the answer is the bank page (`htmlContent`, base64). */
export const threeDSInit = /* @__PURE__ */ defineOperation({
  id: 'threeDS.init',
  method: 'POST',
  path: '/payment/v1/card-payments/3ds-init',
  request: initThreeDSRequest,
  response: initThreeDSResponse,
  movesMoney: true,
  reference: generatedConversationId,
});

/** `POST /payment/v1/card-payments/3ds-complete`: finish a 3DS payment after the bank page posted back to your `callbackUrl`. */
export const threeDSComplete = /* @__PURE__ */ defineOperation({
  id: 'threeDS.complete',
  method: 'POST',
  path: '/payment/v1/card-payments/3ds-complete',
  request: completeThreeDSRequest,
  response: paymentResponse,
  movesMoney: true,
  reference: paymentIdReference,
});

/** 3D Secure: start at the bank page, finish after the bank's callback. */
export const threeDSOperations = {
  /** Start a 3DS payment; the answer is the bank page (`htmlContent`, base64). */
  init: threeDSInit,
  /** Finish a 3DS payment after the bank page posted back to your `callbackUrl`. */
  complete: threeDSComplete,
};
