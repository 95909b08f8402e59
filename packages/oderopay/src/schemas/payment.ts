import { type IssueSink, lazySchema, toKurus } from '@odeme/core';
import * as z from 'zod/mini';
import { checkBasket, paymentItem } from './basket.js';
import { paymentCard } from './card.js';
import { amount, answerCurrency, currency, decimal, id, installment } from './common.js';
import {
  CARD_ASSOCIATIONS,
  CARD_TYPES,
  CONNECTOR_TYPES,
  openEnum,
  PAYMENT_GROUPS,
  PAYMENT_PHASES,
  PAYMENT_STATUSES,
  PAYMENT_TYPES,
  POS_BLOCKAGE_RESOLVE_TYPES,
  SUBSCRIPTION_PERIOD_TYPES,
  TRANSACTION_STATUSES,
} from './enums.js';
import { looseObject, strictObject } from './object.js';

/** Subscription plan attached to a payment or checkout (created through the payment). */
export const subscriptionPlan = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Text shown for the plan. */
    description: z.optional(z.string()),
    /** Amount of each recurring charge in the payment's currency: a decimal, exact to the kuruş. */
    price: amount(),
    /** Period: days in the docs (7, 30, 360) or the .NET client's `WEEK`, `MONTH`, `YEAR`. */
    periodType: z.union([z.int().check(z.positive()), z.enum(SUBSCRIPTION_PERIOD_TYPES)]),
    /** Days without a charge before billing starts (field of the .NET client). */
    nochargeDayCount: z.optional(z.int().check(z.nonnegative())),
    /** Number of charges in the plan (field of the .NET client). */
    paymentCount: z.optional(z.int().check(z.nonnegative())),
  }),
);

/** Fields shared by card payments and 3DS init (seed 001 plus the extras found in the official clients). */
export const paymentFields = /* @__PURE__ */ lazySchema(() => ({
  /** Your reference, echoed back (usually the order number); generated when left out, and the call's `reference`. */
  conversationId: z.optional(z.string()),
  /** Basket total in `currency`: a decimal (number or string), exact to the kuruş; equals the sum of `items[].price`. */
  price: amount(),
  /** What the customer pays in `currency` (commission and discounts included, wallet share too), exact to the kuruş. */
  paidPrice: amount(),
  /** Share of `paidPrice` taken from the buyer's wallet, exact to the kuruş (default 0; above 0 needs `buyerId`). */
  walletPrice: z._default(amount(), 0),
  /** Installment count, 1 to 12 (the docs list 1, 2, 3, 6, 9, 12; both official clients take any count up to 12). */
  installment,
  /** ÖderoPay buyer id (from `onboarding.createBuyer`, not the merchant's own id). */
  buyerId: z.optional(id),
  /** Currency of the amounts: `TRY`, `USD`, `EUR` or `AZN` (Azerbaijan region). */
  currency,
  /** `PRODUCT` (goods and services) or `LISTING_OR_SUBSCRIPTION` (listing fees, subscriptions). */
  paymentGroup: z.enum(PAYMENT_GROUPS),
  /** `AUTH` by default; `PRE_AUTH` holds the amount until post-auth. */
  paymentPhase: z.optional(z.enum(PAYMENT_PHASES)),
  /** Required unless the whole `paidPrice` comes from the wallet. */
  card: z.optional(paymentCard),
  /** TOKENGATE: route the payment through this POS. */
  posAlias: z.optional(z.string()),
  /** At least one line; their prices add up to `price`. */
  items: z.array(paymentItem).check(z.minLength(1, 'at least one item is required')),
  /** Payment type: `MULTI_CARD_PAYMENT` for the legs of a multi-card payment; left out for a card payment. */
  paymentType: z.optional(z.enum(PAYMENT_TYPES)),
  /** Order of this leg in a multi-card payment (1, 2…). */
  paymentOrder: z.optional(z.int().check(z.positive())),
  /** Merchant branch the payment belongs to (Java/.NET clients). */
  merchantBranchName: z.optional(z.string()),
  /** How the POS blockage is resolved: `BLOCKED`, `NEXT_DAY`, `FLEXIBLE_VALOR`, `FLEXIBLE_VALOR_NEW` (Java client). */
  blockageResolveType: z.optional(z.enum(POS_BLOCKAGE_RESOLVE_TYPES)),
  /** Creditor id, sent as given (named by the official clients, not described). */
  creditorId: z.optional(id),
  /** Run the 3DS verification only (named by the official clients, not described). */
  threedsVerifyOnly: z.optional(z.boolean()),
  /** Save the card as the merchant's default card (named by the official clients, not described). */
  saveMerchantDefaultCard: z.optional(z.boolean()),
  /** Sub-merchant id of the buyer, sent as given (named by the official clients, not described). */
  buyerSubmerchantId: z.optional(id),
  /** Subscription this payment belongs to (.NET client). */
  subscriptionId: z.optional(id),
  /** Creates a subscription with this plan through the payment. */
  plan: z.optional(subscriptionPlan),
  /** Buyer's name (Java client). */
  buyerName: z.optional(z.string()),
}));

