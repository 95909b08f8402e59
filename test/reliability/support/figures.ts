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
  /** Money-safety contract (issue 15): checks per provider and per rule, against a plain server or an injected fetch. */
  money: { byProvider: {} as Record<string, number>, byRule: {} as Record<string, number>, grid: {} as Record<string, Record<string, number>> },
};

/** Counts one money-safety check: `rule` is one of the contract's words (reference, outcome, no-resend, no-redirect, success-evidence, secrets, callbacks, hostile-input). */
export function moneyCheck(provider: string, rule: string, by = 1): void {
  bump(figures.money.byProvider, provider, by);
  bump(figures.money.byRule, rule, by);
  figures.money.grid[provider] ??= {};
  bump(figures.money.grid[provider], rule, by);
}

export function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}
