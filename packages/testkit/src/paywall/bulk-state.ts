import { sha256Hex } from '../frame/crypto.js';
import { bulkFileResultCsv } from './bulk-file.js';
import { PAYWALL_SIM_DECLINES, type PayWallSimDecline } from './data.js';
import { fail } from './envelope.js';
import { simTl } from './money.js';
import { addActivity, allowedInstallments, finishPayment } from './payments.js';
import type { PayWallSimulator } from './simulator.js';
import { istanbulDay, type PayWallSimPayment } from './state.js';

// Bulk ("toplu") payments (§4.3, #34–#44): what the simulator keeps of a batch, and the desk that charges its
// payments and posts its result. PayWall publishes the Storm and Tsunami bodies, the query's fields, the callback's
// field list and hash, and the result file's columns; everything below is the simulator's choice (INFERRED):
// - a batch's payments are charged with the simulator's card decisions of single direct payments: a card of
//   `PAYWALL_SIM_DECLINES` (not a 3D-only one) is declined with its texts, unless `approveCards` names it; a debit card
//   with `Installment` 2 or more fails with PayWall error 9. Each charged payment is also a simulator payment
//   (`sim.payments`, visible to `private/query`), whose `MerchantUniqueCode` is `{batch code}-{n}`, n from 1 in the
//   batch's order, status 4 successful (3 awaiting settlement with `Half2D`) or 5 failed (§5);
// - Storm (#34) charges at once, unless it arrives between 23:50 and midnight (Istanbul): then, as PayWall says,
//   it is processed after midnight, when the clock passes it. Tsunami (#35) and file (#36) batches are queued and
//   charged at the simulator's next clock move (`advanceTime`) or on `flush()`; `flush()` charges every queued batch;
// - the result callback (§6.3) is JSON `{ Type, BulkPaymentId, MerchantUniqueCode, ErrorMessage, DateTime,
//   FinishedAt, CreatedAt, DurationTime, Hash, IsCompressed, PageNumber, TotalPages, HasMorePages, Payments }`:
//   `MerchantUniqueCode` is the batch's (PayWall's list does not name it); `Type` is 1 when every payment succeeded,
//   2 otherwise; `ErrorMessage` is `null` when none failed, else "k of n payments failed"; `DateTime` is the post's
//   time, `DurationTime` the whole seconds from `CreatedAt` to `FinishedAt`; each payment is `{ MerchantUniqueCode,
//   PaymentId, Amount, Status, ErrorMessage }` (the provider's message of a decline, `null` on success).
//   `Hash` is hex(SHA-256("{key}###{BulkPaymentId}###{MerchantUniqueCode}")) with `hashKey` (the System Webhook
//   key), empty without one. With `CallbackBodySplit` the payments go in pages of `pageSize` (default 1,000), one
//   POST each; with `CallbackBodyCompression` the whole JSON is gzip-compressed (`Content-Encoding: gzip`,
//   `IsCompressed: true`). Posts go out one after another, in order; a failed delivery is recorded, not retried;
// - the result of a file upload is CSV text (`text/csv`), one line per row in §6.3's column order, card numbers
//   masked (first 6, `*`s, last 4), unsigned (PayWall publishes no hash for it); see bulk-file.ts;
// - a cancel (#37, #38) is possible on the (Istanbul) day of the charge only and a refund (#39, #40) on that day
//   or later (as for single payments); both take successful payments only (a cancel also a `Half2D` pre-auth), in full; the
//   payment keeps its §5 status (4), gains a `Cancel` or `Refund` activity and reads as cancelled or refunded in
//   `private/query`, as a single payment does. Errors: 92 not convenient (wrong day, not successful), 93 refunded,
//   94 cancelled (PaymentPrivateAPI's numbering, as the simulator's single cancels and refunds); a call that names
//   one payment it cannot take changes nothing;
// - a retry (#43) charges the batch's failed payments again (same `PaymentId` and code, a new charge on today's
//   date) with the current card decisions, answers `{ MerchantUniqueCode, RetriedPaymentCount,
//   SuccessPaymentCount, UnsuccessfulPaymentCount }` and, when it retried any, posts the result again;
// - a resend (#44) posts the result again while the batch is at most 7 days old (from its `CreatedAt`).

/** Which row started a batch. */
export type PayWallSimBulkKind = 'storm' | 'tsunami' | 'file';

