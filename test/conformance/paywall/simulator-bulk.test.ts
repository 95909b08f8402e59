// Bulk payments (§4.3, #34–#44) end to end: the SDK on the simulator, the result callbacks captured by a recording
// `deliver` and verified twice, by the SDK (`callbacks.verifyBulkCallback`, `parseBulkFileResult`) and by oracles of
// their own (node:crypto for the §6.2 hash, node:zlib for gzip, integer kuruş for the totals). What PayWall has not
// published (answers of #37–#40, #43, #44, the file format, Type, Scope) is asserted as the simulator documents it.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { PaymentDeclinedError, PayWall } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';

const keys = { apiKeyPublic: 'pk-sim', apiClientPublic: 'pc-sim', apiKeyPrivate: 'sk-sim', apiClientPrivate: 'sc-sim' };
const BASE = 'https://paywall.test';
const HOOK = 'https://shop.example/bulk';
const KEY = 'system-webhook-key';
// 12:00 in Istanbul: far from midnight, so "the same day" is not a matter of when the suite runs.
const NOON = Date.parse('2026-03-10T09:00:00Z');
const DAY = 86_400_000;
const year = '2030';

const customer = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const card = (digits: string) => ({ OwnerName: 'Ayşe Yılmaz', Number: digits, ExpireMonth: '12', ExpireYear: year, Cvv: '123' });
const payment = (amount: number, number?: string, i = 0) => ({
  Customer: customer,
  Product: { ProductId: `p-${i}`, ProductName: 'Aidat', ProductCategory: 'Üyelik', ProductDescription: '', ProductAmount: amount },
  ...(number ? { Card: card(number) } : {}),
});
/** The batch total by integer kuruş: the oracle of every amount below. */
const kurus = (tl: number) => Math.round(tl * 100);
const sumTl = (amounts: number[]) => amounts.reduce((s, a) => s + kurus(a), 0) / 100;

interface Posted {
  url: string;
  headers: Headers;
  bytes: Uint8Array;
}

