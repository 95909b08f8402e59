import {
  type CallOptions,
  ConfigurationError,
  catalogsOf,
  localizeError,
  type Operation,
  type OperationInput,
  type OperationOutput,
  Transport,
} from '@odeme/core';
import { isHeaderName, isHeaderText } from './header-params.js';
import type { PayWallBaseUrls } from './hosts.js';
import type { PayWallOptions } from './options.js';
import { assertCallable, createPayWallRuntime, PAYWALL, resolveBaseUrls } from './runtime.js';

function checkOptions(options: PayWallOptions): void {
  const missing = (['apiKeyPublic', 'apiClientPublic'] as const).filter((k) => !options[k]);
  if (missing.length)
    throw new ConfigurationError(`PayWall: the public pair (apiKeyPublic, apiClientPublic) is required; missing: ${missing.join(', ')}`, { provider: PAYWALL });
  if (Boolean(options.apiKeyPrivate) !== Boolean(options.apiClientPrivate))
    throw new ConfigurationError('PayWall: give both apiKeyPrivate and apiClientPrivate, or neither', { provider: PAYWALL });
  if (!options.environment && !options.baseUrl && !options.baseUrls)
    throw new ConfigurationError("PayWall: set environment ('test' or 'production'), baseUrl or baseUrls", { provider: PAYWALL });
  if (options.environment && options.environment !== 'test' && options.environment !== 'production')
    throw new ConfigurationError(`PayWall: environment must be 'test' or 'production', got ${String(options.environment)}`, { provider: PAYWALL });
  // Keys and the locale travel as headers: refused here, not as a TypeError from `Headers` on every call.
  const unsendable = (['apiKeyPublic', 'apiClientPublic', 'apiKeyPrivate', 'apiClientPrivate', 'locale'] as const).filter(
    (k) => typeof options[k] === 'string' && !isHeaderText(options[k]),
  );
  if (unsendable.length)
    throw new ConfigurationError(`PayWall: ${unsendable.join(', ')} cannot be sent as a header (visible ASCII only)`, { provider: PAYWALL });
  if (options.productHost !== undefined && options.productHost !== 'private' && options.productHost !== 'payment')
    throw new ConfigurationError(`PayWall: productHost must be 'private' or 'payment', got ${String(options.productHost)}`, { provider: PAYWALL });
  if (options.localeHeader !== undefined && !isHeaderName(options.localeHeader))
    throw new ConfigurationError('PayWall: localeHeader is not a valid header name', { provider: PAYWALL });
}

/** Core's request loop, plus PayWall's host and key-pair check ahead of validation. */
class PayWallTransport extends Transport {
  readonly #options: PayWallOptions;
  readonly #bases: Partial<PayWallBaseUrls>;

  constructor(options: PayWallOptions) {
    super(createPayWallRuntime(options), options);
    this.#options = options;
    this.#bases = resolveBaseUrls(options);
  }

  override async call<O extends Operation>(op: O, input: OperationInput<O>, callOptions?: CallOptions): Promise<OperationOutput<O>> {
    // Missing host or private pair: a ConfigurationError before validation or any request, in the client's language.
    try {
      assertCallable(op, this.#options, this.#bases);
    } catch (error) {
      throw this.localize(error);
    }
    return super.call(op, input, callOptions);
  }
}

/**
 * The smallest way to call PayWall: checks the options as `new PayWall(options)` does (public pair required, both
 * halves of the private pair or neither, `environment`, `baseUrl` or `baseUrls`, keys and locale that can be sent
 * as headers), resolves the four API hosts and
 * returns core's `Transport` for them. Pass it one operation row: a bundle then keeps only the rows it imports.
 * A row whose API has no host, or that needs the private pair on a transport built without it, is refused with a
 * `ConfigurationError` before its input is validated.
 * @example
 * ```ts
 * import { createPayWallTransport, paymentsStartDirect } from '@odeme/paywall';
 *
 * const paywall = createPayWallTransport({
 *   apiKeyPublic: process.env.PAYWALL_PUBLIC_KEY!,
 *   apiClientPublic: process.env.PAYWALL_PUBLIC_CLIENT!,
 *   environment: 'test',
 * });
 * const { Payment } = await paywall.call(paymentsStartDirect, {
 *   PaymentDetail: { Amount: '150.00', MerchantUniqueCode: 'order-1001', CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7' },
 *   Card: { OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
 *   Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
 *   Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: '150.00' }],
 * });
 * ```
 */
export function createPayWallTransport(options: PayWallOptions): Transport {
  try {
    checkOptions(options);
  } catch (error) {
    // Thrown before core's Transport exists: put in the client's language here, as core does for its own checks.
    const catalogs = catalogsOf(options?.locale);
    if (catalogs) localizeError(error, catalogs);
    throw error;
  }
  return new PayWallTransport(options);
}
