import * as z from 'zod/mini';
import { checkBasket, paymentItem } from './basket.js';
import { amount, currency, id, installment } from './common.js';
import { PAYMENT_GROUPS, PAYMENT_PHASES } from './enums.js';
import { subscriptionPlan } from './payment.js';

/** POST /payment/v1/checkout-payments/init: the hosted payment page. */
export const initCheckoutRequest = z
  .strictObject({
    /** Basket total in TL; must equal the sum of `items[].price`. */
    price: amount(),
    /** What the customer pays in TL (commission included; includes any wallet share). */
    paidPrice: amount(),
    /** Share in TL taken from the buyer's wallet (default 0; needs `buyerId` when above 0). */
    walletPrice: z._default(amount(), 0),
    /** Installment count offered, 1 to 12. */
    installment: z.optional(installment),
    /** ÖderoPay buyer id. */
    buyerId: z.optional(id),
    /** Currency of the amounts (open). */
    currency,
    /** `PRODUCT` or `LISTING_OR_SUBSCRIPTION`. */
    paymentGroup: z.enum(PAYMENT_GROUPS),
    /** `AUTH` by default; `PRE_AUTH` holds the amount until post-auth. */
    paymentPhase: z.optional(z.enum(PAYMENT_PHASES)),
    /** Offer this customer's stored cards on the page. */
    cardUserKey: z.optional(z.string()),
    /** Echoed back; usually the merchant's order number. */
    conversationId: z.optional(z.string()),
    /** The page posts `token` here when the customer is done. */
    callbackUrl: z.url(),
    /** At least one line; their prices add up to `price`. */
    items: z.array(paymentItem).check(z.minLength(1, 'at least one item is required')),
    /** Lifetime of the page token (node client, 2025-10). */
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
  })
  .check(z.superRefine((v, ctx) => checkBasket(v, ctx)));

/** `token` identifies the session; open `pageUrl` (append `iframe=true` for iframe mode). */
export const initCheckoutResponse = z.looseObject({
  /** Checkout session token; posted back to `callbackUrl` and used by `checkout.retrieve`. */
  token: z.string().check(z.minLength(1)),
  /** The hosted page to send the customer to. */
  pageUrl: z.string().check(z.minLength(1)),
});

/** GET /payment/v1/checkout-payments/{token}. */
export const checkoutTokenPath = z.strictObject({
  /** The checkout session token. */
  token: z.string().check(z.minLength(1)),
});
