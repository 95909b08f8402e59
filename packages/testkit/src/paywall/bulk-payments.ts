import type { SimRequest } from '../frame/http.js';
import { bulkFileRoutes } from './bulk-file.js';
import {
  bulkTotals,
  lateEvening,
  newBulkItem,
  nextIstanbulMidnight,
  PAYWALL_SIM_BULK_RESEND_MS,
  type PayWallSimBulkBatch,
  type PayWallSimBulkItem,
} from './bulk-state.js';
import { plainJson } from './caseless.js';
import { checkCustomer, checkDetail, checkPlainCard, checkProducts, isInt, isObj, str } from './checks.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// Bulk payment routes on PaymentAPI (§4.3): Storm (#34), Tsunami (#35), cancels and refunds (#37–#40), the query
// and its summary (#41, #42), retry (#43) and resend (#44); the file upload (#36) is in bulk-file.ts, the state,
// the charging and the result callback in bulk-state.ts (whose header lists the simulator's choices). Choices of
// these routes, where PayWall publishes nothing (INFERRED):
// - Storm and Tsunami bodies are checked as PayWall checks a single direct payment, with its codes (§3.2 list a):
//   `PaymentDetail` (17; `Amount` 2, `MerchantUniqueCode` 10, currency 8, installment 9 (required, as in a direct
//   payment), `ClientIP` 2, `CallbackAddress` an absolute http(s) URL, 2), `CardMethod` and `CardModel` 1 or 2 (2), at least one payment
//   and at most 500 (Storm) or 50,000 (Tsunami) (2), each `Customer` (2) and `Product` (2, 36–40), the card of
//   `CardMethod` 1 on the first payment only and of `CardMethod` 2 on each (18), a `CardModel` 1 card checked like
//   a direct payment's (13–19), a `CardModel` 2 card as the first 8 and last 4 digits (12 digits, 14) with an
//   `IdentityNumber` (18), `Amount` equal to the sum of the payments' `ProductAmount` to the kuruş (26), and the
//   batch's `MerchantUniqueCode` unused by any batch or payment (4). A refused body creates nothing;
// - the bodies of #37–#40 (unpublished): `{ MerchantUniqueCode }` of the batch for the batch rows (#38, #40: every
//   successful payment not yet cancelled or refunded; none → 92), `{ MerchantUniqueCode, PaymentIds: number[] }`
//   for the payment rows (#37, #39; an id not in the batch → -1). They answer `{ MerchantUniqueCode, PaymentIds,
//   CancelledPaymentCount, CancelledAmount }` (or `Refunded…`);
// - an unknown batch is PayWall's "payment not found" (-1), as the simulator's other PaymentAPI lookups; a batch
//   still queued cannot be cancelled, refunded, retried or resent (2);
// - the query's headers: `merchantuniquecode` (required, 10), `pageSize` 1–1,000 (default 1,000), `pageNumber`
//   from 1 (default 1; past the last page: no payments); each line `{ MerchantUniqueCode, PaymentId, Amount,
//   Status, Scope, ErrorMessage }` with `Scope` 3 (PayWall's example; its values are unpublished); a queued payment
//   has `PaymentId` null and `Status` 1 (created) and counts as unprocessed; statuses 3 and 4 count as successful;
// - retry and resend take `{ MerchantUniqueCode }`; resend answers `{ BulkPaymentId, MerchantUniqueCode }` and is
//   refused (2) past 7 days after the batch, or when the batch has no `CallbackAddress`.

type Obj = Record<string, unknown>;
const STORM_MAX = 500;
const TSUNAMI_MAX = 50_000;
const QUERY_MAX_PAGE = 1000;
/** `Scope` of a query line: PayWall's example value (its meaning is unpublished). */
const SCOPE = 3;

const isWebUrl = (v: unknown) => typeof v === 'string' && URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol);

