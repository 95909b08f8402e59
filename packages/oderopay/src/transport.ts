import { type ClientOptions, ConfigurationError, catalogsOf, localizeError, Transport } from '@odeme/core';
import { ODEROPAY_ENVIRONMENTS, type OderoPayEnvironment } from './environments.js';
import { oderoPayRuntime } from './runtime.js';

/** Options of `new OderoPay(...)` and `createOderoPayTransport(...)`: credentials, where to send, and every core client option. */
export interface OderoPayOptions extends ClientOptions {
  /** Merchant API key (`x-api-key`). */
  apiKey: string;
  /** Merchant secret key; only used inside the signature, never sent. */
  secretKey: string;
  /** Public host to use; `baseUrl` wins when both are given. There is no default: choose one explicitly. */
  environment?: OderoPayEnvironment;
  /** Sent as a `merchantId` header (mentioned by newer EN docs; not sent by the official clients). */
  merchantId?: string;
  /** `x-auth-version` header: `'1'` (default, as ÖderoPay's node client) or `'v1'` (Java/PHP/.NET clients). */
  authVersion?: '1' | 'v1' | (string & {});
  /** Source of `x-rnd-key` values; default 16 random alphanumerics from Web Crypto. For tests. */
  randomKey?: () => string;
  /**
   * ÖderoPay error codes whose refusal does not prove that the money did not move ("system error", "timeout at the
   * bank"): errors of money calls with these codes get outcome `unknown`, not `rejected`. ÖderoPay publishes no such
   * list; default none. Add the codes ÖderoPay support names for your account.
   */
  unknownOutcomeCodes?: readonly string[];
}

const HEADER_SAFE = /^[\x20-\x7e]+$/;

/**
 * The ÖderoPay transport alone: checks the options, resolves the base URL and signs every attempt, exactly as
 * `new OderoPay(options)` does, without binding any resource. With the individually exported rows it is the
 * smallest way to call ÖderoPay: a bundle keeps only the rows passed to `call`.
 *
 * @example
 * ```ts
 * import { createOderoPayTransport, paymentsCreate } from '@odeme/oderopay';
 *
 * const odero = createOderoPayTransport({ apiKey, secretKey, environment: 'sandbox' });
 * const payment = await odero.call(paymentsCreate, {
 *   price: '150.50', // TL, exact to the kuruş; the sum of items[].price
 *   paidPrice: '150.50',
 *   installment: 1,
 *   currency: 'TRY',
 *   paymentGroup: 'PRODUCT',
 *   card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: '5528790000000008', expireYear: '2035', expireMonth: '07', cvc: '123' },
 *   items: [{ name: 'Kitap', price: '100.25' }, { name: 'Kalem', price: '50.25' }],
 * });
 * ```
 */
export function createOderoPayTransport(options: OderoPayOptions): Transport {
  let baseUrl: string;
  try {
    baseUrl = checkOptions(options);
  } catch (error) {
    // Refused before core's Transport exists: said in the client's language here, as core does for its own options.
    const catalogs = catalogsOf(options?.locale);
    if (catalogs) localizeError(error, catalogs);
    throw error;
  }
  return new Transport(
    oderoPayRuntime({
      apiKey: options.apiKey,
      secretKey: options.secretKey,
      baseUrl,
      authVersion: options.authVersion ?? '1',
      merchantId: options.merchantId,
      unknownOutcomeCodes: options.unknownOutcomeCodes,
      ...(options.randomKey ? { randomKey: options.randomKey } : {}),
    }),
    options,
  );
}

/** The ÖderoPay options core does not check: credentials, header values and the base URL, which it returns. */
function checkOptions(options: OderoPayOptions): string {
  const { apiKey, secretKey } = options ?? ({} as OderoPayOptions);
  if (typeof apiKey !== 'string' || apiKey === '') throw new ConfigurationError('OderoPay needs an apiKey', { provider: 'oderopay' });
  if (typeof secretKey !== 'string' || secretKey === '') throw new ConfigurationError('OderoPay needs a secretKey', { provider: 'oderopay' });
  // The API key and merchant id travel as header values, which carry printable ASCII only; the secret is only hashed.
  if (!HEADER_SAFE.test(apiKey)) throw new ConfigurationError('OderoPay apiKey must be printable ASCII (it is sent as a header)', { provider: 'oderopay' });
  if (options.merchantId !== undefined && (typeof options.merchantId !== 'string' || !HEADER_SAFE.test(options.merchantId)))
    throw new ConfigurationError('OderoPay merchantId must be printable ASCII text (it is sent as a header)', { provider: 'oderopay' });
  if (options.authVersion !== undefined && (typeof options.authVersion !== 'string' || !HEADER_SAFE.test(options.authVersion)))
    throw new ConfigurationError("OderoPay authVersion must be header text such as '1' or 'v1'", { provider: 'oderopay' });
  const codes = options.unknownOutcomeCodes;
  if (codes !== undefined && (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')))
    throw new ConfigurationError('OderoPay unknownOutcomeCodes must be a list of error codes (strings)', { provider: 'oderopay' });
  return resolveBaseUrl(options);
}

/** The base URL requests go to: `baseUrl` (absolute, no query or fragment) or the named `environment`'s host. */
export function resolveBaseUrl(options: OderoPayOptions): string {
  if (options.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new ConfigurationError(`OderoPay baseUrl is not an absolute URL: ${options.baseUrl}`, { provider: 'oderopay' });
    }
    if (url.search || url.hash) throw new ConfigurationError('OderoPay baseUrl must not carry a query or fragment', { provider: 'oderopay' });
    return options.baseUrl.replace(/\/+$/, '');
  }
  if (options.environment === undefined)
    throw new ConfigurationError("OderoPay needs `environment` ('sandbox' | 'production' | 'az-sandbox') or `baseUrl`", { provider: 'oderopay' });
  const url = (ODEROPAY_ENVIRONMENTS as Record<string, string>)[options.environment];
  if (!url) throw new ConfigurationError(`Unknown OderoPay environment "${options.environment}"`, { provider: 'oderopay' });
  return url;
}
