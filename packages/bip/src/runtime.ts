import {
  AuthenticationError,
  basicAuthHeader,
  defaultUnwrap,
  type Operation,
  PaymentDeclinedError,
  ProviderError,
  type ProviderRuntime,
  type RawResponse,
  responseContext,
  UnexpectedResponseError,
} from '@odeme/core';
import { BIP_DEFAULT_BASE_URL, bipResultCodeName } from './constants.js';
import { bipDeclineReason, isBipDeclineCode } from './declines.js';
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
 * on a 2xx passes; every other code (whatever the HTTP status) is a refusal:
 * - an `AuthenticationError` when it came with HTTP 401 (BiP's gateway refuses wrong Basic credentials with 401);
 * - a `PaymentDeclinedError` when the code is one of `BIP_DECLINE_CODES` (the user's payment failed);
 * - a `ProviderError` otherwise.
 * A 2xx without a `resultCode` (`{}`, `{"status":"ok"}` from a proxy, an empty or non-JSON body) proves nothing and
 * is an `UnexpectedResponseError`; a non-2xx without one is an `HttpError` (core makes a 401 an `AuthenticationError`).
 */
export function unwrapResult(raw: RawResponse): unknown {
  const body = raw.json as { resultCode?: unknown; resultDesc?: unknown; transactionId?: unknown } | undefined;
  const code = body && typeof body === 'object' && !Array.isArray(body) ? toCode(body.resultCode) : undefined;
  const op = raw.operation.id;
  if (code === undefined) {
    defaultUnwrap(raw);
    throw new UnexpectedResponseError(`${op}: bip answered ${raw.status} without a resultCode; nothing proves the call succeeded`, responseContext(raw));
  }
  if (raw.ok && code === metaOf(raw.operation)?.successCode) return body;
  const desc = typeof body?.resultDesc === 'string' ? body.resultDesc : undefined;
  const name = bipResultCodeName(code);
  const said = `${code}${desc ? ` ${desc}` : ''}${name && name !== desc ? ` (${name})` : ''}`;
  const context = {
    ...responseContext(raw),
    providerCode: String(code),
    providerMessage: desc,
    group: name,
    details: { resultCode: code, transactionId: body?.transactionId },
  };
  if (raw.status === 401) throw new AuthenticationError(`${op}: bip refused the credentials: ${said}`, context);
  if (isBipDeclineCode(code)) throw new PaymentDeclinedError(`bip declined ${op}: ${said}`, { ...context, reason: bipDeclineReason(code) });
  throw new ProviderError(`bip refused ${op}: ${said}`, context);
}

function metaOf(op: Operation): BipOperationMeta | undefined {
  return (op as Operation<never, never, BipOperationMeta>).meta;
}

function toCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}
