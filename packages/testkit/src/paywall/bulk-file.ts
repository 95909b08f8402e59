import { SimReject, type SimRequest } from '../frame/http.js';
import { newBulkItem, type PayWallSimBulkBatch, type PayWallSimBulkItem } from './bulk-state.js';
import { checkPlainCard } from './checks.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTlText } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// The bulk file upload (#36, `POST payment/bulk/file/startdirect`, multipart/form-data) and its result file (§6.3
// "Bulk file"). PayWall publishes the form's field names and the result's columns, not the file's format; the
// simulator's choices (INFERRED):
// - `FileFormat` 1 is CSV and `FilePattern` 1 is the only pattern it reads: one payment per line,
//   `OwnerName,Number,ExpireMonth,ExpireYear,Cvv,Amount` (UTF-8; RFC 4180 quotes allowed; `Amount` a TL decimal with
//   a point), an optional header line (`OwnerName,Number,…`) and blank lines skipped; any other format or pattern is
//   refused (PayWall error 2) with a message naming the one it reads;
// - at most 150,000 rows; `Amount` (if given) must equal the rows' sum exactly (error 26); `MerchantUniqueCode` is
//   required (error 10) and unused (error 4); `CurrencyId` defaults to 1 (TRY), `Installment` to 1;
// - a line without six fields, or whose amount is not a positive decimal, refuses the whole upload (error 2, naming
//   the line); a row whose card fails the card checks (holder, Luhn, expiry, CVV: errors 13–19) is accepted and
//   fails when processed, uncharged, with that code in the result file;
// - processed like a Tsunami batch: at the simulator's next clock move or on `sim.bulk.flush()`;
// - the result posted to `CallbackAddress` is CSV text (`text/csv`), no header, one line per row in §6.3's order:
//   pattern, the row's line number in the file, the processing time (ISO 8601), the payment's `{code}-{n}`, the
//   upload's `TrackingCode`, the holder, the card number masked (first 6, `*`s, last 4), the expiry `MM/YYYY`, the
//   amount (`12.50`), gateway 1 "Simulated VPos", provider 1 "simulator", the PayWall error code (empty on
//   success), the provider's and the bank's codes and messages of a decline (plain text), activity type 1 (sale;
//   empty for a row never charged) and the §5 status (4, 3 with `Half2D`, 5). Fields with a comma, quote or line
//   break are quoted (RFC 4180). Gzip-compressed (`Content-Encoding: gzip`) with `CallbackBodyCompression`.

/** The only `FileFormat` the simulator reads: CSV. */
export const PAYWALL_SIM_BULK_FILE_FORMAT = 1;
/** The only `FilePattern` the simulator reads: `OwnerName,Number,ExpireMonth,ExpireYear,Cvv,Amount`. */
export const PAYWALL_SIM_BULK_FILE_PATTERN = 1;
/** The columns of `FilePattern` 1, in order. */
export const PAYWALL_SIM_BULK_FILE_COLUMNS = ['OwnerName', 'Number', 'ExpireMonth', 'ExpireYear', 'Cvv', 'Amount'] as const;
/** Most rows in one file (PayWall's limit). */
export const PAYWALL_SIM_BULK_FILE_MAX_ROWS = 150_000;

/** One part of a multipart body. */
interface Part {
  name: string;
  filename: string | undefined;
  value: string;
}

/** The parts of a `multipart/form-data` text body, by name (the last of a name wins). */
export function parseMultipart(text: string, contentType: string): Map<string, Part> {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType.trim()) || !m) throw fail(2, 'The body must be multipart/form-data with a boundary');
  const delimiter = `--${m[1] ?? m[2]}`;
  const parts = new Map<string, Part>();
  const chunks = text.split(delimiter);
  // chunks[0] is the preamble; the last one starts with `--` (the close delimiter).
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const body = chunk.replace(/^\r?\n/, '');
    const split = body.search(/\r?\n\r?\n/);
    if (split < 0) throw fail(2, 'A multipart part has no header block');
    const head = body.slice(0, split);
    const value = body
      .slice(split)
      .replace(/^\r?\n\r?\n/, '')
      .replace(/\r?\n$/, '');
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(head)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw fail(2, 'A multipart part has no name');
    parts.set(name, { name, filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1], value });
  }
  if (chunks.length < 2) throw fail(2, 'The multipart body has no parts');
  return parts;
}

