import { type CallOptions, registerSecret, type Transport } from '@odeme/core';
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
 * Logs in (`Login`) and returns the `AuthTicket`, registered as a secret so that it is scrubbed from errors and logs.
 * `IsAuthenticated: false` is a `LicrusError` from `auth.login`; without a message it means a wrong name or password.
 * `row` replaces the Login row (e.g. `{ ...authLogin, path }` for a tenant with another path).
 */
export async function licrusLogin(transport: Transport, credentials: LicrusCredentials, options: CallOptions = {}, row = authLogin): Promise<string> {
  registerSecret(credentials.password);
  const res = await transport.call(row, { Name: credentials.name, Password: credentials.password }, options);
  const ticket = res.User?.AuthTicket;
  if (res.IsAuthenticated !== true || !ticket) {
    const texts = res.MessageList.map((m) => m.Message).filter(Boolean);
    throw new LicrusError(`Licrus login refused${texts.length ? `: ${texts.join(' | ')}` : ': the user name or password is wrong'}`, {
      provider: 'licrus',
      operation: row.id,
      providerMessage: texts.join(' | ') || 'IsAuthenticated is false',
      details: { messages: res.MessageList, codes: [] },
      messages: res.MessageList,
      codes: [],
    });
  }
  registerSecret(ticket);
  return ticket;
}
