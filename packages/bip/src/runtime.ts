import {
  basicAuthHeader,
  defaultUnwrap,
  type Operation,
  ProviderError,
  type ProviderRuntime,
  type RawResponse,
  responseContext,
  UnexpectedResponseError,
} from '@odeme/core';
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
 * Any JSON answer with a `resultCode` is BiP's own: the operation's success code (1103 for a start, 0 for a commit)
 * on a 2xx passes, every other code (whatever the HTTP status) is a `ProviderError`. A 2xx without a `resultCode`
 * (`{}`, `{"status":"ok"}` from a proxy, an empty or non-JSON body) proves nothing and is an
 * `UnexpectedResponseError`; a non-2xx without one is an `HttpError`.
 */
export function unwrapResult(raw: RawResponse): unknown {
  const body = raw.json as { resultCode?: unknown; resultDesc?: unknown; transactionId?: unknown } | undefined;
  const code = body && typeof body === 'object' && !Array.isArray(body) ? toCode(body.resultCode) : undefined;
  if (code === undefined) {
    defaultUnwrap(raw);
    throw new UnexpectedResponseError(
      `bip ${raw.operation.id}: answered ${raw.status} without a resultCode; nothing proves the call succeeded`,
      responseContext(raw),
    );
  }
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
