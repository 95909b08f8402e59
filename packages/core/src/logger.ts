import { redactText, redactValue, type SecretSet } from './redact.js';

/** Lowest level a client writes (`logLevel`, default `warn`); `off` writes nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Anything with console-like methods; `console` itself fits. */
export interface Logger {
  /** Each request and response line (method, URL, status, duration). */
  debug(message: string, fields?: Record<string, unknown>): void;
  /** Retries and other recoverable events. */
  info(message: string, fields?: Record<string, unknown>): void;
  /** Something the integrator should look at (e.g. an idempotency key the provider cannot honour). */
  warn(message: string, fields?: Record<string, unknown>): void;
  /** Failures. */
  error(message: string, fields?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/**
 * Wraps a logger so that lines under `level` are dropped and every line is redacted before it is written: the
 * patterns, then `secrets` (a client's own keys) when given.
 */
export function createLogger(logger: Logger | undefined, level: LogLevel = 'warn', secrets?: SecretSet): Logger {
  const sink = logger ?? (globalThis.console as unknown as Logger);
  const min = RANK[level];
  const emit = (l: Exclude<LogLevel, 'off'>) => (message: string, fields?: Record<string, unknown>) => {
    if (RANK[l] < min) return;
    const text = redactText(`[odeme] ${message}`);
    const safe = secrets ? secrets.scrub(text) : text;
    if (fields === undefined) sink[l](safe);
    else {
      const redacted = redactValue(fields);
      sink[l](safe, (secrets ? secrets.scrubValue(redacted) : redacted) as Record<string, unknown>);
    }
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** True when `level` would be written; lets callers skip building expensive fields. */
export function logEnabled(configured: LogLevel, level: Exclude<LogLevel, 'off'>): boolean {
  return RANK[level] >= RANK[configured];
}
