import { turkeyDay } from '@odeme/core';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `Date` as the `yyyy-MM-dd` calendar day in Türkiye (the form HASO's tokens use, spec §2.4). */
export function hasoDate(value: Date): string {
  return turkeyDay(value);
}

/** True for a real calendar day written `yyyy-MM-dd`. */
export function isHasoDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}
