import { ValidationError } from './errors.js';

/** An amount in integer kuruş (1 TL = 100 kuruş). Branded so that a TL decimal cannot be passed by mistake. */
export type Kurus = number & {
  /** Type-only marker; no such property exists at run time. */
  readonly __brand: 'Kurus';
};

function moneyError(message: string, path = ''): ValidationError {
  return new ValidationError([{ path, message, code: 'invalid_amount' }]);
}

/**
 * Brands an integer as kuruş; anything but a safe integer is a `ValidationError` (`invalid_amount`, at `path`).
 *
 * @example
 * kurus(1234); // 1234 kuruş = 12.34 TL
 * kurus(12.5); // throws ValidationError
 */
export function kurus(value: number, path?: string): Kurus {
  if (!Number.isSafeInteger(value)) throw moneyError('expected a whole number of kuruş in the safe integer range', path);
  // -0 would survive arithmetic and print oddly in some places: there is only one zero kuruş.
  return (value === 0 ? 0 : value) as Kurus;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Exact TL → kuruş. Accepts `"12.34"`, `"12.3"`, `"12"`, `12.34`; refuses more than two decimals, NaN,
 * Infinity, exponents and values past the safe range, instead of rounding them (`ValidationError`, `invalid_amount`).
 *
 * @example
 * toKurus('150.50'); // 15050
 * toKurus(0.1 + 0.2); // throws: 0.30000000000000004 has more than two decimals
 */
export function toKurus(amount: string | number, path?: string): Kurus {
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) throw moneyError('amount must be a finite number', path);
    // String() gives the shortest text that round-trips, so 12.34 stays "12.34" and 0.1 + 0.2 shows its true tail.
    text = String(amount);
    if (/e/i.test(text)) throw moneyError('amount is out of range or has more than two decimals', path);
  } else if (typeof amount === 'string') {
    text = amount.trim();
  } else {
    throw moneyError(`amount must be a number or a decimal string, not ${amount === null ? 'null' : typeof amount}`, path);
  }
  const m = DECIMAL.exec(text);
  if (!m) throw moneyError('amount is not a decimal with at most two fraction digits', path);
  const whole = m[2] as string;
  const frac = (m[3] ?? '').padEnd(2, '0');
  if (whole.length > 14) throw moneyError('amount is beyond the safe range', path);
  const value = Number(whole) * 100 + Number(frac);
  if (!Number.isSafeInteger(value)) throw moneyError('amount is beyond the safe range', path);
  return (m[1] && value !== 0 ? -value : value) as Kurus;
}

/**
 * Kuruş → a TL decimal string (always two decimals, `-` for negatives), as providers with string amounts take it.
 *
 * @example
 * fromKurus(15050); // '150.50'
 */
export function fromKurus(amount: Kurus | number): string {
  kurus(amount);
  const neg = amount < 0;
  const abs = Math.abs(amount);
  const cents = abs % 100;
  const text = `${(abs - cents) / 100}.${String(cents).padStart(2, '0')}`;
  return neg ? `-${text}` : text;
}

/**
 * Kuruş → a JSON number in TL for providers whose wire unit is a decimal (ÖderoPay, PayWall).
 * Dividing an integer by 100 yields the double nearest the decimal, which JSON prints exactly (1234 → 12.34).
 */
export function kurusToDecimalNumber(amount: Kurus | number): number {
  kurus(amount);
  return amount / 100;
}

/** Kuruş as the ×100 digit string some providers take (HASO: `"1234"` for 12.34 TL). */
export function toX100String(amount: Kurus | number, path?: string): string {
  kurus(amount, path);
  if (amount < 0) throw moneyError('amount must not be negative', path);
  return String(amount);
}

/** Parses a ×100 digit string or integer back into kuruş. */
export function fromX100(value: string | number, path?: string): Kurus {
  if (typeof value === 'number') return kurus(value, path);
  if (!/^-?\d{1,16}$/.test(value.trim())) throw moneyError('is not a whole number of kuruş', path);
  return kurus(Number(value.trim()), path);
}

/**
 * Exact sum in kuruş; throws a `ValidationError` for a non-integer or when the result leaves the safe range.
 *
 * @example
 * const total = sumKurus(items.map((i) => toKurus(i.price))); // compare with toKurus(price), never with floats
 */
export function sumKurus(amounts: Iterable<Kurus | number>): Kurus {
  let total = 0;
  for (const a of amounts) total += kurus(a);
  return kurus(total);
}

/** `a + b` in kuruş, checked to stay a safe integer. */
export function addKurus(a: Kurus | number, b: Kurus | number): Kurus {
  return kurus(kurus(a) + kurus(b));
}

/** `a - b` in kuruş (may be negative), checked to stay a safe integer. */
export function subtractKurus(a: Kurus | number, b: Kurus | number): Kurus {
  return kurus(kurus(a) - kurus(b));
}

/** Price × whole quantity, in kuruş; a fractional quantity is a `ValidationError`. */
export function multiplyKurus(amount: Kurus | number, quantity: number): Kurus {
  if (!Number.isSafeInteger(quantity)) throw moneyError('quantity must be a whole number in the safe integer range');
  return kurus(kurus(amount) * quantity);
}

/** Compares two kuruş amounts: -1 when `a < b`, 0 when equal, 1 when `a > b` (for sorting). */
export function compareKurus(a: Kurus | number, b: Kurus | number): -1 | 0 | 1 {
  const x = kurus(a);
  const y = kurus(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Splits `total` in proportion to non-negative integer `weights` so that the parts add up to the total
 * exactly: each part is floored, then the kuruş left over go to the largest remainders (earlier first on ties).
 *
 * @example
 * allocate(1000, [1, 1, 1]); // [334, 333, 333]: 10.00 TL in three lines
 */
export function allocate(total: Kurus | number, weights: readonly number[]): Kurus[] {
  kurus(total);
  if (weights.length === 0) throw moneyError('allocate needs at least one weight');
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw moneyError('weights must be non-negative whole numbers');
  }
  const sumW = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sumW === 0n) throw moneyError('weights must not all be zero');
  const sign = total < 0 ? -1n : 1n;
  const t = BigInt(total) * sign;
  const parts = weights.map((w) => (t * BigInt(w)) / sumW);
  const remainders = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % sumW }));
  let left = t - parts.reduce((s, p) => s + p, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) {
    const idx = (remainders[k % remainders.length] as { i: number }).i;
    parts[idx] = (parts[idx] as bigint) + 1n;
  }
  return parts.map((p) => Number(p * sign) as Kurus);
}

const tryFormatters = new Map<string, Intl.NumberFormat>();

/**
 * Kuruş for people: `123456` → `₺1.234,56` in `tr-TR` (the locale can be changed).
 *
 * @example
 * formatTRY(toKurus('1234.5')); // '₺1.234,50'
 */
export function formatTRY(amount: Kurus | number, locale = 'tr-TR'): string {
  kurus(amount);
  let f = tryFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'TRY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    tryFormatters.set(locale, f);
  }
  return f.format(amount / 100);
}
