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

const openEnum = (values) => z.enum(values).or(z.string());
const decimal = z.number();

const card = z
  .strictObject({
    cardHolderName: z.string().trim().min(1),
    cardNumber: cardNumber(),
    expireYear: z.string().regex(/^\d+$/),
    expireMonth: z.string().regex(/^\d+$/),
    cvc: cvv(),
    storeCardAfterSuccessPayment: z.boolean().optional(),
    cardAlias: z.string().optional(),
  })
  .superRefine((c, ctx) => checkExpiryInto(ctx, c.expireMonth, c.expireYear, { month: 'expireMonth', year: 'expireYear' }));

const item = z.strictObject({
  name: z.string().min(1),
  price: tlAmount({ positive: true }),
  externalId: z.string().optional(),
  subMerchantId: z.number().optional(),
  subMerchantPrice: tlAmount().optional(),
});

const request = z
  .strictObject({
    conversationId: z.string().optional(),
    price: tlAmount(),
    paidPrice: tlAmount(),
    walletPrice: tlAmount().default(0),
    installment: z
      .number()
      .int()
      .refine((n) => [1, 2, 3, 6, 9, 12].includes(n)),
    buyerId: z.number().optional(),
    currency: openEnum(['TRY', 'USD', 'EUR', 'GBP', 'AZN']),
    paymentGroup: z.enum(['PRODUCT', 'LISTING_OR_SUBSCRIPTION']),
    paymentPhase: z.enum(['AUTH', 'PRE_AUTH']).optional(),
    card: card.optional(),
    posAlias: z.string().optional(),
    items: z.array(item).min(1),
  })
  .superRefine((v, ctx) => {
    let sum = 0;
    for (const i of v.items) sum += toKurus(i.price);
    if (sum !== toKurus(v.price)) ctx.addIssue({ code: 'custom', path: ['items'], message: 'items must add up to price' });
  });

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
  externalId: z.string().nullish(),
  name: z.string().nullish(),
  transactionStatus: openEnum(['WAITING_FOR_APPROVAL', 'APPROVED', 'SUSPENDED']).nullish(),
  price: decimal,
  paidPrice: decimal,
  walletPrice: decimal.nullish(),
  merchantCommissionRate: decimal.nullish(),
  merchantCommissionRateAmount: decimal.nullish(),
  pfCommissionRateAmount: decimal.nullish(),
  merchantPayoutAmount: decimal.nullish(),
  subMerchantId: z.number().nullish(),
  subMerchantPrice: decimal.nullish(),
  subMerchantPayoutRate: decimal.nullish(),
  subMerchantPayoutAmount: decimal.nullish(),
  blockageResolvedDate: z.string().nullish(),
  payout: payout.nullish(),
});
const response = z.looseObject({
  id: z.number(),
  conversationId: z.string().nullish(),
  createdDate: z.string(),
  price: decimal,
  paidPrice: decimal,
  walletPrice: decimal,
  currency: z.string(),
  buyerId: z.number().nullish(),
  installment: z.number(),
  paymentType: openEnum(['CARD_PAYMENT', 'MULTI_CARD_PAYMENT']),
  paymentGroup: openEnum(['PRODUCT', 'LISTING_OR_SUBSCRIPTION']),
  paymentStatus: openEnum(['FAILURE', 'SUCCESS', 'INIT_THREEDS', 'CALLBACK_THREEDS', 'WAITING']),
  paymentPhase: openEnum(['AUTH', 'PRE_AUTH', 'POST_AUTH']),
  connectorType: openEnum(['TOKENPOS', 'TOKENGATE']).nullish(),
  isThreeDS: z.boolean(),
  merchantCommissionRate: decimal,
  merchantCommissionRateAmount: decimal,
  pfCommissionRateAmount: decimal,
  cardUserKey: z.string().nullish(),
  cardToken: z.string().nullish(),
  paidWithStoredCard: z.boolean(),
  binNumber: z.string().nullish(),
  lastFourDigits: z.string().nullish(),
  cardType: openEnum(['CREDIT_CARD', 'DEBIT_CARD', 'PREPAID_CARD']).nullish(),
  cardAssociation: openEnum(['VISA', 'MASTER_CARD', 'AMEX', 'TROY']).nullish(),
  cardBrand: z.string().nullish(),
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

/**
 * A Transport configured like the ÖderoPay client; `options` are core ClientOptions (e.g. `fetch`).
 * `hash` replaces core's Web Crypto `sha256Base64` (the profile uses it to price a synchronous hash).
 */
export function createOderoPayTransport({ baseUrl, apiKey, secretKey, hash = sha256Base64 }, options = {}) {
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
        req.headers.set('x-signature', await hash(decodeURIComponent(req.url) + apiKey + secretKey + rnd + (req.body ?? '')));
      },
    },
    options,
  );
}
