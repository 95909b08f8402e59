import { checkExpiryInto, cvvValid, detectCardBrand, type IssueSink, lazySchema, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod/mini';
import { issueSink, rule } from './common.js';

const text = (max: number, name: string) => z.string().check(z.maxLength(max, `${name} is at most ${max} characters`));
const monthOrYear = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.union([z.string(), z.int()]),
    z.transform((v: string | number) => String(v).trim()),
  ),
);

/** `CardSave`: store the card in CardWall after a successful payment. */
export const cardSave = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** A name for the stored card. */
    Nickname: z.optional(z.string()),
    /** Your id of the card owner (e.g. your user id); the stored card is listed under it. */
    RelationalId1: z.string().check(z.minLength(1, 'RelationalId1 is required to save a card')),
    /** A second owner id of yours, to scope the stored card further. */
    RelationalId2: z.optional(z.string()),
    /** A third owner id of yours, to scope the stored card further. */
    RelationalId3: z.optional(z.string()),
    /** `true` to store the card. */
    Save: z.boolean(),
  }),
);

/** `Partner`: partner-scoped card storage. */
export const cardPartner = /* @__PURE__ */ lazySchema(() =>
  z.nullable(
    z.strictObject({
      /** Partner-scoped storage: the card belongs to the partner named by `PartnerIdentity`. */
      PartnerBased: z.boolean(),
      /** The partner's identity. */
      PartnerIdentity: z.string(),
    }),
  ),
);

const hasText = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** Month "1"…"12" sent with two digits ("05"), as the examples write it. */
const twoDigitMonth = (m: string) => (/^\d$/.test(m) ? `0${m}` : m);

const cardFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Card holder's name as on the card, at most 60 characters. */
    OwnerName: z.optional(text(60, 'OwnerName')),
    /** Card number (PAN); spaces and dashes are removed, then it must be 12–19 Luhn-valid digits. */
    Number: z.optional(z.string()),
    /** Expiry month, `"1"`–`"12"` (a number is accepted); sent with two digits. */
    ExpireMonth: z.optional(monthOrYear),
    /** Expiry year, e.g. `"2030"` (a number is accepted). */
    ExpireYear: z.optional(monthOrYear),
    /** Security code: 3 digits, 4 for American Express. */
    Cvv: z.optional(z.string()),
    /** `UniqueCode` of a CardWall stored card, to pay with it instead of a card number. */
    UniqueCode: z.optional(z.string()),
    /** Send the CVV with a stored card (stored cards only; `Cvv` is then required). */
    ForceCvv: z.optional(z.boolean()),
    /** `CardToken` from `tempcard` (a card tokenised on the client side), instead of a card number. */
    TempCardToken: z.optional(z.string()),
    /** Partner-scoped card storage. */
    Partner: z.optional(cardPartner),
    /** Store the card in CardWall after a successful payment. */
    CardSave: z.optional(cardSave),
  }),
);

type CardFields = z.output<typeof cardFields>;
const paysWithKey = (c: CardFields) => hasText(c.UniqueCode) || hasText(c.TempCardToken);

function cardRules(c: CardFields, ctx: IssueSink): void {
  if (paysWithKey(c)) {
    if (hasText(c.UniqueCode) && hasText(c.TempCardToken))
      ctx.addIssue({ code: 'custom', path: ['TempCardToken'], message: 'give either a stored card UniqueCode or a TempCardToken, not both' });
    if (hasText(c.Number)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'Number must be empty when paying with a stored or tokenised card' });
    if (c.ForceCvv && !hasText(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'Cvv is required with ForceCvv' });
    if (hasText(c.Cvv) && !cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
    return;
  }
  if (c.ForceCvv) ctx.addIssue({ code: 'custom', path: ['ForceCvv'], message: 'ForceCvv applies to stored cards only' });
  if (!hasText(c.OwnerName)) ctx.addIssue({ code: 'custom', path: ['OwnerName'], message: 'OwnerName is required' });
  const number = normaliseCardNumber(c.Number ?? '');
  if (!/^\d{12,19}$/.test(number)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 digits' });
  else if (!luhnValid(number)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number fails the Luhn check' });
  if (!hasText(c.ExpireMonth)) ctx.addIssue({ code: 'custom', path: ['ExpireMonth'], message: 'ExpireMonth is required' });
  if (!hasText(c.ExpireYear)) ctx.addIssue({ code: 'custom', path: ['ExpireYear'], message: 'ExpireYear is required' });
  if (hasText(c.ExpireMonth) && hasText(c.ExpireYear)) checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
  if (!hasText(c.Cvv) || !cvvValid(c.Cvv, detectCardBrand(number)))
    ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 digits (4 for American Express)' });
}

/**
 * `Card` (§4.0). Three ways to pay: full card data (holder ≤ 60, Luhn-valid number ≤ 20 digits, expiry not
 * past, CVV), a stored card's `UniqueCode` (CVV only with `ForceCvv`), or a client-side `TempCardToken`.
 */
export const card = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    cardFields.check(rule(cardRules)),
    // Card data is sent as digits, with a two-digit month.
    z.transform((c: CardFields) =>
      paysWithKey(c) ? { ...c } : { ...c, Number: normaliseCardNumber(c.Number ?? ''), ExpireMonth: c.ExpireMonth && twoDigitMonth(c.ExpireMonth) },
    ),
  ),
);

const cardInsuranceFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Card holder's name as on the card, at most 60 characters. */
    OwnerName: z.optional(text(60, 'OwnerName')),
    /** The first 6 or 8 digits of the card. */
    CardNoFirst: z.optional(z.string()),
    /** The last 4 digits of the card. */
    CardNoLast: z.optional(z.string()),
    /** The card holder's identity number (TCKN/VKN), at most 20 characters. */
    IdentityNumber: z.optional(text(20, 'IdentityNumber')),
    /** Expiry month, `"1"`–`"12"` (a number is accepted); sent with two digits. */
    ExpireMonth: z.optional(monthOrYear),
    /** Expiry year, e.g. `"2030"` (a number is accepted). */
    ExpireYear: z.optional(monthOrYear),
    /** Security code, 3 or 4 digits, when you have it. */
    Cvv: z.optional(z.string()),
    /** `UniqueCode` of a CardWall stored insurance card, to pay with it instead of the card data. */
    UniqueCode: z.optional(z.string()),
    /** Store the card in CardWall after a successful payment. */
    CardSave: z.optional(cardSave),
    /** Send `AdditionalIdentityNumber` as well. */
    UseAdditionalIdentityNumber: z.optional(z.boolean()),
    /** A second identity number, required with `UseAdditionalIdentityNumber`. */
    AdditionalIdentityNumber: z.optional(z.string()),
  }),
);

type InsuranceFields = z.output<typeof cardInsuranceFields>;

function insuranceRules(c: InsuranceFields, ctx: IssueSink): void {
  if (hasText(c.Cvv) && !cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
  if (c.UseAdditionalIdentityNumber && !hasText(c.AdditionalIdentityNumber))
    ctx.addIssue({ code: 'custom', path: ['AdditionalIdentityNumber'], message: 'AdditionalIdentityNumber is required with UseAdditionalIdentityNumber' });
  if (hasText(c.UniqueCode)) return;
  if (!hasText(c.OwnerName)) ctx.addIssue({ code: 'custom', path: ['OwnerName'], message: 'OwnerName is required' });
  if (!/^(\d{6}|\d{8})$/.test(c.CardNoFirst ?? ''))
    ctx.addIssue({ code: 'custom', path: ['CardNoFirst'], message: 'CardNoFirst must be the first 6 or 8 digits' });
  if (!/^\d{4}$/.test(c.CardNoLast ?? '')) ctx.addIssue({ code: 'custom', path: ['CardNoLast'], message: 'CardNoLast must be the last 4 digits' });
  if (!hasText(c.IdentityNumber)) ctx.addIssue({ code: 'custom', path: ['IdentityNumber'], message: 'IdentityNumber is required' });
  if (!hasText(c.ExpireMonth) || !hasText(c.ExpireYear))
    ctx.addIssue({ code: 'custom', path: [hasText(c.ExpireMonth) ? 'ExpireYear' : 'ExpireMonth'], message: 'expiry month and year are required' });
  else checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
}

/**
 * `CardInsurance` (§4.0), for `payment/startdirect/insurance`: the first 6 or 8 and the last 4 digits plus the
 * holder's identity number instead of a full card number.
 */
export const cardInsurance = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    cardInsuranceFields.check(rule(insuranceRules)),
    // Card data is sent with a two-digit month; a stored card is sent as given.
    z.transform((c: InsuranceFields) => (hasText(c.UniqueCode) || !c.ExpireMonth ? { ...c } : { ...c, ExpireMonth: twoDigitMonth(c.ExpireMonth) })),
  ),
);

const splitCardFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Card holder's name as on the card, 1–60 characters. */
    OwnerName: text(60, 'OwnerName').check(z.minLength(1)),
    /** Card number (PAN), 12–19 Luhn-valid digits; spaces and dashes are removed. */
    Number: z.string(),
    /** Expiry month, `"1"`–`"12"` (a number is accepted); sent with two digits. */
    ExpireMonth: monthOrYear,
    /** Expiry year, e.g. `"2030"` (a number is accepted). */
    ExpireYear: monthOrYear,
    /** Security code, 3 or 4 digits. */
    Cvv: z.string(),
  }),
);

/** The fields every plain card has, as the card schemas read them (text, before the checks). */
export interface PlainCardFields {
  /** The card number (PAN); spaces and dashes are removed before the check. */
  Number: string;
  /** Expiry month, `1`–`12` (sent as two digits). */
  ExpireMonth: string;
  /** Expiry year, two or four digits. */
  ExpireYear: string;
  /** Security code (CVV/CVC). */
  Cvv: string;
}

/**
 * A plain card's fields checked before sending, whatever else the object holds: the number 12–19 Luhn-valid digits
 * (sent as digits), a real expiry not in the past, a 3- or 4-digit security code, the month sent as two digits.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checkedPlainCard<T extends z.ZodMiniType<PlainCardFields>>(fields: T) {
  return z.pipe(
    fields,
    z.transform((c: z.output<T>, payload) => {
      const ctx = issueSink(payload);
      const number = normaliseCardNumber(c.Number);
      if (!/^\d{12,19}$/.test(number) || !luhnValid(number))
        ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 Luhn-valid digits' });
      checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
      if (!cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
      return {
        ...c,
        /** The card number, digits only. */
        Number: number,
        /** The expiry month, two digits. */
        ExpireMonth: twoDigitMonth(c.ExpireMonth),
      };
    }),
  );
}

/** The plain card of split payment parts (`CardModel` 1): every field required. */
export const splitCard = /* @__PURE__ */ lazySchema(() => checkedPlainCard(splitCardFields));
