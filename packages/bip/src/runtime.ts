import { basicAuthHeader, defaultUnwrap, type Operation, ProviderError, type ProviderRuntime, type RawResponse, responseContext } from '@odeme/core';
import { BIP_DEFAULT_BASE_URL, bipResultCodeName } from './constants.js';
import type { BipBodySettings } from './encode.js';
import type { BipOperationMeta } from './operations/payment.js';

/** The settings the runtime is built from (the client's options, resolved). */
export interface BipRuntimeSettings extends BipBodySettings {
  username: string;
  password: string;
  baseUrl: string | undefined;
}

/** BiP's runtime: one base URL, HTTP Basic on every call, `resultCode` envelopes turned into typed errors. */
export function bipRuntime(settings: BipRuntimeSettings): ProviderRuntime {
  const authorization = basicAuthHeader(settings.username, settings.password);
  return {
    provider: 'bip',
    holdsSecrets: true,
    secrets: [settings.password, authorization.slice('Basic '.length)],
    baseUrl: () => settings.baseUrl ?? BIP_DEFAULT_BASE_URL,
    bodyFormat: 'json',
    // Each row carries its own body builder, so the runtime references no row (a bundle keeps only the rows used).
    encode: (op, input) => {
      const body = metaOf(op)?.body;
      if (!body) throw new TypeError(`bip: no encoder for ${op.id}`);
      return { body: body(input, settings) };
    },
    sign: (request) => {
      request.headers.set('authorization', authorization);
    },
    unwrap: unwrapResult,
  };
}

/**
 * Any JSON answer with a `resultCode` is BiP's own: the operation's success code passes, every other code
 * (whatever the HTTP status) is a `ProviderError`. Anything else falls back to the core rules
 * (`HttpError` for non-2xx, `UnexpectedResponseError` for non-JSON).
 */
export function unwrapResult(raw: RawResponse): unknown {
  const body = raw.json as { resultCode?: unknown; resultDesc?: unknown; transactionId?: unknown } | undefined;
  const code = body && typeof body === 'object' ? toCode(body.resultCode) : undefined;
  if (code === undefined) return defaultUnwrap(raw);
  if (raw.ok && code === metaOf(raw.operation)?.successCode) return body;
  const desc = typeof body?.resultDesc === 'string' ? body.resultDesc : undefined;
  const name = bipResultCodeName(code);
  throw new ProviderError(`bip ${raw.operation.id} refused: ${code}${desc ? ` ${desc}` : ''}${name && name !== desc ? ` (${name})` : ''}`, {
    ...responseContext(raw),
    providerCode: String(code),
    providerMessage: desc,
    group: name,
    details: { resultCode: code, transactionId: body?.transactionId },
  });
}

function metaOf(op: Operation): BipOperationMeta | undefined {
  return (op as Operation<never, never, BipOperationMeta>).meta;
}

function toCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}
