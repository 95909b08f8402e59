import type { CallOptions, Referenced } from '@odeme/core';
import type { CheckoutSession, InitCheckoutParams, RetrieveCheckoutParams } from '../types/checkout.js';
import type { Payment } from '../types/payments.js';

/** `odero.checkout`: ÖderoPay's hosted payment page. */
export interface CheckoutMethods {
  /**
   * Creates a checkout page: send the customer to `pageUrl` (append `iframe=true` for iframe mode). ÖderoPay posts
   * `token` to `callbackUrl` when the customer is done.
   *
   * `POST /payment/v1/checkout-payments/init`. Moves money (creates the session the customer pays on), sent once.
   * Reference: `conversationId`, generated when left out.
   * @see `docs/providers/oderopay.md#checkout`
   */
  init(params: InitCheckoutParams, options?: CallOptions): Promise<CheckoutSession & Referenced>;
  /**
   * The payment made on a checkout page, by its `token`. Check `paymentStatus`.
   *
   * `GET /payment/v1/checkout-payments/{token}`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#checkout`
   */
  retrieve(params: RetrieveCheckoutParams, options?: CallOptions): Promise<Payment>;
}
