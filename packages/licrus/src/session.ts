import { AbortError, ConfigurationError, isOdemeError } from '@odeme/core';

/** Logs in once; `signal` ends it (the session aborts it when nobody waits for it any more). */
export type LoginOnce = (signal: AbortSignal) => Promise<string>;

/** Options of a `TicketSession`. */
export interface TicketSessionOptions {
  /** A static ticket to start with (it cannot be renewed without a `login`). */
  staticTicket?: string | undefined;
  /** Forget a ticket this many ms after it was issued, so the next call logs in first (Licrus documents no lifetime). */
  lifetimeMs?: number | undefined;
  /** Told when a new ticket replaces the one issued before (to swap the client's secrets). */
  onReplace?: ((next: string, previous: string | undefined) => void) | undefined;
}

interface LoginRun {
  promise: Promise<string>;
  controller: AbortController;
  waiters: number;
}

/**
 * Holds the `AuthTicket`: logs in lazily and shares one in-flight login among concurrent callers. Each caller waits
 * only as long as its own signal allows; when the last one has left, the login is aborted too, so nothing of it
 * outlives the calls that wanted it. A ticket is forgotten only if it is still the one a failed call used.
 */
export class TicketSession {
  private current: string | undefined;
  private issued: string | undefined;
  private issuedAt = 0;
  private run: LoginRun | undefined;

  constructor(
    private readonly login: LoginOnce | undefined,
    private readonly options: TicketSessionOptions = {},
  ) {
    this.current = options.staticTicket;
    this.issued = options.staticTicket;
    this.issuedAt = Date.now();
  }

  /** True when the session can get a new ticket (it has credentials, not just a static ticket). */
  get canRenew(): boolean {
    return this.login !== undefined;
  }

  /** The cached ticket, or a wait on the shared login that ends with `signal` (rejecting with its reason). */
  ticket(signal?: AbortSignal): Promise<string> {
    const life = this.options.lifetimeMs;
    if (this.current !== undefined && this.canRenew && life !== undefined && Date.now() - this.issuedAt >= life) this.current = undefined;
    if (this.current !== undefined) return Promise.resolve(this.current);
    return this.join(signal);
  }

  /** Logs in now, unless a login is already running (then its result is shared). */
  refresh(signal?: AbortSignal): Promise<string> {
    return this.join(signal);
  }

  /** Forgets `ticket` if it is still the cached one. */
  invalidate(ticket: string): void {
    if (this.current === ticket) this.current = undefined;
  }

  private join(signal: AbortSignal | undefined): Promise<string> {
    if (!this.login)
      return Promise.reject(new ConfigurationError('licrus: no Name/Password to log in with (a static authTicket was given)', { provider: 'licrus' }));
    if (signal?.aborted) return Promise.reject(stopReason(signal));
    const run = this.run ?? this.start(this.login);
    run.waiters++;
    return new Promise<string>((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return false;
        left = true;
        signal?.removeEventListener('abort', onAbort);
        run.waiters--;
        return true;
      };
      const onAbort = () => {
        if (!leave()) return;
        // Nobody waits for this login any more: stop it, and its timers with it.
        if (run.waiters === 0 && this.run === run) {
          this.run = undefined;
          run.controller.abort();
        }
        reject(stopReason(signal as AbortSignal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      run.promise.then(
        (ticket) => leave() && resolve(ticket),
        (error: unknown) => leave() && reject(error),
      );
    });
  }

  private start(login: LoginOnce): LoginRun {
    const controller = new AbortController();
    const run: LoginRun = { controller, waiters: 0, promise: Promise.resolve('') };
    run.promise = Promise.resolve()
      .then(() => login(controller.signal))
      .then(
        (ticket) => {
          if (this.run === run) this.run = undefined;
          this.replace(ticket);
          return ticket;
        },
        (error: unknown) => {
          if (this.run === run) this.run = undefined;
          throw error;
        },
      );
    // Waiters handle the failure; a login nobody waits for any more must not become an unhandled rejection.
    run.promise.catch(() => {});
    this.run = run;
    return run;
  }

  private replace(ticket: string): void {
    const previous = this.issued;
    this.current = ticket;
    this.issued = ticket;
    this.issuedAt = Date.now();
    if (previous !== ticket) this.options.onReplace?.(ticket, previous);
  }
}

/** Why a wait ended: the signal's own typed reason (the call's timeout or abort), else a plain `AbortError`. */
function stopReason(signal: AbortSignal): unknown {
  if (isOdemeError(signal.reason)) return signal.reason;
  return new AbortError('licrus: the wait for the login was aborted by the caller', { provider: 'licrus', cause: signal.reason });
}
