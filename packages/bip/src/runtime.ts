import { basicAuthHeader, defaultUnwrap, type Operation, ProviderError, type ProviderRuntime, type RawResponse, responseContext } from '@odeme/core';
import { BIP_DEFAULT_BASE_URL, bipResultCodeName } from './constants.js';
import { commitBody, startPaymentBody } from './encode.js';
import { type BipOperationMeta, bipOperations } from './operations/payment.js';
import type { CommitRequest } from './schemas/commit.js';
import type { StartPaymentRequest } from './schemas/payment.js';

/** The settings the runtime is built from (the client's options, resolved). */
export interface BipRuntimeSettings {
  username: string;
  password: string;
  baseUrl: string | undefined;
  commitChannelKey: string;
  sendChannelDefaults: boolean;
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
    encode: (op, input) => {
      if (op.id === bipOperations.startPayment.id) return { body: startPaymentBody(input as StartPaymentRequest, settings.sendChannelDefaults) };
      if (op.id === bipOperations.commit.id) return { body: commitBody(input as CommitRequest, settings.commitChannelKey) };
      throw new TypeError(`bip: no encoder for ${op.id}`);
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
  const meta = (raw.operation as Operation<never, never, BipOperationMeta>).meta;
  if (raw.ok && code === meta?.successCode) return body;
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

function toCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}
