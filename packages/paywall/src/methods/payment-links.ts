import type { CallOptions } from '@odeme/core';
import type { PaymentLink, PaymentLinkParams } from '../types/payment-links.js';

/** Payment links and QR codes on PaymentAPI (§4.9). */
export interface PaymentLinksMethods {
  /**
   * Makes a payment link (share it, or show it as a QR code) for one item. `POST linkqr/generate` (#112). Moves no
   * money itself (the shopper pays on PayWall's page); sent once, never retried, since a repeat makes a second link.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#payment-links-and-qr-codes
   */
  generate(params: PaymentLinkParams, options?: CallOptions): Promise<PaymentLink>;
}
