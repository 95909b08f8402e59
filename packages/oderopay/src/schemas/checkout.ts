import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { checkBasket, paymentItem } from './basket.js';
import { amount, currency, id, installment } from './common.js';
import { PAYMENT_GROUPS, PAYMENT_PHASES } from './enums.js';
import { looseObject, strictObject } from './object.js';
import { subscriptionPlan } from './payment.js';

/** POST /payment/v1/checkout-payments/init: the hosted payment page. */
export const initCheckoutRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Basket total in `currency`: a decimal (number or string), exact to the kuruş; equals the sum of `items[].price`. */
    price: amount(),
    /** What the customer pays in `currency` (commission included, wallet share too), exact to the kuruş. */
    paidPrice: amount(),
    /** Share of `paidPrice` taken from the buyer's wallet, exact to the kuruş (default 0; above 0 needs `buyerId`). */
    walletPrice: z._default(amount(), 0),
    /** Installment count offered, 1 to 12. */
    installment: z.optional(installment),
    /** ÖderoPay buyer id (from `onboarding.createBuyer`). */
    buyerId: z.optional(id),
    /** Currency of the amounts: `TRY`, `USD`, `EUR` or `AZN`. */
    currency,
    /** `PRODUCT` (goods and services) or `LISTING_OR_SUBSCRIPTION` (listing fees, subscriptions). */
    paymentGroup: z.enum(PAYMENT_GROUPS),
    /** `AUTH` by default; `PRE_AUTH` holds the amount until post-auth. */
    paymentPhase: z.optional(z.enum(PAYMENT_PHASES)),
    /** Offer this customer's stored cards on the page. */
    cardUserKey: z.optional(z.string()),
    /** Your reference, echoed back (usually the order number); generated when left out, and the call's `reference`. */
    conversationId: z.optional(z.string()),
    /** The page posts `token` here when the customer is done. */
    callbackUrl: z.url(),
    /** At least one line; their prices add up to `price`. */
    items: z.array(paymentItem).check(z.minLength(1, 'at least one item is required')),
    /** Lifetime of the page token, in minutes (node client, 2025-10). */
    expireAfterMinutes: z.optional(z.int().check(z.positive())),
    /** Merchant branch the payment belongs to (Java client). */
    merchantBranchName: z.optional(z.string()),
    /** Buyer's name (Java client). */
    buyerName: z.optional(z.string()),
    /** Domain name, sent as given (Java client). */
    domainName: z.optional(z.string()),
    /** Buyer type, a whole number (the Java client's `Integer`); a digit string is sent as that number. */
    buyerType: z.optional(
      z.pipe(
        z.union([z.int(), z.string().check(z.regex(/^-?\d{1,9}$/, 'buyerType must be a whole number'))]),
        z.transform((v: number | string) => Number(v)),
      ),
    ),
    /** Creates a subscription with this plan through the payment. */
    plan: z.optional(subscriptionPlan),
  }).check(z.superRefine((v, ctx) => checkBasket(v, ctx))),
);

/** `token` identifies the session; open `pageUrl` (append `iframe=true` for iframe mode). */
export const initCheckoutResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Checkout session token; posted back to `callbackUrl` and used by `checkout.retrieve`. */
    token: z.string().check(z.minLength(1)),
    /** The hosted page to send the customer to. */
    pageUrl: z.string().check(z.minLength(1)),
  }),
);

/** GET /payment/v1/checkout-payments/{token}. */
export const checkoutTokenPath = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The checkout session token (path), as posted back to `callbackUrl`. */
    token: z.string().check(z.minLength(1)),
  }),
);
