import {
  AuthenticationError,
  type DeclineReason,
  HttpError,
  PaymentDeclinedError,
  ProviderError,
  type RawResponse,
  responseContext,
  UnexpectedResponseError,
} from '@odeme/core';
import { HASO_RESULT_CODES, readResultCode } from './codes.js';
import { hasoDeclineReason } from './declines.js';
import type { HasoOperationMeta } from './operations/meta.js';

/**
 * Spellings the SDK exposes for `Data` keys HASO sends with varying case (`Message` / `message`).
 * The docs' own spelling is used; any casing on the wire maps onto it. Unknown keys are kept as sent.
 */
export const HASO_DATA_KEYS = [
  'Message',
  'KkbRefNo',
  'KkbPhones',
  'CustomerInfo',
  'CustomerId',
  'CustomerLimit',
  'AvailableLimit',
  'PaymentPlan',
  'InstallmentNo',
  'installmentPayment',
  'termDate',
  'totalExpenseAmount',
  'paymentCode',
  'paymentStatus',
  'paymentfunds',
  'transactionCode',
  'merchantOid',
  'orderAmount',
  'Transactions',
  'Payments',
  'Installments',
  'RefundId',
  'RefundStatus',
  'refundAmount',
  'Token',
  'ReportReady',
  'Balance',
] as const;

const CANONICAL = new Map<string, string>(HASO_DATA_KEYS.map((k) => [k.toLowerCase(), k]));

/** Deep copy with known keys renamed to their documented spelling, whatever case HASO used. */
export function canonicalKeys(value: unknown, depth = 0): unknown {
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => canonicalKeys(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[CANONICAL.get(k.toLowerCase()) ?? k] = canonicalKeys(v, depth + 1);
  return out;
}

/** Reads `key` from an object ignoring case (for keys that are not in {@link HASO_DATA_KEYS}). */
export function getField(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  const rec = obj as Record<string, unknown>;
  if (key in rec) return rec[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(rec)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** HASO's response envelope (spec §2.5). */
export interface HasoEnvelope {
  /** `Success`: whether the call succeeded. */
  success: boolean;
  /** `Errors`: the error lines, filled when `Success` is false. */
  errors: string[];
  /** `Data`: the payload, keys renamed to the docs' spelling; `undefined` when absent or not an object. */
  data: Record<string, unknown> | undefined;
}

/** Reads `Success` / `Errors` / `Data` in any case; `undefined` when the JSON is not an envelope. */
export function readEnvelope(json: unknown): HasoEnvelope | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const success = getField(json, 'Success');
  if (typeof success !== 'boolean') return undefined;
  const rawErrors = getField(json, 'Errors');
  const errors = Array.isArray(rawErrors)
    ? rawErrors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)))
    : typeof rawErrors === 'string'
      ? [rawErrors]
      : [];
  const data = canonicalKeys(getField(json, 'Data'));
  return { success, errors, data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined };
}

/** How a refusal is told apart: codes HASO gives an account, since its code list (5.17) is not public. */
export interface HasoRefusalRules {
  /** Result codes that decline the shopper on a decision call, with their reason (over `HASO_DECLINE_CODES`). */
  declineCodes?: Readonly<Record<string, DeclineReason>>;
  /** Result codes that refuse the merchant's credentials (wrong merchant id, key or salt). */
  authenticationCodes?: ReadonlySet<string>;
}

/**
 * Envelope → `Data`, or the typed error. Success needs `Success: true` (a boolean); a 2xx without it is an
 * `UnexpectedResponseError` (outcome `unknown` on a money call). `Success: false`, or a `Message` code that is not a
 * success code, is a refusal, with the code, the error lines and (RS115) the `KkbPhones` in `details`:
 * - an `AuthenticationError` when it came with HTTP 401 or carries one of `authenticationCodes`;
 * - a `ProviderError` with outcome `unknown` when a money call's code is one of `unknownOutcomeCodes`;
 * - a `PaymentDeclinedError` when a decision call (the purchase, a limit request) is refused with a decline code
 *   (`HASO_DECLINE_CODES`, `declineCodes`);
 * - a `ProviderError` otherwise.
 * A row whose meta says `requiresSuccessCode` (5.6, 5.20: "RS100 means success") also needs a success `Message`.
 */
export function unwrapHaso(
  raw: RawResponse,
  successCodes: ReadonlySet<string>,
  unknownOutcomeCodes: ReadonlySet<string> = new Set(),
  rules: HasoRefusalRules = {},
): Record<string, unknown> {
  const env = raw.isJson ? readEnvelope(raw.json) : undefined;
  if (!env) {
    if (!raw.ok) throw new HttpError(`${raw.operation.id}: HTTP ${raw.status} from haso`, responseContext(raw));
    throw new UnexpectedResponseError(`${raw.operation.id}: haso answered without its Success/Errors/Data envelope`, responseContext(raw));
  }
  const messageCode = readResultCode(env.data?.Message);
  const code = messageCode ?? env.errors.map(readResultCode).find((c) => c !== undefined);
  const refused = !env.success || (messageCode !== undefined && !successCodes.has(messageCode));
  if (refused) throw refusal(raw, env, code, unknownOutcomeCodes, rules);
  if (!raw.ok) throw new HttpError(`${raw.operation.id}: HTTP ${raw.status} from haso`, responseContext(raw));
  if ((raw.operation.meta as HasoOperationMeta | undefined)?.requiresSuccessCode && messageCode === undefined)
    throw new UnexpectedResponseError(`${raw.operation.id}: haso answered Success without the result code its docs give for success`, responseContext(raw));
  return env.data ?? {};
}

/** The error of a refusal in HASO's envelope (see {@link unwrapHaso}). */
function refusal(raw: RawResponse, env: HasoEnvelope, code: string | undefined, unknownOutcomeCodes: ReadonlySet<string>, rules: HasoRefusalRules): Error {
  const op = raw.operation.id;
  const details: Record<string, unknown> = { errors: env.errors };
  if (env.data?.KkbPhones !== undefined) details.kkbPhones = env.data.KkbPhones;
  if (env.data !== undefined) details.data = env.data;
  const text = env.errors.length > 0 ? env.errors.join('; ') : typeof env.data?.Message === 'string' ? env.data.Message : 'Success=false';
  const said = `${code && !text.includes(code) ? `${code} ` : ''}${text}`;
  const context = { ...responseContext(raw), providerCode: code, providerMessage: text, details };
  // HASO documents no answer for a refused requestToken or merchant id: HTTP 401, or a code the account was given.
  if (raw.status === 401 || (code !== undefined && rules.authenticationCodes?.has(code)))
    return new AuthenticationError(`${op}: haso refused the credentials: ${said}`, context);
  if (raw.operation.movesMoney && code !== undefined && unknownOutcomeCodes.has(code))
    return new ProviderError(`haso refused ${op}: ${said}`, { ...context, outcome: 'unknown' as const });
  const reason = hasoDeclineReason(code, op, rules.declineCodes);
  if (reason !== undefined) {
    const group = code !== undefined && Object.hasOwn(HASO_RESULT_CODES, code) ? HASO_RESULT_CODES[code as keyof typeof HASO_RESULT_CODES] : undefined;
    return new PaymentDeclinedError(`haso declined ${op}: ${said}`, { ...context, reason, group });
  }
  return new ProviderError(`haso refused ${op}: ${said}`, context);
}