/** The card of one bulk payment, as the simulator keeps it (never sent back in full). */
export interface PayWallSimBulkCard {
  /** Full number (`CardModel` 1) or first 8 + last 4 digits (`CardModel` 2). */
  number: string;
  /** Name on the card. */
  ownerName: string;
  /** Expiry month, as sent. */
  expireMonth: string;
  /** Expiry year, as sent. */
  expireYear: string;
  /** The holder's identity number (`CardModel` 2). */
  identityNumber: string | undefined;
  /** An insurance card (`CardModel` 2). */
  insurance: boolean;
}

/** One payment of a batch. */
export interface PayWallSimBulkItem {
  /** Its place in the batch, from 1 (the `n` of its `{batch}-{n}` code). */
  n: number;
  /** The line of the uploaded file it came from (file batches; for others `n`). */
  line: number;
  /** Its `MerchantUniqueCode`: `{batch code}-{n}`. */
  merchantUniqueCode: string;
  /** Its amount, in kuruş. */
  amountKurus: number;
  /** Its card. */
  card: PayWallSimBulkCard;
  /** `Customer` as sent (Storm and Tsunami). */
  customer: Record<string, unknown> | undefined;
  /** `Product` as sent (Storm and Tsunami). */
  product: Record<string, unknown> | undefined;
  /** A file row the card checks refused: failed when processed, never charged (PayWall code and message). */
  refused:
    | {
        /** PayWall's code of the failed check (13–19). */
        code: number;
        /** Its message. */
        message: string;
      }
    | undefined;
  /** The simulator payment charged for it, once processed (not for a refused row). */
  paymentId: number | undefined;
  /** §5 status once processed: 3, 4 or 5; `undefined` while queued. */
  statusId: number | undefined;
  /** Why it failed: the PayWall code (1 declined, 9 installment, 13–19 card checks), `undefined` when it did not. */
  errorCode: number | undefined;
  /** Why it failed, in words; `null` when it did not. */
  errorMessage: string | null;
  /** The bank's answer of a decline. */
  decline: PayWallSimDecline | undefined;
  /** Charges so far (retries included). */
  attempts: number;
  /** Last charged, on the simulator's clock. */
  processedAt: Date | undefined;
}

/** What a new item of a batch is made from; everything else starts unprocessed. */
export type PayWallSimBulkItemInput = Pick<
  PayWallSimBulkItem,
  'n' | 'line' | 'merchantUniqueCode' | 'amountKurus' | 'card' | 'customer' | 'product' | 'refused'
>;

/** A new, unprocessed item of a batch. */
export function newBulkItem(input: PayWallSimBulkItemInput): PayWallSimBulkItem {
  return {
    ...input,
    paymentId: undefined,
    statusId: undefined,
    errorCode: undefined,
    errorMessage: null,
    decline: undefined,
    attempts: 0,
    processedAt: undefined,
  };
}

/** A bulk batch as the simulator keeps it. */
export interface PayWallSimBulkBatch {
  /** PayWall's `BulkPaymentId`. */
  bulkPaymentId: number;
  /** Your `MerchantUniqueCode` of the batch. */
  merchantUniqueCode: string;
  /** Storm, Tsunami or file. */
  kind: PayWallSimBulkKind;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** Installments of every payment. */
  installment: number;
  /** `Half2D`: payments stay pre-auths (status 3). */
  half: boolean;
  /** `ClientIP` (file batches: empty). */
  clientIp: string;
  /** `ChannelId` (0 when absent). */
  channelId: number;
  /** `TagId` (0 when absent). */
  tagId: number;
  /** `TrackingCode` (file batches). */
  trackingCode: string | undefined;
  /** Where the result goes, or `null`. */
  callbackAddress: string | null;
  /** `CallbackBodySplit`: the result in pages of `pageSize`. */
  split: boolean;
  /** `CallbackBodyCompression`: the result gzip-compressed. */
  compression: boolean;
  /** `FileFormat` of a file batch. */
  fileFormat: number | undefined;
  /** `FilePattern` of a file batch. */
  filePattern: number | undefined;
  /** The payments, in order. */
  items: PayWallSimBulkItem[];
  /** Received, on the simulator's clock. */
  createdAt: Date;
  /** Charged no earlier than this (ms on the simulator's clock); `undefined` once processed. */
  dueAt: number | undefined;
  /** Processed (last: the latest retry), on the simulator's clock; `undefined` while queued. */
  finishedAt: Date | undefined;
}