function setup(now = NOON) {
  const sim = new PayWallSimulator({ ...keys, now: () => new Date(now) });
  const posted: Posted[] = [];
  sim.bulk.configure({
    hashKey: KEY,
    deliver: async (url, init) => {
      const body = init.body;
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body as Uint8Array);
      posted.push({ url, headers: new Headers(init.headers), bytes });
      return new Response('OK');
    },
  });
  const pw = new PayWall({ ...keys, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off', hashKeys: { systemWebhook: KEY } });
  /** A post as the shop's endpoint receives it. */
  const request = (p: Posted) => new Request(p.url, { method: 'POST', headers: p.headers, body: p.bytes as BodyInit });
  /** A post's text, decompressed by node:zlib when it says gzip. */
  const text = (p: Posted) => (p.headers.get('content-encoding') === 'gzip' ? gunzipSync(p.bytes).toString('utf8') : new TextDecoder().decode(p.bytes));
  /** A request straight to the simulator (what the SDK would refuse before sending). */
  const raw = async (path: string, body: unknown) => {
    const res = await sim.fetch(`${BASE}/api/paywall/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', apikeypublic: keys.apiKeyPublic, apiclientpublic: keys.apiClientPublic },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { ErrorCode: number; Result: boolean; Message: string; Body: unknown };
  };
  return { sim, pw, posted, request, text, raw };
}

const oracleHash = (id: unknown, code: string) =>
  createHash('sha256')
    .update(`${KEY}###${String(id)}###${code}`, 'utf8')
    .digest('hex');

function batch(code: string, amounts: number[], cards: (string | undefined)[], detail: Record<string, unknown> = {}) {
  return {
    PaymentDetail: {
      Amount: sumTl(amounts),
      MerchantUniqueCode: code,
      CurrencyId: 1 as const,
      Installment: 1,
      ClientIP: '203.0.113.7',
      CallbackAddress: HOOK,
      ...detail,
    },
    CardMethod: (cards.length === 1 ? 1 : 2) as 1 | 2,
    CardModel: 1 as const,
    Payments: amounts.map((a, i) => payment(a, cards.length === 1 ? (i === 0 ? cards[0] : undefined) : cards[i], i)),
  };
}

describe('PayWall bulk payments: SDK and simulator', () => {
  it('Storm: a declining card among approving ones, totals exact to the kuruş, a callback that verifies', async () => {
    const { sim, pw, posted, request, text } = setup();
    const amounts = [10.1, 20.2, 0.3, 1234.56];
    const cards = [PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.troy, PAYWALL_SIM_CARDS.insufficientFunds, PAYWALL_SIM_CARDS.success];
    const started = await pw.bulkPayments.start(batch('storm-1', amounts, cards));
    expect(started).toMatchObject({ reference: 'storm-1', MerchantUniqueCode: 'storm-1' });
    expect(started.BulkPaymentId).toEqual(expect.any(Number));

    await sim.bulk.flush();
    expect(posted).toHaveLength(1);
    const p = posted[0] as Posted;
    expect(p.url).toBe(HOOK);
    expect(p.headers.get('content-encoding')).toBeNull();
    const cb = await pw.callbacks.verifyBulkCallback(request(p));
    expect(cb.verified).toEqual({ bulkPaymentId: String(started.BulkPaymentId), merchantUniqueCode: 'storm-1' });
    expect(cb.unverified).toMatchObject({ type: 2, isCompressed: false, pageNumber: 1, totalPages: 1, hasMorePages: false });
    expect(cb.results.map((r) => [r.MerchantUniqueCode, r.Status, r.Amount])).toEqual([
      ['storm-1-1', 4, 10.1],
      ['storm-1-2', 4, 20.2],
      ['storm-1-3', 5, 0.3],
      ['storm-1-4', 4, 1234.56],
    ]);
    expect(cb.results[2]?.ErrorMessage).toMatch(/bakiye/i);
    expect(cb.results[0]?.ErrorMessage).toBeNull();
    // The oracle: the §6.2 bulk hash recomputed with node:crypto.
    const fields = JSON.parse(text(p)) as Record<string, unknown>;
    expect(fields.Hash).toBe(oracleHash(started.BulkPaymentId, 'storm-1'));
    expect(fields).toMatchObject({ Type: 2, MerchantUniqueCode: 'storm-1', ErrorMessage: '1 of 4 payments failed', IsCompressed: false });
    // A forged page does not verify.
    const forged = text(p).replace(`"BulkPaymentId":${started.BulkPaymentId}`, `"BulkPaymentId":${Number(started.BulkPaymentId) + 1}`);
    await expect(pw.callbacks.verifyBulkCallback(forged)).rejects.toMatchObject({ code: 'signature_verification_failed' });

    const q = await pw.bulkPayments.query({ MerchantUniqueCode: 'storm-1' });
    const failed = kurus(0.3);
    const total = amounts.reduce((s, a) => s + kurus(a), 0);
    expect(q).toMatchObject({
      TotalPaymentCount: 4,
      TotalPaymentAmount: total / 100,
      TotalSuccessPaymentCount: 3,
      TotalSuccessPaymentAmount: (total - failed) / 100,
      TotalUnsuccessfulPaymentCount: 1,
      TotalUnsuccessfulPaymentAmount: failed / 100,
      TotalUnprocessedPaymentCount: 0,
      TotalUnprocessedPaymentAmount: 0,
      PageNumber: 1,
      PageSize: 1000,
      TotalPages: 1,
    });
    expect(kurus(q.TotalSuccessPaymentAmount as number)).toBe(126_486);
    expect(q.Payments.map((l) => [l.Status, l.Scope])).toEqual([
      [4, 3],
      [4, 3],
      [5, 3],
      [4, 3],
    ]);
    // Each payment is a simulator payment: the declined one is failed as a single payment is.
    expect(sim.byMerchantCode('storm-1-3')).toMatchObject({ statusId: 5, amountKurus: 30 });
    const single = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: 'storm-1-2' });
    expect(JSON.stringify(single)).toContain('"StatusId":4');
    // The same card declines a single direct payment.
    await expect(
      pw.payments.startDirect({
        PaymentDetail: { Amount: 5, MerchantUniqueCode: 'single-1', CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7' },
        Card: card(PAYWALL_SIM_CARDS.insufficientFunds),
        Customer: customer,
        Products: [{ ProductId: 'x', ProductName: 'x', ProductCategory: 'x', ProductDescription: '', ProductAmount: 5 }],
      }),
    ).rejects.toBeInstanceOf(PaymentDeclinedError);
  });

  it('CallbackBodySplit: pages of pageSize, one POST each, every page signed', async () => {
    const { sim, pw, posted, request } = setup();
    sim.bulk.configure({ pageSize: 2 });
    const amounts = [1, 2, 3, 4, 5];
    const started = await pw.bulkPayments.start(batch('split-1', amounts, [PAYWALL_SIM_CARDS.success], { CallbackBodySplit: true }));
    await sim.bulk.flush();
    expect(posted).toHaveLength(3);
    const pages = await Promise.all(posted.map((p) => pw.callbacks.verifyBulkCallback(request(p))));
    expect(pages.map((c) => [c.unverified.pageNumber, c.unverified.totalPages, c.unverified.hasMorePages, c.results.length])).toEqual([
      [1, 3, true, 2],
      [2, 3, true, 2],
      [3, 3, false, 1],
    ]);
    expect(pages.flatMap((c) => c.results.map((r) => r.MerchantUniqueCode))).toEqual(['split-1-1', 'split-1-2', 'split-1-3', 'split-1-4', 'split-1-5']);
    expect(pages.every((c) => c.verified.bulkPaymentId === String(started.BulkPaymentId))).toBe(true);
    // CardMethod 1: the first payment's card paid for all of them.
    expect(pages[0]?.unverified.type).toBe(1);
    expect(sim.byMerchantCode('split-1-5')?.card.number).toBe(PAYWALL_SIM_CARDS.success);
  });

  it('CallbackBodyCompression: gzip bodies with Content-Encoding and IsCompressed, read by node:zlib and the SDK', async () => {
    const { sim, pw, posted, request } = setup();
    sim.bulk.configure({ pageSize: 2 });
    const started = await pw.bulkPayments.start(
      batch('gzip-1', [7.77, 8.88, 9.99], [PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.doNotHonour, PAYWALL_SIM_CARDS.troy], {
        CallbackBodySplit: true,
        CallbackBodyCompression: true,
      }),
    );
    await sim.bulk.flush();
    expect(posted).toHaveLength(2);
    for (const p of posted) {
      expect(p.headers.get('content-encoding')).toBe('gzip');
      expect([p.bytes[0], p.bytes[1]]).toEqual([0x1f, 0x8b]);
      const fields = JSON.parse(gunzipSync(p.bytes).toString('utf8')) as Record<string, unknown>;
      expect(fields).toMatchObject({ IsCompressed: true, BulkPaymentId: started.BulkPaymentId, Hash: oracleHash(started.BulkPaymentId, 'gzip-1') });
    }
    const first = await pw.callbacks.verifyBulkCallback(request(posted[0] as Posted));
    const second = await pw.callbacks.verifyBulkCallback((posted[1] as Posted).bytes);
    expect(first.unverified.isCompressed).toBe(true);
    expect([...first.results, ...second.results].map((r) => r.Status)).toEqual([4, 5, 4]);
  });

  it('Tsunami: queued, shown as unprocessed, charged when the clock moves; flush() charges the rest', async () => {
    const { sim, pw, posted, request } = setup();
    const amounts = [100, 200.5, 0.01];
    const started = await pw.bulkPayments.startLarge(batch('tsunami-1', amounts, [PAYWALL_SIM_CARDS.success]));
    expect(started.MerchantUniqueCode).toBe('tsunami-1');
    const queued = await pw.bulkPayments.query({ MerchantUniqueCode: 'tsunami-1' });
    expect(queued).toMatchObject({ TotalPaymentCount: 3, TotalUnprocessedPaymentCount: 3, TotalUnprocessedPaymentAmount: 300.51, TotalSuccessPaymentCount: 0 });
    expect(queued.Payments.map((l) => [l.PaymentId, l.Status])).toEqual([
      [null, 1],
      [null, 1],
      [null, 1],
    ]);
    // A queued batch cannot be retried or resent yet.
    await expect(pw.bulkPayments.resendCallback({ MerchantUniqueCode: 'tsunami-1' })).rejects.toMatchObject({ providerCode: '2' });
    await Promise.resolve();
    expect(sim.bulk.callbacks).toHaveLength(0);

    sim.advanceTime(60_000);
    await sim.bulk.flush();
    expect(posted).toHaveLength(1);
    const cb = await pw.callbacks.verifyBulkCallback(request(posted[0] as Posted));
    expect(cb.unverified).toMatchObject({ type: 1, durationTime: 60 });
    expect(await pw.bulkPayments.summary({ MerchantUniqueCode: 'tsunami-1' })).toMatchObject({
      TotalSuccessPaymentCount: 3,
      TotalSuccessPaymentAmount: 300.51,
      TotalUnprocessedPaymentCount: 0,
    });

    await pw.bulkPayments.startLarge(batch('tsunami-2', [5], [PAYWALL_SIM_CARDS.success]));
    expect(sim.bulk.batchOf('tsunami-2')?.finishedAt).toBeUndefined();
    await sim.bulk.flush();
    expect(sim.bulk.batchOf('tsunami-2')?.items[0]?.statusId).toBe(4);
    expect(posted).toHaveLength(2);
  });

  it('a Storm batch between 23:50 and midnight (Istanbul) is processed after midnight', async () => {
    const { sim, pw, posted } = setup(Date.parse('2026-03-10T20:55:00Z'));
    await pw.bulkPayments.start(batch('late-1', [12], [PAYWALL_SIM_CARDS.success]));
    sim.advanceTime(60_000);
    expect(sim.bulk.batchOf('late-1')?.finishedAt).toBeUndefined();
    sim.advanceTime(5 * 60_000);
    expect(sim.bulk.batchOf('late-1')?.finishedAt?.toISOString()).toBe('2026-03-10T21:01:00.000Z');
    await sim.bulk.flush();
    expect(posted).toHaveLength(1);
  });

  it('the file upload: multipart in, a gzip CSV result out with masked card numbers only', async () => {
    const { sim, pw, posted, request, text } = setup();
    const rows = [
      ['Ayşe Yılmaz', PAYWALL_SIM_CARDS.success, '12', year, '123', '10.50'],
      ['Mehmet Kaya', PAYWALL_SIM_CARDS.insufficientFunds, '1', year, '456', '20.25'],
      ['"Demir, Ali"', PAYWALL_SIM_CARDS.troy, '07', year, '789', '0.99'],
      ['Can Öz', '4111111111111112', '12', year, '123', '5'],
    ];
    const csv = `OwnerName,Number,ExpireMonth,ExpireYear,Cvv,Amount\n${rows.map((r) => r.join(',')).join('\n')}\n`;
    const file = {
      File: csv,
      FileFormat: 1,
      FilePattern: 1,
      CurrencyId: 1 as const,
      Installment: 1,
      CallbackAddress: HOOK,
      Amount: 36.74,
      MerchantUniqueCode: 'file-1',
      TrackingCode: 'march-dues',
      CallbackBodyCompression: true,
    };
    // The simulator reads one pattern of its own and says which.
    await expect(pw.bulkPayments.startFile({ ...file, FilePattern: 2 })).rejects.toMatchObject({
      providerCode: '2',
      providerMessage: expect.stringContaining('FilePattern 1 (OwnerName,Number,ExpireMonth,ExpireYear,Cvv,Amount)'),
    });
    await expect(pw.bulkPayments.startFile({ ...file, Amount: 36.75 })).rejects.toMatchObject({ providerCode: '26' });

    const started = await pw.bulkPayments.startFile(file);
    expect(started).toMatchObject({ reference: 'file-1', MerchantUniqueCode: 'file-1' });
    const req = sim.requests.find((r) => r.path.endsWith('/bulk/file/startdirect') && r.status === 200);
    expect(req?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(await pw.bulkPayments.summary({ MerchantUniqueCode: 'file-1' })).toMatchObject({ TotalUnprocessedPaymentCount: 4 });

    await sim.bulk.flush();
    expect(posted).toHaveLength(1);
    const p = posted[0] as Posted;
    expect(p.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(p.headers.get('content-encoding')).toBe('gzip');
    const lines = text(p).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.split(',').slice(0, 9)).toEqual([
      '1',
      '2',
      expect.any(String),
      'file-1-1',
      'march-dues',
      'Ayşe Yılmaz',
      '552879******0008',
      '12/2030',
      '10.50',
    ]);

    const result = await pw.callbacks.parseBulkFileResult(request(p));
    expect(result.unreadable).toEqual([]);
    expect(result.lines.map((l) => [l.lineNumber, l.merchantUniqueCode, l.cardOwner, l.amountKurus, l.paywallErrorCode, l.paymentStatusId])).toEqual([
      [2, 'file-1-1', 'Ayşe Yılmaz', 1050, '', 4],
      [3, 'file-1-2', 'Mehmet Kaya', 2025, '1', 5],
      [4, 'file-1-3', 'Demir, Ali', 99, '', 4],
      [5, 'file-1-4', 'Can Öz', 500, '14', 5],
    ]);
    expect(result.lines[1]?.bankErrorCode).toBe('51');
    expect(result.lines.map((l) => l.cardNumber)).toEqual(['552879******0008', '435508******4358', '979204******0009', '411111******1112']);

    const q = await pw.bulkPayments.query({ MerchantUniqueCode: 'file-1' });
    expect(q).toMatchObject({
      TotalSuccessPaymentCount: 2,
      TotalSuccessPaymentAmount: 11.49,
      TotalUnsuccessfulPaymentCount: 2,
      TotalUnsuccessfulPaymentAmount: 25.25,
    });
    // No full card number in anything the simulator posted, compressed or not.
    for (const c of posted) {
      const all = `${text(c)}\n${new TextDecoder().decode(c.bytes)}`;
      for (const r of rows) expect(all).not.toContain(r[1]);
    }
  });

  it('cancel on the day of the charge only, refund then or later, successful payments only', async () => {
    const { sim, pw } = setup();
    const cards = [PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.stolen, PAYWALL_SIM_CARDS.troy, PAYWALL_SIM_CARDS.success];
    await pw.bulkPayments.start(batch('rev-1', [10, 20, 30, 40], cards));
    const b = sim.bulk.batchOf('rev-1');
    const id = (n: number) => b?.items[n - 1]?.paymentId as number;

    await expect(pw.bulkPayments.cancelPayments({ MerchantUniqueCode: 'rev-1', PaymentIds: [id(1), id(2)] })).rejects.toMatchObject({ providerCode: '92' });
    expect(sim.payments.get(id(1))?.cancelled).toBe(false); // all or nothing
    const cancelled = await pw.bulkPayments.cancelPayments({ MerchantUniqueCode: 'rev-1', PaymentIds: [id(1)] });
    expect(cancelled).toMatchObject({ reference: 'rev-1', CancelledPaymentCount: 1, CancelledAmount: 10, PaymentIds: [id(1)] });
    expect(sim.payments.get(id(1))).toMatchObject({ cancelled: true, statusId: 4 });
    expect(JSON.stringify(await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: 'rev-1-1' }))).toContain('"AnySuccessCancel":true');
    await expect(pw.bulkPayments.cancelPayments({ MerchantUniqueCode: 'rev-1', PaymentIds: [id(1)] })).rejects.toMatchObject({ providerCode: '94' });
    await expect(pw.bulkPayments.cancelPayments({ MerchantUniqueCode: 'rev-1', PaymentIds: [999_999] })).rejects.toMatchObject({ providerCode: '-1' });
    await expect(pw.bulkPayments.cancelBatch({ MerchantUniqueCode: 'no-such-batch' })).rejects.toMatchObject({ providerCode: '-1' });
    // A refund on the day of the charge, as a single payment's.
    const one = await pw.bulkPayments.refundPayments({ MerchantUniqueCode: 'rev-1', PaymentIds: [id(3)] });
    expect(one).toMatchObject({ RefundedPaymentCount: 1, RefundedAmount: 30 });

    sim.advanceTime(DAY);
    await expect(pw.bulkPayments.cancelBatch({ MerchantUniqueCode: 'rev-1' })).rejects.toMatchObject({ providerCode: '92' });
    // The whole batch: what is left successful, neither cancelled nor refunded (payment 4 only).
    const rest = await pw.bulkPayments.refundBatch({ MerchantUniqueCode: 'rev-1' });
    expect(rest).toMatchObject({ RefundedPaymentCount: 1, RefundedAmount: 40, PaymentIds: [id(4)] });
    expect(sim.payments.get(id(4))).toMatchObject({ refundedKurus: 4000, capturedKurus: 4000 });
    await expect(pw.bulkPayments.refundPayments({ MerchantUniqueCode: 'rev-1', PaymentIds: [id(3)] })).rejects.toMatchObject({ providerCode: '93' });
    await expect(pw.bulkPayments.refundBatch({ MerchantUniqueCode: 'rev-1' })).rejects.toMatchObject({ providerCode: '92' });
    expect(sim.payments.get(id(2))?.activities.map((a) => a.type)).toEqual(['Failed']);
  });

  it('retry charges the failed payments again with the current card decisions and posts the result again', async () => {
    const { sim, pw, posted, request } = setup();
    const cards = [PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.insufficientFunds, PAYWALL_SIM_CARDS.bankDown];
    await pw.bulkPayments.start(batch('retry-1', [1.11, 2.22, 3.33], cards));
    const still = await pw.bulkPayments.retry({ MerchantUniqueCode: 'retry-1' });
    expect(still).toMatchObject({ RetriedPaymentCount: 2, SuccessPaymentCount: 0, UnsuccessfulPaymentCount: 2 });

    sim.bulk.configure({ approveCards: [PAYWALL_SIM_CARDS.insufficientFunds] });
    const better = await pw.bulkPayments.retry({ MerchantUniqueCode: 'retry-1' });
    expect(better).toMatchObject({ RetriedPaymentCount: 2, SuccessPaymentCount: 1, UnsuccessfulPaymentCount: 1 });
    const failedId = sim.bulk.batchOf('retry-1')?.items[1]?.paymentId;
    expect(sim.payments.get(failedId as number)?.activities.map((a) => a.type)).toEqual(['Failed', 'Failed', 'Sale']);

    await sim.bulk.flush();
    expect(posted).toHaveLength(3);
    const last = await pw.callbacks.verifyBulkCallback(request(posted[2] as Posted));
    expect(last.results.map((r) => [r.PaymentId, r.Status])).toEqual([
      [sim.bulk.batchOf('retry-1')?.items[0]?.paymentId, 4],
      [failedId, 4],
      [sim.bulk.batchOf('retry-1')?.items[2]?.paymentId, 5],
    ]);
    expect(await pw.bulkPayments.summary({ MerchantUniqueCode: 'retry-1' })).toMatchObject({
      TotalSuccessPaymentCount: 2,
      TotalSuccessPaymentAmount: 3.33,
      TotalUnsuccessfulPaymentAmount: 3.33,
    });
  });

  it('resendCallback posts the result again within 7 days and is refused after', async () => {
    const { sim, pw, posted, request } = setup();
    const started = await pw.bulkPayments.start(batch('resend-1', [50], [PAYWALL_SIM_CARDS.success]));
    sim.advanceTime(7 * DAY - 60_000);
    expect(await pw.bulkPayments.resendCallback({ MerchantUniqueCode: 'resend-1' })).toMatchObject({ BulkPaymentId: started.BulkPaymentId });
    await sim.bulk.flush();
    expect(posted).toHaveLength(2);
    const again = await pw.callbacks.verifyBulkCallback(request(posted[1] as Posted));
    expect(again.verified.bulkPaymentId).toBe(String(started.BulkPaymentId));
    expect(again.results).toEqual((await pw.callbacks.verifyBulkCallback(request(posted[0] as Posted))).results);

    sim.advanceTime(2 * 60_000);
    await expect(pw.bulkPayments.resendCallback({ MerchantUniqueCode: 'resend-1' })).rejects.toMatchObject({ providerCode: '2' });
    await expect(pw.bulkPayments.resendCallback({ MerchantUniqueCode: 'no-such-batch' })).rejects.toMatchObject({ providerCode: '-1' });
    await sim.bulk.flush();
    expect(posted).toHaveLength(2);
  });

  it('query pages: pageSize and pageNumber headers, TotalPages, queryAll over every page', async () => {
    const { sim, pw } = setup();
    const amounts = [1, 2, 3, 4, 5];
    await pw.bulkPayments.start(batch('page-1', amounts, [PAYWALL_SIM_CARDS.success]));
    const pages = await Promise.all([1, 2, 3, 4].map((n) => pw.bulkPayments.query({ MerchantUniqueCode: 'page-1', PageSize: 2, PageNumber: n })));
    expect(pages.map((p) => [p.PageNumber, p.PageSize, p.TotalPages, p.Payments.map((l) => l.MerchantUniqueCode)])).toEqual([
      [1, 2, 3, ['page-1-1', 'page-1-2']],
      [2, 2, 3, ['page-1-3', 'page-1-4']],
      [3, 2, 3, ['page-1-5']],
      [4, 2, 3, []],
    ]);
    const req = sim.requests.find((r) => r.path.endsWith('/bulk/payment/query'));
    expect(req?.headers).toMatchObject({ merchantuniquecode: 'page-1', pagesize: '2', pagenumber: '1' });
    const all = [];
    for await (const line of pw.bulkPayments.queryAll({ MerchantUniqueCode: 'page-1', PageSize: 2 })) all.push(line);
    expect(all).toHaveLength(5);
    const summary = await pw.bulkPayments.summary({ MerchantUniqueCode: 'page-1' });
    const totals = Object.entries(pages[0] ?? {}).filter(([k]) => k.startsWith('Total') && k !== 'TotalPages');
    expect(totals).toHaveLength(8);
    expect(summary).toMatchObject(Object.fromEntries(totals));
    expect(summary.TotalPaymentAmount).toBe(sumTl(amounts));
    const tooBig = await sim.fetch(`${BASE}/api/paywall/payment/bulk/payment/query`, {
      headers: { apikeypublic: keys.apiKeyPublic, apiclientpublic: keys.apiClientPublic, merchantuniquecode: 'page-1', pagesize: '1001' },
    });
    expect(await tooBig.json()).toMatchObject({ ErrorCode: 2, Result: false });
  });

  it('refusals: a reused code, a wrong sum, cards out of place, too many payments; nothing is kept', async () => {
    const { sim, pw, raw } = setup();
    await pw.bulkPayments.start(batch('ref-1', [5], [PAYWALL_SIM_CARDS.success]));
    await expect(pw.bulkPayments.start(batch('ref-1', [5], [PAYWALL_SIM_CARDS.success]))).rejects.toMatchObject({ providerCode: '4', reference: 'ref-1' });
    await expect(pw.bulkPayments.startLarge(batch('ref-1', [5], [PAYWALL_SIM_CARDS.success]))).rejects.toMatchObject({ providerCode: '4' });
    // A batch code may not be a payment's code either.
    await expect(pw.bulkPayments.start(batch('ref-1-1', [5], [PAYWALL_SIM_CARDS.success]))).rejects.toMatchObject({ providerCode: '4' });

    // What the SDK refuses before sending, the simulator refuses too.
    const wrongSum = { ...batch('ref-2', [1.1, 2.2], [PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.troy]) };
    wrongSum.PaymentDetail.Amount = 3.31;
    expect(await raw('payment/bulk/startdirect', wrongSum)).toMatchObject({ ErrorCode: 26, Result: false });
    await expect(pw.bulkPayments.start(wrongSum)).rejects.toMatchObject({ code: 'validation_error' });
    const twoCards = batch('ref-3', [1, 2], [PAYWALL_SIM_CARDS.success]);
    (twoCards.Payments[1] as Record<string, unknown>).Card = card(PAYWALL_SIM_CARDS.troy);
    expect(await raw('payment/bulk/startdirect', twoCards)).toMatchObject({ ErrorCode: 18 });
    const noCard = batch('ref-4', [1, 2], [PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.troy]);
    delete (noCard.Payments[1] as Record<string, unknown>).Card;
    expect(await raw('payment/bulk/startdirect', noCard)).toMatchObject({ ErrorCode: 18 });
    expect(await raw('payment/bulk/startdirect', batch('ref-5', [1], ['4111111111111112']))).toMatchObject({ ErrorCode: 14 });
    const insurance = { ...batch('ref-6', [1], ['482490488012']), CardModel: 2 };
    expect(await raw('payment/bulk/startdirect', insurance)).toMatchObject({ ErrorCode: 18 }); // no IdentityNumber
    (insurance.Payments[0]?.Card as Record<string, unknown>).IdentityNumber = '21234567890';
    expect(await raw('payment/bulk/startdirect', insurance)).toMatchObject({ ErrorCode: 0, Result: true });
    const many = Array.from({ length: 501 }, () => 1);
    expect(await raw('payment/bulk/startdirect', batch('ref-7', many, [PAYWALL_SIM_CARDS.success]))).toMatchObject({ ErrorCode: 2 });
    for (const code of ['ref-2', 'ref-3', 'ref-4', 'ref-5', 'ref-7']) expect(sim.bulk.batchOf(code)).toBeUndefined();
    expect(sim.bulk.batchOf('ref-6')?.items[0]).toMatchObject({ statusId: 4, card: { insurance: true, identityNumber: '21234567890' } });
  });
});
