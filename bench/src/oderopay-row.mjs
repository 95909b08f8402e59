// An ÖderoPay-style operation row over core's Transport: what @odeme/oderopay does for a card payment
// (strict request schema with card and basket checks, loose response schema, per-attempt SHA-256 signature,
// `errors`/`data` envelope), written here so "our" figure exists before the provider package lands.
import {
  cardNumber,
  checkExpiryInto,
  cvv,
  defaultUnwrap,
  defineOperation,
  ProviderError,
  randomBytes,
  sha256Base64,
  tlAmount,
  toKurus,
  Transport,
} from '@odeme/core';
import { z } from './zod.mjs';

const openEnum = (values) => z.union([z.enum(values), z.string()]);
const decimal = z.number();

const card = z
  .strictObject({
    cardHolderName: z.string().check(z.trim(), z.minLength(1)),
    cardNumber: cardNumber(),
    expireYear: z.string().check(z.regex(/^\d+$/)),
    expireMonth: z.string().check(z.regex(/^\d+$/)),
    cvc: cvv(),
    storeCardAfterSuccessPayment: z.optional(z.boolean()),
    cardAlias: z.optional(z.string()),
  })
  .check(z.superRefine((c, ctx) => checkExpiryInto(ctx, c.expireMonth, c.expireYear, { month: 'expireMonth', year: 'expireYear' })));

const item = z.strictObject({
  name: z.string().check(z.minLength(1)),
  price: tlAmount({ positive: true }),
  externalId: z.optional(z.string()),
  subMerchantId: z.optional(z.number()),
  subMerchantPrice: z.optional(tlAmount()),
});

const request = z
  .strictObject({
    conversationId: z.optional(z.string()),
    price: tlAmount(),
    paidPrice: tlAmount(),
    walletPrice: z._default(tlAmount(), 0),
    installment: z.int().check(z.refine((n) => [1, 2, 3, 6, 9, 12].includes(n))),
    buyerId: z.optional(z.number()),
    currency: openEnum(['TRY', 'USD', 'EUR', 'GBP', 'AZN']),
    paymentGroup: z.enum(['PRODUCT', 'LISTING_OR_SUBSCRIPTION']),
    paymentPhase: z.optional(z.enum(['AUTH', 'PRE_AUTH'])),
    card: z.optional(card),
    posAlias: z.optional(z.string()),
    items: z.array(item).check(z.minLength(1)),
  })
  .check(
    z.superRefine((v, ctx) => {
      let sum = 0;
      for (const i of v.items) sum += toKurus(i.price);
      if (sum !== toKurus(v.price)) ctx.addIssue({ code: 'custom', path: ['items'], message: 'items must add up to price' });
    }),
  );

const payout = z.looseObject({
  paidPrice: decimal,
  currency: z.string(),
  merchantPayoutAmount: decimal,
  subMerchantPayoutAmount: decimal,
  pfCommissionRateAmount: decimal,
  pfConversionRate: decimal,
  pfConversionRateAmount: decimal,
});
const transaction = z.looseObject({
  id: z.number(),
  externalId: z.nullish(z.string()),
  name: z.nullish(z.string()),
  transactionStatus: z.nullish(openEnum(['WAITING_FOR_APPROVAL', 'APPROVED', 'SUSPENDED'])),
  price: decimal,
  paidPrice: decimal,
  walletPrice: z.nullish(decimal),
  merchantCommissionRate: z.nullish(decimal),
  merchantCommissionRateAmount: z.nullish(decimal),
  pfCommissionRateAmount: z.nullish(decimal),
  merchantPayoutAmount: z.nullish(decimal),
  subMerchantId: z.nullish(z.number()),
  subMerchantPrice: z.nullish(decimal),
  subMerchantPayoutRate: z.nullish(decimal),
  subMerchantPayoutAmount: z.nullish(decimal),
  blockageResolvedDate: z.nullish(z.string()),
  payout: z.nullish(payout),
});
const response = z.looseObject({
  id: z.number(),
  conversationId: z.nullish(z.string()),
  createdDate: z.string(),
  price: decimal,
  paidPrice: decimal,
  walletPrice: decimal,
  currency: z.string(),
  buyerId: z.nullish(z.number()),
  installment: z.number(),
  paymentType: openEnum(['CARD_PAYMENT', 'MULTI_CARD_PAYMENT']),
  paymentGroup: openEnum(['PRODUCT', 'LISTING_OR_SUBSCRIPTION']),
  paymentStatus: openEnum(['FAILURE', 'SUCCESS', 'INIT_THREEDS', 'CALLBACK_THREEDS', 'WAITING']),
  paymentPhase: openEnum(['AUTH', 'PRE_AUTH', 'POST_AUTH']),
  connectorType: z.nullish(openEnum(['TOKENPOS', 'TOKENGATE'])),
  isThreeDS: z.boolean(),
  merchantCommissionRate: decimal,
  merchantCommissionRateAmount: decimal,
  pfCommissionRateAmount: decimal,
  cardUserKey: z.nullish(z.string()),
  cardToken: z.nullish(z.string()),
  paidWithStoredCard: z.boolean(),
  binNumber: z.nullish(z.string()),
  lastFourDigits: z.nullish(z.string()),
  cardType: z.nullish(openEnum(['CREDIT_CARD', 'DEBIT_CARD', 'PREPAID_CARD'])),
  cardAssociation: z.nullish(openEnum(['VISA', 'MASTER_CARD', 'AMEX', 'TROY'])),
  cardBrand: z.nullish(z.string()),
  paymentTransactions: z.array(transaction),
});

export const createPayment = defineOperation({
  id: 'payments.create',
  method: 'POST',
  path: '/payment/v1/card-payments',
  request,
  response,
  movesMoney: true,
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomKey(length = 16) {
  let out = '';
  while (out.length < length) for (const b of randomBytes(length * 2)) if (b < 248 && out.length < length) out += ALPHABET.charAt(b % 62);
  return out;
}

function unwrap(raw) {
  const errors = raw.json && typeof raw.json === 'object' ? raw.json.errors : undefined;
  if (errors && typeof errors === 'object')
    throw new ProviderError(`refused: ${errors.errorDescription}`, {
      provider: raw.provider,
      operation: raw.operation.id,
      providerCode: String(errors.errorCode),
    });
  const json = defaultUnwrap(raw);
  return json && typeof json === 'object' && 'data' in json ? json.data : json;
}

/** A Transport configured like the ÖderoPay client; `options` are core ClientOptions (e.g. `fetch`). */
export function createOderoPayTransport({ baseUrl, apiKey, secretKey }, options = {}) {
  return new Transport(
    {
      provider: 'oderopay',
      baseUrl: () => baseUrl,
      holdsSecrets: true,
      secrets: [secretKey],
      unwrap,
      async sign(req) {
        const rnd = randomKey();
        req.headers.set('x-api-key', apiKey);
        req.headers.set('x-rnd-key', rnd);
        req.headers.set('x-auth-version', 'v1');
        req.headers.set('x-signature', await sha256Base64(decodeURIComponent(req.url) + apiKey + secretKey + rnd + (req.body ?? '')));
      },
    },
    options,
  );
}
