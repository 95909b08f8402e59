import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { listOf, pagedQuery } from './common.js';
import { CARD_ASSOCIATIONS, CARD_TYPES, openEnum } from './enums.js';
import { looseObject, strictObject } from './object.js';

/** GET /payment/v1/cards query. */
export const searchCardsRequest = /* @__PURE__ */ lazySchema(() =>
  pagedQuery({
    /** Name given to the card when it was stored. */
    cardAlias: z.optional(z.string()),
    /** Card brand (program) name. */
    cardBrand: z.optional(z.string()),
    /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD`. */
    cardType: z.optional(z.enum(CARD_TYPES)),
    /** The customer's card-wallet key. */
    cardUserKey: z.optional(z.string()),
    /** One stored card's token. */
    cardToken: z.optional(z.string()),
    /** Issuing bank's name. */
    cardBankName: z.optional(z.string()),
    /** Scheme: `VISA`, `MASTER_CARD`, `AMEX` or `TROY`. */
    cardAssociation: z.optional(z.enum(CARD_ASSOCIATIONS)),
  }),
);

/** DELETE /payment/v1/cards: both keys required, 36 characters each (EN docs); 204 on success. */
export const deleteCardRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The customer's card-wallet key (36 characters). */
    cardUserKey: z.string().check(z.length(36, 'cardUserKey must be 36 characters')),
    /** The stored card's token (36 characters). */
    cardToken: z.string().check(z.length(36, 'cardToken must be 36 characters')),
  }),
);

/** A stored card (never the full number). */
export const storedCard = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** First digits of the card. */
    binNumber: z.nullish(z.string()),
    /** Last four digits of the card. */
    lastFourDigits: z.nullish(z.string()),
    /** The customer's card-wallet key: pay with it and `cardToken`. */
    cardUserKey: z.string(),
    /** The stored card's token. */
    cardToken: z.string(),
    /** Name on the card. */
    cardHolderName: z.nullish(z.string()),
    /** Name given to the card when it was stored. */
    cardAlias: z.nullish(z.string()),
    /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD` (others pass). */
    cardType: z.nullish(openEnum(CARD_TYPES)),
    /** Scheme: `VISA`, `MASTER_CARD`, `AMEX`, `TROY` (others pass). */
    cardAssociation: z.nullish(openEnum(CARD_ASSOCIATIONS)),
    /** Card brand (program) name. */
    cardBrand: z.nullish(z.string()),
    /** Issuing bank's name. */
    cardBankName: z.nullish(z.string()),
    /** Issuing bank's id. */
    cardBankId: z.nullish(z.number()),
    /** Expiry year, four digits. */
    expireYear: z.nullish(z.string()),
    /** Expiry month, two digits. */
    expireMonth: z.nullish(z.string()),
  }),
);

/** A page of stored cards. */
export const storedCardList = /* @__PURE__ */ lazySchema(() => listOf(storedCard));