/** One post of a batch's result (a JSON page or the result file), as a test reads it back. */
export interface PayWallSimBulkCallback {
  /** Where it was posted. */
  url: string;
  /** The batch's `MerchantUniqueCode`. */
  merchantUniqueCode: string;
  /** `json` (Storm, Tsunami result page) or `csv` (result file). */
  format: 'json' | 'csv';
  /** The headers sent. */
  headers: Record<string, string>;
  /** The body as sent: text, or gzip bytes with `Content-Encoding: gzip`. */
  body: string | Uint8Array<ArrayBuffer>;
  /** The body's text (decompressed). */
  text: string;
  /** A JSON page parsed (`undefined` for the result file). */
  fields: Record<string, unknown> | undefined;
  /** The receiver's HTTP status, `undefined` until delivered or when delivery failed. */
  status: number | undefined;
  /** Why delivery failed (a network error). */
  error: string | undefined;
}

/** Settings of the simulated bulk payments (`sim.bulk.configure`). */
export interface PayWallSimBulkSettings {
  /** The System Webhook Hash Key the result is signed with; without one (and no `hashKeys.systemWebhook`) `Hash` is empty. */
  hashKey: string | undefined;
  /** Payments per result page with `CallbackBodySplit` (default 1,000, PayWall's). */
  pageSize: number;
  /** Posts a result (default: the global `fetch`). */
  deliver: (url: string, init: RequestInit) => Promise<Response>;
  /** Card numbers charged successfully whatever `PAYWALL_SIM_DECLINES` says (e.g. to make a retry succeed). */
  approveCards: ReadonlySet<string> | readonly string[];
}

/** A resend is possible for this long after the batch (PayWall: the last 7 days). */
export const PAYWALL_SIM_BULK_RESEND_MS = 7 * 86_400_000;

const ISTANBUL_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

/** Next Istanbul midnight after `at` (ms). */
export function nextIstanbulMidnight(at: number): number {
  return Math.floor((at + ISTANBUL_MS) / DAY_MS) * DAY_MS + DAY_MS - ISTANBUL_MS;
}

/** Between 23:50 and 00:00 in Istanbul: a Storm batch then waits for midnight. */
export function lateEvening(at: number): boolean {
  const ms = (at + ISTANBUL_MS) % DAY_MS;
  return ms >= (23 * 60 + 50) * 60_000;
}

const succeeded = (s: number | undefined) => s === 3 || s === 4;

/** Totals of a batch, in kuruş (the query's `Total…` fields). */
export function bulkTotals(batch: PayWallSimBulkBatch) {
  const t = { count: 0, kurus: 0, okCount: 0, okKurus: 0, failCount: 0, failKurus: 0, waitCount: 0, waitKurus: 0 };
  for (const i of batch.items) {
    t.count++;
    t.kurus += i.amountKurus;
    if (i.statusId === undefined) {
      t.waitCount++;
      t.waitKurus += i.amountKurus;
    } else if (succeeded(i.statusId)) {
      t.okCount++;
      t.okKurus += i.amountKurus;
    } else {
      t.failCount++;
      t.failKurus += i.amountKurus;
    }
  }
  return t;
}

