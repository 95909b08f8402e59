import type { CallOptions } from '@odeme/core';
import type { CheckoutInquiry, CheckoutInquiryParams, CheckoutParams, HostedCheckout } from '../types/hosted-checkout.js';

/** PayWall's hosted checkout page on PaymentAPI (§4.9). */
export interface CheckoutMethods {
  /**
   * Makes a hosted payment page for one order: send the shopper's browser to the answer's `Link`.
   * `POST checkout/generate` (#113). Moves no money itself; sent once, never retried (a repeat of the same
   * `UniqueCode` is refused, 148).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#hosted-checkout
   */
  generate(params: CheckoutParams, options?: CallOptions): Promise<HostedCheckout>;
  /**
   * A checkout's settings and whether it was paid (`SuccessPayment`), by PayWall's `Id`. `GET checkout/inquiry`
   * (#114; header `Id`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#hosted-checkout
   */
  inquiry(params: CheckoutInquiryParams, options?: CallOptions): Promise<CheckoutInquiry>;
}
