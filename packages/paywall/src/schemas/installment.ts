import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList, orEmpty } from './answer.js';
import { binNumber, currencyId, int, paymentTerm, positiveAmount } from './common.js';

const installmentFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP; header `currencyid`. */
    CurrencyId: currencyId(),
    /** The amount, TL decimal, exact to the kuruş, header `amount` (an invariant decimal). */
    Amount: positiveAmount(),
    /** The card's BIN (first 6 or 8 digits), header `binnumber`: the options of that card only. */
    BinNumber: z.optional(binNumber()),
    /** Collapse identical installment rows offered by several providers, header `distinctduplicates` (`false` when left out). */
    DistinctDuplicates: z.optional(z.boolean()),
    /** Only providers with this value-date term (§5 PaymentTerm, `PayWallPaymentTerm`), header `endoftheday` (`0`, no filter, when left out). */
    EndOfTheDay: z.optional(paymentTerm()),
    /** Options of one POS, header `posid` (docs only; the .NET SDK has no such header). */
    PosId: z.optional(int()),
  }),
);

/**
 * #9 `GET installment`: headers `currencyid`, `amount`, `binnumber`, `distinctduplicates`, `endoftheday`, `posid`.
 * `distinctduplicates` and `endoftheday` are always sent, `false` and `0` when left out, as the official .NET SDK
 * sends them (its `bool` and `PaymentTerm` defaults): the form every .NET merchant's query has.
 */
export const installmentRequest = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    installmentFields,
    z.transform((v: z.output<typeof installmentFields>) => ({
      ...v,
      /** Sent as `true` or `false`. */
      DistinctDuplicates: v.DistinctDuplicates ?? false,
      /** Sent as the term's number, `0` for none. */
      EndOfTheDay: v.EndOfTheDay ?? 0,
    })),
  ),
);

/** One installment choice. */
export const installmentOption = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Number of installments. */
    Installment: z.number(),
    /** Commission rate of this choice. */
    Commission: info(z.number()),
    /** Interest rate of this choice. */
    Interest: info(z.number()),
    /** The amount before interest and fees, TL decimal, exact to the kuruş (.NET model: "faiz ve diğer masraflar hariç"). */
    RawAmount: info(z.number()),
    /** The interest on it, TL decimal, exact to the kuruş (.NET model: "uygulanan faiz tutarı"); the customer pays `RawAmount` plus this. */
    InterestAmount: info(z.number()),
  }),
);

/** Answer with a BIN: the card's data and its options. */
export const installmentsForBin = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The card's bank. */
    CardBank: z.nullish(z.string()),
    /** The card's brand. */
    CardBrand: z.nullish(z.string()),
    /** The card's family (programme). */
    CardFamily: z.nullish(z.string()),
    /** The card's kind. */
    CardKind: z.nullish(z.string()),
    /** The card's type (credit, debit…). */
    CardType: z.nullish(z.string()),
    /** The installment choices for this card (`[]` when PayWall sends none or `null`). */
    Options: infoList(installmentOption),
  }),
);

/** The options of one card family, in an answer without a BIN. */
export const installmentsForFamily = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Id of the card family. */
    CardFamilyId: z.nullish(z.number()),
    /** Name of the card family. */
    CardFamily: z.nullish(z.string()),
    /** The installment choices for this family (`[]` when PayWall sends none or `null`). */
    Option: infoList(installmentOption),
  }),
);

/** Answer without a BIN: options per card family. */
export const installmentsByFamily = /* @__PURE__ */ lazySchema(() => z.array(installmentsForFamily));

const installmentBody = /* @__PURE__ */ lazySchema(() => z.union([installmentsForBin, installmentsByFamily]));

/** Answer of #9: per-BIN when a BIN was given, per card family otherwise; a `null` body reads as `[]` (no options). */
export const installmentResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.pipe(
      z.unknown(),
      z.transform((v: unknown) => v ?? []),
    ),
    installmentBody,
  ),
);

/** #10 `GET bin/inquiry`: header `binnumber`. */
export const binInquiryRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The BIN: first 6 or 8 digits of the card, header `binnumber`. */
    BinNumber: binNumber(),
  }),
);

const idName = /* @__PURE__ */ lazySchema(() => ({ nid: z.nullish(z.number()), name: z.nullish(z.string()) }));

/** Answer of #10 (older revisions send the names only); a `null` body reads as `{}`. */
export const binInquiryResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The BIN asked about. */
      BinNumber: z.nullish(z.string()),
      /** Id of the card's bank. */
      CardBankId: idName.nid,
      /** The card's bank. */
      CardBank: idName.name,
      /** Id of the card's brand. */
      CardBrandId: idName.nid,
      /** The card's brand. */
      CardBrand: idName.name,
      /** Id of the card's family. */
      CardFamilyId: idName.nid,
      /** The card's family (programme). */
      CardFamily: idName.name,
      /** Id of the card's kind. */
      CardKindId: idName.nid,
      /** The card's kind. */
      CardKind: idName.name,
      /** Id of the card's type. */
      CardTypeId: idName.nid,
      /** The card's type (credit, debit…). */
      CardType: idName.name,
      /** The match was on an 8-digit BIN. */
      IsMatchedByEightDigitBin: z.nullish(z.boolean()),
      /** The match was on a 6-digit BIN. */
      IsMatchedBySixDigitBin: z.nullish(z.boolean()),
    }),
  ),
);
