import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normaliseTurkishMobile, parseOrThrow, tckn, tcknValid, turkishMobile, ValidationError, vkn, vknValid } from '../src/index';

const RUN = { seed: 20_2612, numRuns: 3000 };
const digit = (s: string, i: number) => Number(s[i]);

// TCKN oracle, written out digit by digit; "− even" is taken as "+ 9·even" so no negative remainder can occur.
function tcknOracle(s: string): boolean {
  if (s.length !== 11 || /\D/.test(s) || s[0] === '0') return false;
  type Eleven = [number, number, number, number, number, number, number, number, number, number, number];
  const [a, b, c, d, e, f, g, h, i, j, k] = Array.from(s, Number) as Eleven;
  const tenth = ((a + c + e + g + i) * 7 + (b + d + f + h) * 9) % 10;
  const eleventh = (a + b + c + d + e + f + g + h + i + tenth) % 10;
  // A known consequence of the two rules: the 11th digit is also 8 × (sum of the odd positions) mod 10.
  if (((a + c + e + g + i) * 8) % 10 !== eleventh) throw new Error('oracle is wrong');
  return j === tenth && k === eleventh;
}

// VKN oracle: position p (1–9) shifts its digit by 10 − p and weighs it by 2^(10 − p) mod 9, a multiple of 9 counting 9.
function vknOracle(s: string): boolean {
  if (!/^\d{10}$/.test(s)) return false;
  let total = 0;
  for (let p = 1; p <= 9; p++) {
    const t = (digit(s, p - 1) + 10 - p) % 10;
    const w = (t * 2 ** (10 - p)) % 9;
    total += t !== 0 && w === 0 ? 9 : w;
  }
  return digit(s, 9) === (10 - (total % 10)) % 10;
}

const withTcknChecks = (nine: string) => {
  const d = Array.from(nine, Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (odd * 7 + even * 9) % 10;
  return `${nine}${tenth}${(odd + even + tenth) % 10}`;
};

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  throw new Error('expected a ValidationError');
};

describe('TCKN', () => {
  it('published examples', () => {
    expect(tcknValid('10000000146')).toBe(true); // the test number the population register publishes
    for (const bad of ['10000000147', '10000000136', '00000000146', '1000000014', '100000001466', '1000000014a', '12345678901', '']) {
      expect(tcknValid(bad)).toBe(false);
    }
  });

  it('agrees with the digit-by-digit oracle on any 11 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (s) => {
        expect(tcknValid(s)).toBe(tcknOracle(s));
      }),
      RUN,
    );
  });

  it('accepts every number built with the checks and refuses every single-digit change of it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), fc.nat(10), fc.integer({ min: 1, max: 9 }), (nine, at, delta) => {
        const valid = withTcknChecks(nine);
        expect(tcknValid(valid)).toBe(true);
        const changed = `${valid.slice(0, at)}${(digit(valid, at) + delta) % 10}${valid.slice(at + 1)}`;
        expect(tcknValid(changed)).toBe(false);
        expect(tcknOracle(changed)).toBe(false);
      }),
      RUN,
    );
  });

  it('schema states the rule and never quotes the value', () => {
    expect(parseOrThrow(tckn(), ' 10000000146 ')).toBe('10000000146');
    const s = z.object({ id: tckn() });
    expect(messageOf(() => parseOrThrow(s, { id: '10000000147' }))).toBe(
      'Invalid request: id: TCKN check digits (10th and 11th) do not match the first nine digits',
    );
    expect(messageOf(() => parseOrThrow(s, { id: '01000000146' }))).toBe('Invalid request: id: TCKN must not start with 0');
    expect(messageOf(() => parseOrThrow(s, { id: '123' }))).toBe('Invalid request: id: TCKN must be 11 digits');
  });
});

