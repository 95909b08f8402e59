import { tlAmount } from '@odeme/core';
import * as z from 'zod';

/** A TL-decimal amount, exact to the kuruş (number or decimal string in, JSON number out). */
export const amount = () => tlAmount();
/** A TL-decimal amount greater than zero. */
export const positiveAmount = () => tlAmount({ positive: true });

/** A whole number id or enum value (enums are open: values PayWall adds later pass). */
export const int = () => z.number().int();

/** `CurrencyId` (§5: 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP; open). */
export const currencyId = () => z.number().int().min(1, 'CurrencyId must be a positive currency id (1 = TRY)');

/** A `DateTime` body field: a `Date` or an ISO text, sent as ISO text. */
export const dateTime = () => z.union([z.date(), z.string().min(1)]).transform((v) => (v instanceof Date ? v.toISOString() : v));

/** A header date filter (`yyyy-MM-dd`, §2.1): a `Date` (its UTC day) or the text itself. */
export const headerDate = () =>
  z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-MM-dd date')])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/** `MerchantUniqueCode`: your unique id of a payment, at most 250 characters. */
export const merchantUniqueCode = () => z.string().min(1, 'MerchantUniqueCode is required').max(250, 'MerchantUniqueCode is at most 250 characters');

/** PayWall's GUID-like `UniqueCode` of a payment. */
export const uniqueCode = () => z.string().min(1, 'UniqueCode is required');

/** A BIN: the first 6 or 8 digits of a card. */
export const binNumber = () => z.string().regex(/^(\d{6}|\d{8})$/, 'BIN must be 6 or 8 digits');

/** A lenient object for response bodies: documented fields typed, unknown ones kept. */
export const loose = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

/** Optional in a response: absent or `null`. */
export const opt = <T extends z.ZodType>(t: T) => t.nullish();
