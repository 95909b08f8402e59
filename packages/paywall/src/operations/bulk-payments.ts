import { defineOperation, type EncodedRequest, fromKurus, type ReferenceRule, randomUuid, toKurus, ValidationError } from '@odeme/core';
import type * as z from 'zod/mini';
import {
  bulkFileRequest,
  bulkOpenRequest,
  bulkOpenResponse,
  bulkQueryRequest,
  bulkQueryResponse,
  bulkStartResponse,
  bulkStormRequest,
  bulkSummaryRequest,
  bulkSummaryResponse,
  bulkTsunamiRequest,
  PAYWALL_BULK_FILE_MAX_CHARS,
  PAYWALL_BULK_FILE_MAX_ROWS,
  PAYWALL_BULK_TSUNAMI_MAX,
} from '../schemas/bulk-payments.js';
import type { PayWallMeta } from './meta.js';

// Bulk payments live on PaymentAPI (§4.3; headers not stated, so both pairs go, as on every PaymentAPI call).
/* @__NO_SIDE_EFFECTS__ */
function bulk(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'payment', ...(headers ? { headers } : {}) };
}

const LOOKUP = 'look it up with bulkPayments.query({ MerchantUniqueCode: reference }) before sending it again';

/** A new batch's reference: its `MerchantUniqueCode` in `PaymentDetail`; a random UUID when the caller leaves it out. */
const newBatch = {
  /** The batch's `MerchantUniqueCode`, inside `PaymentDetail`. */
  field: 'PaymentDetail.MerchantUniqueCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
  /** How to resolve an unknown outcome. */
  lookup: LOOKUP,
} as const satisfies ReferenceRule;

/** A file upload's reference: its `MerchantUniqueCode`; a random UUID when the caller leaves it out. */
const newUpload = {
  /** The upload's `MerchantUniqueCode`. */
  field: 'MerchantUniqueCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
  /** How to resolve an unknown outcome. */
  lookup: LOOKUP,
} as const satisfies ReferenceRule;

/** The reference of a row on an existing batch: the `MerchantUniqueCode` its (unpublished) body names, never generated. */
const namedBatch = {
  /** The `MerchantUniqueCode` the caller names in the body, if any. */
  field: 'MerchantUniqueCode',
  /** How to resolve an unknown outcome. */
  lookup: LOOKUP,
} as const satisfies ReferenceRule;

type FileInput = z.output<typeof bulkFileRequest>;

/** The field order of the multipart body: as spec §4.3 lists them, the file last. */
const FILE_FIELDS = [
  'FileFormat',
  'FilePattern',
  'CurrencyId',
  'Installment',
  'CallbackAddress',
  'Half2D',
  'Amount',
  'MerchantUniqueCode',
  'TrackingCode',
  'CallbackBodyCompression',
] as const;

const refused = (path: string, message: string, code: string) =>
  new ValidationError([{ path, message, code }], { provider: 'paywall', operation: 'bulkPayments.startFile' });

const tooLong = () => refused('File', `a bulk file has at most ${PAYWALL_BULK_FILE_MAX_CHARS} characters`, 'too_big');

/**
 * The file as UTF-8 text, held to the text bound a string file meets: a `Blob` too large to fit it is refused before
 * it is read (a character is at most 3 UTF-8 bytes), and one that is not valid UTF-8 is refused, never sent with
 * replacement characters.
 */
async function fileText(file: string | Blob): Promise<string> {
  if (typeof file === 'string') return file;
  if (file.size > 3 * PAYWALL_BULK_FILE_MAX_CHARS) throw tooLong();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (cause) {
    throw new ValidationError([{ path: 'File', message: 'the file is not UTF-8 text', code: 'invalid_file' }], { provider: 'paywall', cause });
  }
  if (text.length > PAYWALL_BULK_FILE_MAX_CHARS) throw tooLong();
  return text;
}

/** Rows of a CSV text: its non-empty lines. */
function rowCount(text: string): number {
  let rows = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (line.trim() !== '') rows++;
  return rows;
}

