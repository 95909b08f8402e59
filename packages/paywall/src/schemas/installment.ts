import * as z from 'zod/mini';
import { binNumber, currencyId, int, positiveAmount } from './common.js';

/** #9 `GET installment`: headers `currencyid`, `amount`, `binnumber`, `distinctduplicates`, `endoftheday`, `posid`. */
export const installmentRequest = z.strictObject({
  /** Currency id (§5, `PayWallCurrency`), header `currencyid`. */
  CurrencyId: currencyId(),
  /** The amount in TL, header `amount` (an invariant decimal). */
  Amount: positiveAmount(),
  /** The card's BIN (first 6 or 8 digits), header `binnumber`: the options of that card only. */
  BinNumber: z.optional(binNumber()),
  /** Collapse identical installment rows offered by several providers, header `distinctduplicates`. */
  DistinctDuplicates: z.optional(z.boolean()),
  /** Value-date term, 1–30 (§5 PaymentTerm), header `endoftheday`. */
  EndOfTheDay: z.optional(int().check(z.minimum(1), z.maximum(30))),
  /** Options of one POS, header `posid`. */
  PosId: z.optional(int()),
});

/** One installment choice. */
export const installmentOption = z.looseObject({
  /** Number of installments. */
  Installment: z.number(),
  /** Commission rate of this choice. */
  Commission: z.nullish(z.number()),
  /** Interest rate of this choice. */
  Interest: z.nullish(z.number()),
  /** The amount before interest, in TL. */
  RawAmount: z.nullish(z.number()),
  /** The amount with interest, in TL. */
  InterestAmount: z.nullish(z.number()),
});

/** Answer with a BIN: the card's data and its options. */
export const installmentsForBin = z.looseObject({
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
  /** The installment choices for this card (`null` when there are none). */
  Options: z.nullish(z.array(installmentOption)),
});

/** Answer without a BIN: options per card family. */
export const installmentsByFamily = z.array(
  z.looseObject({
    /** Id of the card family. */
    CardFamilyId: z.nullish(z.number()),
    /** Name of the card family. */
    CardFamily: z.nullish(z.string()),
    /** The installment choices for this family (`null` when there are none). */
    Option: z.nullish(z.array(installmentOption)),
  }),
);

/** Answer of #9: per-BIN when a BIN was given, per card family otherwise. */
export const installmentResponse = z.union([installmentsForBin, installmentsByFamily]);

/** #10 `GET bin/inquiry`: header `binnumber`. */
export const binInquiryRequest = z.strictObject({
  /** The BIN: first 6 or 8 digits of the card, header `binnumber`. */
  BinNumber: binNumber(),
});

const idName = { nid: z.nullish(z.number()), name: z.nullish(z.string()) };

/** Answer of #10 (older revisions send the names only). */
export const binInquiryResponse = z.looseObject({
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
});
