import { AuthenticationError, type CallOptions, type Transport, UnexpectedResponseError } from '@odeme/core';
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
 * `transport.removeSecret`). A refusal is an `AuthenticationError` from `auth.login`: `HasError: true` with Licrus's
 * message, or `IsAuthenticated: false`, which without a message means a wrong name or password (spec §3).
 * `options.signal` and `options.totalTimeout` bound the Login like any call.
 * `row` replaces the Login row (e.g. `{ ...authLogin, path }` for a tenant with another path).
 */
export async function licrusLogin(transport: Transport, credentials: LicrusCredentials, options: CallOptions = {}, row = authLogin): Promise<string> {
  transport.addSecret(credentials.password);
  const res = await transport.call(row, { Name: credentials.name, Password: credentials.password }, options);
  const ticket = res.User?.AuthTicket;
  if (res.IsAuthenticated === true && ticket) {
    transport.addSecret(ticket);
    return ticket;
  }
  const ctx = { provider: 'licrus', operation: row.id };
  // An accepted login without a ticket is a broken answer, not a credential problem.
  if (res.IsAuthenticated === true) throw transport.localize(new UnexpectedResponseError('Licrus accepted the login but sent no AuthTicket', ctx));
  // Built here, outside the transport: the texts are scrubbed of this client's secrets, and translated, by hand.
  const messages = res.MessageList.map((m) => ({ ...m, Message: m.Message == null ? m.Message : transport.redact(m.Message) }));
  const texts = messages.map((m) => m.Message).filter((t): t is string => Boolean(t));
  const message = texts.length > 0 ? `Licrus refused the login: ${texts.join(' | ')}` : 'Licrus refused the login: the user name or password is wrong';
  throw transport.localize(
    new AuthenticationError(message, {
      ...ctx,
      providerMessage: texts.join(' | ') || undefined,
      details: { messages, codes: [], IsAuthenticated: res.IsAuthenticated ?? null },
    }),
  );
}
