import { checkCardExpiry, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod';

const relational = {
  RelationalId1: z.string().min(1, 'RelationalId1 is required'),
  RelationalId2: z.string().optional(),
  RelationalId3: z.string().optional(),
};
const partner = { PartnerBased: z.boolean().optional(), PartnerIdentity: z.string().optional() };
const month = z.number().int().min(1, 'Month is 1–12').max(12, 'Month is 1–12');
const year = z.number().int().min(2000, 'Year is a four-digit year').max(2100, 'Year is a four-digit year');

function notExpired(v: { Month: number; Year: number }, ctx: z.RefinementCtx, path: (string | number)[]) {
  if (checkCardExpiry(v.Month, v.Year).reason === 'expired') ctx.addIssue({ code: 'custom', path, message: 'card has expired' });
}

/** #90 `POST card`: stores an e-commerce card. */
export const saveCardRequest = z.strictObject({
  ...partner,
  ...relational,
  IncludeDetails: z.boolean().optional(),
  Card: z
    .strictObject({
      Nickname: z.string().optional(),
      HolderName: z.string().min(1).max(60, 'HolderName is at most 60 characters'),
      Number: z.string(),
      Month: month,
      Year: year,
    })
    .transform((c, ctx) => {
      const n = normaliseCardNumber(c.Number);
      if (!luhnValid(n)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 Luhn-valid digits' });
      notExpired(c, ctx, ['Year']);
      return { ...c, Number: n };
    }),
});

/** #91 / #95 `GET card` and `GET card/insurance`: headers `relationalid1`–`3` and `includeDetails`. */
export const listCardsRequest = z.strictObject({ ...relational, IncludeDetails: z.boolean().optional() });

/** #92 `DELETE card` (JSON body). */
export const deleteCardRequest = z.strictObject({ ...partner, ...relational, UniqueCode: z.string().min(1) });

/** #93 `PUT card`: changes a stored card's expiry. */
export const updateCardRequest = z.strictObject({ ...partner, ...relational, UniqueCode: z.string().min(1), Month: month, Year: year });

/** #94 `POST card/insurance`: stores an insurance card (BIN, last four, identity). */
export const saveInsuranceCardRequest = z.strictObject({
  ...relational,
  IncludeDetails: z.boolean().optional(),
  Card: z
    .strictObject({
      Nickname: z.string().optional(),
      HolderName: z.string().min(1).max(60, 'HolderName is at most 60 characters'),
      CardBin: z.string().regex(/^(\d{6}|\d{8})$/, 'CardBin must be 6 or 8 digits'),
      CardLastFour: z.string().regex(/^\d{4}$/, 'CardLastFour must be 4 digits'),
      Identity: z.string().min(1).max(20),
      Month: month,
      Year: year,
    })
    .superRefine((c, ctx) => notExpired(c, ctx, ['Year'])),
});

/** #96 `DELETE card/insurance`. */
export const deleteInsuranceCardRequest = z.strictObject({ ...relational, UniqueCode: z.string().min(1) });

/** #97 `PUT card/insurance`. */
export const updateInsuranceCardRequest = z.strictObject({ ...relational, UniqueCode: z.string().min(1), Month: month, Year: year });

/** `Details` (CardBinDetail) of a stored card. */
export const cardBinDetail = z.looseObject({
  CardBankId: z.number().nullish(),
  CardBank: z.string().nullish(),
  CardBrandId: z.number().nullish(),
  CardBrand: z.string().nullish(),
  CardFamilyId: z.number().nullish(),
  CardFamily: z.string().nullish(),
  CardKindId: z.number().nullish(),
  CardKind: z.string().nullish(),
  CardTypeId: z.number().nullish(),
  CardType: z.string().nullish(),
});

/**
 * A stored card. Its `UniqueCode` is rotated by PayWall from time to time: list the cards right before paying
 * and do not persist the code.
 */
export const storedCard = z.looseObject({
  Name: z.string().nullish(),
  CardBin: z.string().nullish(),
  CardLastFour: z.string().nullish(),
  CardHolderName: z.string().nullish(),
  CardNumber: z.string().nullish(),
  Identity: z.string().nullish(),
  Expired: z.boolean().nullish(),
  CardTypeId: z.number().nullish(),
  CardType: z.string().nullish(),
  Month: z.number().nullish(),
  Year: z.number().nullish(),
  UniqueCode: z.string(),
  Details: cardBinDetail.nullish(),
});

/** Answer of the list calls (#91, #95). */
export const storedCardList = z
  .array(storedCard)
  .nullable()
  .transform((v) => v ?? []);
