import * as z from 'zod';
import { amount, currency, decimal, id } from './common.js';
import { CARD_ASSOCIATIONS, CARD_TYPES, openEnum } from './enums.js';

const bin = z.string().regex(/^\d{6,8}$/, 'binNumber must be 6 to 8 digits');

/** GET /installment/v1/installments query (the EN docs' extra filters included). */
export const searchInstallmentsRequest = z.strictObject({
  binNumber: bin.optional(),
  price: amount(),
  currency,
  excludeGatewayPos: z.boolean().optional(),
  /** Comma-joined on the wire. */
  subMerchantIds: z
    .array(id)
    .transform((a) => a.join(','))
    .optional(),
  productItems: z.string().optional(),
  buyerId: id.optional(),
  branch: z.string().optional(),
  checkoutToken: z.string().optional(),
  subscription: z.boolean().optional(),
  garantiPay: z.boolean().optional(),
});

/** One installment option. */
export const installmentPrice = z.looseObject({
  installmentNumber: z.number(),
  installmentPrice: decimal,
  totalPrice: decimal,
  additionalInstallment: z.number().nullish(),
  description: z.string().nullish(),
  pfCommissionRate: decimal.nullish(),
  buyerServicePrice: decimal.nullish(),
  buyerPfCommissionRate: decimal.nullish(),
});

/** Installment options of one card (BIN). */
export const installment = z.looseObject({
  binNumber: z.string().nullish(),
  price: decimal.nullish(),
  cardType: openEnum(CARD_TYPES).nullish(),
  cardAssociation: openEnum(CARD_ASSOCIATIONS).nullish(),
  cardBrand: z.string().nullish(),
  bankName: z.string().nullish(),
  bankCode: z.number().nullish(),
  force3ds: z.boolean().nullish(),
  commercial: z.boolean().nullish(),
  farmerCard: z.boolean().nullish(),
  posAlias: z.string().nullish(),
  installmentPrices: z.array(installmentPrice),
});

/** POST /installment/v1/installments/retrieve: per-product maturities. */
export const retrieveInstallmentsRequest = z.strictObject({
  binNumber: bin,
  price: amount(),
  currency,
  subMerchantIds: z.array(id).optional(),
  productItems: z
    .array(
      z.strictObject({
        productItemCode: z.string(),
        productItemPrice: amount(),
        maturity: z.array(z.strictObject({ installmentNumber: z.number().int().positive(), itemMaturityRate: z.number() })).optional(),
      }),
    )
    .optional(),
  branch: z.string().optional(),
});

/** GET /installment/v1/installments/retrieveWalletInstallments: query not documented, passed as given. */
export const walletInstallmentsRequest = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** GET /installment/v1/bins/{binNumber}. */
export const binRequest = z.strictObject({ binNumber: bin });

/** What a BIN says about a card. */
export const binResponse = z.looseObject({
  binNumber: z.string(),
  cardType: openEnum(CARD_TYPES).nullish(),
  cardAssociation: openEnum(CARD_ASSOCIATIONS).nullish(),
  cardBrand: z.string().nullish(),
  bankName: z.string().nullish(),
  bankCode: z.number().nullish(),
  commercial: z.boolean().nullish(),
});
