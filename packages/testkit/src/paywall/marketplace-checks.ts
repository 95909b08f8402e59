import type { SimRequest } from '../frame/http.js';
import { isInt, isObj } from './checks.js';
import { fail } from './envelope.js';
import { PAYWALL_SIM_EARNING_STATUS, type PayWallSimEarning, trDay, trMidnight, weekday } from './marketplace-state.js';
import { simKurus } from './money.js';
import type { PayWallSimulator } from './simulator.js';

// Reading marketplace requests (bodies in any casing, GET parameters as headers) and the refusals every route
// shares. Codes: the payment list (§3.2 a: 2, 29–35) where it has one, else the common numbering (§3.2 b: 361–365,
// 369, 550, 551).

type Obj = Record<string, unknown>;

/** The JSON body (already read in any casing), or `{}`. */
export const bodyOf = (r: SimRequest): Obj => (isObj(r.json) ? r.json : {});

/** A required whole-number header. */
export function headerInt(r: SimRequest, name: string): number {
  const v = r.headers.get(name)?.trim() ?? '';
  if (!/^\d+$/.test(v)) throw fail(2, `Header ${name} is required (a whole number)`);
  return Number(v);
}

/** An optional `yyyy-MM-dd` header. */
export function headerDay(r: SimRequest, name: string): string | undefined {
  const v = r.headers.get(name)?.trim();
  if (!v) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw fail(2, `Header ${name} must be a yyyy-MM-dd date`);
  return v;
}

/** A required id in a body: a whole number above zero. */
export function idOf(v: unknown, name: string): number {
  if (!isInt(v) || v <= 0) throw fail(2, `${name} is required (a whole number)`);
  return v;
}

/** A non-empty list of ids (`ProductIds`). */
export function idsOf(v: unknown, name: string): number[] {
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => isInt(x) && x > 0)) throw fail(29, `${name} must be a non-empty list of ids`);
  return v as number[];
}

/** An `Earning` change: a positive amount exact to the kuruş. */
export function earningKurus(v: unknown): number {
  const k = simKurus(v);
  if (k === undefined || k <= 0) throw fail(365, 'Earning must be an amount above zero with at most two decimals');
  return k;
}

/** Refuses changes to an earning already paid (35) or cancelled with its payment (362). */
export function changeable(e: PayWallSimEarning): void {
  if (e.statusId === PAYWALL_SIM_EARNING_STATUS.paid) throw fail(35, `Earning ${e.id} has already been sent`);
  if (e.statusId === PAYWALL_SIM_EARNING_STATUS.cancelled) throw fail(362, `Earning ${e.id} was cancelled with its payment: changes refused`);
}

/**
 * A `ReflectionDate` you set: its Istanbul day (a text without a zone names the day itself), not in the past (363), not on a weekend (361), and today only
 * before 16:00 Istanbul time (364). Answered as that day's 00:00 in Istanbul.
 */
export function reflectionDateOf(sim: PayWallSimulator, v: unknown): Date {
  const t = v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t)) throw fail(363, 'ReflectionDate is not a date');
  // A date written without a zone (`2026-12-10`, `2026-12-10T00:00:00`) is the Istanbul day it names.
  const local = typeof v === 'string' && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(v.trim()) ? /^\d{4}-\d{2}-\d{2}/.exec(v.trim())?.[0] : undefined;
  const day = local ?? trDay(new Date(t));
  const now = sim.now();
  const today = trDay(now);
  if (day < today) throw fail(363, 'ReflectionDate is in the past');
  const wd = weekday(day);
  if (wd === 0 || wd === 6) throw fail(361, 'ReflectionDate cannot be on a weekend');
  if (day === today && now.getTime() - trMidnight(today).getTime() >= 16 * 3_600_000) throw fail(364, 'ReflectionDate cannot be today after 16:00');
  return trMidnight(day);
}
