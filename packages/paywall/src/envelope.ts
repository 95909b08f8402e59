import { defaultUnwrap, PaymentDeclinedError, ProviderError, type RawResponse, responseContext, UnexpectedResponseError } from '@odeme/core';
import { decodePayWallText } from './base64-text.js';
import { describePayWallErrorCode, type PayWallErrorCodeInfo } from './error-codes.js';
import type { PayWallMeta } from './operations/meta.js';

/** The PayWall answer envelope (§3.1). */
export interface PayWallEnvelope {
  /** 0 on success, otherwise an error code (§3.2). */
  ErrorCode: number;
  /** `true` on success. */
  Result: boolean;
  /** The error text, localised. */
  Message?: string | null;
  /** The operation's payload: an object, an array or `null`. */
  Body?: unknown;
  /** Newer pages only; its meaning is not documented. */
  ErrorCodeType?: number | null;
  /** Newer pages only; its meaning is not documented. */
  ErrorMessage?: string | null;
}

/** What a PayWall refusal carries in `ProviderError.details`. */
export interface PayWallErrorDetails extends PayWallErrorCodeInfo {
  /** `Body.Error.ProviderErrorCode`: the provider's error code, when the answer had an error block. */
  providerErrorCode?: string | undefined;
  /** `Body.Error.ProviderErrorMessage`, decoded from Base64 (§2.2). */
  providerErrorMessage?: string | undefined;
  /** `Body.Error.BankErrorCode`: the bank's error code. */
  bankErrorCode?: string | undefined;
  /** `Body.Error.BankErrorMessage`, decoded from Base64 (§2.2). */
  bankErrorMessage?: string | undefined;
  /** `ErrorCodeType`, an extra envelope field of newer pages; its meaning is not documented. */
  errorCodeType?: number | undefined;
  /** `ErrorMessage`, an extra envelope field of newer pages; its meaning is not documented. */
  errorMessage?: string | undefined;
}

/** True when a JSON value is PayWall's `{ ErrorCode, Result, … }` envelope. */
export function isPayWallEnvelope(value: unknown): value is PayWallEnvelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.Result === 'boolean' && typeof v.ErrorCode === 'number';
}

type ErrorBlock = { ProviderErrorCode?: unknown; ProviderErrorMessage?: unknown; BankErrorCode?: unknown; BankErrorMessage?: unknown };
const str = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : String(v));

function errorBlock(body: unknown): ErrorBlock | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const e = (body as { Error?: unknown }).Error;
  return typeof e === 'object' && e !== null ? (e as ErrorBlock) : undefined;
}

/**
 * `Result: true` → `Body`. `Result: false` (whatever the HTTP status) → `ProviderError` with the code and its
 * names; with a bank or provider error block it is a `PaymentDeclinedError`. A 2xx without the envelope →
 * `UnexpectedResponseError`; any other status without it → core's default (`HttpError`).
 */
export function unwrapPayWall(raw: RawResponse): unknown {
  const env = raw.json;
  if (!isPayWallEnvelope(env)) {
    // PayWall wraps every answer: an empty 200, a proxy's JSON or another shape confirms nothing, and rows whose
    // Body is empty (refunds, cancels, captures) would otherwise report a refund done on it.
    if (raw.ok) throw new UnexpectedResponseError(`${raw.operation.id}: PayWall answered without its { ErrorCode, Result } envelope`, responseContext(raw));
    return defaultUnwrap(raw);
  }
  if (env.Result) return env.Body ?? null;
  const meta = raw.operation.meta as PayWallMeta | undefined;
  const info = describePayWallErrorCode(env.ErrorCode, meta?.errorTable ?? 'payment');
  const block = errorBlock(env.Body);
  const details: PayWallErrorDetails = {
    ...info,
    providerErrorCode: str(block?.ProviderErrorCode),
    providerErrorMessage: decodePayWallText(str(block?.ProviderErrorMessage)),
    bankErrorCode: str(block?.BankErrorCode),
    bankErrorMessage: decodePayWallText(str(block?.BankErrorMessage)),
    errorCodeType: typeof env.ErrorCodeType === 'number' ? env.ErrorCodeType : undefined,
    errorMessage: str(env.ErrorMessage),
  };
  const message = str(env.Message) ?? details.bankErrorMessage ?? details.providerErrorMessage ?? info.name;
  const declined = details.bankErrorCode !== undefined || details.providerErrorCode !== undefined;
  const ctx = {
    ...responseContext(raw),
    providerCode: String(env.ErrorCode),
    providerMessage: message,
    group: info.name,
    details: details as unknown as Record<string, unknown>,
  };
  const bank = details.bankErrorMessage ?? details.providerErrorMessage;
  const text = `PayWall ${declined ? 'declined' : 'refused'} ${raw.operation.id}: error ${env.ErrorCode} (${info.name}): ${message}${bank && bank !== message ? ` — ${bank}` : ''}`;
  throw declined ? new PaymentDeclinedError(text, ctx) : new ProviderError(text, ctx);
}
