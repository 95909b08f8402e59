import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatTRY, parseOrThrow, parseTurkishAmount, tlAmount, ValidationError } from '../src/index';

const RUN = { seed: 1234_56, numRuns: 3000 };

const refusal = (text: string) => {
  try {
    parseTurkishAmount(text, 'price');
  } catch (e) {
    if (e instanceof ValidationError) return e.issues[0];
    throw e;
  }
  throw new Error('expected a ValidationError');
};

describe('parseTurkishAmount', () => {
  it('reads the Turkish forms exactly', () => {
    const cases: [string, number][] = [
      ['1.234,56', 123456],
      ['12,50', 1250],
      ['12,5', 1250],
      ['1234', 123400],
      ['1 234,56', 123456],
      ['1\u00A0234,56', 123456],
      ['₺1.234,56', 123456],
      ['₺ 12,50', 1250],
      ['12,50 TL', 1250],
      ['TL 12,50', 1250],
      ['12,50₺', 1250],
      ['-1.234,56', -123456],
      ['-₺12,50', -1250],
      ['₺-12,50', -1250],
      ['-12,50 TL', -1250],
      ['1.234.567', 123456700],
      ['0,01', 1],
      ['-0,00', 0],
      ['  7 ', 700],
    ];
    for (const [text, k] of cases) expect(parseTurkishAmount(text), text).toBe(k);
  });

  it('refuses ambiguous and malformed text with a rule, never the value', () => {
    const cases: [string, RegExp][] = [
      ['1,234.56', /English style/],
      ['98,765,432', /English style/],
      ['12,345', /ambiguous \(decimals or thousands\)/],
      ['1.234,567', /more than two decimals/],
      ['12,3456', /more than two decimals/],
      ['1.234 567,89', /mixes dots and spaces/],
      ['9.876', /ambiguous \(thousands or decimals\)/],
      ['12.50', /comma for decimals/],
      ['98.76.5', /thousands groups are malformed/],
      ['9.87,65', /thousands groups are malformed/],
      ['', /empty/],
      ['₺', /empty/],
      [',50', /written like/],
      ['12,', /written like/],
      ['12 elma', /written like/],
      ['+12,50', /written like/],
      ['₺12,50 TL', /one currency sign/],
      ['98.765.432.109.876.543,21', /beyond the safe range/],
    ];
    for (const [text, rule] of cases) {
      const issue = refusal(text);
      expect(issue, text).toMatchObject({ path: 'price', code: 'invalid_amount' });
      expect(issue?.message, text).toMatch(rule);
      const digits = text.replace(/\D/g, '');
      if (digits.length >= 4) expect(issue?.message, text).not.toContain(digits.slice(0, 4));
    }
    expect(() => parseTurkishAmount(12 as unknown as string)).toThrow('a Turkish amount must be text');
  });

  it('reads back what formatTRY prints, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (k) => {
        expect(parseTurkishAmount(formatTRY(k))).toBe(k);
      }),
      RUN,
    );
  });

  it('agrees with decimal.js on amounts written in every Turkish style', () => {
    const style = fc.record({
      group: fc.constantFrom('', '.', ' '),
      decimals: fc.constantFrom(0, 1, 2),
      currency: fc.constantFrom('', '₺', 'TL', ' TL', '₺ '),
      before: fc.boolean(),
      negative: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 89_999_999_999_999n }), fc.integer({ min: 0, max: 99 }), style, (whole, cents, st) => {
        const c = st.decimals === 1 ? cents - (cents % 10) : st.decimals === 0 ? 0 : cents;
        const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, st.group);
        const fraction = st.decimals === 0 ? '' : `,${String(c).padStart(2, '0').slice(0, st.decimals)}`;
        const number = `${grouped}${fraction}`;
        const text = `${st.negative ? '-' : ''}${st.before ? st.currency.trim() : ''}${number}${st.before ? '' : st.currency}`;
        // A lone dot group and no decimals (1.234) reads differently in English: the parser must refuse it.
        if (st.group === '.' && st.decimals === 0 && grouped.split('.').length === 2) {
          expect(refusal(text)?.message).toMatch(/ambiguous/);
          return;
        }
        const expected = new Decimal(`${whole}.${String(c).padStart(2, '0')}`).times(100).times(st.negative ? -1 : 1);
        expect(parseTurkishAmount(text)).toBe(expected.isZero() ? 0 : expected.toNumber());
      }),
      RUN,
    );
  });

  it('refuses every English-formatted amount with thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        expect(refusal(text)?.message).toMatch(/English style|comma for decimals/);
      }),
      { ...RUN, numRuns: 1000 },
    );
  });
});

describe('tlAmount and Turkish text', () => {
  it('stays strict but points to parseTurkishAmount', () => {
    const s = z.object({ price: tlAmount() });
    try {
      parseOrThrow(s, { price: '12,50' });
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.message).toBe(
        'amount is not a decimal with at most two fraction digits; for Turkish-formatted text convert it with parseTurkishAmount first',
      );
      expect((e as ValidationError).message).not.toContain('12,50');
    }
    expect(parseOrThrow(s, { price: '12.50' })).toEqual({ price: 12.5 });
  });
});