describe('VKN', () => {
  it('published examples', () => {
    for (const good of ['4540536920', '1234567890']) expect(vknValid(good)).toBe(true);
    for (const bad of ['4540536921', '4540536929', '454053692', '45405369200', '454053692a']) expect(vknValid(bad)).toBe(false);
  });

  it('agrees with the position-by-position oracle on any 10 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (s) => {
        expect(vknValid(s)).toBe(vknOracle(s));
      }),
      RUN,
    );
  });

  it('exactly one check digit completes any nine digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const passing = [...'0123456789'].filter((c) => vknValid(`${nine}${c}`));
        expect(passing).toHaveLength(1);
        expect(vknOracle(`${nine}${passing[0]}`)).toBe(true);
      }),
      { ...RUN, numRuns: 1000 },
    );
  });

  it('schema states the rule and never quotes the value', () => {
    expect(parseOrThrow(vkn(), '4540536920')).toBe('4540536920');
    const m = messageOf(() => parseOrThrow(z.object({ taxNo: vkn() }), { taxNo: '4540536921' }));
    expect(m).toBe('Invalid request: taxNo: VKN check digit (10th) does not match the first nine digits');
    expect(messageOf(() => parseOrThrow(vkn(), '12-34'))).toBe('Invalid request: VKN must be 10 digits');
  });
});

// Mobile oracle: keep the digits (and a leading +) and decide by length, instead of matching prefixes.
function mobileOracle(text: string): string | undefined {
  if (!/^[\d\s\-.()+]*$/.test(text)) return undefined;
  const compact = text.replace(/[\s\-.()]/g, '');
  if (compact.indexOf('+') > 0 || (compact.startsWith('+') && !compact.startsWith('+90'))) return undefined;
  const digits = compact.replace('+', '');
  const national =
    digits.length === 10
      ? digits
      : digits.length === 11 && digits[0] === '0'
        ? digits.slice(1)
        : digits.length === 12 && digits.startsWith('90')
          ? digits.slice(2)
          : undefined;
  const viaDoubleZero = digits.length === 14 && digits.startsWith('0090') && !compact.startsWith('+') ? digits.slice(4) : undefined;
  const n = national ?? viaDoubleZero;
  return n?.[0] === '5' ? `90${n}` : undefined;
}

describe('Turkish mobile numbers', () => {
  it('examples', () => {
    const want = '905321234567';
    for (const form of [
      '05321234567',
      '5321234567',
      '+905321234567',
      '905321234567',
      '00905321234567',
      '0532 123 45 67',
      '+90 (532) 123-45-67',
      '0090 532 123 4567',
      '(0532) 123.45.67',
    ]) {
      expect(normaliseTurkishMobile(form)).toBe(want);
    }
    for (const bad of ['02121234567', '2121234567', 'abc', '', '+0532 123 45 67', '532123456', '05321234567 8', '0532/1234567', '+44 7911 123456']) {
      expect(normaliseTurkishMobile(bad)).toBeUndefined();
    }
  });

  it('every written form of a mobile number gives 90 + the national number', () => {
    const sep = fc.constantFrom('', ' ', '-', '.', ' - ');
    fc.assert(
      fc.property(fc.stringMatching(/^5\d{9}$/), fc.constantFrom('', '0', '90', '+90', '0090', '+90 ', '0090 ', '(0)'), sep, sep, (n, prefix, s1, s2) => {
        const text = `${prefix}${n.slice(0, 3)}${s1}${n.slice(3, 6)}${s2}${n.slice(6)}`;
        expect(normaliseTurkishMobile(text)).toBe(`90${n}`);
        expect(mobileOracle(text)).toBe(`90${n}`);
      }),
      RUN,
    );
  });

  it('agrees with the length-based oracle on arbitrary phone-like text', () => {
    const phoneish = fc.array(fc.constantFrom('0', '5', '9', '1', '3', '+', ' ', '-', '(', ')', '.'), { minLength: 8, maxLength: 18 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(phoneish, (text) => {
        expect(normaliseTurkishMobile(text)).toBe(mobileOracle(text));
      }),
      { ...RUN, numRuns: 20_000 },
    );
  });

  it('schema states the rule and never quotes the value', () => {
    expect(parseOrThrow(turkishMobile(), '+90 (532) 123 45 67')).toBe('905321234567');
    const m = messageOf(() => parseOrThrow(z.object({ gsmNumber: turkishMobile() }), { gsmNumber: '0212 123 45 67' }));
    expect(m).toBe('Invalid request: gsmNumber: must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090');
    expect(m).not.toContain('212');
  });
});
