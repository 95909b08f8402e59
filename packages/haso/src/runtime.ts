import { type EncodedRequest, type Operation, type ProviderRuntime, ValidationError } from '@odeme/core';
import { unwrapHaso } from './envelope.js';
import { toDotNetForm } from './form.js';
import type { HasoMethodName } from './methods.js';
import type { HasoOperationMeta } from './operations/meta.js';
import type { HasoOptions } from './options.js';
import { checkShadowing, extraPairs, schemaFieldNames } from './shadowing.js';
import { hasoRequestToken, tokenParts } from './token.js';
import { hasoWhenUnknown } from './when-unknown.js';

/** The token order in force for an operation: the caller's override for its method, else the row's own order. */
export function resolveTokenOrder(meta: HasoOperationMeta | undefined, overrides: HasoOptions['tokenOrders']): readonly string[] | null {
  if (!meta) return null;
  const override = meta.method === undefined ? undefined : overrides?.[meta.method as HasoMethodName];
  return override !== undefined ? override : (meta.tokenOrder ?? null);
}

/**
 * Builds the wire body: merchant id first, then `ipAddress` (the call's, else the client's; required wherever the
 * token signs it), the fields,
 * any `extra` fields, and last the `requestToken` computed from those very values. An `extra` field (or an
 * ad-hoc field) that names, in any case, a checked field, the merchant id, `ipAddress` or `requestToken` is a
 * `ValidationError` naming it: nothing is sent.
 */
export async function encodeHaso(options: HasoOptions, op: Operation, input: unknown): Promise<EncodedRequest> {
  const meta = op.meta as HasoOperationMeta | undefined;
  const { ipAddress, ...others } = (input ?? {}) as Record<string, unknown>;
  const checked = schemaFieldNames(op.request);
  // `extra` is the free-form record of documented rows; on an ad-hoc row (no object schema) every field is free.
  const { extra, ...fields } = checked.includes('extra') ? (others as { extra?: Record<string, unknown> }) : { extra: undefined, ...others };
  const merchantIdField = meta?.merchantIdField ?? 'merchantId';
  const ctx = { provider: 'haso', operation: op.id };
  const own = [merchantIdField, 'ipAddress', 'requestToken'];
  if (checked.length === 0)
    checkShadowing(
      own,
      Object.keys(fields).map((k): [string, string] => [k, k]),
      ctx,
    );
  checkShadowing([...own, ...checked.filter((k) => k !== 'extra'), ...Object.keys(fields)], extraPairs(extra), ctx);
  const body: Record<string, unknown> = { [merchantIdField]: options.merchantId };
  const ip = ipAddress ?? options.ipAddress;
  const order = resolveTokenOrder(meta, options.tokenOrders);
  // The spec: HASO signs the client IP into almost every token and wants it always sent (the external IP even in tests);
  // a token signed over an empty IP would only be refused by HASO, after the call was sent.
  if (ip === undefined && order?.includes('ipAddress'))
    throw new ValidationError(
      [{ path: 'ipAddress', message: 'required: HASO signs the client IP into this request; give ipAddress to the call or the client', code: 'missing_ip' }],
      ctx,
    );
  if (ip !== undefined) body.ipAddress = ip;
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) body[k] = v;
  if (extra !== undefined) Object.assign(body, extra);
  if (order) body.requestToken = await hasoRequestToken(tokenParts(order, body), options.merchantSalt, options.merchantKey);
  return { body: options.encoding === 'form' ? toDotNetForm(body) : body };
}

/** HASO's `ProviderRuntime`: one base URL, token in the body, `Success`/`Errors`/`Data` unwrapped. */
export function hasoRuntime(
  options: HasoOptions & {
    /** The `{SERVIS_URL}`, already checked by `checkHasoOptions`. */
    baseUrl: string;
  },
): ProviderRuntime {
  const successCodes = new Set(options.successCodes ?? ['RS100']);
  const unknownOutcomeCodes = new Set(options.unknownOutcomeCodes ?? []);
  const rules = { declineCodes: options.declineCodes ?? {}, authenticationCodes: new Set(options.authenticationCodes ?? []) };
  return {
    provider: 'haso',
    holdsSecrets: true,
    secrets: [options.merchantKey, options.merchantSalt],
    baseUrl: () => options.baseUrl,
    bodyFormat: options.encoding ?? 'json',
    encode: (op, input) => encodeHaso(options, op, input),
    unwrap: (raw) => unwrapHaso(raw, successCodes, unknownOutcomeCodes, rules),
    whenUnknown: hasoWhenUnknown,
  };
}
