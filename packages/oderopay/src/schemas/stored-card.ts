import * as z from 'zod';
import { paging } from './common.js';
import { CARD_ASSOCIATIONS, CARD_TYPES, openEnum } from './enums.js';

/** GET /payment/v1/cards query. */
export const searchCardsRequest = z.strictObject({
  cardAlias: z.string().optional(),
  cardBrand: z.string().optional(),
  cardType: openEnum(CARD_TYPES).optional(),
  cardUserKey: z.string().optional(),
  cardToken: z.string().optional(),
  cardBankName: z.string().optional(),
  cardAssociation: openEnum(CARD_ASSOCIATIONS).optional(),
  ...paging,
});

/** DELETE /payment/v1/cards: both keys required, 36 characters each (EN docs); 204 on success. */
export const deleteCardRequest = z.strictObject({
  cardUserKey: z.string().length(36, 'cardUserKey must be 36 characters'),
  cardToken: z.string().length(36, 'cardToken must be 36 characters'),
});

/** A stored card (never the full number). */
export const storedCard = z.looseObject({
  binNumber: z.string().nullish(),
  lastFourDigits: z.string().nullish(),
  cardUserKey: z.string(),
  cardToken: z.string(),
  cardHolderName: z.string().nullish(),
  cardAlias: z.string().nullish(),
  cardType: openEnum(CARD_TYPES).nullish(),
  cardAssociation: openEnum(CARD_ASSOCIATIONS).nullish(),
  cardBrand: z.string().nullish(),
  cardBankName: z.string().nullish(),
  cardBankId: z.number().nullish(),
  expireYear: z.string().nullish(),
  expireMonth: z.string().nullish(),
});
