import type { ClientOptions, DeclineReason, OdemeError } from '@odeme/core';
import type { MessageTypeValues } from './envelope.js';
import type { LicrusOperationId } from './paths.js';

/** Options of `createLicrusTransport(...)`: the tenant and how its envelopes are read. */
export interface LicrusTransportOptions extends ClientOptions {
  /** The tenant's API root, handed out by Licrus (e.g. `https://<tenant>-api.licrus.com`). Required: there is no public default. */
  baseUrl: string;
  /** Numeric values of `ServiceResponseMessageType` (default Error 0, Warning 1, Info 2; Warning is inferred). */
  messageTypes?: Partial<MessageTypeValues>;
  /** Pattern of error codes inside message texts (default `DEFAULT_CODE_PATTERN`, e.g. `INT-PRD1001`). */
  codePattern?: RegExp;
  /**
   * Your tenant's payment decline codes (as found in message texts by `codePattern`) and the reason each stands for,
   * e.g. `{ 'POS-0051': 'insufficient_funds' }`; a bank's ISO 8583 code can be read with `declineReasonFromIso8583`.
   * Licrus publishes no codes, so a decline whose codes are not here has reason `other` (its code stays in
   * `providerCode`).
   */
  declineCodes?: Readonly<Record<string, DeclineReason>>;
}

/** Options of `new Licrus(...)`: the tenant, the credentials, and the settings where the docs are silent. */
export interface LicrusOptions extends LicrusTransportOptions {
  /** Login user name issued by the tenant's Licrus admin. */
  name?: string;
  /** Login password issued by the tenant's Licrus admin. */
  password?: string;
  /** A static `AuthTicket` issued by Licrus, for integrations that do not log in. It cannot be renewed. */
  authTicket?: string;
  /** Replaces default JSON paths, by operation id (see `DEFAULT_PATHS`; the Payment path is an assumption). */
  paths?: Partial<Record<LicrusOperationId, string>>;
  /**
   * Wire value of a `CardVendor` name, e.g. `{ Unknow: 0 }` if the tenant reads the enum as a number. The encoding is
   * not published: by default the name is sent as given, and `Unknow` (the only documented member) when the caller
   * gives none. Names other than `Unknow` are your tenant's; the SDK guesses none.
   */
  cardVendorValues?: Record<string, string | number>;
  /**
   * Decides that a failed call failed because the ticket is no longer valid. The ticket is then forgotten; a call
   * that moves no money is sent once more after a new Login, and a payment is never resent (it throws a
   * `LicrusTicketRefusedError` with `outcome: 'rejected'`). No expiry error is documented, so the default,
   * `defaultIsTicketInvalid`, is HTTP 401 only: never match message text you have not seen your tenant send for an
   * expired ticket (a bank's decline can say "oturum" or "yetkisiz").
   */
  isTicketInvalid?: (error: OdemeError) => boolean;
  /**
   * Log in again once a ticket is this many ms old, before the next call (Licrus documents no lifetime). Set it a
   * little below your tenant's session timeout, so that a payment is not refused for an expired ticket.
   */
  ticketLifetimeMs?: number;
}