// A field: quoted (`""` inside is a quote) or bare, up to the next comma. The simulator reads the uploaded file on
// its own, with a pattern, not with the SDK's reader of the result file: two readers, so that one cannot hide the
// other's mistake.
const CSV_FIELD = /(?:"((?:[^"]|"")*)"|([^",]*))(,|$)/y;

/** Splits one CSV line (commas, RFC 4180 quotes); `undefined` when a quote is not closed or text follows one. */
export function csvFields(line: string): string[] | undefined {
  const out: string[] = [];
  CSV_FIELD.lastIndex = 0;
  for (;;) {
    const at = CSV_FIELD.lastIndex;
    const m = CSV_FIELD.exec(line);
    if (!m) return undefined;
    out.push(m[1] === undefined ? (m[2] as string) : m[1].replace(/""/g, '"'));
    if (m[3] === '') return CSV_FIELD.lastIndex === line.length ? out : undefined;
    // An empty match that does not move on cannot happen: a comma always advances.
    if (CSV_FIELD.lastIndex === at) return undefined;
  }
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A card number as the simulator ever sends it: first 6, `*`s, last 4 (an 8+4 insurance number: first 6, `**`, last 4). */
export function maskSimCard(number: string): string {
  if (number.length < 11) return '*'.repeat(number.length);
  return `${number.slice(0, 6)}${'*'.repeat(number.length - 10)}${number.slice(-4)}`;
}

const isHeader = (values: string[]) => values.map((v) => v.trim().toLowerCase()).join(',') === PAYWALL_SIM_BULK_FILE_COLUMNS.join(',').toLowerCase();

/** The rows of a `FilePattern` 1 file as batch items, with their file line numbers. */
function rowsOf(sim: PayWallSimulator, text: string, batchCode: string): PayWallSimBulkItem[] {
  const items: PayWallSimBulkItem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const values = csvFields(line);
    if (values && items.length === 0 && isHeader(values)) continue;
    if (!values || values.length !== PAYWALL_SIM_BULK_FILE_COLUMNS.length)
      throw fail(2, `Line ${i + 1} is not FilePattern 1 (${PAYWALL_SIM_BULK_FILE_COLUMNS.join(',')})`);
    const [owner, number, month, year, cvv, amount] = values.map((v) => v.trim()) as [string, string, string, string, string, string];
    const amountKurus = simKurus(amount);
    if (amountKurus === undefined || amountKurus <= 0) throw fail(2, `Line ${i + 1}: Amount is not a positive amount with at most two decimals`);
    if (items.length >= PAYWALL_SIM_BULK_FILE_MAX_ROWS) throw fail(2, `A bulk file has at most ${PAYWALL_SIM_BULK_FILE_MAX_ROWS} rows`);
    let refused: PayWallSimBulkItem['refused'];
    try {
      checkPlainCard({ OwnerName: owner, Number: number, ExpireMonth: month, ExpireYear: year, Cvv: cvv }, sim.now());
    } catch (e) {
      if (!(e instanceof SimReject)) throw e;
      const b = e.reply.body as { ErrorCode: number; Message: string };
      refused = { code: b.ErrorCode, message: b.Message };
    }
    const n = items.length + 1;
    items.push(
      newBulkItem({
        n,
        line: i + 1,
        merchantUniqueCode: `${batchCode}-${n}`,
        amountKurus,
        card: { number, ownerName: owner, expireMonth: month, expireYear: year, identityNumber: undefined, insurance: false },
        customer: undefined,
        product: undefined,
        refused,
      }),
    );
  }
  if (items.length === 0) throw fail(2, 'The file has no rows');
  return items;
}

/** The result file of a processed file batch: one CSV line per row, §6.3's columns, card numbers masked. */
export function bulkFileResultCsv(batch: PayWallSimBulkBatch, at: Date): string {
  const lines = batch.items.map((i) => {
    const d = i.decline;
    const charged = i.paymentId !== undefined;
    const year = i.card.expireYear.length === 2 ? `20${i.card.expireYear}` : i.card.expireYear;
    return [
      batch.filePattern,
      i.line,
      (i.processedAt ?? at).toISOString(),
      i.merchantUniqueCode,
      batch.trackingCode,
      i.card.ownerName,
      maskSimCard(i.card.number),
      i.card.insurance ? i.card.identityNumber : `${i.card.expireMonth.padStart(2, '0')}/${year}`,
      simTlText(i.amountKurus),
      charged ? 1 : '',
      charged ? 'Simulated VPos' : '',
      charged ? 1 : '',
      charged ? 'simulator' : '',
      i.errorCode,
      d?.providerCode,
      d?.providerMessage,
      d?.bankCode,
      d?.bankMessage,
      charged ? 1 : '',
      i.statusId,
    ]
      .map(csvField)
      .join(',');
  });
  return `${lines.join('\r\n')}\r\n`;
}

