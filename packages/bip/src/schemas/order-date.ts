import { TURKEY_UTC_OFFSET_MINUTES } from '@odeme/core';

/** The listener's `orderDate` format, `dd.MM.yyyy HH:mm:ss`. */
const ORDER_DATE = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * `25.11.2016 14:36:02` → the instant it names in a zone `utcOffsetMinutes` east of UTC (default Turkey's, the assumed
 * zone of `orderDate`: the documentation names none). `undefined` when the text is not in the documented format or
 * names an impossible date (31.02, 24:00…).
 */
export function parseOrderDate(text: string, utcOffsetMinutes = TURKEY_UTC_OFFSET_MINUTES): Date | undefined {
  const m = ORDER_DATE.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  // Date.UTC rolls 31.02 over into March: refuse instead of silently moving the date.
  if (
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  )
    return undefined;
  return new Date(utc - utcOffsetMinutes * 60_000);
}
