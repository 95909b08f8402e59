import { defaultEncode, type EncodedRequest, type Operation, type OutgoingRequest, type ProviderRuntime, ValidationError } from '@odeme/core';
import { unwrapOderoPay } from './envelope.js';
import { computeSignature, createRandomKey } from './signing.js';
import { oderoPayWhenUnknown } from './when-unknown.js';

/** What the runtime needs to sign and route requests. */
export interface OderoPayRuntimeConfig {
  /** Merchant API key (`x-api-key`). */
  apiKey: string;
  /** Merchant secret key; only used inside the signature. */
  secretKey: string;
  /** Base URL every request goes to. */
  baseUrl: string;
  /** `x-auth-version` value. */
  authVersion: string;
  /** Sent as the `merchantId` header when set. */
  merchantId?: string | undefined;
  /** Source of `x-rnd-key` values (tests may fix it). */
  randomKey?: () => string;
  /** Error codes whose refusal does not prove that the money did not move (outcome `unknown`). */
  unknownOutcomeCodes?: readonly string[] | undefined;
}

/** Adds the four auth headers to one attempt; a new random key every time, so retries never reuse one. */
export async function signRequest(request: OutgoingRequest, config: OderoPayRuntimeConfig): Promise<void> {
  // Core encodes query spaces as %20, so the URL sent is already the one ÖderoPay decodes and hashes.
  const url = request.url;
  const rnd = (config.randomKey ?? createRandomKey)();
  const signature = await computeSignature({ url, apiKey: config.apiKey, secretKey: config.secretKey, randomKey: rnd, body: request.body });
  if (request.body !== undefined) request.headers.set('content-type', 'application/json');
  request.headers.set('x-api-key', config.apiKey);
  request.headers.set('x-rnd-key', rnd);
  request.headers.set('x-auth-version', config.authVersion);
  request.headers.set('x-signature', signature);
  if (config.merchantId !== undefined) request.headers.set('merchantId', config.merchantId);
}

/**
 * The default encoding, refusing text a URL cannot carry: a lone UTF-16 surrogate in a path or query value makes
 * `encodeURIComponent` throw, which would escape as an untyped `URIError` after validation.
 */
function encodeForUrl(op: Operation, input: unknown): EncodedRequest {
  const encoded = defaultEncode(op, input);
  const parts = [...Object.entries(encoded.pathParams ?? {}), ...Object.entries(encoded.query ?? {})];
  for (const [key, value] of parts) {
    try {
      encodeURIComponent(key);
      if (typeof value === 'string') encodeURIComponent(value);
    } catch {
      throw new ValidationError([{ path: key, message: 'text with a lone UTF-16 surrogate cannot be sent in a URL', code: 'invalid_string' }], {
        provider: 'oderopay',
        operation: op.id,
      });
    }
  }
  return encoded;
}

/** ÖderoPay's `ProviderRuntime` for core's transport. */
export function oderoPayRuntime(config: OderoPayRuntimeConfig): ProviderRuntime {
  const rules = { unknownOutcomeCodes: new Set(config.unknownOutcomeCodes ?? []) };
  return {
    provider: 'oderopay',
    holdsSecrets: true,
    secrets: [config.secretKey, config.apiKey],
    baseUrl: () => config.baseUrl,
    bodyFormat: 'json',
    encode: encodeForUrl,
    sign: (request) => signRequest(request, config),
    unwrap: (raw) => unwrapOderoPay(raw, rules),
    whenUnknown: oderoPayWhenUnknown,
  };
}
