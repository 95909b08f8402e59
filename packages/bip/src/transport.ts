import { catalogsOf, localizeError, Transport } from '@odeme/core';
import { type BipTransportOptions, checkBipOptions } from './options.js';
import { bipRuntime } from './runtime.js';

export type { BipTransportOptions } from './options.js';

/**
 * Builds the BiP Payment Service transport: checks the credentials and `baseUrl`, points at the documented gateway (or
 * `baseUrl`) and signs every call with HTTP Basic. This is what `new Bip(...)` uses; on its own, with
 * `startBipPayment` or `transport.call(row, input)`, a bundle keeps only the rows it calls.
 *
 * @example
 * const transport = createBipTransport({ username, password });
 * const started = await startBipPayment(transport, { msisdn: '05321234567', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] });
 * started.transactionId; // generated: the listener callback carries it
 */
export function createBipTransport(options: BipTransportOptions): Transport {
  try {
    checkBipOptions(options);
  } catch (error) {
    // Refused before core's Transport exists: said in the client's language here, as core does for its own options.
    const catalogs = catalogsOf(options?.locale);
    if (catalogs) localizeError(error, catalogs);
    throw error;
  }
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
