import type { CallOptions, Referenced } from '@odeme/core';
import type { Payment } from '../types/payments.js';
import type { CompleteThreeDSParams, InitThreeDSParams, ThreeDSPage } from '../types/three-ds.js';

/** `odero.threeDS`: 3D Secure payments, started at the bank's page and finished after its callback. */
export interface ThreeDSMethods {
  /**
   * Starts a 3D Secure payment: the fields of `payments.create` plus `callbackUrl`. The answer is the bank's page
   * (`htmlContent`, base64): render `decodeThreeDSHtml(page)` in the customer's browser.
   *
   * `POST /payment/v1/card-payments/3ds-init`. Moves money, sent once. Reference: `conversationId`, generated when
   * left out.
   * @see `docs/providers/oderopay.md#3d-secure`
   */
  init(params: InitThreeDSParams, options?: CallOptions): Promise<ThreeDSPage & Referenced>;
  /**
   * Finishes a 3D Secure payment after the bank page posted back to your `callbackUrl` (`readThreeDSCallback`); the
   * answer's `paymentStatus` is the authority, the callback's fields are not.
   *
   * `POST /payment/v1/card-payments/3ds-complete`. Moves money, sent once. Reference: `paymentId`.
   * @see `docs/providers/oderopay.md#3d-secure`
   */
  complete(params: CompleteThreeDSParams, options?: CallOptions): Promise<Payment & Referenced>;
}
