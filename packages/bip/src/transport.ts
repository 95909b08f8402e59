import { type ClientOptions, ConfigurationError, Transport } from '@odeme/core';
import { bipRuntime } from './runtime.js';

/** Options of `createBipTransport`: the service's BiP Developer API credentials plus the core client options. */
export interface BipTransportOptions extends ClientOptions {
  /** BiP Developer API username (issued by Turkcell with the service definition). */
  username: string;
  /** BiP Developer API password. */
  password: string;
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

/**
 * Builds the BiP Payment Service transport: checks the credentials, points at the documented gateway (or
 * `baseUrl`) and signs every call with HTTP Basic. This is what `new Bip(...)` uses; on its own, with
 * `startBipPayment` or `transport.call(row, input)`, a bundle keeps only the rows it calls.
 *
 * @example
 * const transport = createBipTransport({ username, password });
 * const started = await startBipPayment(transport, { msisdn: '05321234567', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] });
 * started.transactionId; // generated: the listener callback carries it
 */
export function createBipTransport(options: BipTransportOptions): Transport {
  if (!options || typeof options.username !== 'string' || options.username === '' || typeof options.password !== 'string' || options.password === '')
    throw new ConfigurationError('bip: username and password (the BiP Developer API credentials) are required', { provider: 'bip' });
  // HTTP Basic joins the two halves with the first ':' (RFC 7617 §2): a username with one would be split wrongly.
  if (options.username.includes(':')) throw new ConfigurationError("bip: username must not contain ':' (HTTP Basic cannot carry it)", { provider: 'bip' });
  if (options.commitChannelKey !== undefined && !/^[A-Za-z_][\w]*$/.test(options.commitChannelKey))
    throw new ConfigurationError('bip: commitChannelKey must be a plain field name (letters, digits and _, not starting with a digit)', { provider: 'bip' });
  return new Transport(
    bipRuntime({
      username: options.username,
      password: options.password,
      baseUrl: options.baseUrl,
      commitChannelKey: options.commitChannelKey ?? 'channelId',
      sendChannelDefaults: options.sendChannelDefaults ?? true,
    }),
    options,
  );
}
