import * as z from 'zod';
import { checkCardExpiry, cvvValid, luhnValid, normaliseCardNumber } from './card.js';
import { type OdemeErrorOptions, ValidationError, type ValidationIssue } from './errors.js';
import { type Kurus, toKurus } from './money.js';

/** zod issues → our issues, with dotted paths (`basketItems.0.price`). */
export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/** Parses `input` with `schema`, or throws a `ValidationError` naming every failing field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, options: OdemeErrorOptions = {}): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(issuesFromZod(result.error), options);
  return result.data;
}

function kurusOrIssue(value: unknown, ctx: z.RefinementCtx): Kurus | undefined {
  try {
    return toKurus(value as string | number);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof ValidationError ? (e.issues[0]?.message ?? 'invalid amount') : 'invalid amount' });
    return undefined;
  }
}

export interface TlAmountOptions {
  /** Refuse zero and below. */
  positive?: boolean;
  /** Allow negative amounts (default: no). */
  allowNegative?: boolean;
}

/**
 * A TL amount as a provider's wire takes it (a JSON number, `12.34`), accepted from the caller as a number or a
 * decimal string; exact to the kuruş (`12.345` or `NaN` are refused, never rounded).
 */
export function tlAmount(options: TlAmountOptions = {}) {
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    const k = kurusOrIssue(value, ctx);
    if (k === undefined) return z.NEVER;
    if (!options.allowNegative && k < 0) {
      ctx.addIssue({ code: 'custom', message: 'amount must not be negative' });
      return z.NEVER;
    }
    if (options.positive && k <= 0) {
      ctx.addIssue({ code: 'custom', message: 'amount must be greater than zero' });
      return z.NEVER;
    }
    return k / 100;
  });
}

/** An integer amount of kuruş (non-negative, safe range). */
export function kurusAmount(options: { positive?: boolean } = {}) {
  const base = z
    .number()
    .int('amount must be a whole number of kuruş')
    .min(options.positive ? 1 : 0)
    .max(Number.MAX_SAFE_INTEGER);
  return base.transform((v) => v as Kurus);
}

/** Card number: spaces and dashes removed, 12–19 digits, Luhn-valid. */
export function cardNumber() {
  return z
    .string()
    .transform((v) => normaliseCardNumber(v))
    .refine((v) => /^\d{12,19}$/.test(v), { message: 'card number must be 12–19 digits' })
    .refine((v) => luhnValid(v), { message: 'card number fails the Luhn check' });
}

/** CVV/CVC: 3 or 4 digits. */
export function cvv() {
  return z.string().refine((v) => cvvValid(v), { message: 'security code must be 3 or 4 digits' });
}

/**
 * Adds expiry issues (month 1–12, year, not expired) to a card object's refinement context.
 * The message says which field is wrong, because month and year are easy to swap.
 */
export function checkExpiryInto(ctx: z.RefinementCtx, month: unknown, year: unknown, paths: { month: string; year: string }, now = new Date()): void {
  const r = checkCardExpiry(month as number, year as number, now);
  if (r.ok) return;
  if (r.reason === 'month')
    ctx.addIssue({
      code: 'custom',
      path: [paths.month],
      message: `expiry month must be 1–12, got ${String(month)}${Number(month) > 12 ? ' (is it the year?)' : ''}`,
    });
  else if (r.reason === 'year')
    ctx.addIssue({
      code: 'custom',
      path: [paths.year],
      message: `expiry year must be a 2- or 4-digit year, got ${String(year)}${Number(year) >= 1 && Number(year) <= 12 ? ' (is it the month?)' : ''}`,
    });
  else ctx.addIssue({ code: 'custom', path: [paths.year], message: 'card has expired' });
}