/** A multipart part's file name, kept to characters a `Content-Disposition` header carries unchanged. */
function fileName(file: string | Blob): string {
  const name = typeof File !== 'undefined' && file instanceof File && file.name ? file.name : 'bulk-payments.csv';
  return name.replace(/[^\x20-\x7E]|["\\]/g, '_');
}

/** One form field's text: amounts with two decimals (exact, from kuruş), flags as `true`/`false`. */
function fieldText(name: string, value: unknown): string {
  if (name === 'Amount') return fromKurus(toKurus(value as number));
  return String(value);
}

/**
 * Encodes #36 as `multipart/form-data` text: core sends a string body as it is, and the row's `content-type`
 * header (with the boundary) replaces the JSON one. The file is UTF-8 text (the CSV), so the body is text too.
 */
export async function encodeBulkFile(input: FileInput): Promise<EncodedRequest> {
  const text = await fileText(input.File);
  const rows = rowCount(text);
  if (rows === 0) throw refused('File', 'the file has no rows', 'too_small');
  if (rows > PAYWALL_BULK_FILE_MAX_ROWS) throw refused('File', `a bulk file has at most ${PAYWALL_BULK_FILE_MAX_ROWS} rows, not ${rows}`, 'too_big');
  const fields = FILE_FIELDS.flatMap((name) => (input[name] === undefined ? [] : [[name, fieldText(name, input[name])] as const]));
  let boundary = `odeme-${randomUuid()}`;
  // A boundary must occur in no part (the file or a field such as TrackingCode); a random UUID practically never
  // does, but check.
  while (text.includes(boundary) || fields.some(([, value]) => value.includes(boundary))) boundary = `odeme-${randomUuid()}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="${fileName(input.File)}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n`);
  parts.push(`--${boundary}--\r\n`);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: parts.join('') };
}

/**
 * #34 `POST payment/bulk/startdirect` ("Storm"): up to 500 card payments in one request, processed at once; the
 * result comes in the batch callback and from `bulkPayments.query`. Sent once, never retried.
 */
export const bulkPaymentsStart = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.start',
  method: 'POST',
  path: '/payment/bulk/startdirect',
  request: bulkStormRequest,
  response: bulkStartResponse,
  movesMoney: true,
  reference: newBatch,
  meta: /* @__PURE__ */ bulk(34),
});

/** #35 `POST payment/bulk/big/startdirect` ("Tsunami"): up to 50,000 card payments, queued by PayWall. */
export const bulkPaymentsStartLarge = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.startLarge',
  method: 'POST',
  path: '/payment/bulk/big/startdirect',
  request: bulkTsunamiRequest,
  response: bulkStartResponse,
  movesMoney: true,
  reference: newBatch,
  // 50,000 payments is past core's default of 10,000 items in one array: the row raises it for itself.
  inputLimits: { maxItems: PAYWALL_BULK_TSUNAMI_MAX },
  meta: /* @__PURE__ */ bulk(35),
});

/** #36 `POST payment/bulk/file/startdirect`: a payments file (up to 150,000 rows) as `multipart/form-data`. */
export const bulkPaymentsStartFile = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.startFile',
  method: 'POST',
  path: '/payment/bulk/file/startdirect',
  request: bulkFileRequest,
  response: bulkStartResponse,
  movesMoney: true,
  reference: newUpload,
  // A file of 150,000 rows is far past core's default longest text (1 MiB): the row takes up to 64 MiB.
  inputLimits: { maxStringLength: PAYWALL_BULK_FILE_MAX_CHARS },
  encode: encodeBulkFile,
  meta: /* @__PURE__ */ bulk(36),
});

/** #37 `POST payment/bulk/payment/cancel`: cancels payments of a batch (body not published: `openBody`). */
export const bulkPaymentsCancelPayments = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.cancelPayments',
  method: 'POST',
  path: '/payment/bulk/payment/cancel',
  request: bulkOpenRequest,
  response: bulkOpenResponse,
  movesMoney: true,
  reference: namedBatch,
  meta: /* @__PURE__ */ bulk(37),
});

