// The simulator's own exact money: decimals in, integer kuruş inside, never float arithmetic on amounts.

/** A JSON decimal (number or string) → kuruş; `undefined` when it is not an amount with at most two decimals. */
export function simKurus(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Kuruş → the JSON number the API answers with. */
export const tl = (k: number): number => k / 100;

/** Splits `total` over `weights` so that the parts add up exactly (largest remainder). */
export function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => ({ i, r: (total * w) % sum })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) {
    const i = (order[k % order.length] as { i: number }).i;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

/** `amount × rate / 10000`, rounded half up, in integers. */
export function percentOf(amount: number, rateX100: number): number {
  return Math.floor((amount * rateX100 + 5000) / 10000);
}

/** Local date-time without zone, as ÖderoPay writes dates (`2021-11-15T14:07:18`), Istanbul time. */
export function simDate(at = new Date()): string {
  return new Date(at.getTime() + 3 * 3600_000).toISOString().slice(0, 19);
}

export { simLuhn } from '../frame/card.js';
