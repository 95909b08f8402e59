import { checkCardExpiry, type IssueSink, lazySchema, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod/mini';
import { orEmpty } from './answer.js';
import { issueSink, rule } from './common.js';

const relational = /* @__PURE__ */ lazySchema(() => ({
  /** Your id of the card owner (e.g. your user id); the cards are stored and listed under it. */
  RelationalId1: z.string().check(z.minLength(1, 'RelationalId1 is required')),
  /** A second owner id of yours, to scope the cards further. */
  RelationalId2: z.optional(z.string()),
  /** A third owner id of yours, to scope the cards further. */
  RelationalId3: z.optional(z.string()),
}));
const partner = /* @__PURE__ */ lazySchema(() => ({
  /** Partner-scoped storage: the card belongs to the partner named by `PartnerIdentity`. */
  PartnerBased: z.optional(z.boolean()),
  /** The partner's identity. */
  PartnerIdentity: z.optional(z.string()),
}));
const month = /* @__PURE__ */ lazySchema(() => z.int().check(z.minimum(1, 'Month is 1–12'), z.maximum(12, 'Month is 1–12')));
const year = /* @__PURE__ */ lazySchema(() => z.int().check(z.minimum(2000, 'Year is a four-digit year'), z.maximum(2100, 'Year is a four-digit year')));

function notExpired(v: { Month: number; Year: number }, ctx: IssueSink, path: (string | number)[]) {
  if (checkCardExpiry(v.Month, v.Year).reason === 'expired') ctx.addIssue({ code: 'custom', path, message: 'card has expired' });
}

const savedCardFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** A name for the card. */
    Nickname: z.optional(z.string()),
    /** Card holder's name, 1–60 characters. */
    HolderName: z.string().check(z.minLength(1), z.maxLength(60, 'HolderName is at most 60 characters')),
    /** Card number (PAN), Luhn-valid; spaces and dashes are removed. */
    Number: z.string(),
    /** Expiry month, 1–12. */
    Month: month,
    /** Expiry year, four digits. */
    Year: year,
  }),
);

/** #90 `POST card`: stores an e-commerce card. */
export const saveCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...partner,
    ...relational,
    /** Return the card's BIN details (`Details`) in the answer. */
    IncludeDetails: z.optional(z.boolean()),
    /** The card to store. */
    Card: z.pipe(
      savedCardFields,
      z.transform((c: z.output<typeof savedCardFields>, payload) => {
        const ctx = issueSink(payload);
        const n = normaliseCardNumber(c.Number);
        if (!luhnValid(n)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 Luhn-valid digits' });
        notExpired(c, ctx, ['Year']);
        return {
          ...c,
          /** The card number, digits only. */
          Number: n,
        };
      }),
    ),
  }),
);

/** #91 / #95 `GET card` and `GET card/insurance`: headers `relationalid1`–`3` and `includeDetails`. */
export const listCardsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...relational,
    /** Return each card's BIN details (`Details`), header `includeDetails`. */
    IncludeDetails: z.optional(z.boolean()),
  }),
);

/** #92 `DELETE card` (JSON body). */
export const deleteCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...partner,
    ...relational,
    /** The stored card's `UniqueCode` (list the cards first: it rotates). */
    UniqueCode: z.string().check(z.minLength(1)),
  }),
);

/** #93 `PUT card`: changes a stored card's expiry. */
export const updateCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...partner,
    ...relational,
    /** The stored card's `UniqueCode` (list the cards first: it rotates). */
    UniqueCode: z.string().check(z.minLength(1)),
    /** New expiry month, 1–12. */
    Month: month,
    /** New expiry year, four digits. */
    Year: year,
  }),
);

