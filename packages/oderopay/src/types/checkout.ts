import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { checkoutTokenPath, initCheckoutRequest, initCheckoutResponse } from '../schemas/checkout.js';
import type { BasketItem, SubscriptionPlan } from './payments.js';

/** What `checkout.init` takes: the basket, and where the hosted page posts its `token` when the customer is done. */
export interface InitCheckoutParams extends Omit<z.input<typeof initCheckoutRequest>, 'items' | 'plan'> {
  /** At least one line; their prices add up to `price`. */
  items: BasketItem[];
  /** Creates a subscription with this plan through the payment. */
  plan?: SubscriptionPlan;
}

/** A hosted checkout page: send the customer to `pageUrl`; `token` reads the payment back. */
export interface CheckoutSession extends Answer<z.output<typeof initCheckoutResponse>> {}

/** The payment of a checkout page, by its `token`. */
export interface RetrieveCheckoutParams extends z.input<typeof checkoutTokenPath> {}
