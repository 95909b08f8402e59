import type { Logger } from '@odeme/core';
import { Licrus, type LicrusOptions } from '@odeme/licrus';
import { LICRUS_SIM_USER, LicrusSimulator, type LicrusSimulatorOptions } from '@odeme/testkit';

/** A logger that keeps every line (message and fields) as text. */
export function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string, fields?: Record<string, unknown>) => lines.push(`${message} ${fields ? JSON.stringify(fields) : ''}`);
  return { lines, debug: push, info: push, warn: push, error: push };
}

/** A future card expiry. */
export const future = { ExpireMonth: 12, ExpireYear: new Date().getUTCFullYear() + 3 };

/** A simulator and a client wired to it. */
export function simSetup(opts: Partial<LicrusOptions> = {}, simOpts: LicrusSimulatorOptions = {}) {
  const sim = new LicrusSimulator(simOpts);
  const client = new Licrus({
    baseUrl: 'https://tenant-api.licrus.test',
    name: LICRUS_SIM_USER.name,
    password: LICRUS_SIM_USER.password,
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...opts,
  } as LicrusOptions);
  return { sim, client };
}
