// Türkiye has kept UTC+3 all year since 7 September 2016, before any record these providers hold: a fixed offset
// gives the local calendar and wall clock without the runtime's time-zone data (a Worker or a slim image may lack it).

/** Türkiye's offset from UTC in milliseconds (UTC+3 all year). */
export const TURKEY_UTC_OFFSET_MS = 3 * 3_600_000;

/** Türkiye's offset from UTC in minutes (180). */
export const TURKEY_UTC_OFFSET_MINUTES = 180;

/**
 * An instant as Türkiye's wall-clock time, without a zone, to the second: `2026-03-01T14:07:18`.
 *
 * @example
 * turkeyDateTime(new Date('2026-03-01T11:07:18Z')); // '2026-03-01T14:07:18'
 */
export function turkeyDateTime(instant: Date | number): string {
  return new Date(+instant + TURKEY_UTC_OFFSET_MS).toISOString().slice(0, 19);
}

/**
 * An instant's calendar day in Türkiye, `yyyy-MM-dd`: 21:00 UTC is already the next day there.
 *
 * @example
 * turkeyDay(new Date('2026-12-04T21:30:00Z')); // '2026-12-05'
 */
export function turkeyDay(instant: Date | number): string {
  return turkeyDateTime(instant).slice(0, 10);
}