const isWebUrl = (v: string) => URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol);

function shortOf(parts: Map<string, Part>, name: string, fallback?: number): number {
  const v = parts.get(name)?.value.trim();
  if (v === undefined || v === '') {
    if (fallback !== undefined) return fallback;
    throw fail(2, `${name} is required`);
  }
  if (!/^\d{1,5}$/.test(v) || Number(v) > 32_767) throw fail(2, `${name} is a short (0–32767)`);
  return Number(v);
}

function flagOf(parts: Map<string, Part>, name: string): boolean {
  const v = parts.get(name)?.value.trim().toLowerCase();
  if (v === undefined || v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw fail(2, `${name} is true or false`);
}

function startFile(sim: PayWallSimulator, r: SimRequest) {
  const parts = parseMultipart(r.text, r.headers.get('content-type') ?? '');
  const file = parts.get('File');
  if (!file || file.filename === undefined) throw fail(2, 'File is required (a file part named File)');
  const format = shortOf(parts, 'FileFormat');
  if (format !== PAYWALL_SIM_BULK_FILE_FORMAT) throw fail(2, `FileFormat ${format} is not known to the simulator: it reads FileFormat 1 (CSV)`);
  const pattern = shortOf(parts, 'FilePattern');
  if (pattern !== PAYWALL_SIM_BULK_FILE_PATTERN)
    throw fail(2, `FilePattern ${pattern} is not known to the simulator: it reads FilePattern 1 (${PAYWALL_SIM_BULK_FILE_COLUMNS.join(',')})`);
  const currencyId = shortOf(parts, 'CurrencyId', 1);
  if (currencyId < 1 || currencyId > 7) throw fail(8, 'Unexpected currency');
  const installment = shortOf(parts, 'Installment', 1);
  if (installment < 1) throw fail(9, 'Unexpected installment');
  const code = parts.get('MerchantUniqueCode')?.value ?? '';
  if (code === '' || code.length > 250) throw fail(10, 'Unexpected MerchantUniqueCode');
  sim.bulk.assertNewCode(code);
  const callback = parts.get('CallbackAddress')?.value.trim() ?? '';
  if (callback !== '' && !isWebUrl(callback)) throw fail(2, 'CallbackAddress must be an absolute http(s) URL');
  const items = rowsOf(sim, file.value, code);
  const sum = items.reduce((s, i) => s + i.amountKurus, 0);
  const amountText = parts.get('Amount')?.value.trim();
  if (amountText !== undefined && amountText !== '') {
    const amount = simKurus(amountText);
    if (amount === undefined || amount <= 0) throw fail(2, 'Amount is not a valid amount');
    if (amount !== sum) throw fail(26, 'Product total does not match the transaction amount');
  }
  const now = sim.now();
  const batch: PayWallSimBulkBatch = {
    bulkPaymentId: sim.nextId(),
    merchantUniqueCode: code,
    kind: 'file',
    currencyId,
    installment,
    half: flagOf(parts, 'Half2D'),
    clientIp: '',
    channelId: 0,
    tagId: 0,
    trackingCode: parts.get('TrackingCode')?.value || undefined,
    callbackAddress: callback || null,
    split: false,
    compression: flagOf(parts, 'CallbackBodyCompression'),
    fileFormat: format,
    filePattern: pattern,
    items,
    createdAt: now,
    dueAt: now.getTime(),
    finishedAt: undefined,
  };
  sim.bulk.batches.set(code, batch);
  return ok({ BulkPaymentId: batch.bulkPaymentId, MerchantUniqueCode: code });
}

/** #36 `POST payment/bulk/file/startdirect`. */
export function bulkFileRoutes(sim: PayWallSimulator): void {
  sim.api('POST', `${API}/payment/bulk/file/startdirect`, (r) => startFile(sim, r));
}
