import { maskCardNumber, redactText, toKurus } from '@odeme/core';
import { bulkBodyText } from './bulk.js';

// The result file of a bulk file upload (§6.3 "Bulk file"), posted to the upload's `CallbackAddress`: one CSV line
// per row of the file, in the published order below. PayWall publishes no hash for it, so nothing in it is verified:
// read it to know what to look at, and confirm with `bulkPayments.query` before acting on money.

/** The published column order of a result line (§6.3). */
export const PAYWALL_BULK_FILE_COLUMNS = [
  'patternNo',
  'lineNumber',
  'dateTime',
  'merchantUniqueCode',
  'trackingCode',
  'cardOwner',
  'cardNumber',
  'expiryOrIdentity',
  'amount',
  'gatewayId',
  'gatewayName',
  'providerId',
  'providerKey',
  'paywallErrorCode',
  'providerErrorCode',
  'providerErrorMessage',
  'bankErrorCode',
  'bankErrorMessage',
  'paymentActivityTypeId',
  'paymentStatusId',
] as const;

/** One row's result, as PayWall wrote it; the card number always masked, free text redacted. */
export interface PayWallBulkFileLine {
  /** `{patternNo}`: the file pattern the row was read with. */
  patternNo: string;
  /** `{lineNumber}`: the row's line in your file. */
  lineNumber: number;
  /** `{dateTime}`, as written. */
  dateTime: string;
  /** `{merchantUniqueCode}` of the row's payment. */
  merchantUniqueCode: string;
  /** `{trackingCode}`. */
  trackingCode: string;
  /** `{cardOwner}`. */
  cardOwner: string;
  /** `{cardNumber}`, masked (`552879******0008`) whatever PayWall wrote: a full number is never kept. */
  cardNumber: string;
  /** `{expiryDate or identityNumber}`: the expiry (e-commerce card) or the holder's identity number (insurance card). */
  expiryOrIdentity: string;
  /** `{amount}` as written (a TL decimal). */
  amount: string;
  /** The amount in kuruş, when `amount` is a decimal exact to the kuruş; otherwise undefined. */
  amountKurus: number | undefined;
  /** `{gatewayId}`. */
  gatewayId: string;
  /** `{gatewayName}`. */
  gatewayName: string;
  /** `{providerId}`. */
  providerId: string;
  /** `{providerKey}`. */
  providerKey: string;
  /** `{paywallErrorCode}` (empty when none). */
  paywallErrorCode: string;
  /** `{providerErrorCode}`. */
  providerErrorCode: string;
  /** `{providerErrorMessage}`, redacted. */
  providerErrorMessage: string;
  /** `{bankErrorCode}`. */
  bankErrorCode: string;
  /** `{bankErrorMessage}`, redacted. */
  bankErrorMessage: string;
  /** `{PaymentActivityTypeId}` (§5: 1 sale), when a whole number. */
  paymentActivityTypeId: number | undefined;
  /** `{PaymentStatusId}` (§5: 4 successful, 5 failed…), when a whole number. */
  paymentStatusId: number | undefined;
}

/** A line that could not be read as a result line, kept (redacted) so that nothing is lost. */
export interface PayWallBulkFileUnreadable {
  /** Its line in the result file, from 1. */
  line: number;
  /** Why it could not be read. */
  reason: string;
  /** The line's text, card numbers and secrets redacted. */
  text: string;
}

/** What `parseBulkFileResult` reads: every result line, and the lines it could not read. Nothing here is verified. */
export interface PayWallBulkFileResult {
  /** The rows' results, in the file's order. */
  lines: PayWallBulkFileLine[];
  /** Lines that are not 20 comma-separated fields with a whole line number (a header line is skipped, not listed). */
  unreadable: PayWallBulkFileUnreadable[];
}

/** Options of `parseBulkFileResult`. */
export interface PayWallBulkFileOptions {
  /** Largest body read as received, in bytes (default 64 MiB); a larger one is a `ValidationError`. */
  maxBodyBytes?: number;
  /** Largest body after decompression, in bytes (default 128 MiB). */
  maxDecompressedBytes?: number;
}