/** The card is required unless the whole amount comes from the wallet (`paidPrice` = `walletPrice`). */
export function checkCardPresence(value: { paidPrice: number; walletPrice?: number | undefined; card?: unknown }, ctx: IssueSink): void {
  if (value.card === undefined && toKurus(value.paidPrice) !== toKurus(value.walletPrice ?? 0))
    ctx.addIssue({ code: 'custom', path: ['card'], message: 'card is required unless paidPrice equals walletPrice' });
}

/** POST /payment/v1/card-payments body. */
export const createPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({ ...paymentFields }).check(
    z.superRefine((v, ctx) => {
      checkBasket(v, ctx);
      checkCardPresence(v, ctx);
    }),
  ),
);

/** POST /payment/v1/card-payments/3ds-init: a card payment plus the `callbackUrl` the bank page posts back to. */
export const initThreeDSRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    ...paymentFields,
    /** Where the bank page POSTs the result; your server then calls `threeDS.complete`. */
    callbackUrl: z.url(),
  }).check(
    z.superRefine((v, ctx) => {
      checkBasket(v, ctx);
      checkCardPresence(v, ctx);
    }),
  ),
);

// Answers: what identifies and settles an operation (ids, status, amounts, currency) is required; every other field
// is optional and may be `null`. Craftgate's answers of the same protocol leave out ÖderoPay's informational fields
// (commissions, `paidWithStoredCard`, payout conversion fields), and a payment that went through must never be
// reported as a failure because one of them is missing.

/** How one transaction's money is split (always settled in TRY); informational, every field may be absent. */
export const payout = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Amount paid for the transaction, TL decimal (the payout currency). */
    paidPrice: z.nullish(decimal),
    /** Payout currency (always `TRY`). */
    currency: z.nullish(answerCurrency),
    /** Amount paid out to the merchant, TL decimal. */
    merchantPayoutAmount: z.nullish(decimal),
    /** Amount paid out to the sub-merchant, TL decimal. */
    subMerchantPayoutAmount: z.nullish(decimal),
    /** ÖderoPay's commission, TL decimal. */
    pfCommissionRateAmount: z.nullish(decimal),
    /** ÖderoPay's conversion rate for a foreign-currency payment (TL per unit). */
    pfConversionRate: z.nullish(decimal),
    /** ÖderoPay's conversion amount for a foreign-currency payment, TL decimal. */
    pfConversionRateAmount: z.nullish(decimal),
  }),
);

/** One basket line of a payment as ÖderoPay returns it: `id` and its amounts required, the rest informational. */
export const paymentTransaction = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Payment transaction id: refund or approve a line with it. */
    id: z.number(),
    /** The merchant's own id for the line, as sent. */
    externalId: z.nullish(z.string()),
    /** Line name, as sent. */
    name: z.nullish(z.string()),
    /** Payout state: `WAITING_FOR_APPROVAL`, `APPROVED`, `PAYOUT_STARTED` (others pass). */
    transactionStatus: z.nullish(openEnum(TRANSACTION_STATUSES)),
    /** Basket amount of the line, a decimal in the payment's currency. */
    price: decimal,
    /** Amount the customer paid for the line, a decimal in the payment's currency. */
    paidPrice: decimal,
    /** Part of the line paid from the wallet, a decimal in the payment's currency. */
    walletPrice: z.nullish(decimal),
    /** Merchant commission rate, in percent. */
    merchantCommissionRate: z.nullish(decimal),
    /** Merchant commission, a decimal in the payment's currency. */
    merchantCommissionRateAmount: z.nullish(decimal),
    /** ÖderoPay's commission, a decimal in the payment's currency. */
    pfCommissionRateAmount: z.nullish(decimal),
    /** Amount paid out to the merchant, a decimal in the payment's currency. */
    merchantPayoutAmount: z.nullish(decimal),
    /** Sub-merchant of the line (ÖderoPay id). */
    subMerchantId: z.nullish(z.number()),
    /** Sub-merchant's name (docs). */
    subMerchantName: z.nullish(z.string()),
    /** Amount passed on to the sub-merchant, as sent: a decimal in the payment's currency. */
    subMerchantPrice: z.nullish(decimal),
    /** Sub-merchant payout rate, in percent. */
    subMerchantPayoutRate: z.nullish(decimal),
    /** Amount paid out to the sub-merchant, a decimal in the payment's currency. */
    subMerchantPayoutAmount: z.nullish(decimal),
    /** When the blockage on the line is released (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    blockageResolvedDate: z.nullish(z.string()),
    /** How the line's money is split. */
    payout: z.nullish(payout),
  }),
);

