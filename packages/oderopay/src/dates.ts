import { TURKEY_UTC_OFFSET_MS, turkeyDateTime } from '@odeme/core';

/**
 * Istanbul's offset from UTC: core's `TURKEY_UTC_OFFSET_MS`, kept under this name. Türkiye has kept UTC+3 all year
 * since 7 September 2016, before any ÖderoPay (TokenPay) record existed, so a fixed offset reads every date the
 * gateway holds and needs no time-zone data from the runtime.
 */
export const ISTANBUL_OFFSET_MS = TURKEY_UTC_OFFSET_MS;

/**
 * A `Date` as ÖderoPay writes and reads date-times: Istanbul wall-clock time without a zone, to the second
 * (`2026-03-01T14:07:18`). The gateway's own answers use this form (spec A.5) and the Java client sends it; sending UTC
 * wall-clock time without a zone would move a filter three hours into the past.
 */
export function istanbulDateTime(date: Date): string {
  return turkeyDateTime(date);
}
