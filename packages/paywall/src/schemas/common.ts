import { type IssueSink, tlAmount } from '@odeme/core';
import * as z from 'zod/mini';
import { PayWallCurrency, type PayWallCurrencyId, type PayWallPaymentTerm } from './enums.js';

/**
 * A TL-decimal amount, exact to the kuruş (number or decimal string in, JSON number out). PayWall amounts are
 * decimals of the payment's `CurrencyId` currency: TL for 1 (TRY), the case the field docs name for short.
 */
/* @__NO_SIDE_EFFECTS__ */
export function amount() {
  return tlAmount();
}

/** A TL-decimal amount greater than zero. */
/* @__NO_SIDE_EFFECTS__ */
export function positiveAmount() {
  return tlAmount({ positive: true });
}

const INT32_MAX = 2_147_483_647;

/**
 * A whole amount, 0 to 2,147,483,647 (number or decimal text in, JSON integer out), for the fields the official .NET
 * SDK types as `int` (`DiscountValue`, `MemberEarning`; the docs say decimal). Only whole values are proven to be read
 * as sent; a fraction is refused before sending rather than rounded by PayWall or refused by its model binding.
 */
/* @__NO_SIDE_EFFECTS__ */
export function wholeAmount(name: string) {
  return tlAmount().check(
    z.refine((v: number) => Number.isInteger(v) && v <= INT32_MAX, `${name} must be a whole number (the official .NET SDK sends it as int)`),
  );
}

/** A whole number: an id (`PaymentId`, `PosId`) or a count. */
/* @__NO_SIDE_EFFECTS__ */
export function int() {
  return z.int();
}

/** `CurrencyId` (§5, `PayWallCurrencyId`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP; any other is refused before sending. */
/* @__NO_SIDE_EFFECTS__ */
export function currencyId() {
  return z.literal(Object.values(PayWallCurrency) as PayWallCurrencyId[], 'CurrencyId is one of 1 (TRY), 2 (USD), 3 (EUR), 4 (BAM), 5 (MKD), 6 (ALL), 7 (GBP)');
}

/** `EndOfTheDay`, a value-date term (§5 PaymentTerm): 1–30; any other is refused before sending. */
/* @__NO_SIDE_EFFECTS__ */
export function paymentTerm() {
  return z.literal(
    Array.from({ length: 30 }, (_, i) => (i + 1) as PayWallPaymentTerm),
    'EndOfTheDay is a value-date term from 1 to 30 (PaymentTerm)',
  );
}

/** A `DateTime` body field: a `Date` or an ISO text, sent as ISO text. */
/* @__NO_SIDE_EFFECTS__ */
export function dateTime() {
  return z.pipe(
    z.union([z.date(), z.string().check(z.minLength(1))]),
    z.transform((v: Date | string) => (v instanceof Date ? v.toISOString() : v)),
  );
}

/** A header date filter (`yyyy-MM-dd`, §2.1): a `Date` (its UTC day) or the text itself. */
/* @__NO_SIDE_EFFECTS__ */
export function headerDate() {
  return z.pipe(
    z.union([z.date(), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-MM-dd date'))]),
    z.transform((v: Date | string) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  );
}

/** `MerchantUniqueCode`: your unique id of a payment, at most 250 characters. */
/* @__NO_SIDE_EFFECTS__ */
export function merchantUniqueCode() {
  return z.string().check(z.minLength(1, 'MerchantUniqueCode is required'), z.maxLength(250, 'MerchantUniqueCode is at most 250 characters'));
}

// What a header carries unchanged (see header-params.ts): visible ASCII, spaces inside only.
const HEADER_SAFE = /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/;

/**
 * The `MerchantUniqueCode` of a new payment: your unique id, at most 250 characters, and visible ASCII (spaces
 * inside are fine). PayWall's query by code (`GET private/query`) takes it as a request header, which cannot carry a
 * Turkish letter, an emoji or a control character unchanged: a payment whose code cannot be queried could not be
 * looked up after a timeout, so such a code is refused before anything is sent.
 */
/* @__NO_SIDE_EFFECTS__ */
export function newMerchantUniqueCode() {
  return merchantUniqueCode().check(
    z.regex(HEADER_SAFE, 'MerchantUniqueCode must be visible ASCII without surrounding spaces (it is sent as a header to query the payment)'),
  );
}

/** PayWall's GUID-like `UniqueCode` of a payment. */
/* @__NO_SIDE_EFFECTS__ */
export function uniqueCode() {
  return z.string().check(z.minLength(1, 'UniqueCode is required'));
}

/** A BIN: the first 6 or 8 digits of a card. */
/* @__NO_SIDE_EFFECTS__ */
export function binNumber() {
  return z.string().check(z.regex(/^(\d{6}|\d{8})$/, 'BIN must be 6 or 8 digits'));
}

/**
 * A rule over an object's fields, run when the fields parsed, even if the object also has unknown keys: zod 4.4 and
 * later run checks past an unknown key, zod 4.1–4.3 stopped there, so the caller saw the unknown key and not what else
 * was wrong. Given `when`, both report every issue.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule<T>(fn: (value: T, ctx: IssueSink) => void): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => fn(payload.value, issueSink(payload)), { when: (payload) => payload.issues.every((i) => i.code === 'unrecognized_keys') });
}

/**
 * The `addIssue` of a refinement context for a `z.transform` payload, which only has an `issues` list: the
 * transforms below check and normalise in one pass, with the same helpers the refinements use.
 */
export function issueSink(ctx: z.core.ParsePayload): IssueSink {
  return { addIssue: (issue) => void ctx.issues.push({ ...issue, input: ctx.value }) };
}

/** An absolute `http:` or `https:` URL: where PayWall posts a callback (a `javascript:` or `file:` URL is refused). */
/* @__NO_SIDE_EFFECTS__ */
export function webUrl(name: string) {
  return z
    .string()
    .check(z.refine((v) => URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol), `${name} must be an absolute http or https URL`));
}