/**
 * PaymentResponse: returned by create, retrieve, 3DS complete, post-auth and checkout retrieve. Required: `id`,
 * `paymentStatus`, `price`, `paidPrice` and `currency`; everything else may be absent or `null`.
 */
export const paymentResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Payment id: retrieve, capture or refund with it. */
    id: z.number(),
    /** The `conversationId` sent with the payment. */
    conversationId: z.nullish(z.string()),
    /** When the payment was created (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** Basket total, a decimal in `currency` (a JSON number; compare with `toKurus`). */
    price: decimal,
    /** What the customer paid, a decimal in `currency`. */
    paidPrice: decimal,
    /** Part paid from the buyer's wallet, a decimal in `currency`. */
    walletPrice: z.nullish(decimal),
    /** Currency of the amounts (`TRY`, `USD`, `EUR`, `AZN`; others pass). */
    currency: answerCurrency,
    /** ÖderoPay buyer id, when one was given. */
    buyerId: z.nullish(z.number()),
    /** Installment count, 1 to 12. */
    installment: z.nullish(z.number()),
    /** `CARD_PAYMENT`, `WALLET_PAYMENT`, `MULTI_CARD_PAYMENT`… (others pass). */
    paymentType: z.nullish(openEnum(PAYMENT_TYPES)),
    /** `PRODUCT` or `LISTING_OR_SUBSCRIPTION` (others pass). */
    paymentGroup: z.nullish(openEnum(PAYMENT_GROUPS)),
    /** `SUCCESS`, `FAILURE`, `INIT_THREEDS`, `CALLBACK_THREEDS` (others pass): check it, a 2xx alone is not a charge. */
    paymentStatus: openEnum(PAYMENT_STATUSES),
    /** `AUTH`, `PRE_AUTH` or `POST_AUTH` (others pass). */
    paymentPhase: z.nullish(openEnum(PAYMENT_PHASES)),
    /** Rail used: `TOKENPOS` (ÖderoPay's POS) or `TOKENGATE` (the merchant's own POS). */
    connectorType: z.nullish(openEnum(CONNECTOR_TYPES)),
    /** Whether the payment went through 3D Secure. */
    isThreeDS: z.nullish(z.boolean()),
    /** Merchant commission rate, in percent. */
    merchantCommissionRate: z.nullish(decimal),
    /** Merchant commission, a decimal in `currency`. */
    merchantCommissionRateAmount: z.nullish(decimal),
    /** ÖderoPay's commission, a decimal in `currency`. */
    pfCommissionRateAmount: z.nullish(decimal),
    /** Card-wallet key of a stored (or newly stored) card. */
    cardUserKey: z.nullish(z.string()),
    /** Token of a stored (or newly stored) card. */
    cardToken: z.nullish(z.string()),
    /** Whether a stored card paid. */
    paidWithStoredCard: z.nullish(z.boolean()),
    /** First digits of the card number. */
    binNumber: z.nullish(z.string()),
    /** Last four digits of the card number. */
    lastFourDigits: z.nullish(z.string()),
    /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD` (others pass). */
    cardType: z.nullish(openEnum(CARD_TYPES)),
    /** Scheme: `VISA`, `MASTER_CARD`, `AMEX`, `TROY` (others pass). */
    cardAssociation: z.nullish(openEnum(CARD_ASSOCIATIONS)),
    /** Card brand (program) name. */
    cardBrand: z.nullish(z.string()),
    /** Subscription created through the payment's `plan` (.NET client). */
    subscriptionId: z.nullish(z.number()),
    /** The basket lines, one transaction each (absent: read them with `payments.retrieve`). */
    paymentTransactions: z.nullish(z.array(paymentTransaction)),
  }),
);

/** A payment id in the path. */
export const paymentIdPath = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Payment id (path): `payment.id`. */
    id,
  }),
);
