/** Figures collected by every section and printed once at the end. */
export const figures = {
  fuzz: {
    invalid: 0,
    valid: 0,
    hostile: 0,
    hostileRefused: 0,
    hostileSent: 0,
    byClass: {} as Record<string, number>,
    byProvider: {} as Record<string, number>,
  },
  faults: { scenarios: 0, retriedReads: 0, moneyNeverTwice: 0, loopback: 0, maxMs: 0 },
  concurrency: { calls: 0, ms: 0, perProvider: {} as Record<string, number> },
  secrets: { errors: 0, renderings: 0, logLines: 0 },
  callbacks: { cases: 0 },
  abort: { cases: 0, maxLatencyMs: 0 },
};

export function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}