function bodyOf(r: SimRequest): Obj {
  if (!isObj(r.json)) throw fail(2, 'Body must be a JSON object');
  return r.json;
}

/** The checked `PaymentDetail` of a Storm or Tsunami batch: a direct payment's, and the callback's address and form. */
function detailOf(body: Obj) {
  const checked = checkDetail(body, false);
  const d = body.PaymentDetail as Obj;
  const callback = d.CallbackAddress;
  if (callback !== undefined && callback !== null && callback !== '' && !isWebUrl(callback)) throw fail(2, 'CallbackAddress must be an absolute http(s) URL');
  return {
    ...checked,
    code: checked.merchantUniqueCode,
    callbackAddress: isWebUrl(callback) ? (callback as string) : null,
    split: d.CallbackBodySplit === true,
    compression: d.CallbackBodyCompression === true,
  };
}

type Card = PayWallSimBulkItem['card'];

function cardOf(card: Obj, model: number, now: Date): Card {
  if (model === 1) {
    const c = checkPlainCard(card, now);
    return { ...c, identityNumber: undefined, insurance: false };
  }
  const owner = str(card.OwnerName);
  if (owner.length === 0 || owner.length > 60) throw fail(13, 'Unexpected card holder');
  const number = str(card.Number);
  if (!/^\d{12}$/.test(number)) throw fail(14, 'Unexpected card number: with CardModel 2 it is the first 8 and the last 4 digits (12 digits)');
  const identity = str(card.IdentityNumber);
  if (identity === '' || identity.length > 20) throw fail(18, 'IdentityNumber is required with CardModel 2');
  const month = Number(card.ExpireMonth);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw fail(15, 'Unexpected expiry month');
  if (!Number.isInteger(Number(card.ExpireYear))) throw fail(16, 'Unexpected expiry year');
  return { number, ownerName: owner, expireMonth: String(card.ExpireMonth), expireYear: String(card.ExpireYear), identityNumber: identity, insurance: true };
}

function startBatch(sim: PayWallSimulator, r: SimRequest, kind: 'storm' | 'tsunami') {
  const body = bodyOf(r);
  const d = detailOf(body);
  sim.bulk.assertNewCode(d.code);
  const method = body.CardMethod;
  if (method !== 1 && method !== 2) throw fail(2, 'CardMethod is 1 (one card for all) or 2 (a card per payment)');
  const model = body.CardModel;
  if (model !== 1 && model !== 2) throw fail(2, 'CardModel is 1 (ECommerce) or 2 (Insurance)');
  const payments = body.Payments;
  if (!Array.isArray(payments) || payments.length === 0) throw fail(2, 'Payments is empty');
  const max = kind === 'storm' ? STORM_MAX : TSUNAMI_MAX;
  if (payments.length > max) throw fail(2, `A ${kind === 'storm' ? 'Storm' : 'Tsunami'} batch takes at most ${max} payments, not ${payments.length}`);
  const now = sim.now();
  let shared: Card | undefined;
  let sum = 0;
  const items: PayWallSimBulkItem[] = payments.map((p: unknown, i): PayWallSimBulkItem => {
    if (!isObj(p)) throw fail(2, `Payments[${i}] must be an object`);
    checkCustomer(p.Customer);
    if (!isObj(p.Product)) throw fail(2, `Payments[${i}].Product is missing`);
    const amountKurus = simKurus(p.Product.ProductAmount);
    if (amountKurus === undefined || amountKurus <= 0) throw fail(2, 'ProductAmount is not a valid amount');
    checkProducts([p.Product], amountKurus);
    sum += amountKurus;
    const carries = p.Card !== undefined && p.Card !== null;
    const must = method === 2 || i === 0;
    if (must && !carries) throw fail(18, method === 1 ? 'With CardMethod 1 the first payment carries the card' : `Payments[${i}] has no card (CardMethod 2)`);
    if (!must && carries) throw fail(18, 'With CardMethod 1 only the first payment carries a card');
    let card: Card;
    if (carries) {
      if (!isObj(p.Card)) throw fail(18, 'Unexpected card detail');
      card = cardOf(p.Card, model, now);
      shared ??= card;
    } else card = shared as Card;
    const n = i + 1;
    return newBulkItem({
      n,
      line: n,
      merchantUniqueCode: `${d.code}-${n}`,
      amountKurus,
      card,
      customer: plainJson(p.Customer as Obj),
      product: plainJson(p.Product),
      refused: undefined,
    });
  });
  if (sum !== d.amountKurus) throw fail(26, 'Product total does not match the transaction amount');
  const batch: PayWallSimBulkBatch = {
    bulkPaymentId: sim.nextId(),
    merchantUniqueCode: d.code,
    kind,
    currencyId: d.currencyId,
    installment: d.installment,
    half: d.half,
    clientIp: d.clientIp,
    channelId: d.channelId,
    tagId: d.tagId,
    trackingCode: undefined,
    callbackAddress: d.callbackAddress,
    split: d.split,
    compression: d.compression,
    fileFormat: undefined,
    filePattern: undefined,
    items,
    createdAt: now,
    dueAt: now.getTime(),
    finishedAt: undefined,
  };
  sim.bulk.batches.set(d.code, batch);
  if (kind === 'storm') {
    // PayWall: Storm requests between 23:50 and 00:00 are processed after midnight.
    if (lateEvening(now.getTime())) batch.dueAt = nextIstanbulMidnight(now.getTime());
    else sim.bulk.process(batch);
  }
  return ok({ BulkPaymentId: batch.bulkPaymentId, MerchantUniqueCode: d.code });
}

