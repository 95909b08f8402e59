import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, anyObject, currency, decimal, id, idList, listOf } from './common.js';
import { CARD_ASSOCIATIONS, CARD_TYPES, openEnum } from './enums.js';
import { looseObject, strictObject } from './object.js';

const bin = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(/^\d{6,8}$/, 'binNumber must be 6 to 8 digits')));

/** GET /installment/v1/installments query (the EN docs' extra filters included). */
export const searchInstallmentsRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** First 6–8 digits of the card; options for every card when left out. */
    binNumber: z.optional(bin),
    /** Amount the options are computed for, in `currency`: a decimal, exact to the kuruş. */
    price: amount(),
    /** Currency of the amount: `TRY`, `USD`, `EUR` or `AZN`. */
    currency,
    /** Leave out the merchant's own (gateway) POSes (EN docs). */
    excludeGatewayPos: z.optional(z.boolean()),
    /** Sub-merchants of the basket; comma-joined on the wire (EN docs). */
    subMerchantIds: idList,
    /** Product items, sent as given (EN docs). */
    productItems: z.optional(z.string()),
    /** ÖderoPay buyer id (EN docs). */
    buyerId: z.optional(id),
    /** Merchant branch (EN docs). */
    branch: z.optional(z.string()),
    /** Options for this checkout session (EN docs). */
    checkoutToken: z.optional(z.string()),
    /** Options for a subscription payment (EN docs). */
    subscription: z.optional(z.boolean()),
    /** Options for GarantiPay (EN docs). */
    garantiPay: z.optional(z.boolean()),
  }),
);

/** One installment option. */
export const installmentPrice = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Installment count. */
    installmentNumber: z.number(),
    /** Amount of each installment, a decimal in the asked currency. */
    installmentPrice: decimal,
    /** Total over all installments, a decimal in the asked currency. */
    totalPrice: decimal,
    /** Extra installments the bank adds (EN docs). */
    additionalInstallment: z.nullish(z.number()),
    /** Text of the option (EN docs). */
    description: z.nullish(z.string()),
    /** ÖderoPay's commission rate, in percent (EN docs). */
    pfCommissionRate: z.nullish(decimal),
    /** Service amount charged to the buyer, a decimal in the asked currency (EN docs). */
    buyerServicePrice: z.nullish(decimal),
    /** ÖderoPay's commission rate charged to the buyer, in percent (EN docs). */
    buyerPfCommissionRate: z.nullish(decimal),
  }),
);

/** Installment options of one card (BIN). */
export const installment = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** First digits of the card. */
    binNumber: z.nullish(z.string()),
    /** The amount asked about, a decimal in the asked currency. */
    price: z.nullish(decimal),
    /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD` (others pass). */
    cardType: z.nullish(openEnum(CARD_TYPES)),
    /** Scheme: `VISA`, `MASTER_CARD`, `AMEX`, `TROY` (others pass). */
    cardAssociation: z.nullish(openEnum(CARD_ASSOCIATIONS)),
    /** Card brand (program) name. */
    cardBrand: z.nullish(z.string()),
    /** Issuing bank's name. */
    bankName: z.nullish(z.string()),
    /** Issuing bank's code. */
    bankCode: z.nullish(z.number()),
    /** Whether the card must pay with 3D Secure. */
    force3ds: z.nullish(z.boolean()),
    /** Whether it is a commercial card. */
    commercial: z.nullish(z.boolean()),
    /** Whether it is a farmer card (EN docs). */
    farmerCard: z.nullish(z.boolean()),
    /** POS the options apply to (EN docs). */
    posAlias: z.nullish(z.string()),
    /** The options, one per installment count. */
    installmentPrices: z.array(installmentPrice),
  }),
);

/** The maturity rate of one installment count for a product. */
export const productMaturity = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Installment count. */
    installmentNumber: z.int().check(z.positive()),
    /** Maturity rate for that count, in percent. */
    itemMaturityRate: z.number(),
  }),
);

/** A product of `installments.retrieve` with its own maturity rates. */
export const productItem = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The merchant's product code. */
    productItemCode: z.string(),
    /** Product amount in `currency`, exact to the kuruş. */
    productItemPrice: amount(),
    /** Maturity rate per installment count. */
    maturity: z.optional(z.array(productMaturity)),
  }),
);

/** POST /installment/v1/installments/retrieve: per-product maturities. */
export const retrieveInstallmentsRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** First 6–8 digits of the card. */
    binNumber: bin,
    /** Amount the options are computed for, in `currency`: a decimal, exact to the kuruş. */
    price: amount(),
    /** Currency of the amount: `TRY`, `USD`, `EUR` or `AZN`. */
    currency,
    /** Sub-merchants of the basket (ÖderoPay ids). */
    subMerchantIds: z.optional(z.array(id)),
    /** Products with their own maturity rates. */
    productItems: z.optional(z.array(productItem)),
    /** Merchant branch. */
    branch: z.optional(z.string()),
  }),
);

/** GET /installment/v1/installments/retrieveWalletInstallments: query not documented, passed as given. */
export const walletInstallmentsRequest = /* @__PURE__ */ lazySchema(() => z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])));

/** GET /installment/v1/bins/{binNumber}. */
export const binRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** First 6–8 digits of the card (path). */
    binNumber: bin,
  }),
);

/** What a BIN says about a card. */
export const binResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The BIN asked about. */
    binNumber: z.string(),
    /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD` (others pass). */
    cardType: z.nullish(openEnum(CARD_TYPES)),
    /** Scheme: `VISA`, `MASTER_CARD`, `AMEX`, `TROY` (others pass). */
    cardAssociation: z.nullish(openEnum(CARD_ASSOCIATIONS)),
    /** Card brand (program) name. */
    cardBrand: z.nullish(z.string()),
    /** Issuing bank's name. */
    bankName: z.nullish(z.string()),
    /** Issuing bank's code. */
    bankCode: z.nullish(z.number()),
    /** Whether it is a commercial card. */
    commercial: z.nullish(z.boolean()),
  }),
);

/** A page of installment options. */
export const installmentList = /* @__PURE__ */ lazySchema(() => listOf(installment));

/** A page of installment options, or an answer in another shape kept whole (the detail and wallet calls are not typed in the spec). */
export const installmentListOrObject = /* @__PURE__ */ lazySchema(() => z.union([installmentList, anyObject]));
