import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addKurus,
  allocate,
  compareKurus,
  formatTRY,
  fromKurus,
  fromX100,
  kurus,
  kurusToDecimalNumber,
  multiplyKurus,
  subtractKurus,
  sumKurus,
  toKurus,
  toX100String,
  ValidationError,
} from '../src/index';

// Decimal strings with at most two fraction digits, within the safe kuruş range.
const tlText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 90_000_000_000_000n }), fc.constantFrom('', '.0', '.5', '.05', '.99', '.1', '.10'))
  .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac}`);

describe('toKurus / fromKurus against decimal.js', () => {
  it('parses every ≤2-decimal string exactly', () => {
    fc.assert(
      fc.property(tlText, (s) => {
        const expected = new Decimal(s).times(100);
        expect(toKurus(s)).toBe(expected.isZero() ? 0 : expected.toNumber());
      }),
      { numRuns: 2000 },
    );
  });

  it('formats back to the same decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (k) => {
        expect(fromKurus(k)).toBe(new Decimal(k).dividedBy(100).toFixed(2));
        expect(toKurus(fromKurus(k))).toBe(k === 0 ? 0 : k);
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers: exact when the double prints with ≤2 decimals, refused otherwise', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const printed = String(n);
        const dec = new Decimal(printed);
        if (dec.decimalPlaces() <= 2 && !/e/i.test(printed)) expect(toKurus(n)).toBe(dec.times(100).toNumber() || 0);
        else expect(() => toKurus(n)).toThrow(ValidationError);
      }),
      { numRuns: 2000 },
    );
  });

  it('kurusToDecimalNumber prints as the exact decimal in JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (k) => {
        expect(new Decimal(JSON.stringify(kurusToDecimalNumber(k))).equals(new Decimal(k).dividedBy(100))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([['12.345'], ['1.005'], ['abc'], [''], ['1e3'], ['12,34'], ['1.'], ['.5'], ['100000000000000000']])('refuses %j', (s) => {
    expect(() => toKurus(s)).toThrow(ValidationError);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [0.1 + 0.2], [1e21], [1e-7]])('refuses the number %d', (n) => {
    expect(() => toKurus(n)).toThrow(ValidationError);
  });

  it('classic float traps stay exact', () => {
    expect(toKurus('0.1') + toKurus('0.2')).toBe(toKurus('0.3'));
    expect(toKurus(19.99)).toBe(1999);
    expect(toKurus('  7.5 ')).toBe(750);
    expect(toKurus('-0.00')).toBe(0);
    expect(fromKurus(-5)).toBe('-0.05');
    expect(() => toKurus(null as unknown as string)).toThrow(ValidationError);
  });

  it('names the field when given a path', () => {
    try {
      toKurus('1.234', 'basketItems.0.price');
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).fields).toEqual(['basketItems.0.price']);
    }
  });
});

describe('arithmetic', () => {
  it('sum, add, subtract, multiply agree with decimal.js', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 50 }), fc.integer({ min: 0, max: 1000 }), (xs, q) => {
        const expected = xs.reduce((d, x) => d.plus(x), new Decimal(0));
        expect(sumKurus(xs)).toBe(expected.toNumber());
        const [a = 0, b = 0] = xs;
        expect(addKurus(a, b)).toBe(a + b);
        expect(subtractKurus(a, b)).toBe(a - b);
        expect(multiplyKurus(a, q)).toBe(new Decimal(a).times(q).toNumber() || 0);
        expect(compareKurus(a, b)).toBe(Math.sign(a - b));
      }),
    );
  });

  it('refuses non-integers and overflow', () => {
    expect(() => kurus(1.5)).toThrow(ValidationError);
    expect(() => sumKurus([Number.MAX_SAFE_INTEGER, 1])).toThrow(ValidationError);
    expect(() => multiplyKurus(100, 1.5)).toThrow(ValidationError);
    expect(() => addKurus(0.5, 1)).toThrow(ValidationError);
  });

  it('×100 wire strings', () => {
    expect(toX100String(123456)).toBe('123456');
    expect(fromX100('123456')).toBe(123456);
    expect(fromX100(42)).toBe(42);
    expect(() => toX100String(-1)).toThrow(ValidationError);
    expect(() => fromX100('12.5')).toThrow(ValidationError);
    expect(() => toX100String(12.5)).toThrow(ValidationError);
  });
});

describe('allocate', () => {
  it('never loses or invents a kuruş, and stays proportional within one kuruş', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(sumKurus(parts)).toBe(total);
          const sumW = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = new Decimal(total).times(weights[i] as number).dividedBy(sumW);
            expect(exact.minus(p).abs().lessThan(1)).toBe(true);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives leftovers to the largest remainders, earlier first', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(5, [3, 7])).toEqual([2, 3]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('refuses bad weights', () => {
    expect(() => allocate(100, [])).toThrow(ValidationError);
    expect(() => allocate(100, [0, 0])).toThrow(ValidationError);
    expect(() => allocate(100, [-1, 2])).toThrow(ValidationError);
    expect(() => allocate(100, [0.5])).toThrow(ValidationError);
  });
});

describe('formatTRY', () => {
  it('formats kuruş as Turkish lira', () => {
    const out = formatTRY(123456);
    expect(out.replace(/\s/g, ' ')).toMatch(/1\.234,56/);
    expect(out).toContain('₺');
    expect(formatTRY(5, 'en-US')).toMatch(/0\.05/);
  });
});