/** Bulk payments of one simulator: batches by code, the results posted, and the settings. */
export class PayWallSimBulkDesk {
  /** Batches by your `MerchantUniqueCode`. */
  readonly batches = new Map<string, PayWallSimBulkBatch>();
  /** Results posted (or tried), in order: one record per JSON page or result file. */
  readonly callbacks: PayWallSimBulkCallback[] = [];
  /** The settings in force. */
  readonly settings: PayWallSimBulkSettings = {
    hashKey: undefined,
    pageSize: 1000,
    deliver: (url, init) => fetch(url, init),
    approveCards: [],
  };
  // Results go out one after another, in the order they were made.
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly sim: PayWallSimulator) {}

  /** Changes settings (hash key, page size, delivery, cards approved whatever the decline table says). */
  configure(settings: Partial<PayWallSimBulkSettings>): this {
    if (settings.pageSize !== undefined && (!Number.isInteger(settings.pageSize) || settings.pageSize < 1))
      throw new Error('PayWall simulator: bulk pageSize is a whole number from 1');
    Object.assign(this.settings, settings);
    return this;
  }

  /** A batch by its `MerchantUniqueCode`. */
  batchOf(code: string): PayWallSimBulkBatch | undefined {
    return this.batches.get(code);
  }

  /** Refuses a batch code already used by a batch or a payment (PayWall error 4, as for a single payment). */
  assertNewCode(code: string): void {
    if (this.batches.has(code) || this.sim.byMerchantCode(code)) throw fail(4, 'MerchantUniqueCode has already been used');
  }

  /** The simulator payment charged for a batch item. */
  paymentOf(item: PayWallSimBulkItem): PayWallSimPayment | undefined {
    return item.paymentId === undefined ? undefined : this.sim.payments.get(item.paymentId);
  }

  /** Processes every queued batch (whatever its due time), then waits until every result posted so far was delivered. */
  async flush(): Promise<PayWallSimBulkCallback[]> {
    this.tick(true);
    await this.chain;
    return this.callbacks;
  }

  /** Processes the queued batches whose time has come (all with `all`); called on every clock move. */
  tick(all = false): void {
    const now = this.sim.now().getTime();
    for (const b of this.batches.values()) if (b.dueAt !== undefined && (all || now >= b.dueAt)) this.process(b);
  }

  /** Charges every payment of a batch and posts its result. */
  process(batch: PayWallSimBulkBatch): void {
    batch.dueAt = undefined;
    for (const item of batch.items) this.charge(batch, item);
    batch.finishedAt = this.sim.now();
    this.announce(batch);
  }

  /** Charges the failed payments of a processed batch again; returns how many were retried and how they ended. */
  retry(batch: PayWallSimBulkBatch): {
    /** Failed payments charged again. */
    retried: number;
    /** Of those, how many succeeded. */
    ok: number;
    /** Of those, how many failed again. */
    failed: number;
  } {
    const out = { retried: 0, ok: 0, failed: 0 };
    for (const item of batch.items) {
      if (item.statusId !== 5 || item.refused) continue;
      this.charge(batch, item);
      out.retried++;
      if (succeeded(item.statusId)) out.ok++;
      else out.failed++;
    }
    if (out.retried > 0) {
      batch.finishedAt = this.sim.now();
      this.announce(batch);
    }
    return out;
  }

  /** The decline a card meets now: none when `approveCards` names it, else the single direct payment's. */
  declineOf(cardNumber: string): PayWallSimDecline | undefined {
    if ([...this.settings.approveCards].includes(cardNumber)) return undefined;
    const d = PAYWALL_SIM_DECLINES[cardNumber];
    return d && !d.threeDOnly ? d : undefined;
  }

  private charge(batch: PayWallSimBulkBatch, item: PayWallSimBulkItem): void {
    const now = this.sim.now();
    item.attempts++;
    item.processedAt = now;
    if (item.refused) {
      item.statusId = 5;
      item.errorCode = item.refused.code;
      item.errorMessage = item.refused.message;
      return;
    }
    const decline = this.declineOf(item.card.number);
    const installmentRefused = !allowedInstallments(item.card.number).includes(batch.installment);
    let p = this.paymentOf(item);
    if (!p) {
      p = {
        paymentId: this.sim.nextId(),
        uniqueCode: crypto.randomUUID(),
        merchantUniqueCode: item.merchantUniqueCode,
        amountKurus: item.amountKurus,
        currencyId: batch.currencyId,
        installment: batch.installment,
        statusId: 1,
        threeD: false,
        model3d: false,
        preAuth: batch.half,
        capturedKurus: 0,
        refundedKurus: 0,
        cancelled: false,
        activities: [],
        createdAt: now,
        clientIp: batch.clientIp,
        channelId: batch.channelId,
        tagId: batch.tagId,
        trackingCode: batch.trackingCode,
        productIds: item.product && typeof item.product.ProductId === 'string' ? [item.product.ProductId] : [],
        products: item.product ? [item.product] : [],
        card: {
          number: item.card.number,
          ownerName: item.card.ownerName,
          expireMonth: item.card.expireMonth,
          expireYear: item.card.expireYear,
          insurance: item.card.insurance,
        },
      };
      this.sim.payments.set(p.paymentId, p);
      item.paymentId = p.paymentId;
    }
    // A retry is a new charge of the same payment: its day (for cancel or refund) is today's.
    p.createdAt = now;
    p.decline = decline;
    finishPayment(this.sim, p, installmentRefused);
    item.statusId = p.statusId;
    item.decline = decline;
    if (p.statusId === 5) {
      item.errorCode = decline ? 1 : 9;
      item.errorMessage = decline ? decline.providerMessage : 'Unexpected installment for this card';
    } else {
      item.errorCode = undefined;
      item.errorMessage = null;
    }
  }

  /** Cancels or refunds the payments of a batch in full; nothing changes unless every one can be. */
  reverse(
    items: PayWallSimBulkItem[],
    how: 'cancel' | 'refund',
  ): {
    /** Payments cancelled or refunded. */
    count: number;
    /** Their total, in kuruş. */
    kurus: number;
  } {
    const today = istanbulDay(this.sim.now());
    const payments: PayWallSimPayment[] = [];
    for (const item of items) {
      const p = this.paymentOf(item);
      const code = item.merchantUniqueCode;
      if (!p || !succeeded(p.statusId)) throw fail(92, `Payment ${code} is not successful`);
      if (p.cancelled) throw fail(94, `Payment ${code} has a successful cancel`);
      if (p.refundedKurus > 0) throw fail(93, `Payment ${code} has a successful refund`);
      if (how === 'cancel' && istanbulDay(p.createdAt) !== today)
        throw fail(92, `Cancel is possible on the day of the payment only (${code}); refund it instead`);
      if (how === 'refund' && p.statusId !== 4) throw fail(92, `Payment ${code} is a pre-auth: cancel it`);
      payments.push(p);
    }
    // Every payment can be reversed: only now does anything change.
    let kurus = 0;
    for (const p of payments) {
      if (how === 'cancel') {
        p.cancelled = true;
        addActivity(this.sim, p, 'Cancel', p.capturedKurus || p.amountKurus);
      } else {
        p.refundedKurus = p.capturedKurus;
        addActivity(this.sim, p, 'Refund', p.capturedKurus);
      }
      kurus += p.amountKurus;
    }
    return { count: payments.length, kurus };
  }

  /** Queues a batch's result (JSON pages, or the result file) after the ones before it; none without a `CallbackAddress`. */
  announce(batch: PayWallSimBulkBatch): void {
    if (!batch.callbackAddress) return;
    const url = batch.callbackAddress;
    const sentAt = this.sim.now();
    if (batch.kind === 'file') {
      const csv = bulkFileResultCsv(batch, sentAt);
      this.chain = this.chain.then(() => this.post(url, batch, 'csv', csv));
      return;
    }
    // The pages are written now (a later cancel does not change a result already made); signed when posted.
    const pages = this.pagesOf(batch).map((page) => this.jsonPage(batch, page, sentAt));
    this.chain = this.chain.then(async () => {
      const key = this.settings.hashKey ?? this.sim.options.hashKeys?.systemWebhook;
      const hash = key ? await sha256Hex(`${key}###${batch.bulkPaymentId}###${batch.merchantUniqueCode}`) : '';
      for (const page of pages) await this.post(url, batch, 'json', JSON.stringify({ ...page, Hash: hash }));
    });
  }

  private pagesOf(batch: PayWallSimBulkBatch) {
    const size = batch.split ? this.settings.pageSize : Math.max(batch.items.length, 1);
    const total = Math.max(1, Math.ceil(batch.items.length / size));
    return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: batch.items.slice(i * size, (i + 1) * size) }));
  }

  private jsonPage(batch: PayWallSimBulkBatch, page: { number: number; total: number; items: PayWallSimBulkItem[] }, sentAt: Date) {
    const t = bulkTotals(batch);
    const finished = batch.finishedAt ?? sentAt;
    return {
      Type: t.failCount === 0 ? 1 : 2,
      BulkPaymentId: batch.bulkPaymentId,
      MerchantUniqueCode: batch.merchantUniqueCode,
      ErrorMessage: t.failCount === 0 ? null : `${t.failCount} of ${t.count} payments failed`,
      DateTime: sentAt.toISOString(),
      FinishedAt: finished.toISOString(),
      CreatedAt: batch.createdAt.toISOString(),
      DurationTime: Math.max(0, Math.round((finished.getTime() - batch.createdAt.getTime()) / 1000)),
      Hash: '',
      IsCompressed: batch.compression,
      PageNumber: page.number,
      TotalPages: page.total,
      HasMorePages: page.number < page.total,
      Payments: page.items.map((i) => ({
        MerchantUniqueCode: i.merchantUniqueCode,
        PaymentId: i.paymentId ?? null,
        Amount: simTl(i.amountKurus),
        Status: i.statusId ?? 1,
        ErrorMessage: i.errorMessage,
      })),
    };
  }

  private async post(url: string, batch: PayWallSimBulkBatch, format: 'json' | 'csv', text: string): Promise<void> {
    const headers: Record<string, string> = { 'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8' };
    let body: string | Uint8Array<ArrayBuffer> = text;
    if (batch.compression) {
      body = await gzip(text);
      headers['content-encoding'] = 'gzip';
    }
    const record: PayWallSimBulkCallback = {
      url,
      merchantUniqueCode: batch.merchantUniqueCode,
      format,
      headers,
      body,
      text,
      fields: format === 'json' ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      status: undefined,
      error: undefined,
    };
    this.callbacks.push(record);
    try {
      const res = await this.settings.deliver(url, { method: 'POST', headers, body });
      record.status = res.status;
    } catch (e) {
      record.error = e instanceof Error ? e.message : String(e);
    }
  }
}

/** Gzip of UTF-8 text with the Web `CompressionStream` (the simulator runs where `node:zlib` does not). */
async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
