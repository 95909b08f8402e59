import type { CallOptions, Logger, OdemeError, Operation, OperationInput, OperationOutput, Transport } from '@odeme/core';
import type { LicrusMeta } from './operations/define.js';
import type { TicketSession } from './session.js';
import { moneyTicketRefused } from './ticket-errors.js';
import { callWithTicket } from './with-ticket.js';

/** What a ticketed call needs from the client. */
export interface CallerContext {
  /** The tenant's transport (`createLicrusTransport`). */
  transport: Transport;
  /** The shared `AuthTicket` session: lazy Login, one Login for concurrent callers. */
  session: TicketSession;
  /** Whether a failure means the ticket is no longer valid (HTTP 401 by default). */
  ticketRefused: (error: unknown) => boolean;
  /** Where the re-login notice is written. */
  log: Logger;
  /** The client's `totalTimeout`, so that a resend spends only what is left of the call's budget. */
  totalTimeout?: number | undefined;
}

/**
 * Runs one row with the session's ticket (through `callWithTicket`, so bad input never causes a login, and the
 * login obeys the call's signal and budget). When the ticket is refused, the session forgets it; a row that moves
 * no money is then sent once more after a new Login, within what is left of the call's `totalTimeout`. A payment is
 * never resent: it throws a `LicrusTicketRefusedError` (`outcome: 'rejected'`) that says so. A static ticket cannot be
 * renewed: its refusal is thrown as it came. A failed login is never retried here.
 */
export async function callLicrus<O extends Operation>(ctx: CallerContext, op: O, input: unknown, options: CallOptions = {}): Promise<OperationOutput<O>> {
  // The transport validates the input against the row before anything is sent.
  const typed = input as OperationInput<O>;
  // Any row runs here (the binder's callers take core's `Operation`); only a Licrus row's meta asks for the ticket.
  if (!(op.meta as LicrusMeta | undefined)?.ticket) return ctx.transport.call(op, typed, options);
  const budget = options.totalTimeout ?? ctx.totalTimeout;
  const deadline = budget === undefined ? undefined : Date.now() + budget;
  // Per call, never on the client: concurrent calls do not see each other's ticket.
  const used: { ticket?: string } = {};
  const ticket = async (signal?: AbortSignal) => {
    used.ticket = await ctx.session.ticket(signal);
    return used.ticket;
  };
  try {
    return await callWithTicket(ctx.transport, op, typed, ticket, options);
  } catch (error) {
    if (used.ticket === undefined || !ctx.ticketRefused(error)) throw error;
    // Without Login credentials nothing can be renewed: the static ticket is kept (each call gets the tenant's own
    // answer), and this refusal (an AuthenticationError for a 401) is the answer.
    if (!ctx.session.canRenew) throw error;
    ctx.session.invalidate(used.ticket);
    // A payment is never resent. Only a refusal proves it did not go through: a test that matched a timeout or an
    // unreadable answer must not turn an unknown outcome into a "rejected" one.
    if (op.movesMoney) throw (error as OdemeError).outcome === 'rejected' ? ctx.transport.localize(moneyTicketRefused(error as OdemeError)) : error;
    const left = deadline === undefined ? undefined : deadline - Date.now();
    if (left !== undefined && left <= 0) throw error;
    ctx.log.info(`${op.id}: the AuthTicket was refused; logging in again and sending this call once more (it moves no money)`);
    return callWithTicket(ctx.transport, op, typed, ticket, left === undefined ? options : { ...options, totalTimeout: left });
  }
}
