import { toKurus } from '@odeme/core';
import * as z from 'zod';
import { checkBasket, paymentItem } from './basket.js';
import { paymentCard } from './card.js';
import { amount, currency, decimal, id, installment } from './common.js';
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
  TRANSACTION_STATUSES,
} from './enums.js';

/** Subscription plan attached to a payment or checkout (created through the payment). */
export const subscriptionPlan = z.strictObject({
  description: z.string().optional(),
  price: amount(),
  /** Period: the docs use days (7, 30, 360); the .NET client uses WEEK/MONTH/YEAR. */
  periodType: z.union([z.number().int().positive(), z.string().min(1)]),
  nochargeDayCount: z.number().int().nonnegative().optional(),
  paymentCount: z.number().int().nonnegative().optional(),
});

/** Fields shared by card payments and 3DS init (seed 001 plus the extras found in the official clients). */
export const paymentFields = {
  /** Echoed back; usually the merchant's order number. */
  conversationId: z.string().optional(),
  /** Basket total; must equal the sum of `items[].price`. */
  price: amount(),
  /** What the customer pays (commission and discounts included; includes any wallet share). */
  paidPrice: amount(),
  /** Share taken from the buyer's wallet (default 0; needs `buyerId` when above 0). */
  walletPrice: amount().default(0),
  /** 1, 2, 3, 6, 9 or 12. */
  installment,
  /** ÖderoPay buyer id (not the merchant's own id). */
  buyerId: id.optional(),
  currency,
  paymentGroup: z.enum(PAYMENT_GROUPS),
  /** `AUTH` by default; `PRE_AUTH` holds the amount until post-auth. */
  paymentPhase: z.enum(PAYMENT_PHASES).optional(),
  /** Required unless the whole `paidPrice` comes from the wallet. */
  card: paymentCard.optional(),
  /** TOKENGATE: route the payment through this POS. */
  posAlias: z.string().optional(),
  /** At least one line; their prices add up to `price`. */
  items: z.array(paymentItem).min(1, 'at least one item is required'),
  /** `MULTI_CARD_PAYMENT` for the legs of a multi-card payment. */
  paymentType: openEnum(PAYMENT_TYPES).optional(),
  /** Order of this leg in a multi-card payment (1, 2…). */
  paymentOrder: z.number().int().positive().optional(),
  merchantBranchName: z.string().optional(),
  blockageResolveType: openEnum(POS_BLOCKAGE_RESOLVE_TYPES).optional(),
  creditorId: id.optional(),
  threedsVerifyOnly: z.boolean().optional(),
  saveMerchantDefaultCard: z.boolean().optional(),
  buyerSubmerchantId: id.optional(),
  subscriptionId: id.optional(),
  plan: subscriptionPlan.optional(),
  buyerName: z.string().optional(),
};

/** The card is required unless the whole amount comes from the wallet (`paidPrice` = `walletPrice`). */
export function checkCardPresence(value: { paidPrice: number; walletPrice?: number | undefined; card?: unknown }, ctx: z.RefinementCtx): void {
  if (value.card === undefined && toKurus(value.paidPrice) !== toKurus(value.walletPrice ?? 0))
    ctx.addIssue({ code: 'custom', path: ['card'], message: 'card is required unless paidPrice equals walletPrice' });
}

/** POST /payment/v1/card-payments body. */
export const createPaymentRequest = z.strictObject(paymentFields).superRefine((v, ctx) => {
  checkBasket(v, ctx);
  checkCardPresence(v, ctx);
});

/** How one transaction's money is split (always settled in TRY). */
export const payout = z.looseObject({
  paidPrice: decimal,
  currency: z.string(),
  merchantPayoutAmount: decimal,
  subMerchantPayoutAmount: decimal,
  pfCommissionRateAmount: decimal,
  pfConversionRate: decimal,
  pfConversionRateAmount: decimal,
});

/** One basket line of a payment as ÖderoPay returns it. */
export const paymentTransaction = z.looseObject({
  id: z.number(),
  externalId: z.string().nullish(),
  name: z.string().nullish(),
  transactionStatus: openEnum(TRANSACTION_STATUSES).nullish(),
  price: decimal,
  paidPrice: decimal,
  walletPrice: decimal.nullish(),
  merchantCommissionRate: decimal.nullish(),
  merchantCommissionRateAmount: decimal.nullish(),
  pfCommissionRateAmount: decimal.nullish(),
  merchantPayoutAmount: decimal.nullish(),
  subMerchantId: z.number().nullish(),
  subMerchantName: z.string().nullish(),
  subMerchantPrice: decimal.nullish(),
  subMerchantPayoutRate: decimal.nullish(),
  subMerchantPayoutAmount: decimal.nullish(),
  blockageResolvedDate: z.string().nullish(),
  payout: payout.nullish(),
});

/** PaymentResponse: returned by create, retrieve, 3DS complete, post-auth and checkout retrieve. */
export const paymentResponse = z.looseObject({
  id: z.number(),
  conversationId: z.string().nullish(),
  createdDate: z.string(),
  price: decimal,
  paidPrice: decimal,
  walletPrice: decimal,
  currency: z.string(),
  buyerId: z.number().nullish(),
  installment: z.number(),
  paymentType: openEnum(PAYMENT_TYPES),
  paymentGroup: openEnum(PAYMENT_GROUPS),
  paymentStatus: openEnum(PAYMENT_STATUSES),
  paymentPhase: openEnum(PAYMENT_PHASES),
  connectorType: openEnum(CONNECTOR_TYPES).nullish(),
  isThreeDS: z.boolean(),
  merchantCommissionRate: decimal,
  merchantCommissionRateAmount: decimal,
  pfCommissionRateAmount: decimal,
  cardUserKey: z.string().nullish(),
  cardToken: z.string().nullish(),
  paidWithStoredCard: z.boolean(),
  binNumber: z.string().nullish(),
  lastFourDigits: z.string().nullish(),
  cardType: openEnum(CARD_TYPES).nullish(),
  cardAssociation: openEnum(CARD_ASSOCIATIONS).nullish(),
  cardBrand: z.string().nullish(),
  subscriptionId: z.number().nullish(),
  paymentTransactions: z.array(paymentTransaction),
});

/** POST /payment/v1/card-payments/{paymentId}/post-auth: the captured amount may differ from the pre-auth. */
export const postAuthRequest = z.strictObject({ paymentId: id, paidPrice: amount().optional() });

/** POST /payment/v1/card-payments/{conversationId}/multi_post-auth: `paidPrice` is the total of the pre-auths. */
export const multiCardPostAuthRequest = z.strictObject({ conversationId: z.string().min(1), paidPrice: amount() });

/** Result of closing a multi-card pre-auth. */
export const multiCardPostAuthResponse = z.looseObject({
  conversationId: z.string().nullish(),
  paymentMultiCardStatus: z.union([z.string(), z.number()]).nullish(),
  multiPayment: z.boolean().nullish(),
  paymentIdList: z.array(z.number()).nullish(),
});

/** A payment id in the path. */
export const paymentIdPath = z.strictObject({ id });
