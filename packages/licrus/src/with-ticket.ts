import { type CallOptions, type EncodedRequest, type OperationInput, type OperationOutput, registerSecret, type Transport } from '@odeme/core';
import { type LicrusCredentials, licrusLogin } from './login.js';
import type { LicrusOperation } from './operations/define.js';

/**
 * Where `callWithTicket` gets the `AuthTicket`: a ticket (a static one Licrus issued, or one from `licrusLogin`),
 * Login credentials (one Login per call), or a function that returns one.
 */
export type TicketSource = string | LicrusCredentials | ((signal?: AbortSignal) => string | Promise<string>);

/**
 * Runs one row with the `AuthTicket` first in its JSON body: with `createLicrusTransport` and a single row, the
 * smallest way to call Licrus. The ticket is taken after the input is validated, so bad input never causes a Login.
 * A refused ticket is not renewed here (the `Licrus` client does that); rows without a ticket (Login) are sent as they are.
 *
 * @example
 * ```ts
 * const transport = createLicrusTransport({ baseUrl: 'https://<tenant>-api.licrus.com' });
 * await callWithTicket(transport, paymentsPay, { PaymentRequestCode, Card }, { name: 'ivr-user', password: '…' });
 * ```
 */
export function callWithTicket<O extends LicrusOperation>(
  transport: Transport,
  op: O,
  input: OperationInput<O>,
  auth: TicketSource,
  options: CallOptions = {},
): Promise<OperationOutput<O>> {
  if (!op.meta?.ticket) return transport.call(op, input, options);
  const ticket = typeof auth === 'string' ? () => auth : typeof auth === 'function' ? auth : (signal?: AbortSignal) => licrusLogin(transport, auth, { signal });
  const row: O = {
    ...op,
    encode: async (parsed: unknown): Promise<EncodedRequest> => {
      const base = op.encode ? await op.encode(parsed) : { body: parsed };
      const value = await ticket(options.signal);
      registerSecret(value);
      return { ...base, body: { AuthTicket: value, ...(base.body as Record<string, unknown>) } };
    },
  };
  return transport.call(row, input, options);
}
