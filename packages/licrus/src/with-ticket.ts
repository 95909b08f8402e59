import {
  type CallOptions,
  ConfigurationError,
  type EncodedRequest,
  type Operation,
  type OperationInput,
  type OperationOutput,
  type Transport,
} from '@odeme/core';
import { type LicrusCredentials, licrusLogin } from './login.js';
import type { LicrusMeta } from './operations/define.js';

/**
 * Where `callWithTicket` gets the `AuthTicket`: a ticket (a static one Licrus issued, or one from `licrusLogin`),
 * Login credentials (one Login per call), or a function that returns one. A function gets the call's signal, which
 * ends when the caller aborts or the call's `totalTimeout` runs out; the tickets it returns are its to register
 * with `transport.addSecret` (`licrusLogin` does).
 */
export type TicketSource = string | LicrusCredentials | ((signal?: AbortSignal) => string | Promise<string>);

/**
 * Runs one row with the `AuthTicket` first in its JSON body: with `createLicrusTransport` and a single row, the
 * smallest way to call Licrus. The ticket is taken after the input is validated, so bad input never causes a Login;
 * any Login it waits for obeys the call's `signal` and `totalTimeout`. A refused ticket is not renewed here (the
 * `Licrus` client renews it for calls that move no money); rows without a ticket (Login) are sent as they are.
 *
 * @example
 * ```ts
 * const transport = createLicrusTransport({ baseUrl: 'https://<tenant>-api.licrus.com' });
 * await callWithTicket(transport, paymentsPay, { PaymentRequestCode, Card }, { name: 'ivr-user', password: '…' });
 * ```
 */
export async function callWithTicket<O extends Operation>(
  transport: Transport,
  op: O,
  input: OperationInput<O>,
  auth: TicketSource,
  options: CallOptions = {},
): Promise<OperationOutput<O>> {
  // Typed as core's `Operation`, so that any caller of rows can use it; a Licrus row's meta asks for the ticket.
  if (!(op.meta as LicrusMeta | undefined)?.ticket) return transport.call(op, input, options);
  // A ticket given as text is a credential of this client; one from a per-call Login is dropped after the call.
  if (typeof auth === 'string') transport.addSecret(auth);
  let loggedIn: string | undefined;
  const ticket: (signal?: AbortSignal, deadline?: number) => string | Promise<string> =
    typeof auth === 'string'
      ? () => auth
      : typeof auth === 'function'
        ? auth
        : async (signal?: AbortSignal, deadline?: number) => {
            loggedIn = await licrusLogin(transport, auth, {
              signal,
              timeout: options.timeout,
              totalTimeout: deadline === undefined ? options.totalTimeout : Math.max(1, deadline - Date.now()),
            });
            return loggedIn;
          };
  const row: O = {
    ...op,
    encode: async (parsed: unknown, context): Promise<EncodedRequest> => {
      const base = op.encode ? await op.encode(parsed as never, context) : { body: parsed };
      const value = await ticket(context.signal, context.deadline);
      if (typeof value !== 'string' || value.trim() === '')
        throw new ConfigurationError('licrus: the ticket source gave no AuthTicket', { provider: 'licrus', operation: op.id });
      return { ...base, body: { AuthTicket: value, ...(base.body as Record<string, unknown>) } };
    },
  };
  try {
    return await transport.call(row, input, options);
  } finally {
    if (loggedIn !== undefined) transport.removeSecret(loggedIn);
  }
}
