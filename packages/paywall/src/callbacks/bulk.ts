import { ConfigurationError, isOdemeError, readStreamBytes, SignatureVerificationError, utf8Decode, ValidationError } from '@odeme/core';
import { payWallHash, sameHash } from './hash.js';
import { readJson } from './input.js';

// The bulk (Storm/Tsunami) result callback, §6.3: `Type, BulkPaymentId, ErrorMessage, DateTime, FinishedAt,
// CreatedAt, DurationTime, Hash, IsCompressed, PageNumber, TotalPages, HasMorePages` plus the results, in pages of
// 1,000 when `CallbackBodySplit` was asked for, gzip-compressed when `CallbackBodyCompression` was. The hash is the
// published bulk template `{key}###{bulkPaymentId}###{merchantUniqueCode}` with the System Webhook key (§6.2).

/** A bulk callback as a framework hands it over: the `Request` (preferred), the raw bytes or text, or the parsed object. */
export type PayWallBulkInput = Request | Uint8Array | ArrayBuffer | string | Record<string, unknown>;

/** Options of `verifyBulkCallback`. */
export interface PayWallBulkCallbackOptions {
  /**
   * The batch's `MerchantUniqueCode`, which the hash covers. PayWall's field list does not name it in the callback
   * (its file callback example carries one): without this option, the callback's own `MerchantUniqueCode` is used,
   * and a callback with neither is refused.
   */
  merchantUniqueCode?: string;
  /** The field that holds the page's payment results (default `Payments`, INFERRED: PayWall does not name it). */
  resultsField?: string;
  /** Largest body read as received, in bytes (default 8 MiB); a larger one is a `ValidationError`. */
  maxBodyBytes?: number;
  /** Largest body after decompression, in bytes (default 32 MiB); a larger one (a decompression bomb) is a `ValidationError`. */
  maxDecompressedBytes?: number;
}

/** The fields of a bulk callback the hash does not cover, typed: for progress and logs, never for decisions. */
export interface PayWallBulkPageFields {
  /** `Type` (§5 callback types), as sent. */
  type: number | undefined;
  /** `ErrorMessage` of the batch, when it failed. */
  errorMessage: string | undefined;
  /** `DateTime`: the batch's last action, as sent. */
  dateTime: string | undefined;
  /** `FinishedAt`, as sent. */
  finishedAt: string | undefined;
  /** `CreatedAt`, as sent. */
  createdAt: string | undefined;
  /** `DurationTime` in seconds. */
  durationTime: number | undefined;
  /** `IsCompressed`: the body (or its results field) was gzip-compressed. */
  isCompressed: boolean;
  /** `PageNumber`, from 1 (1 when the callback is not paged). */
  pageNumber: number;
  /** `TotalPages` (1 when the callback is not paged). */
  totalPages: number;
  /** `HasMorePages`: more pages of this batch are coming. */
  hasMorePages: boolean;
}

/** What the hash of a bulk callback covers. */
export interface PayWallBulkVerifiedFields {
  /** `BulkPaymentId`, exactly as sent (text). */
  bulkPaymentId: string;
  /** The batch's `MerchantUniqueCode` the hash was checked with. */
  merchantUniqueCode: string;
}

/**
 * One verified page of a bulk callback. The hash covers `verified` only (the batch id and code): the page fields
 * and the `results` are not covered by it, so confirm what a result says with `bulkPayments.query` before acting on
 * money (the results say what to look at; the query says what happened).
 */
export interface PayWallBulkCallback {
  /** What the hash covers. */
  verified: PayWallBulkVerifiedFields;
  /** The page and batch fields the hash does not cover. */
  unverified: PayWallBulkPageFields;
  /** The page's payment results (`[]` when the page carries none). */
  results: Record<string, unknown>[];
  /** The body as parsed (after decompression), results included. */
  body: Record<string, unknown>;
}

/** Default largest body read as received. */
export const MAX_BULK_CALLBACK_BYTES = 8 * 1024 * 1024;
/** Default largest body after decompression. */
export const MAX_BULK_DECOMPRESSED_BYTES = 32 * 1024 * 1024;

const refused = (message: string, code: string, cause?: unknown) =>
  new ValidationError([{ path: '', message, code }], { provider: 'paywall', ...(cause === undefined ? {} : { cause }) });
const tooLarge = (decompressed: boolean, max: number) =>
  refused(decompressed ? `the bulk callback is larger than ${max} bytes once decompressed` : `the bulk callback body is larger than ${max} bytes`, 'too_big');

/** Reads a stream's bytes, refusing past `max` while it streams. */
async function drain(stream: ReadableStream<Uint8Array>, max: number, decompressed: boolean): Promise<Uint8Array> {
  const bytes = await readStreamBytes(stream, max);
  if (bytes === undefined) throw tooLarge(decompressed, max);
  return bytes;
}

/** The body's bytes as received, bounded (by `content-length` first, then while reading). */
async function receivedBytes(input: Request | Uint8Array | ArrayBuffer, max: number): Promise<Uint8Array> {
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > max) throw tooLarge(false, max);
    return bytes;
  }
  const declared = Number(input.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(false, max);
  if (!input.body) return new Uint8Array();
  return drain(input.body, max, false);
}