/** The batch a body names by `MerchantUniqueCode`. */
function batchOf(sim: PayWallSimulator, code: unknown, processed = true): PayWallSimBulkBatch {
  if (typeof code !== 'string' || code === '') throw fail(10, 'Unexpected MerchantUniqueCode');
  const batch = sim.bulk.batchOf(code);
  if (!batch) throw fail(-1, 'Bulk payment not found');
  if (processed && batch.finishedAt === undefined) throw fail(2, 'The batch is still queued: it has not been processed yet');
  return batch;
}

/** The batch's items a payment row names by `PaymentIds`. */
function namedItems(batch: PayWallSimBulkBatch, ids: unknown): PayWallSimBulkItem[] {
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((x) => isInt(x) && x > 0)) throw fail(2, 'PaymentIds must be a non-empty list of payment ids');
  const unique = [...new Set(ids as number[])];
  return unique.map((id) => {
    const item = batch.items.find((i) => i.paymentId === id);
    if (!item) throw fail(-1, `Payment ${id} is not a payment of this batch`);
    return item;
  });
}

function reverse(sim: PayWallSimulator, r: SimRequest, how: 'cancel' | 'refund', whole: boolean) {
  const b = bodyOf(r);
  const batch = batchOf(sim, b.MerchantUniqueCode);
  let items: PayWallSimBulkItem[];
  if (whole) {
    items = batch.items.filter((i) => {
      const p = sim.bulk.paymentOf(i);
      return p && (p.statusId === 4 || p.statusId === 3) && !p.cancelled && p.refundedKurus === 0;
    });
    if (items.length === 0) throw fail(92, `The batch has no successful payment left to ${how}`);
  } else items = namedItems(batch, b.PaymentIds);
  const done = sim.bulk.reverse(items, how);
  const word = how === 'cancel' ? 'Cancelled' : 'Refunded';
  return ok({
    MerchantUniqueCode: batch.merchantUniqueCode,
    PaymentIds: items.map((i) => i.paymentId),
    [`${word}PaymentCount`]: done.count,
    [`${word}Amount`]: simTl(done.kurus),
  });
}

