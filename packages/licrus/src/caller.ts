import type { CallOptions, Logger, OperationInput, OperationOutput, Transport } from '@odeme/core';
import type { LicrusOperation } from './operations/define.js';
import type { TicketSession } from './session.js';
import { callWithTicket } from './with-ticket.js';

/** What a ticketed call needs from the client. */
export interface CallerContext {
  /** The tenant's transport (`createLicrusTransport`). */
  transport: Transport;
  /** The shared `AuthTicket` session: lazy Login, one Login for concurrent callers. */
  session: TicketSession;
  /** Whether a failure means the ticket is no longer valid (then the call is resent once after a new Login). */
  ticketRefused: (error: unknown) => boolean;
  /** Where the re-login notice is written. */
  log: Logger;
}

/**
 * Runs one row with the session's ticket (through `callWithTicket`, so bad input never causes a login). Writes are
 * sent once; if the ticket was refused, the client logs in again and resends exactly once. A failed login is never
 * retried here.
 */
export async function callLicrus<O extends LicrusOperation>(ctx: CallerContext, op: O, input: unknown, options: CallOptions = {}): Promise<OperationOutput<O>> {
  // The transport validates the input against the row before anything is sent.
  const typed = input as OperationInput<O>;
  if (!op.meta?.ticket) return ctx.transport.call(op, typed, options);
  for (let round = 0; ; round++) {
    // Per call, never on the client: concurrent calls do not see each other's ticket.
    const used: { ticket?: string; loginFailed?: boolean } = {};
    const ticket = async (signal?: AbortSignal): Promise<string> => {
      try {
        used.ticket = await ctx.session.ticket(signal);
      } catch (error) {
        used.loginFailed = true;
        throw error;
      }
      return used.ticket;
    };
    try {
      return await callWithTicket(ctx.transport, op, typed, ticket, options);
    } catch (error) {
      const renew = round === 0 && !used.loginFailed && used.ticket !== undefined && ctx.session.canRenew && ctx.ticketRefused(error);
      if (!renew) throw error;
      ctx.session.invalidate(used.ticket as string);
      ctx.log.info(`${op.id}: the AuthTicket was refused; logging in again and resending once`);
    }
  }
}
