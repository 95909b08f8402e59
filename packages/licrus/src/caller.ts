import type { CallOptions, EncodedRequest, Logger, OperationOutput, Transport } from '@odeme/core';
import type { LicrusOperation } from './operations/define.js';
import type { TicketSession } from './session.js';

/** What a ticketed call needs from the client. */
export interface CallerContext {
  transport: Transport;
  session: TicketSession;
  ticketRefused: (error: unknown) => boolean;
  log: Logger;
}

/**
 * Runs one row. The ticket is fetched inside `encode` (after validation, so bad input never causes a login) and
 * put first in the body. Writes are sent once; if the ticket was refused, the client logs in again and resends
 * exactly once. A failed login is never retried here.
 */
export async function callLicrus<O extends LicrusOperation>(ctx: CallerContext, op: O, input: unknown, options: CallOptions = {}): Promise<OperationOutput<O>> {
  // Writes carry `retryable: false` on their row, so the transport sends them once.
  const callOptions = options;
  if (!op.meta?.ticket) return ctx.transport.call(op, input, callOptions);
  for (let round = 0; ; round++) {
    // Per call, never on the client: concurrent calls do not see each other's ticket.
    const used: { ticket?: string; loginFailed?: boolean } = {};
    const row: O = {
      ...op,
      encode: async (parsed: unknown): Promise<EncodedRequest> => {
        const base = op.encode ? await op.encode(parsed) : { body: parsed };
        let ticket: string;
        try {
          ticket = await ctx.session.ticket(options.signal);
        } catch (error) {
          used.loginFailed = true;
          throw error;
        }
        used.ticket = ticket;
        return { ...base, body: { AuthTicket: ticket, ...(base.body as Record<string, unknown>) } };
      },
    };
    try {
      return await ctx.transport.call(row, input, callOptions);
    } catch (error) {
      const renew = round === 0 && !used.loginFailed && used.ticket !== undefined && ctx.session.canRenew && ctx.ticketRefused(error);
      if (!renew) throw error;
      ctx.session.invalidate(used.ticket as string);
      ctx.log.info(`${op.id}: the AuthTicket was refused; logging in again and resending once`);
    }
  }
}