/** Default largest result file read as received (150,000 lines of a few hundred bytes). */
export const MAX_BULK_FILE_BYTES = 64 * 1024 * 1024;
/** Default largest result file after decompression. */
export const MAX_BULK_FILE_DECOMPRESSED_BYTES = 128 * 1024 * 1024;

/** Splits one CSV line: commas, with RFC 4180 quotes (`"a,b"`, `""` for a quote) where a field carries them. */
function fields(line: string): string[] | undefined {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = '';
      at++;
      for (;;) {
        const close = line.indexOf('"', at);
        if (close < 0) return undefined;
        value += line.slice(at, close);
        at = close + 1;
        if (line[at] !== '"') break;
        value += '"';
        at++;
      }
      out.push(value);
      if (at === line.length) return out;
      if (line[at] !== ',') return undefined;
      at++;
    } else {
      const comma = line.indexOf(',', at);
      if (comma < 0) {
        out.push(line.slice(at));
        return out;
      }
      out.push(line.slice(at, comma));
      at = comma + 1;
    }
  }
}

const wholeNumber = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);

function kurusOf(amount: string): number | undefined {
  try {
    return toKurus(amount);
  } catch {
    return undefined;
  }
}

/** A card number as PayWall wrote it, masked: digits are masked unless PayWall masked them already. */
function maskedCard(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) return maskCardNumber(digits);
  return redactText(value);
}

function lineOf(values: string[]): PayWallBulkFileLine {
  const v = (i: number) => (values[i] ?? '').trim();
  const amount = v(8);
  return {
    patternNo: v(0),
    lineNumber: wholeNumber(v(1)) as number,
    dateTime: v(2),
    merchantUniqueCode: v(3),
    trackingCode: v(4),
    cardOwner: v(5),
    cardNumber: maskedCard(v(6)),
    expiryOrIdentity: v(7),
    amount,
    amountKurus: kurusOf(amount),
    gatewayId: v(9),
    gatewayName: v(10),
    providerId: v(11),
    providerKey: redactText(v(12)),
    paywallErrorCode: v(13),
    providerErrorCode: v(14),
    providerErrorMessage: redactText(v(15)),
    bankErrorCode: v(16),
    bankErrorMessage: redactText(v(17)),
    paymentActivityTypeId: wholeNumber(v(18)),
    paymentStatusId: wholeNumber(v(19)),
  };
}

/**
 * Reads the result file PayWall posts after a bulk file upload (`bulkPayments.startFile`): the `Request`, its bytes
 * (gzip is detected and decompressed, bounded) or its text. Each line becomes a typed `PayWallBulkFileLine` with the
 * card number masked; a first line whose line-number field is not a number is taken as a header and skipped; any
 * other line that is not 20 fields is kept, redacted, in `unreadable`. PayWall publishes no hash for this file:
 * nothing in it is verified, so confirm each payment with `bulkPayments.query` before acting on money.
 */
export async function parseBulkFileResult(
  input: Request | Uint8Array | ArrayBuffer | string,
  options: PayWallBulkFileOptions = {},
): Promise<PayWallBulkFileResult> {
  const text = await bulkBodyText(input, {
    maxBodyBytes: options.maxBodyBytes ?? MAX_BULK_FILE_BYTES,
    maxDecompressedBytes: options.maxDecompressedBytes ?? MAX_BULK_FILE_DECOMPRESSED_BYTES,
  });
  const result: PayWallBulkFileResult = { lines: [], unreadable: [] };
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    const values = fields(row);
    const columns = PAYWALL_BULK_FILE_COLUMNS.length;
    if (values && i === 0 && wholeNumber(values[1] ?? '') === undefined && values.length === columns) return;
    if (!values || values.length !== columns || wholeNumber(values[1] ?? '') === undefined) {
      const reason = !values
        ? 'a quoted field is not closed'
        : values.length !== columns
          ? `${values.length} fields, not ${columns}`
          : 'the line number is not a whole number';
      result.unreadable.push({ line: i + 1, reason, text: redactText(row.replace(/\d{12,19}/g, (d) => maskCardNumber(d))) });
      return;
    }
    result.lines.push(lineOf(values));
  });
  return result;
}
