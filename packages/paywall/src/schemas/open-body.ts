import { isSecretKey, luhnValid, toKurus } from '@odeme/core';
import * as z from 'zod/mini';
import { issueSink } from './common.js';

// The request bodies PayWall has not published (spec §8 item 7: bulk cancel and refund, self-calculated marketplace
// approval, debt changes). The fields the docs do name are typed; the rest pass as the caller writes them, because
// inventing names would be worse than sending none. What the package guarantees for every body still holds in the
// free part: amounts are exact to the kuruş, and no card number or secret is sent where nothing proves it belongs.

/** Field names that carry an amount: the money vocabulary of PayWall's published bodies. */
const MONEY_NAME = /(?:amount|earning|debt|cost|price|total)$/i;
/** Field names that carry a card number in PayWall's and other providers' bodies. */
const CARD_NAME = /^(?:number|cardnumber|pan|cardno)$/i;
/** A run of 12–19 digits, with spaces or dashes between groups, as a card number is written. */
const CARD_TEXT = /^\d(?:[ -]?\d){11,18}$/;
/** Nesting deeper than this is refused: no published PayWall body goes past three levels. */
const MAX_DEPTH = 8;

type Sink = ReturnType<typeof issueSink>;

/** Checks one free-form value at `path`; returns it as it is sent (amounts as JSON numbers). */
function checkFree(value: unknown, name: string, path: (string | number)[], depth: number, ctx: Sink): unknown {
  if (depth > MAX_DEPTH) {
    ctx.addIssue({ code: 'custom', path, message: `nested more than ${MAX_DEPTH} levels deep` });
    return value;
  }
  if (isSecretKey(name) || CARD_NAME.test(name)) {
    ctx.addIssue({ code: 'custom', path, message: `${name} looks like a card or secret field; an unpublished body does not carry one` });
    return value;
  }
  if (typeof value === 'string' && CARD_TEXT.test(value.trim()) && luhnValid(value.replace(/[ -]/g, ''))) {
    ctx.addIssue({ code: 'custom', path, message: 'holds what looks like a card number; an unpublished body does not carry one' });
    return value;
  }
  if (MONEY_NAME.test(name) && value !== null && value !== undefined) return checkMoney(value, path, ctx);
  if (Array.isArray(value)) return value.map((v, i) => checkFree(v, name, [...path, i], depth + 1, ctx));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = checkFree(v, k, [...path, k], depth + 1, ctx);
    return out;
  }
  return value;
}

/** An amount in a free-form field: a decimal exact to the kuruş, not negative, sent as a JSON number. */
function checkMoney(value: unknown, path: (string | number)[], ctx: Sink): unknown {
  if (typeof value !== 'number' && typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', path, message: 'an amount is a number or decimal text' });
    return value;
  }
  try {
    const k = toKurus(value);
    if (k < 0) ctx.addIssue({ code: 'custom', path, message: 'an amount must not be negative' });
    return k / 100;
  } catch {
    ctx.addIssue({ code: 'custom', path, message: `${String(value)} is not an amount exact to the kuruş` });
    return value;
  }
}

/**
 * A body whose full field list PayWall has not published: the `known` fields are checked as usual, and any other
 * field is sent as written, after three checks at every depth:
 * - a field named like an amount (`…Amount`, `…Earning`, `…Debt`, `…Cost`, `…Price`, `…Total`) must be a decimal
 *   exact to the kuruş, not negative, and is sent as a JSON number;
 * - a card number (a field named `Number`, `CardNumber`, `Pan` or `CardNo`, or any 12–19 digit Luhn-valid text) is
 *   refused, as is a secret-named field (`Cvv`, `Pin`, `Password`, …);
 * - nesting is at most eight levels deep.
 * Errors and logs redact the free part like the rest of a request.
 */
/* @__NO_SIDE_EFFECTS__ */
export function openBody<S extends z.core.$ZodLooseShape>(known: S) {
  const base = z.looseObject(known);
  const names = new Set(Object.keys(known));
  return z.pipe(
    base,
    z.transform((body: z.output<typeof base>, payload) => {
      const ctx = issueSink(payload);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(body)) out[k] = names.has(k) ? v : checkFree(v, k, [k], 1, ctx);
      return out as z.output<typeof base>;
    }),
  );
}
