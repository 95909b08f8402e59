import type { CallOptions, Transport } from '@odeme/core';
import { LicrusError } from './envelope.js';
import { authLogin } from './operations/auth.js';

/** Login credentials issued by the tenant's Licrus system admin. */
export interface LicrusCredentials {
  /** Login user name (`Name`). */
  name: string;
  /** Login password (`Password`). */
  password: string;
}

/**
 * Logs in (`Login`) and returns the `AuthTicket`. The password and the ticket are added to this transport's secrets,
 * so that they are scrubbed from its errors, logs and hook events (remove a ticket you stop using with
 * `transport.removeSecret`). `IsAuthenticated: false` is a `LicrusError` from `auth.login`; without a message it means
 * a wrong name or password. `options.signal` and `options.totalTimeout` bound the Login like any call.
 * `row` replaces the Login row (e.g. `{ ...authLogin, path }` for a tenant with another path).
 */
export async function licrusLogin(transport: Transport, credentials: LicrusCredentials, options: CallOptions = {}, row = authLogin): Promise<string> {
  transport.addSecret(credentials.password);
  const res = await transport.call(row, { Name: credentials.name, Password: credentials.password }, options);
  const ticket = res.User?.AuthTicket;
  if (res.IsAuthenticated !== true || !ticket) {
    // Built here, outside the transport: the texts are scrubbed of this client's secrets by hand.
    const messages = res.MessageList.map((m) => ({ ...m, Message: m.Message == null ? m.Message : transport.redact(m.Message) }));
    const texts = messages.map((m) => m.Message).filter((t): t is string => Boolean(t));
    throw new LicrusError(`Licrus login refused${texts.length ? `: ${texts.join(' | ')}` : ': the user name or password is wrong'}`, {
      provider: 'licrus',
      operation: row.id,
      providerMessage: texts.join(' | ') || 'IsAuthenticated is false',
      details: { messages, codes: [] },
      messages,
      codes: [],
    });
  }
  transport.addSecret(ticket);
  return ticket;
}
