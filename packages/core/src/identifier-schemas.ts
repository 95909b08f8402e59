import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { checkIban } from './iban.js';
import { normaliseTurkishMobile, tcknValid, vknValid } from './identifiers.js';

/**
 * Schema helpers for Turkish identifiers, in the style of `cardNumber()`: surrounding whitespace is dropped, the
 * value is checked, and a failure states the rule it broke without quoting the value (it is personal data).
 */

function fail(ctx: zc.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

/** Turkish national id (TCKN): 11 digits, the first not 0, with valid check digits; outputs the digits. */
/* @__NO_SIDE_EFFECTS__ */
export function tckn() {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const t = v.trim();
      if (!/^\d{11}$/.test(t)) return fail(ctx, 'TCKN must be 11 digits');
      if (t.startsWith('0')) return fail(ctx, 'TCKN must not start with 0');
      if (!tcknValid(t)) return fail(ctx, 'TCKN check digits (10th and 11th) do not match the first nine digits');
      return t;
    }),
  );
}

/** Turkish tax number (VKN): 10 digits whose last is the check digit of the first nine; outputs the digits. */
/* @__NO_SIDE_EFFECTS__ */
export function vkn() {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const t = v.trim();
      if (!/^\d{10}$/.test(t)) return fail(ctx, 'VKN must be 10 digits');
      if (!vknValid(t)) return fail(ctx, 'VKN check digit (10th) does not match the first nine digits');
      return t;
    }),
  );
}

/** Options of `iban`. */
export interface IbanOptions {
  /** Accept only Turkish IBANs (`TR`, 26 characters, 5-digit bank code, reserve digit 0). */
  turkish?: boolean;
}

/**
 * IBAN of any country (ISO 13616: shape and mod-97 check digits), or only Turkish ones with `turkish: true`;
 * spaces allowed, outputs the electronic form (`TR330006100519786457841326`).
 *
 * @example
 * const payout = z.object({ iban: iban({ turkish: true }) });
 */
/* @__NO_SIDE_EFFECTS__ */
export function iban(options: IbanOptions = {}) {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const r = checkIban(v, options);
      if (r.ok) return r.iban;
      if (r.reason === 'turkish_format') {
        return fail(ctx, 'IBAN must be a Turkish IBAN: TR, 2 check digits, 5-digit bank code, reserve digit 0 and 16-character account number (26 characters)');
      }
      if (r.reason === 'format') return fail(ctx, 'IBAN must be a 2-letter country code, 2 check digits and 11–30 letters or digits');
      return fail(ctx, 'IBAN check digits do not match (ISO 13616 mod 97): a character is probably mistyped');
    }),
  );
}

/**
 * Turkish mobile number in any common writing (`0532 123 45 67`, `+90 532…`, `0090…`), output as `905XXXXXXXXX`.
 *
 * @example
 * parseOrThrow(turkishMobile(), '+90 (532) 123 45 67'); // '905321234567'
 */
/* @__NO_SIDE_EFFECTS__ */
export function turkishMobile() {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const n = normaliseTurkishMobile(v);
      return n ?? fail(ctx, 'must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090');
    }),
  );
}
