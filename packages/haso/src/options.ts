import { type ClientOptions, ConfigurationError, type DeclineReason, isDeclineReason } from '@odeme/core';
import type { HasoMethodName, HasoTokenOrders } from './methods.js';

/** Options of {@link Haso}. */
export interface HasoOptions extends ClientOptions {
  /** `{SERVIS_URL}` of your HASO environment. Required: HASO's hosts are not public, so there is no default. */
  baseUrl?: string;
  /** Fixed merchant id HASO gives you. */
  merchantId: string;
  /** HMAC key of `requestToken` (INFERRED to be the `merchant_key` HASO issues with the salt). */
  merchantKey: string;
  /** Merchant salt (`merhant_salt` / `merchantSalt` in the docs), appended to every token text. */
  merchantSalt: string;
  /** Client IP sent as `ipAddress` (and signed) when a call does not give its own; HASO wants the external IP. */
  ipAddress?: string;
  /** Body encoding: `json` (default, INFERRED) or `form` (`application/x-www-form-urlencoded`, lists as `name[0]`). */
  encoding?: 'json' | 'form';
  /** Per-method `requestToken` field orders replacing the table's default (`null` = send no token). */
  tokenOrders?: HasoTokenOrders;
  /** Per-method path overrides (e.g. if HASO's refund path differs from the INFERRED `/RequestV2/RefundTransaction`). */
  paths?: Partial<Record<HasoMethodName, string>>;
  /** `Data.Message` codes that mean success (default `['RS100']`); any other `RS…`/`H…` code is a refusal. */
  successCodes?: readonly string[];
  /**
   * Result codes whose refusal does not prove that the money did not move ("pending", "system error"): errors of money
   * calls with these codes get outcome `unknown`, not `rejected`. HASO's code list (5.17) is not public; default none.
   * Add the codes HASO names for your account.
   */
  unknownOutcomeCodes?: readonly string[];
  /**
   * Result codes that decline the shopper, with the reason each means (`{ H412: 'insufficient_funds' }`): a purchase or
   * a limit request refused with one is a `PaymentDeclinedError` with that `reason`. HASO's code list (5.17) is not
   * public: add the codes HASO names for your account. They come before `HASO_DECLINE_CODES`.
   */
  declineCodes?: Readonly<Record<string, DeclineReason>>;
  /**
   * Result codes with which HASO refuses the credentials (an unknown merchant id, a `requestToken` that does not
   * verify): a refusal with one is an `AuthenticationError`. HASO documents none (5.17 is not public); a refusal with
   * HTTP 401 is one whatever its code.
   */
  authenticationCodes?: readonly string[];
}

/** Checks the options before anything is sent; a missing base URL or credential is a `ConfigurationError`. */
export function checkHasoOptions(options: HasoOptions): asserts options is HasoOptions & {
  /** Checked: an absolute URL. */
  baseUrl: string;
} {
  const missing = (['baseUrl', 'merchantId', 'merchantKey', 'merchantSalt'] as const).filter((k) => typeof options[k] !== 'string' || options[k] === '');
  if (missing.length > 0) {
    const fields = missing.join(', ');
    throw new ConfigurationError(
      missing.includes('baseUrl')
        ? `Haso needs ${fields}. HASO publishes no hosts: pass the service URL (SERVIS_URL) HASO gave you, which differs for test and production`
        : `Haso needs ${fields}`,
      { provider: 'haso' },
    );
  }
  try {
    new URL(options.baseUrl as string);
  } catch {
    throw new ConfigurationError('Haso baseUrl must be an absolute URL such as https://…', { provider: 'haso' });
  }
  if (options.ipAddress !== undefined && (typeof options.ipAddress !== 'string' || options.ipAddress === '' || options.ipAddress.length > 45))
    throw new ConfigurationError('Haso ipAddress must be the client IP as text (it is sent and signed)', { provider: 'haso' });
  for (const name of ['successCodes', 'unknownOutcomeCodes', 'authenticationCodes'] as const) {
    const codes = options[name];
    if (codes !== undefined && (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')))
      throw new ConfigurationError(`Haso ${name} must be a list of result codes (strings)`, { provider: 'haso' });
  }
  const declines = options.declineCodes;
  if (
    declines !== undefined &&
    (declines === null || typeof declines !== 'object' || Array.isArray(declines) || !Object.values(declines).every(isDeclineReason))
  )
    throw new ConfigurationError('Haso declineCodes must map result codes to decline reasons (insufficient_funds, do_not_honor…)', { provider: 'haso' });
  if (options.encoding !== undefined && options.encoding !== 'json' && options.encoding !== 'form')
    throw new ConfigurationError(`Haso encoding must be 'json' or 'form', got ${String(options.encoding)}`, { provider: 'haso' });
}