/** #94 `POST card/insurance`: stores an insurance card (BIN, last four, identity). */
export const saveInsuranceCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...relational,
    /** Return the card's BIN details (`Details`) in the answer. */
    IncludeDetails: z.optional(z.boolean()),
    /** The insurance card to store. */
    Card: z
      .strictObject({
        /** A name for the card. */
        Nickname: z.optional(z.string()),
        /** Card holder's name, 1–60 characters. */
        HolderName: z.string().check(z.minLength(1), z.maxLength(60, 'HolderName is at most 60 characters')),
        /** The first 6 or 8 digits of the card. */
        CardBin: z.string().check(z.regex(/^(\d{6}|\d{8})$/, 'CardBin must be 6 or 8 digits')),
        /** The last 4 digits of the card. */
        CardLastFour: z.string().check(z.regex(/^\d{4}$/, 'CardLastFour must be 4 digits')),
        /** The card holder's identity number (TCKN/VKN), 1–20 characters. */
        Identity: z.string().check(z.minLength(1), z.maxLength(20)),
        /** Expiry month, 1–12. */
        Month: month,
        /** Expiry year, four digits. */
        Year: year,
      })
      .check(rule((c: { Month: number; Year: number }, ctx) => notExpired(c, ctx, ['Year']))),
  }),
);

/** #96 `DELETE card/insurance`. */
export const deleteInsuranceCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...relational,
    /** The stored card's `UniqueCode` (list the cards first: it rotates). */
    UniqueCode: z.string().check(z.minLength(1)),
  }),
);

/** #97 `PUT card/insurance`. */
export const updateInsuranceCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...relational,
    /** The stored card's `UniqueCode` (list the cards first: it rotates). */
    UniqueCode: z.string().check(z.minLength(1)),
    /** New expiry month, 1–12. */
    Month: month,
    /** New expiry year, four digits. */
    Year: year,
  }),
);

/** `Details` (CardBinDetail) of a stored card. */
export const cardBinDetail = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Id of the card's bank. */
    CardBankId: z.nullish(z.number()),
    /** The card's bank. */
    CardBank: z.nullish(z.string()),
    /** Id of the card's brand. */
    CardBrandId: z.nullish(z.number()),
    /** The card's brand. */
    CardBrand: z.nullish(z.string()),
    /** Id of the card's family. */
    CardFamilyId: z.nullish(z.number()),
    /** The card's family (programme). */
    CardFamily: z.nullish(z.string()),
    /** Id of the card's kind. */
    CardKindId: z.nullish(z.number()),
    /** The card's kind. */
    CardKind: z.nullish(z.string()),
    /** Id of the card's type. */
    CardTypeId: z.nullish(z.number()),
    /** The card's type (credit, debit…). */
    CardType: z.nullish(z.string()),
  }),
);

const storedCardFields = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The card's name (`Nickname`). */
    Name: z.nullish(z.string()),
    /** The first digits of the card. */
    CardBin: z.nullish(z.string()),
    /** The last 4 digits of the card. */
    CardLastFour: z.nullish(z.string()),
    /** The card holder's name. */
    CardHolderName: z.nullish(z.string()),
    /** The card number, masked. */
    CardNumber: z.nullish(z.string()),
    /** Insurance cards: the holder's identity number. */
    Identity: z.nullish(z.string()),
    /** The card has expired. */
    Expired: z.nullish(z.boolean()),
    /** Id of the card's type. */
    CardTypeId: z.nullish(z.number()),
    /** The card's type. */
    CardType: z.nullish(z.string()),
    /** Expiry month. */
    Month: z.nullish(z.number()),
    /** Expiry year. */
    Year: z.nullish(z.number()),
    /** The code to pay with (`Card.UniqueCode`); rotated by PayWall, so list the cards right before paying. `null` in no documented case. */
    UniqueCode: z.nullish(z.string()),
    /** BIN details, when `IncludeDetails` was asked for. */
    Details: z.nullish(cardBinDetail),
  }),
);

/**
 * A stored card. Its `UniqueCode` is rotated by PayWall from time to time: list the cards right before paying
 * and do not persist the code. A `null` body (an answer to a save) reads as `{}`.
 */
export const storedCard = /* @__PURE__ */ lazySchema(() => orEmpty(storedCardFields));

const storedCards = /* @__PURE__ */ lazySchema(() => z.nullish(z.array(storedCardFields)));

/** Answer of the list calls (#91, #95). */
export const storedCardList = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    storedCards,
    z.transform((v: z.output<typeof storedCards>) => v ?? []),
  ),
);
