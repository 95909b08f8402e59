import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { checkCardExpiry, cvvValid, luhnValid, normaliseCardNumber } from './card.js';
import { type OdemeErrorOptions, ValidationError, type ValidationIssue } from './errors.js';
import { issueMessage } from './issues.js';
import { type Kurus, toKurus } from './money.js';

/** zod issues → our issues, with dotted paths (`basketItems.0.price`). */
export function issuesFromZod(error: { issues: readonly zc.$ZodIssue[] }): ValidationIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/**
 * Parses `input` with `schema` (a `zod/mini` or classic `zod` schema), or throws a `ValidationError` naming every
 * failing field. Messages come from `issueMessage` unless the schema sets its own.
 *
 * @example
 * const callback = parseOrThrow(z.object({ orderId: z.string(), amount: tlAmount({ positive: true }) }), await request.json(), {
 *   provider: 'oderopay',
 *   operation: 'callback',
 * });
 */
export function parseOrThrow<S extends zc.$ZodType>(schema: S, input: unknown, options: OdemeErrorOptions = {}): zc.output<S> {
  const result = z.safeParse(schema, input, { error: issueMessage });
  if (!result.success) throw new ValidationError(issuesFromZod(result.error), options);
  return result.data;
}

/** The part of a zod refinement context our helpers use; classic and mini contexts both fit. */
export interface IssueSink {
  /** Records one failure; `path` is relative to the value being refined. */
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[] }): void;
}

/** Adds a custom issue from inside a `z.transform` (whose context has an `issues` list, not `addIssue`). */
function fail(ctx: zc.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

/** Options of `tlAmount`. */
export interface TlAmountOptions {
  /** Refuse zero and below. */
  positive?: boolean;
  /** Allow negative amounts (default: no). */
  allowNegative?: boolean;
}

/**
 * A TL amount as a provider's wire takes it (a JSON number, `12.34`), accepted from the caller as a number or a
 * decimal string; exact to the kuruş (`12.345` or `NaN` are refused, never rounded).
 *
 * @example
 * const request = z.object({ price: tlAmount({ positive: true }) });
 * parseOrThrow(request, { price: '150.50' }); // { price: 150.5 }
 */
/* @__NO_SIDE_EFFECTS__ */
export function tlAmount(options: TlAmountOptions = {}) {
  return z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((value: number | string, ctx) => {
      let k: Kurus;
      try {
        k = toKurus(value);
      } catch (e) {
        const message = e instanceof ValidationError ? (e.issues[0]?.message ?? 'invalid amount') : 'invalid amount';
        // A decimal comma is Turkish formatting: point to the explicit parser rather than guess here.
        const hint = typeof value === 'string' && value.includes(',') ? '; for Turkish-formatted text convert it with parseTurkishAmount first' : '';
        return fail(ctx, `${message}${hint}`);
      }
      if (!options.allowNegative && k < 0) return fail(ctx, 'amount must not be negative');
      if (options.positive && k <= 0) return fail(ctx, 'amount must be greater than zero');
      const wire = k / 100;
      // Past about 2^53 / 100 a JSON number no longer prints the exact kuruş: refuse rather than send a rounded amount.
      if (!printsExactly(wire, k)) return fail(ctx, 'amount is too large to be sent exactly as a JSON number');
      return wire;
    }),
  );
}

function printsExactly(wire: number, k: Kurus): boolean {
  try {
    return toKurus(wire) === k;
  } catch {
    return false;
  }
}

/**
 * An integer amount of kuruş (non-negative, safe range), for providers whose wire unit is ×100.
 *
 * @example
 * const request = z.object({ amount: kurusAmount({ positive: true }) }); // 15050 = 150.50 TL
 */
/* @__NO_SIDE_EFFECTS__ */
export function kurusAmount(options: { positive?: boolean } = {}) {
  const base = z.number().check(
    z.refine((v) => Number.isInteger(v), 'amount must be a whole number of kuruş'),
    z.minimum(options.positive ? 1 : 0),
    z.maximum(Number.MAX_SAFE_INTEGER),
  );
  return z.pipe(
    base,
    z.transform((v: number) => v as Kurus),
  );
}

/** Card number: spaces and dashes removed, 12–19 digits, Luhn-valid. */
/* @__NO_SIDE_EFFECTS__ */
export function cardNumber() {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const n = normaliseCardNumber(v);
      if (!/^\d{12,19}$/.test(n)) return fail(ctx, 'card number must be 12–19 digits');
      if (!luhnValid(n)) return fail(ctx, 'card number fails the Luhn check');
      return n;
    }),
  );
}

/** CVV/CVC: 3 or 4 digits. */
/* @__NO_SIDE_EFFECTS__ */
export function cvv() {
  return z.string().check(z.refine((v) => cvvValid(v), 'security code must be 3 or 4 digits'));
}

/**
 * Adds expiry issues (month 1–12, year, not expired) to a card object's refinement context.
 * The message says which field is wrong, because month and year are easy to swap.
 */
export function checkExpiryInto(ctx: IssueSink, month: unknown, year: unknown, paths: { month: string; year: string }, now = new Date()): void {
  const r = checkCardExpiry(month as number, year as number, now);
  if (r.ok) return;
  if (r.reason === 'month')
    ctx.addIssue({
      code: 'custom',
      path: [paths.month],
      message: `expiry month must be 1–12${Number(month) > 12 ? ' (is it the year?)' : ''}`,
    });
  else if (r.reason === 'year')
    ctx.addIssue({
      code: 'custom',
      path: [paths.year],
      message: `expiry year must be a 2- or 4-digit year${Number(year) >= 1 && Number(year) <= 12 ? ' (is it the month?)' : ''}`,
    });
  else ctx.addIssue({ code: 'custom', path: [paths.year], message: 'card has expired' });
}