function totalsOf(batch: PayWallSimBulkBatch) {
  const t = bulkTotals(batch);
  return {
    TotalPaymentCount: t.count,
    TotalPaymentAmount: simTl(t.kurus),
    TotalSuccessPaymentCount: t.okCount,
    TotalSuccessPaymentAmount: simTl(t.okKurus),
    TotalUnsuccessfulPaymentCount: t.failCount,
    TotalUnsuccessfulPaymentAmount: simTl(t.failKurus),
    TotalUnprocessedPaymentCount: t.waitCount,
    TotalUnprocessedPaymentAmount: simTl(t.waitKurus),
  };
}

function pageHeader(r: SimRequest, name: string, fallback: number, max?: number): number {
  const v = r.headers.get(name);
  if (v === null || v.trim() === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || (max !== undefined && n > max)) throw fail(2, `${name} is a whole number from 1${max ? ` to ${max}` : ''}`);
  return n;
}

function query(sim: PayWallSimulator, r: SimRequest) {
  const batch = batchOf(sim, r.headers.get('merchantuniquecode') ?? '', false);
  const size = pageHeader(r, 'pagesize', QUERY_MAX_PAGE, QUERY_MAX_PAGE);
  const page = pageHeader(r, 'pagenumber', 1);
  const items = batch.items.slice((page - 1) * size, page * size);
  return ok({
    ...totalsOf(batch),
    PageNumber: page,
    PageSize: size,
    TotalPages: Math.ceil(batch.items.length / size),
    Payments: items.map((i) => ({
      MerchantUniqueCode: i.merchantUniqueCode,
      PaymentId: i.paymentId ?? null,
      Amount: simTl(i.amountKurus),
      Status: i.statusId ?? 1,
      Scope: SCOPE,
      ErrorMessage: i.errorMessage,
    })),
  });
}

/** Bulk payment routes (#34–#44). */
export function bulkPaymentRoutes(sim: PayWallSimulator): void {
  const B = `${API}/payment/bulk`;
  sim.api('POST', `${B}/startdirect`, (r) => startBatch(sim, r, 'storm'));
  sim.api('POST', `${B}/big/startdirect`, (r) => startBatch(sim, r, 'tsunami'));
  bulkFileRoutes(sim);
  sim.api('POST', `${B}/payment/cancel`, (r) => reverse(sim, r, 'cancel', false));
  sim.api('POST', `${B}/batch/cancel`, (r) => reverse(sim, r, 'cancel', true));
  sim.api('POST', `${B}/payment/refund`, (r) => reverse(sim, r, 'refund', false));
  sim.api('POST', `${B}/batch/refund`, (r) => reverse(sim, r, 'refund', true));
  sim.api('GET', `${B}/payment/query`, (r) => query(sim, r));
  sim.api('GET', `${B}/payment/query/summary`, (r) => ok(totalsOf(batchOf(sim, r.headers.get('merchantuniquecode') ?? '', false))));
  sim.api('POST', `${B}/payment/retry`, (r) => {
    const batch = batchOf(sim, bodyOf(r).MerchantUniqueCode);
    const done = sim.bulk.retry(batch);
    return ok({
      MerchantUniqueCode: batch.merchantUniqueCode,
      RetriedPaymentCount: done.retried,
      SuccessPaymentCount: done.ok,
      UnsuccessfulPaymentCount: done.failed,
    });
  });
  sim.api('POST', `${B}/payment/send/callback`, (r) => {
    const batch = batchOf(sim, bodyOf(r).MerchantUniqueCode);
    if (sim.now().getTime() - batch.createdAt.getTime() > PAYWALL_SIM_BULK_RESEND_MS)
      throw fail(2, 'A bulk callback can be sent again for 7 days after the batch only');
    if (!batch.callbackAddress) throw fail(2, 'The batch has no CallbackAddress');
    sim.bulk.announce(batch);
    return ok({ BulkPaymentId: batch.bulkPaymentId, MerchantUniqueCode: batch.merchantUniqueCode });
  });
  sim.onClock(() => sim.bulk.tick());
}
