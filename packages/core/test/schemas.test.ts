import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cardNumber, checkExpiryInto, cvv, kurusAmount, parseOrThrow, tlAmount, ValidationError } from '../src/index';

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  return [];
};

describe('schema helpers', () => {
  it('tlAmount: exact decimals in, JSON numbers out', () => {
    const s = z.object({ price: tlAmount(), paid: tlAmount({ positive: true }) });
    expect(parseOrThrow(s, { price: '10.50', paid: 0.01 })).toEqual({ price: 10.5, paid: 0.01 });
    expect(fieldsOf(() => parseOrThrow(s, { price: '10.505', paid: 1 }))).toEqual(['price']);
    expect(fieldsOf(() => parseOrThrow(s, { price: -1, paid: 0 }))).toEqual(['price', 'paid']);
    expect(fieldsOf(() => parseOrThrow(s, { price: Number.NaN, paid: true }))).toEqual(['price', 'paid']);
    expect(parseOrThrow(tlAmount({ allowNegative: true }), '-2.5')).toBe(-2.5);
  });

  it('kurusAmount: whole kuruş only', () => {
    expect(parseOrThrow(kurusAmount(), 0)).toBe(0);
    expect(fieldsOf(() => parseOrThrow(z.object({ a: kurusAmount({ positive: true }) }), { a: 0 }))).toEqual(['a']);
    expect(fieldsOf(() => parseOrThrow(z.object({ a: kurusAmount() }), { a: 12.5 }))).toEqual(['a']);
  });

  it('cardNumber and cvv', () => {
    expect(parseOrThrow(cardNumber(), '5528 7900-0000 0008')).toBe('5528790000000008');
    expect(fieldsOf(() => parseOrThrow(z.object({ n: cardNumber() }), { n: '5528790000000009' }))).toEqual(['n']);
    expect(fieldsOf(() => parseOrThrow(z.object({ n: cardNumber() }), { n: 'abcd' }))).toEqual(['n']);
    expect(parseOrThrow(cvv(), '123')).toBe('123');
    expect(fieldsOf(() => parseOrThrow(z.object({ c: cvv() }), { c: '12' }))).toEqual(['c']);
  });

  it('checkExpiryInto says which of month and year is wrong', () => {
    const now = new Date(Date.UTC(2026, 10, 1));
    const card = z.object({ m: z.unknown(), y: z.unknown() }).superRefine((c, ctx) => checkExpiryInto(ctx, c.m, c.y, { month: 'm', year: 'y' }, now));
    const issues = (m: unknown, y: unknown) => {
      const r = card.safeParse({ m, y });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues(12, 2030)).toEqual([]);
    expect(issues(2030, 12)).toEqual(['m: expiry month must be 1–12 (is it the year?)']);
    expect(issues(5, 7)).toEqual(['y: card has expired']);
    expect(issues(5, 1990)).toEqual(['y: expiry year must be a 2- or 4-digit year']);
    expect(issues(1, 2026)).toEqual(['y: card has expired']);
  });
});
