import * as z from 'zod';
import { checkBasket, paymentItem } from './basket.js';
import { amount, currency, id, installment } from './common.js';
import { PAYMENT_GROUPS, PAYMENT_PHASES } from './enums.js';
import { subscriptionPlan } from './payment.js';

/** POST /payment/v1/checkout-payments/init: the hosted payment page. */
export const initCheckoutRequest = z
  .strictObject({
    price: amount(),
    paidPrice: amount(),
    walletPrice: amount().default(0),
    installment: installment.optional(),
    buyerId: id.optional(),
    currency,
    paymentGroup: z.enum(PAYMENT_GROUPS),
    paymentPhase: z.enum(PAYMENT_PHASES).optional(),
    /** Offer this customer's stored cards on the page. */
    cardUserKey: z.string().optional(),
    conversationId: z.string().optional(),
    /** The page posts `token` here when the customer is done. */
    callbackUrl: z.url(),
    items: z.array(paymentItem).min(1, 'at least one item is required'),
    /** Lifetime of the page token (node client, 2025-10). */
    expireAfterMinutes: z.number().int().positive().optional(),
    merchantBranchName: z.string().optional(),
    buyerName: z.string().optional(),
    domainName: z.string().optional(),
    buyerType: z.string().optional(),
    plan: subscriptionPlan.optional(),
  })
  .superRefine((v, ctx) => checkBasket(v, ctx));

/** `token` identifies the session; open `pageUrl` (append `iframe=true` for iframe mode). */
export const initCheckoutResponse = z.looseObject({ token: z.string().min(1), pageUrl: z.string().min(1) });

/** GET /payment/v1/checkout-payments/{token}. */
export const checkoutTokenPath = z.strictObject({ token: z.string().min(1) });
