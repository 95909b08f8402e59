import type { Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type { paymentCard, paymentRequest, paymentResponse } from '../schemas/payment.js';
import type { EnvelopeOf } from './envelope.js';

/** Licrus's `PaymentCard` as you give it: number, expiry, security code, holder, and the optional `CardVendor`. */
export interface PaymentCard extends z.input<typeof paymentCard> {}

/**
 * What `licrus.payments.pay` takes (Licrus's `PaymentRequest` without the `AuthTicket`, which the client adds): the
 * payment request code of the approved order and the card. No amount: the order's is charged.
 */
export interface PayParams extends Omit<z.input<typeof paymentRequest>, 'Card'> {
  /** The card to charge; the amount is the order's, fixed by Licrus behind the code. */
  Card: PaymentCard;
}

/**
 * Licrus's `PaymentResponse`: only the envelope is documented (`HasError: false`, info messages), plus the
 * `reference` (the `PaymentRequestCode`) the SDK adds. Anything else the tenant sends is in `responseOf(result).data`.
 */
export interface PaymentResult extends EnvelopeOf<typeof paymentResponse>, Referenced {}

/** @deprecated Renamed `PayParams`. */
export type PaymentRequestInput = PayParams;
/** @deprecated Renamed `PaymentResult`. */
export type PaymentResponse = PaymentResult;
