import { type ClientOptions, ConfigurationError } from '@odeme/core';
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
}

/** Checks the options before anything is sent; a missing base URL or credential is a `ConfigurationError`. */
export function checkHasoOptions(options: HasoOptions): asserts options is HasoOptions & {
  /** Checked: an absolute URL. */
  baseUrl: string;
} {
  const missing = (['baseUrl', 'merchantId', 'merchantKey', 'merchantSalt'] as const).filter((k) => typeof options[k] !== 'string' || options[k] === '');
  if (missing.length > 0) {
    const hint = missing.includes('baseUrl') ? ' HASO publishes no hosts: pass the {SERVIS_URL} HASO gave you (test and production differ).' : '';
    throw new ConfigurationError(`Haso needs ${missing.join(', ')}.${hint}`, { provider: 'haso' });
  }
  try {
    new URL(options.baseUrl as string);
  } catch {
    throw new ConfigurationError('Haso baseUrl must be an absolute URL such as https://…', { provider: 'haso' });
  }
  if (options.ipAddress !== undefined && (typeof options.ipAddress !== 'string' || options.ipAddress === '' || options.ipAddress.length > 45))
    throw new ConfigurationError('Haso ipAddress must be the client IP as text (it is sent and signed)', { provider: 'haso' });
  for (const name of ['successCodes', 'unknownOutcomeCodes'] as const) {
    const codes = options[name];
    if (codes !== undefined && (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')))
      throw new ConfigurationError(`Haso ${name} must be a list of result codes (strings)`, { provider: 'haso' });
  }
  if (options.encoding !== undefined && options.encoding !== 'json' && options.encoding !== 'form')
    throw new ConfigurationError(`Haso encoding must be 'json' or 'form', got ${String(options.encoding)}`, { provider: 'haso' });
}
