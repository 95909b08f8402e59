import fc from 'fast-check';
import type { InvalidCase } from '../adapters/types.js';

export const clone = <T>(v: T): T => structuredClone(v);

/** Sets a dotted path (`Card.Number`, `itemList.0.count`) on a copy. */
export function withPath(sample: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const out = clone(sample);
  const keys = path.split('.');
  let node = out as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return out;
}

/** A copy without the field at a dotted path. */
export function without(sample: Record<string, unknown>, path: string): Record<string, unknown> {
  const out = clone(sample);
  const keys = path.split('.');
  let node = out as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  delete node[keys.at(-1) as string];
  return out;
}

/** Every leaf path of a plain value (arrays by index). */
export function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return prefix ? [prefix] : [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) out.push(...leaves(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

// ---- field-class generators ------------------------------------------------------------------------------

/** Values no typed scalar field accepts. */
export const wrongType = fc.constantFrom<unknown>({}, [1], NaN, Number.POSITIVE_INFINITY, Symbol('x'), () => 1, new Map());
/** Turkish letters, emoji, control characters. */
export const turkish = fc.constantFrom('ğüşiöçĞÜŞİÖÇı', 'Çağrı Ödeme İşlemi', '💳🇹🇷✨', 'a\u0000b', '\u202Eevil', 'x\r\ny', '\t');
export const controlChars = fc.string({ minLength: 1, maxLength: 8 }).map((s) => `${s}\u0000\u0007\u001b`);
export const hugeString = (min: number) => fc.integer({ min, max: min + 5000 }).map((n) => 'Ş'.repeat(n));

/** Integer-kuruş fields: everything that is not a safe non-negative integer. */
export const badKurus = fc.oneof(
  fc.constantFrom<unknown>(NaN, Number.POSITIVE_INFINITY, -1, Number.MAX_SAFE_INTEGER + 2, '100', '12.34', 1e300, null),
  fc.integer({ min: 1, max: 10_000_000 }).map((n) => n + 0.5),
  fc.integer({ min: 1, max: 10_000_000 }).map((n) => -n),
  fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1000 + 0.001),
);
export const kurusClasses = (sample: Record<string, unknown>, field: string): InvalidCase[] => [
  { field, cls: 'nan', arb: fc.constant(withPath(sample, field, NaN)) },
  { field, cls: 'negative', arb: fc.integer({ min: 1, max: 1e9 }).map((n) => withPath(sample, field, -n)) },
  { field, cls: 'fractional-kurus', arb: fc.integer({ min: 0, max: 1e9 }).map((n) => withPath(sample, field, n + 0.25)) },
  {
    field,
    cls: 'three-decimals',
    arb: fc
      .integer({ min: 1, max: 1e7 })
      .map((n) => withPath(sample, field, n / 1000))
      .filter((v) => !Number.isInteger(v[field.split('.')[0] as string])),
  },
  { field, cls: 'wrong-type', arb: badKurus.map((v) => withPath(sample, field, v)) },
];

/** TL decimal fields (string or number): three decimals, NaN, exponents, negative, words. */
export const badTl = fc.oneof(
  fc.integer({ min: 1, max: 1e7 }).map(
    (n) =>
      `${Math.floor(n / 1000)}.${String(n % 1000)
        .padStart(3, '0')
        .replace(/0$/, '1')}`,
  ),
  fc.constantFrom<unknown>(NaN, '1e3', '12,50', 'on iki', '', '--1', Number.POSITIVE_INFINITY, {}, '١٢'),
);

/** Luhn-invalid 16-digit numbers. */
export const luhnInvalid = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 16, maxLength: 16 })
  .map((d) => d.join(''))
  .filter((n) => !luhn(n));
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A valid TCKN: 11 digits, checksums 10 and 11. */
export const tcknArb = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => {
  const n = [((d[0] as number) % 9) + 1, ...d.slice(1)] as number[];
  const at = (i: number) => n[i] as number;
  const c10 = ((((at(0) + at(2) + at(4) + at(6) + at(8)) * 7 - (at(1) + at(3) + at(5) + at(7))) % 10) + 10) % 10;
  n.push(c10);
  n.push(n.reduce((a, b) => a + b, 0) % 10);
  return n.join('');
});
export const mobileArb = fc.integer({ min: 0, max: 999_999_999 }).map((n) => `5${String(n).padStart(9, '0')}`);
export const nameArb = fc.oneof(
  fc.constantFrom('Ayşe', 'Çağrı', 'İlkay', 'Ömer Şükrü', 'Gülşen 🌹', 'ĞÜŞİÖÇ'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
);

/** Anything hostile for a leaf: huge, control characters, emoji, NaN, BigInt, circular, deep nesting. */
export function hostileValue(): fc.Arbitrary<unknown> {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  return fc.oneof(
    fc.anything({ maxDepth: 2 }),
    turkish,
    controlChars,
    hugeString(70_000),
    fc.constantFrom<unknown>(NaN, -0, 10n, circular, Number.MAX_VALUE, -1e-300, '', ' ', '0'.repeat(40), new Date(Number.NaN), [[[[[]]]]]),
    fc.double(),
  );
}
