import { checkExpiryInto, cvvValid, detectCardBrand, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod';

const text = (max: number, name: string) => z.string().max(max, `${name} is at most ${max} characters`);
const monthOrYear = z.union([z.string(), z.number().int()]).transform((v) => String(v).trim());

/** `CardSave`: store the card in CardWall after a successful payment. */
export const cardSave = z.strictObject({
  Nickname: z.string().optional(),
  RelationalId1: z.string().min(1, 'RelationalId1 is required to save a card'),
  RelationalId2: z.string().optional(),
  RelationalId3: z.string().optional(),
  Save: z.boolean(),
});

/** `Partner`: partner-scoped card storage. */
export const cardPartner = z.strictObject({ PartnerBased: z.boolean(), PartnerIdentity: z.string() }).nullable();

const hasText = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** Month "1"…"12" sent with two digits ("05"), as the examples write it. */
const twoDigitMonth = (m: string) => (/^\d$/.test(m) ? `0${m}` : m);

/**
 * `Card` (§4.0). Three ways to pay: full card data (holder ≤ 60, Luhn-valid number ≤ 20 digits, expiry not
 * past, CVV), a stored card's `UniqueCode` (CVV only with `ForceCvv`), or a client-side `TempCardToken`.
 */
export const card = z
  .strictObject({
    OwnerName: text(60, 'OwnerName').optional(),
    Number: z.string().optional(),
    ExpireMonth: monthOrYear.optional(),
    ExpireYear: monthOrYear.optional(),
    Cvv: z.string().optional(),
    UniqueCode: z.string().optional(),
    ForceCvv: z.boolean().optional(),
    TempCardToken: z.string().optional(),
    Partner: cardPartner.optional(),
    CardSave: cardSave.optional(),
  })
  .transform((c, ctx) => {
    const out = { ...c };
    if (hasText(c.UniqueCode) || hasText(c.TempCardToken)) {
      if (hasText(c.UniqueCode) && hasText(c.TempCardToken))
        ctx.addIssue({ code: 'custom', path: ['TempCardToken'], message: 'give either a stored card UniqueCode or a TempCardToken, not both' });
      if (hasText(c.Number)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'Number must be empty when paying with a stored or tokenised card' });
      if (c.ForceCvv && !hasText(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'Cvv is required with ForceCvv' });
      if (hasText(c.Cvv) && !cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
      return out;
    }
    if (c.ForceCvv) ctx.addIssue({ code: 'custom', path: ['ForceCvv'], message: 'ForceCvv applies to stored cards only' });
    if (!hasText(c.OwnerName)) ctx.addIssue({ code: 'custom', path: ['OwnerName'], message: 'OwnerName is required' });
    const number = normaliseCardNumber(c.Number ?? '');
    if (!/^\d{12,19}$/.test(number)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 digits' });
    else if (!luhnValid(number)) ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number fails the Luhn check' });
    out.Number = number;
    if (!hasText(c.ExpireMonth)) ctx.addIssue({ code: 'custom', path: ['ExpireMonth'], message: 'ExpireMonth is required' });
    if (!hasText(c.ExpireYear)) ctx.addIssue({ code: 'custom', path: ['ExpireYear'], message: 'ExpireYear is required' });
    if (hasText(c.ExpireMonth) && hasText(c.ExpireYear)) {
      checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
      out.ExpireMonth = twoDigitMonth(c.ExpireMonth);
    }
    if (!hasText(c.Cvv) || !cvvValid(c.Cvv, detectCardBrand(number)))
      ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 digits (4 for American Express)' });
    return out;
  });

/**
 * `CardInsurance` (§4.0), for `payment/startdirect/insurance`: the first 6 or 8 and the last 4 digits plus the
 * holder's identity number instead of a full card number.
 */
export const cardInsurance = z
  .strictObject({
    OwnerName: text(60, 'OwnerName').optional(),
    CardNoFirst: z.string().optional(),
    CardNoLast: z.string().optional(),
    IdentityNumber: text(20, 'IdentityNumber').optional(),
    ExpireMonth: monthOrYear.optional(),
    ExpireYear: monthOrYear.optional(),
    Cvv: z.string().optional(),
    UniqueCode: z.string().optional(),
    CardSave: cardSave.optional(),
    UseAdditionalIdentityNumber: z.boolean().optional(),
    AdditionalIdentityNumber: z.string().optional(),
  })
  .transform((c, ctx) => {
    const out = { ...c };
    if (hasText(c.Cvv) && !cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
    if (c.UseAdditionalIdentityNumber && !hasText(c.AdditionalIdentityNumber))
      ctx.addIssue({ code: 'custom', path: ['AdditionalIdentityNumber'], message: 'AdditionalIdentityNumber is required with UseAdditionalIdentityNumber' });
    if (hasText(c.UniqueCode)) return out;
    if (!hasText(c.OwnerName)) ctx.addIssue({ code: 'custom', path: ['OwnerName'], message: 'OwnerName is required' });
    if (!/^(\d{6}|\d{8})$/.test(c.CardNoFirst ?? ''))
      ctx.addIssue({ code: 'custom', path: ['CardNoFirst'], message: 'CardNoFirst must be the first 6 or 8 digits' });
    if (!/^\d{4}$/.test(c.CardNoLast ?? '')) ctx.addIssue({ code: 'custom', path: ['CardNoLast'], message: 'CardNoLast must be the last 4 digits' });
    if (!hasText(c.IdentityNumber)) ctx.addIssue({ code: 'custom', path: ['IdentityNumber'], message: 'IdentityNumber is required' });
    if (!hasText(c.ExpireMonth) || !hasText(c.ExpireYear))
      ctx.addIssue({ code: 'custom', path: [hasText(c.ExpireMonth) ? 'ExpireYear' : 'ExpireMonth'], message: 'expiry month and year are required' });
    else {
      checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
      out.ExpireMonth = twoDigitMonth(c.ExpireMonth);
    }
    return out;
  });

/** The plain card of split payment parts (`CardModel` 1): every field required. */
export const splitCard = z
  .strictObject({ OwnerName: text(60, 'OwnerName').min(1), Number: z.string(), ExpireMonth: monthOrYear, ExpireYear: monthOrYear, Cvv: z.string() })
  .transform((c, ctx) => {
    const number = normaliseCardNumber(c.Number);
    if (!/^\d{12,19}$/.test(number) || !luhnValid(number))
      ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 Luhn-valid digits' });
    checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
    if (!cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
    return { ...c, Number: number, ExpireMonth: twoDigitMonth(c.ExpireMonth) };
  });
