import { AuthenticationError, HttpError, PaymentDeclinedError, ProviderError, type RawResponse, responseContext, UnexpectedResponseError } from '@odeme/core';
import { refusesCredentials } from './credentials.js';
import { payWallCodeReason, payWallDeclineReason } from './declines.js';
import { decodeBase64Fields } from './error-body.js';
import { describePayWallErrorCode, type PayWallErrorCodeInfo } from './error-codes.js';
import type { PayWallMeta } from './operations/meta.js';
import { isUnknownOutcomeCode } from './outcome-codes.js';

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
  /** `Body.Error.ProviderErrorCode`: the provider's error code (decoded from Base64 when it was sent so). */
  providerErrorCode?: string | undefined;
  /** `Body.Error.ProviderErrorMessage`, decoded from Base64 (§2.2). */
  providerErrorMessage?: string | undefined;
  /** `Body.Error.BankErrorCode`: the bank's error code (decoded from Base64 when it was sent so). */
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

/** The error context of an answer, its Base64 fields decoded so that redaction sees what they carry. */
function context(raw: RawResponse) {
  const ctx = responseContext(raw);
  return { ...ctx, body: decodeBase64Fields(ctx.body) };
}

/**
 * Success is `Result: true` with `ErrorCode: 0`, PayWall's documented marker (§3.1) → `Body`. `Result: false` with a
 * non-zero code (whatever the HTTP status) → `ProviderError` with the code and its names; a refusal of the key pair
 * (`Unauthorized`, `IntegrationCredentialNotFound`) → `AuthenticationError`; a bank or provider error block, or a
 * payment start refused with a code about the card (`PAYWALL_DECLINE_CODES`) → `PaymentDeclinedError` with its
 * `reason`. On a money-moving row, a code that does not prove a refusal (`PAYWALL_UNKNOWN_OUTCOME_CODES`) gives it
 * `outcome: 'unknown'`. A 2xx without the envelope, or with a contradictory one, → `UnexpectedResponseError`; any
 * other status without it → `HttpError`. Every error's body, details and message carry PayWall's Base64 texts decoded.
 */
export function unwrapPayWall(raw: RawResponse): unknown {
  const env = raw.json;
  const op = raw.operation.id;
  if (!isPayWallEnvelope(env)) {
    // PayWall wraps every answer: an empty 200, a proxy's JSON or another shape confirms nothing, and rows whose
    // Body is empty (refunds, cancels, captures) would otherwise report a refund done on it.
    if (raw.ok) throw new UnexpectedResponseError(`${op}: PayWall answered without its { ErrorCode, Result } envelope`, context(raw));
    throw new HttpError(`${op}: HTTP ${raw.status} from ${raw.provider}`, context(raw));
  }
  const success = env.Result && env.ErrorCode === 0;
  if (success) return env.Body ?? null;
  // `Result: true` with an error code, or `Result: false` with code 0 ("success"): neither reading can be trusted.
  if (env.Result || env.ErrorCode === 0)
    throw new UnexpectedResponseError(
      `${op}: PayWall answered Result ${String(env.Result)} with ErrorCode ${env.ErrorCode}; the outcome cannot be read from it`,
      context(raw),
    );
  const meta = raw.operation.meta as PayWallMeta | undefined;
  const table = meta?.errorTable ?? 'payment';
  const info = describePayWallErrorCode(env.ErrorCode, table);
  const ctx0 = context(raw);
  const block = errorBlock((ctx0.body as { Body?: unknown } | undefined)?.Body);
  const details: PayWallErrorDetails = {
    ...info,
    providerErrorCode: str(block?.ProviderErrorCode),
    providerErrorMessage: str(block?.ProviderErrorMessage),
    bankErrorCode: str(block?.BankErrorCode),
    bankErrorMessage: str(block?.BankErrorMessage),
    errorCodeType: typeof env.ErrorCodeType === 'number' ? env.ErrorCodeType : undefined,
    errorMessage: str((ctx0.body as { ErrorMessage?: unknown }).ErrorMessage),
  };
  const message = str(env.Message) ?? details.bankErrorMessage ?? details.providerErrorMessage ?? info.name;
  const ctx = {
    ...ctx0,
    providerCode: String(env.ErrorCode),
    providerMessage: message,
    group: info.name,
    details: details as unknown as Record<string, unknown>,
    ...(raw.operation.movesMoney && isUnknownOutcomeCode(env.ErrorCode) ? { outcome: 'unknown' as const } : {}),
  };
  const name = info.name;
  if (refusesCredentials(info)) throw new AuthenticationError(`${op}: PayWall did not accept the API keys: error ${env.ErrorCode} (${name}): ${message}`, ctx);
  const bank = details.bankErrorMessage ?? details.providerErrorMessage;
  const text = bank && bank !== message ? `${message} — ${bank}` : message;
  const byCode = meta?.startsPayment ? payWallCodeReason(env.ErrorCode, table) : undefined;
  if (details.bankErrorCode !== undefined || details.providerErrorCode !== undefined || byCode !== undefined) {
    const reason = payWallDeclineReason({ errorCode: meta?.startsPayment ? env.ErrorCode : undefined, table, bankErrorCode: details.bankErrorCode });
    throw new PaymentDeclinedError(`PayWall declined ${op}: error ${env.ErrorCode} (${name}): ${text}`, { ...ctx, reason });
  }
  throw new ProviderError(`PayWall refused ${op}: error ${env.ErrorCode} (${name}): ${text}`, ctx);
}