const isGzip = (b: Uint8Array) => b.byteLength >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Gunzips with the Web `DecompressionStream`, stopping as soon as the output passes `max` (a decompression bomb). */
export async function gunzipBounded(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await drain(stream, max, true);
  } catch (e) {
    if (isOdemeError(e)) throw e;
    throw refused('the bulk callback is not valid gzip', 'invalid_gzip', e);
  }
}

function utf8(bytes: Uint8Array): string {
  try {
    return utf8Decode(bytes);
  } catch (e) {
    throw refused('the bulk callback body is not UTF-8 text', 'invalid_text', e);
  }
}

function base64Bytes(text: string): Uint8Array {
  try {
    const bin = atob(text.replace(/\s+/g, ''));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch (e) {
    throw refused('the compressed results are not Base64', 'invalid_base64', e);
  }
}

/** The body as text (decompressed when its bytes are gzip: the `content-encoding` header may be gone by now). */
export async function bulkBodyText(
  input: Request | Uint8Array | ArrayBuffer | string,
  limits: Required<Pick<PayWallBulkCallbackOptions, 'maxBodyBytes' | 'maxDecompressedBytes'>>,
) {
  if (typeof input === 'string') {
    if (input.length > limits.maxDecompressedBytes) throw tooLarge(true, limits.maxDecompressedBytes);
    return input;
  }
  const bytes = await receivedBytes(input, limits.maxBodyBytes);
  return utf8(isGzip(bytes) ? await gunzipBounded(bytes, limits.maxDecompressedBytes) : bytes);
}

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The results: a list, or (INFERRED alternative) Base64 of gzip of the list's JSON when `IsCompressed` is true. */
async function resultsOf(body: Record<string, unknown>, field: string, compressed: boolean, max: number): Promise<Record<string, unknown>[]> {
  let value = body[field];
  if (typeof value === 'string' && compressed) {
    const text = utf8(await gunzipBounded(base64Bytes(value), max));
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw refused('the compressed results are not JSON', 'invalid_json', e);
    }
    body[field] = value;
  }
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * Verifies one bulk callback page with the System Webhook key and reads it: a gzip body is decompressed (bounded),
 * the hash `{key}###{BulkPaymentId}###{MerchantUniqueCode}` is checked in constant time, and the page's results
 * are returned. A forged or tampered page is a `SignatureVerificationError`; a body that cannot be read, is not a
 * JSON object, or passes the size bounds is a `ValidationError`; no key is a `ConfigurationError`.
 */
export async function verifyBulkCallback(
  input: PayWallBulkInput,
  systemWebhookKey: string | undefined,
  options: PayWallBulkCallbackOptions = {},
): Promise<PayWallBulkCallback> {
  if (!systemWebhookKey)
    throw new ConfigurationError('PayWall: hashKeys.systemWebhook is not configured, so a bulk callback cannot be verified', { provider: 'paywall' });
  const limits = {
    maxBodyBytes: options.maxBodyBytes ?? MAX_BULK_CALLBACK_BYTES,
    maxDecompressedBytes: options.maxDecompressedBytes ?? MAX_BULK_DECOMPRESSED_BYTES,
  };
  const received =
    typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer || (typeof Request !== 'undefined' && input instanceof Request);
  const source = received ? await bulkBodyText(input as Request | Uint8Array | ArrayBuffer | string, limits) : input;
  const { body, raw } = await readJson(source, { maxBodyBytes: limits.maxDecompressedBytes });
  const hash = raw.Hash ?? '';
  if (hash === '') throw new SignatureVerificationError('PayWall bulk callback has no Hash field', { provider: 'paywall' });
  const bulkPaymentId = raw.BulkPaymentId ?? '';
  if (bulkPaymentId === '') throw refused('the bulk callback has no BulkPaymentId', 'missing_field');
  const code = options.merchantUniqueCode ?? opt(raw.MerchantUniqueCode);
  if (code === undefined)
    throw refused('the bulk callback carries no MerchantUniqueCode: pass { merchantUniqueCode } of the batch to verify it', 'missing_field');
  if (!sameHash(await payWallHash(systemWebhookKey, [bulkPaymentId, code]), hash))
    throw new SignatureVerificationError('PayWall bulk callback hash does not verify', { provider: 'paywall' });
  const compressed = raw.IsCompressed === 'true';
  const pageNumber = num(raw.PageNumber) ?? 1;
  const totalPages = num(raw.TotalPages) ?? 1;
  const results = await resultsOf(body, options.resultsField ?? 'Payments', compressed, limits.maxDecompressedBytes);
  return {
    verified: { bulkPaymentId, merchantUniqueCode: code },
    unverified: {
      type: num(raw.Type),
      errorMessage: opt(raw.ErrorMessage),
      dateTime: opt(raw.DateTime),
      finishedAt: opt(raw.FinishedAt),
      createdAt: opt(raw.CreatedAt),
      durationTime: num(raw.DurationTime),
      isCompressed: compressed,
      pageNumber,
      totalPages,
      hasMorePages: raw.HasMorePages === 'true',
    },
    results,
    body,
  };
}
