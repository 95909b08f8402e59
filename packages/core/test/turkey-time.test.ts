import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TURKEY_UTC_OFFSET_MINUTES, TURKEY_UTC_OFFSET_MS, turkeyDateTime, turkeyDay } from '../src/index';

// The oracle is the runtime's own time-zone database (ICU's Europe/Istanbul), which the helpers do not use.
const istanbul = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Istanbul',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const fromIcu = (t: number) => {
  const p = Object.fromEntries(istanbul.formatToParts(t).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
};

describe('Türkiye time', () => {
  it('agrees with ICU’s Europe/Istanbul for every instant since UTC+3 became permanent (8 Sep 2016)', () => {
    const from = Date.UTC(2016, 8, 8);
    const to = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (t) => {
        expect(turkeyDateTime(t)).toBe(fromIcu(t));
        expect(turkeyDay(new Date(t))).toBe(fromIcu(t).slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the day at 21:00 UTC, and the constants say UTC+3', () => {
    expect(turkeyDay(new Date('2026-12-04T20:59:59.999Z'))).toBe('2026-12-04');
    expect(turkeyDay(new Date('2026-12-04T21:00:00Z'))).toBe('2026-12-05');
    expect(turkeyDateTime(Date.UTC(2026, 2, 1, 11, 7, 18))).toBe('2026-03-01T14:07:18');
    expect(TURKEY_UTC_OFFSET_MS).toBe(TURKEY_UTC_OFFSET_MINUTES * 60_000);
    expect(TURKEY_UTC_OFFSET_MINUTES).toBe(180);
  });
});
