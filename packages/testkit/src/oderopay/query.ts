import type { SimRequest } from '../frame/http.js';

// How the simulator reads a query, as tolerant as a Spring gateway: a list arrives as repeated keys (the Node client,
// `paymentIds=1&paymentIds=2`) or comma-joined (the Java client, `paymentIds=1,2`); a date with or without a zone.

/** One query value; an empty value counts as absent (the Node client sends `null` as `key=`). */
export function queryText(r: SimRequest, key: string): string | undefined {
  const v = r.url.searchParams.get(key);
  return v === null || v === '' ? undefined : v;
}

/** Every value of a list filter, from repeated keys and comma-joined values alike; `undefined` when absent. */
export function queryList(r: SimRequest, ...keys: string[]): string[] | undefined {
  const values = keys.flatMap((k) => r.url.searchParams.getAll(k)).flatMap((v) => v.split(','));
  const items = values.map((v) => v.trim()).filter((v) => v !== '');
  return items.length === 0 ? undefined : items;
}

const ISTANBUL_MS = 3 * 3600_000;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date-time as ms since the epoch. Without a zone it is Istanbul time, as ÖderoPay writes its dates
 * (`2026-03-01T14:07:18`); with `Z` or an offset (the Node client's `toISOString()`), that zone. `undefined` when the
 * text is not a date-time.
 */
export function simInstant(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
  if (Number.isNaN(wall)) return undefined;
  if (zone === undefined) return wall - ISTANBUL_MS;
  if (zone === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 3600_000 + Number(digits.slice(2)) * 60_000);
}
