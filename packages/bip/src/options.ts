import { type ClientOptions, ConfigurationError } from '@odeme/core';

/** Options of `createBipTransport`: the service's BiP Developer API credentials plus the core client options. */
export interface BipTransportOptions extends ClientOptions {
  /** BiP Developer API username (issued by Turkcell with the service definition). */
  username: string;
  /** BiP Developer API password. */
  password: string;
  /**
   * The gateway, ending with the Payment Service's `/pgw` path (default `https://apigw.tvoip.turkcell.com.tr/pgw`; the
   * `https://apigw.bip.com/pgw` alias works too). Any other path is a `ConfigurationError` when the client is built.
   */
  baseUrl?: string;
  /**
   * Key under which `commit` sends the channel. The sources disagree (`channelId` in the table and in
   * third-party code, `chand` in the example, `channeId` in Turkcell's sample); default `channelId`.
   */
  commitChannelKey?: string;
  /**
   * Send the documented per-channel defaults of `isDeliverable` and `isRemovable` explicitly when the caller leaves
   * them out (default `true`). `false` leaves them out of the body so the gateway applies whatever it has configured.
   * `isBillingRequired` is never filled in (its documented defaults are a copied paragraph): pass it to send it.
   */
  sendChannelDefaults?: boolean;
}

const ctx = { provider: 'bip' };

/** Checks the options before anything is sent: missing credentials, a Basic-breaking username, a wrong `baseUrl`. */
export function checkBipOptions(options: BipTransportOptions): void {
  if (!options || typeof options.username !== 'string' || options.username === '' || typeof options.password !== 'string' || options.password === '')
    throw new ConfigurationError('bip: username and password (the BiP Developer API credentials) are required', ctx);
  // HTTP Basic joins the two halves with the first ':' (RFC 7617 §2): a username with one would be split wrongly.
  if (options.username.includes(':')) throw new ConfigurationError("bip: username must not contain ':' (HTTP Basic cannot carry it)", ctx);
  if (options.commitChannelKey !== undefined && !/^[A-Za-z_][\w]*$/.test(options.commitChannelKey))
    throw new ConfigurationError('bip: commitChannelKey must be a plain field name (letters, digits and _, not starting with a digit)', ctx);
  if (options.baseUrl !== undefined) checkBaseUrl(options.baseUrl);
}

/**
 * Every BiP Payment Service URL is under `/pgw` (spec §3: the documentation, Turkcell's sample merchant and third-party
 * code all use `<host>/pgw/paymentService` and `/pgw/commitService`). A base URL without it reaches the host and is
 * answered 404 on every call, which says nothing about why: refused here, saying so.
 */
function checkBaseUrl(value: unknown): void {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '')
    throw new ConfigurationError(
      'bip: baseUrl must be an absolute http or https URL without query or fragment, such as https://apigw.tvoip.turkcell.com.tr/pgw',
      ctx,
    );
  if (!/\/pgw\/*$/.test(url.pathname))
    throw new ConfigurationError(
      'bip: baseUrl must end with /pgw, the path of the BiP Payment Service (https://apigw.tvoip.turkcell.com.tr/pgw); without it every call is answered 404',
      ctx,
    );
}
