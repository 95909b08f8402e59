import type { CallOptions } from '@odeme/core';
import type { PaymentResult, PayParams } from '../types/payments.js';

/** `licrus.payments`: the Online Ödeme `Payment` method. */
export interface PaymentsMethods {
  /**
   * Pays an approved order with the payment request code Licrus created for it, by card. The amount is the order's
   * (no amount field exists). A refusal is a `LicrusDeclineError` (a `PaymentDeclinedError`).
   *
   * `POST /api/ERP/Payment` (assumed: the docs give no JSON path; change it with the `paths` option). Moves money:
   * sent once, never retried, never resent after a refused ticket. Reference: `PaymentRequestCode` (Licrus issues it),
   * on the result and on every error.
   * @see `docs/providers/licrus.md#when-the-outcome-is-unknown`
   */
  pay(input: PayParams, options?: CallOptions): Promise<PaymentResult>;
}
