import { ConfigurationError } from './errors.js';

const MAX_TIMER_MS = 2_147_483_647; // setTimeout's ceiling: a larger delay fires at once

/** A header value the Fetch standard would refuse or a server could split on: CR, LF, NUL, or past Latin-1. */
export function unsafeHeaderValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0) return 'must not contain CR, LF or NUL';
    if (c > 0xff) return 'must contain Latin-1 characters only (encode other text first)';
  }
  return undefined;
}

/** Refuses timeouts, retries, signals and headers that would send a charge and abandon it, or throw untyped later. */
export function checkTimingOptions(
  options: { timeout?: unknown; totalTimeout?: unknown; maxRetries?: unknown; signal?: unknown; headers?: unknown },
  where: string,
  provider: string,
): void {
  const fail = (message: string) => new ConfigurationError(`${where}: ${message}`, { provider });
  for (const name of ['timeout', 'totalTimeout'] as const) {
    const v = options[name];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > MAX_TIMER_MS)
      throw fail(`${name} must be a number of milliseconds greater than 0 and at most ${MAX_TIMER_MS}`);
  }
  const r = options.maxRetries;
  if (r !== undefined && (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r > 10)) throw fail('maxRetries must be a whole number from 0 to 10');
  const s = options.signal;
  if (s !== undefined && !isAbortSignal(s)) throw fail('signal must be an AbortSignal');
  const h = options.headers;
  if (h !== undefined) {
    if (h === null || typeof h !== 'object' || Array.isArray(h)) throw fail('headers must be an object of header names to string values');
    for (const [name, value] of Object.entries(h)) {
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw fail('a header name is not a valid HTTP token');
      const problem = unsafeHeaderValue(value);
      if (problem) throw fail(`header ${name} ${problem}`);
    }
  }
}

function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof AbortSignal !== 'undefined' && value instanceof AbortSignal) return true;
  // Another realm's signal (a framework's polyfill) is accepted by its shape.
  const v = value as Partial<AbortSignal> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.aborted === 'boolean' &&
    typeof v.addEventListener === 'function' &&
    typeof v.removeEventListener === 'function'
  );
}
