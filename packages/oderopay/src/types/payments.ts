import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { paymentItem } from '../schemas/basket.js';
import type { multiCardPostAuthRequest, multiCardPostAuthResponse, postAuthRequest } from '../schemas/capture.js';
import type { PaymentCardInput } from '../schemas/card.js';
import type { createPaymentRequest, paymentIdPath, paymentResponse, paymentTransaction, payout, subscriptionPlan } from '../schemas/payment.js';

/** One basket line of a payment, checkout or 3DS init (a "kırılım"). */
export interface BasketItem extends z.input<typeof paymentItem> {}

/** A subscription plan created through a payment or checkout. */
export interface SubscriptionPlan extends z.input<typeof subscriptionPlan> {}

/** What `payments.create` takes: the basket, the card (raw or stored) and how to charge it. */
export interface CreatePaymentParams extends Omit<z.input<typeof createPaymentRequest>, 'items' | 'card' | 'plan'> {
  /** At least one line; their prices add up to `price`. */
  items: BasketItem[];
  /** Raw card data or a stored card; required unless the whole `paidPrice` comes from the wallet. */
  card?: PaymentCardInput;
  /** Creates a subscription with this plan through the payment. */
  plan?: SubscriptionPlan;
}

/**
 * Input of `payments.create`.
 * @deprecated Use `CreatePaymentParams`.
 */
export type CreatePaymentInput = CreatePaymentParams;

/** A payment by its id (`payments.retrieve`, `reporting.retrievePayment`). */
export interface RetrievePaymentParams extends z.input<typeof paymentIdPath> {}

/** What `payments.postAuth` takes: the pre-authorised payment and, optionally, a different amount to capture. */
export interface PostAuthParams extends z.input<typeof postAuthRequest> {}

/** What `payments.multiCardPostAuth` takes: the legs' shared `conversationId` and the total to capture. */
export interface MultiCardPostAuthParams extends z.input<typeof multiCardPostAuthRequest> {}

/** How one basket line's money is split (always settled in TRY). */
export interface Payout extends Answer<z.output<typeof payout>> {}

/** One basket line of a payment as ÖderoPay returns it: refund or approve a line by its `id`. */
export interface PaymentTransaction extends Omit<Answer<z.output<typeof paymentTransaction>>, 'payout'> {
  /** How the line's money is split. */
  payout?: Payout | null;
}

/**
 * A payment as ÖderoPay returns it (create, retrieve, 3DS complete, post-auth, checkout and wallet retrieve). Check
 * `paymentStatus`: a 2xx alone is not a charge. Fields ÖderoPay adds later are on `responseOf(payment)?.data`.
 */
export interface Payment extends Omit<Answer<z.output<typeof paymentResponse>>, 'paymentTransactions'> {
  /** The basket lines, one transaction each (absent: read them with `payments.retrieve`). */
  paymentTransactions?: PaymentTransaction[] | null;
}

/** Result of capturing a multi-card pre-auth: anything but `SUCCESS` (0) left a leg uncaptured. */
export interface MultiCardPostAuthResult extends Answer<z.output<typeof multiCardPostAuthResponse>> {}
