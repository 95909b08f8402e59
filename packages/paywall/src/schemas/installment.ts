import * as z from 'zod';
import { binNumber, currencyId, int, positiveAmount } from './common.js';

/** #9 `GET installment`: headers `currencyid`, `amount`, `binnumber`, `distinctduplicates`, `endoftheday`, `posid`. */
export const installmentRequest = z.strictObject({
  CurrencyId: currencyId(),
  Amount: positiveAmount(),
  BinNumber: binNumber().optional(),
  DistinctDuplicates: z.boolean().optional(),
  EndOfTheDay: int().min(1).max(30).optional(),
  PosId: int().optional(),
});

/** One installment choice. */
export const installmentOption = z.looseObject({
  Installment: z.number(),
  Commission: z.number().nullish(),
  Interest: z.number().nullish(),
  RawAmount: z.number().nullish(),
  InterestAmount: z.number().nullish(),
});

/** Answer with a BIN: the card's data and its options. */
export const installmentsForBin = z.looseObject({
  CardBank: z.string().nullish(),
  CardBrand: z.string().nullish(),
  CardFamily: z.string().nullish(),
  CardKind: z.string().nullish(),
  CardType: z.string().nullish(),
  Options: z.array(installmentOption),
});

/** Answer without a BIN: options per card family. */
export const installmentsByFamily = z.array(
  z.looseObject({ CardFamilyId: z.number().nullish(), CardFamily: z.string().nullish(), Option: z.array(installmentOption) }),
);

/** Answer of #9: per-BIN when a BIN was given, per card family otherwise. */
export const installmentResponse = z.union([installmentsForBin, installmentsByFamily]);

/** #10 `GET bin/inquiry`: header `binnumber`. */
export const binInquiryRequest = z.strictObject({ BinNumber: binNumber() });

const idName = { nid: z.number().nullish(), name: z.string().nullish() };

/** Answer of #10 (older revisions send the names only). */
export const binInquiryResponse = z.looseObject({
  BinNumber: z.string().nullish(),
  CardBankId: idName.nid,
  CardBank: idName.name,
  CardBrandId: idName.nid,
  CardBrand: idName.name,
  CardFamilyId: idName.nid,
  CardFamily: idName.name,
  CardKindId: idName.nid,
  CardKind: idName.name,
  CardTypeId: idName.nid,
  CardType: idName.name,
  IsMatchedByEightDigitBin: z.boolean().nullish(),
  IsMatchedBySixDigitBin: z.boolean().nullish(),
});
