import { catalogsOf, localizeError, Transport } from '@odeme/core';
import { checkHasoOptions, type HasoOptions } from './options.js';
import { hasoRuntime } from './runtime.js';

/**
 * Creates core's `Transport` for HASO: checks the options, takes the `{SERVIS_URL}` as base URL and signs every
 * call with `requestToken`. It is what {@link Haso} runs on; with one exported row (`transactionsCreate`…) it is the
 * smallest way to call HASO, since a bundle keeps only the rows you import.
 *
 * `paths` overrides are applied by the {@link Haso} client; with the transport, call a copy of the row with
 * the path you need (`{ ...refundsCreate, path: '/RequestV2/Refund' }`). `tokenOrders` apply to both.
 *
 * @throws `ConfigurationError` when `baseUrl`, `merchantId`, `merchantKey` or `merchantSalt` is missing or invalid.
 * @example
 * ```ts
 * import { createHasoTransport, transactionsCreate } from '@odeme/haso';
 *
 * const haso = createHasoTransport({ baseUrl: HASO_URL, merchantId, merchantKey, merchantSalt, ipAddress: shopperIp });
 * const tx = await haso.call(transactionsCreate, { merchantOid: 'ORD-1001', orderAmount: 125_000, selectedInstallment: 3, customerId });
 * ```
 */
export function createHasoTransport(options: HasoOptions): Transport {
  try {
    checkHasoOptions(options);
  } catch (error) {
    // Refused before core's Transport exists: said in the client's language here, as core does for its own options.
    const catalogs = catalogsOf(options?.locale);
    if (catalogs) localizeError(error, catalogs);
    throw error;
  }
  return new Transport(hasoRuntime(options), options);
}
