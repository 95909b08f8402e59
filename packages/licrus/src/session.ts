import { AbortError, ConfigurationError } from '@odeme/core';

/**
 * Holds the `AuthTicket`: logs in lazily, shares one in-flight login among concurrent callers, and forgets a
 * ticket only if it is still the one a failed call used (so a burst of failures causes one new login, not many).
 */
export class TicketSession {
  private current: string | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly loginOnce: (() => Promise<string>) | undefined,
    staticTicket?: string,
  ) {
    this.current = staticTicket;
  }

  /** True when the session can get a new ticket (it has credentials, not just a static ticket). */
  get canRenew(): boolean {
    return this.loginOnce !== undefined;
  }

  /** The cached ticket, or the result of the (shared) login. `signal` lets one caller stop waiting. */
  async ticket(signal?: AbortSignal): Promise<string> {
    if (this.current !== undefined) return this.current;
    return waitFor(this.refresh(), signal);
  }

  /** Logs in now, unless a login is already running (then its result is shared). */
  refresh(): Promise<string> {
    if (!this.loginOnce)
      return Promise.reject(new ConfigurationError('licrus: no Name/Password to log in with (a static authTicket was given)', { provider: 'licrus' }));
    if (this.pending) return this.pending;
    const run = this.loginOnce().then(
      (ticket) => {
        if (this.pending === run) this.pending = undefined;
        this.current = ticket;
        return ticket;
      },
      (error: unknown) => {
        if (this.pending === run) this.pending = undefined;
        throw error;
      },
    );
    this.pending = run;
    return run;
  }

  /** Forgets `ticket` if it is still the cached one. */
  invalidate(ticket: string): void {
    if (this.current === ticket) this.current = undefined;
  }
}

function waitFor<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortError('licrus login wait was aborted by the caller', { provider: 'licrus', cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError('licrus login wait was aborted by the caller', { provider: 'licrus', cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