/** #38 `POST payment/bulk/batch/cancel`: cancels a whole batch (body not published: `openBody`). */
export const bulkPaymentsCancelBatch = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.cancelBatch',
  method: 'POST',
  path: '/payment/bulk/batch/cancel',
  request: bulkOpenRequest,
  response: bulkOpenResponse,
  movesMoney: true,
  reference: namedBatch,
  meta: /* @__PURE__ */ bulk(38),
});

/** #39 `POST payment/bulk/payment/refund`: refunds payments of a batch (body not published: `openBody`). */
export const bulkPaymentsRefundPayments = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.refundPayments',
  method: 'POST',
  path: '/payment/bulk/payment/refund',
  request: bulkOpenRequest,
  response: bulkOpenResponse,
  movesMoney: true,
  reference: namedBatch,
  meta: /* @__PURE__ */ bulk(39),
});

/** #40 `POST payment/bulk/batch/refund`: refunds a whole batch (body not published: `openBody`). */
export const bulkPaymentsRefundBatch = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.refundBatch',
  method: 'POST',
  path: '/payment/bulk/batch/refund',
  request: bulkOpenRequest,
  response: bulkOpenResponse,
  movesMoney: true,
  reference: namedBatch,
  meta: /* @__PURE__ */ bulk(40),
});

/** #41 `GET payment/bulk/payment/query`: a batch's totals and a page (≤ 1,000) of its payments; a read, retried. */
export const bulkPaymentsQuery = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.query',
  method: 'GET',
  path: '/payment/bulk/payment/query',
  request: bulkQueryRequest,
  response: bulkQueryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ bulk(41, { MerchantUniqueCode: 'merchantuniquecode', PageSize: 'pagesize', PageNumber: 'pagenumber' }),
});

/** #42 `GET payment/bulk/payment/query/summary`: a batch's totals only; a read, retried. */
export const bulkPaymentsSummary = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.summary',
  method: 'GET',
  path: '/payment/bulk/payment/query/summary',
  request: bulkSummaryRequest,
  response: bulkSummaryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ bulk(42, { MerchantUniqueCode: 'merchantuniquecode' }),
});

/** #43 `POST payment/bulk/payment/retry`: charges a batch's failed payments again (body from a secondary client: `openBody`). */
export const bulkPaymentsRetry = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.retry',
  method: 'POST',
  path: '/payment/bulk/payment/retry',
  request: bulkOpenRequest,
  response: bulkOpenResponse,
  movesMoney: true,
  reference: namedBatch,
  meta: /* @__PURE__ */ bulk(43),
});

/** #44 `POST payment/bulk/payment/send/callback`: posts a batch's result callback again (last 7 days only). */
export const bulkPaymentsResendCallback = /* @__PURE__ */ defineOperation({
  id: 'bulkPayments.resendCallback',
  method: 'POST',
  path: '/payment/bulk/payment/send/callback',
  request: bulkOpenRequest,
  response: bulkOpenResponse,
  movesMoney: false,
  // Moves no money, but asks PayWall to post again: sent once, so one call is one more callback at most.
  retryable: false,
  meta: /* @__PURE__ */ bulk(44),
});

/** Bulk payments on PaymentAPI (§4.3, #34–#44), by the client's method names (`BulkPaymentsMethods`). */
export const bulkPaymentOperations = {
  start: bulkPaymentsStart,
  startLarge: bulkPaymentsStartLarge,
  startFile: bulkPaymentsStartFile,
  cancelPayments: bulkPaymentsCancelPayments,
  cancelBatch: bulkPaymentsCancelBatch,
  refundPayments: bulkPaymentsRefundPayments,
  refundBatch: bulkPaymentsRefundBatch,
  query: bulkPaymentsQuery,
  summary: bulkPaymentsSummary,
  retry: bulkPaymentsRetry,
  resendCallback: bulkPaymentsResendCallback,
};
