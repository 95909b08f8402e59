import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  type BulkPaymentParams,
  bulkPaymentsStartLarge,
  createPayWallTransport,
  PAYWALL_BULK_FILE_MAX_CHARS,
  PAYWALL_BULK_FILE_MAX_ROWS,
  PayWallCallbacks,
  PayWallCurrency,
  SignatureVerificationError,
  ValidationError,
} from '@odeme/paywall';
import { tr } from '@odeme/paywall/tr';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { creds, customer } from './helpers';
import { capture, paramHeaders, type Sent } from './wire-capture';

// Bulk payments (§4.3, #34–#44). Outside judges: the spec's field names and paths, undici's own multipart parser for
// the file upload, node:crypto for the callback hash, node:zlib for gzip, decimal.js for the batch totals.
const KEY = 'system-webhook-key-test';
const CARD = { OwnerName: 'Ayşe Yılmaz', Number: '5528 7900 0000 0008', ExpireMonth: 3, ExpireYear: 2031, Cvv: '123' };
const CARD2 = { OwnerName: 'Can Demir', Number: '4155650100416111', ExpireMonth: '12', ExpireYear: '2030', Cvv: '456' };
const product = (n: number, amount: string | number) => ({ ProductId: `p-${n}`, ProductName: `Ürün ${n}`, ProductAmount: amount });
const detail = (amount: string, extra: Record<string, unknown> = {}) => ({
  Amount: amount,
  CurrencyId: PayWallCurrency.TRY,
  Installment: 1,
  ClientIP: '203.0.113.7',
  CallbackAddress: 'https://shop.example/bulk',
  ...extra,
});

/** A batch of `amounts`, one card per payment (CardMethod 2), total by decimal.js. */
function batch(amounts: string[], extra: Partial<BulkPaymentParams> = {}): BulkPaymentParams {
  const total = amounts.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2);
  return {
    PaymentDetail: detail(total),
    CardMethod: 2,
    CardModel: 1,
    Payments: amounts.map((a, i) => ({ Customer: customer, Product: product(i + 1, a), Card: i % 2 ? CARD2 : CARD })),
    ...extra,
  };
}

const bodyOf = (s: Sent | undefined) => JSON.parse(s?.body ?? 'null');
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call must fail'),
    (e: unknown) => e as ValidationError,
  );
const silent = () => capture({ fetch: async () => expect.unreachable('nothing is sent') });

describe('PayWall bulk payments: Storm and Tsunami', () => {
  it('sends a Storm batch to payment/bulk/startdirect with both pairs, the spec’s field names and a reference', async () => {
    const { pw, sent } = capture({}, () => ({ body: { BulkPaymentId: 9001 } }));
    const r = await pw.bulkPayments.start(batch(['100.05', '50.05']));
    const req = sent[0] as Sent;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://test-payment-api.itspaywall.com/api/paywall/payment/bulk/startdirect');
    for (const h of ['apikeypublic', 'apiclientpublic', 'apikeyprivate', 'apiclientprivate']) expect(req.headers[h], h).toBeTruthy();
    const body = bodyOf(req);
    expect(Object.keys(body)).toEqual(['PaymentDetail', 'CardMethod', 'CardModel', 'Payments']);
    expect(body.PaymentDetail).toMatchObject({ Amount: 150.1, CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7', ChannelId: 0, TagId: 0 });
    expect(body.Payments[0].Card).toEqual({ OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '03', ExpireYear: '2031', Cvv: '123' });
    expect(body.Payments[1].Product.ProductAmount).toBe(50.05);
    // The generated reference is the code sent, and the answer carries it.
    expect(r).toMatchObject({ BulkPaymentId: 9001, reference: body.PaymentDetail.MerchantUniqueCode });
    expect(r.reference).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the legacy Installement as Installment and a caller’s code as given', async () => {
    const { pw, sent } = capture();
    const input = batch(['10.00']);
    input.PaymentDetail = { ...detail('10.00', { MerchantUniqueCode: 'batch-42' }), Installment: undefined, Installement: 3 };
    const r = await pw.bulkPayments.start(input);
    expect(bodyOf(sent[0]).PaymentDetail).toMatchObject({ Installment: 3, MerchantUniqueCode: 'batch-42' });
    expect(bodyOf(sent[0]).PaymentDetail).not.toHaveProperty('Installement');
    expect(r.reference).toBe('batch-42');
  });

  it('CardMethod 1: one card, on the first payment only; CardModel 2: 8 + 4 digits and the identity number', async () => {
    const { pw, sent } = capture();
    const shared = batch(['10.00', '20.00'], { CardMethod: 1 });
    (shared.Payments[1] as { Card?: unknown }).Card = undefined;
    await pw.bulkPayments.start(shared);
    expect(bodyOf(sent[0]).Payments[1]).not.toHaveProperty('Card');
    const insurance = batch(['10.00'], { CardModel: 2 });
    insurance.Payments[0] = {
      ...insurance.Payments[0],
      Card: { OwnerName: 'Ayşe Yılmaz', Number: '55287900 0008', IdentityNumber: '10000000146', ExpireMonth: 3, ExpireYear: 2031 },
    } as never;
    await pw.bulkPayments.start(insurance);
    expect(bodyOf(sent[1]).Payments[0].Card).toEqual({
      OwnerName: 'Ayşe Yılmaz',
      Number: '552879000008',
      IdentityNumber: '10000000146',
      ExpireMonth: '03',
      ExpireYear: '2031',
    });
  });

  it('refuses a bad batch before sending, naming each problem by its path', async () => {
    const { pw } = silent();
    const cases: [BulkPaymentParams, string, RegExp][] = [
      [{ ...batch(['10.00', '20.00']), PaymentDetail: detail('30.01') }, 'PaymentDetail.Amount', /./],
      [batch(['10.00'], { CardMethod: 3 as never }), 'CardMethod', /CardMethod is 1/],
      [{ ...batch(['10.00']), Payments: [] }, 'Payments', /at least one payment/],
      [
        (() => {
          const b = batch(['10.00', '20.00'], { CardMethod: 1 });
          return b;
        })(),
        'Payments.1.Card',
        /exactly one card/,
      ],
      [
        (() => {
          const b = batch(['10.00'], { CardMethod: 2 });
          (b.Payments[0] as { Card?: unknown }).Card = undefined;
          return b;
        })(),
        'Payments.0.Card',
        /every payment carries/,
      ],
      [
        (() => {
          const b = batch(['10.00']);
          (b.Payments[0] as { Card: typeof CARD }).Card = { ...CARD, Number: '5528790000000009' };
          return b;
        })(),
        'Payments.0.Card.Number',
        /Luhn/,
      ],
      [
        (() => {
          const b = batch(['10.00']);
          (b.Payments[0] as { Card: typeof CARD }).Card = { ...CARD, Cvv: '12' };
          return b;
        })(),
        'Payments.0.Card.Cvv',
        /security code/,
      ],
      [batch(['10.00'], { CardModel: 2 }), 'Payments.0.Card.Number', /first 8 and the last 4/],
      [{ ...batch(['10.00']), PaymentDetail: detail('10.00', { CallbackAddress: 'javascript:alert(1)' }) }, 'PaymentDetail.CallbackAddress', /http or https/],
    ];
    for (const [input, path, message] of cases) {
      const e = await failure(pw.bulkPayments.start(input));
      expect(e, path).toBeInstanceOf(ValidationError);
      const issue = e.issues.find((i) => i.path === path);
      expect(issue?.message, `${path}: ${JSON.stringify(e.issues)}`).toMatch(message);
    }
  });

  it('a bad card’s number never shows in the error', async () => {
    const { pw } = silent();
    const b = batch(['10.00']);
    (b.Payments[0] as { Card: typeof CARD }).Card = { ...CARD, ExpireYear: 2001 };
    const e = await failure(pw.bulkPayments.start(b));
    expect(`${e.message} ${JSON.stringify(e)} ${String(e.stack)}`).not.toContain('5528790000000008');
  });

  it('Storm takes 500 payments and points a 501st to Tsunami; Tsunami takes past core’s 10,000 items, up to 50,000', async () => {
    const { pw, sent } = capture();
    const many = (n: number, method: 1 | 2 = 1) => {
      const amounts = Array.from({ length: n }, () => '1.00');
      const b = batch(amounts, { CardMethod: method });
      if (method === 1) for (const p of b.Payments.slice(1)) (p as { Card?: unknown }).Card = undefined;
      return b;
    };
    const e = await failure(pw.bulkPayments.start(many(501)));
    expect(e.issues[0]).toMatchObject({ path: 'Payments' });
    expect(e.issues[0]?.message).toMatch(/at most 500 payments, not 501; send a larger one with bulkPayments\.startLarge/);
    await pw.bulkPayments.start(many(500));
    await pw.bulkPayments.startLarge(many(10_050));
    const large = sent[1] as Sent;
    expect(large.url).toMatch(/\/payment\/bulk\/big\/startdirect$/);
    expect(bodyOf(large).Payments).toHaveLength(10_050);
    expect(bodyOf(large).PaymentDetail.Amount).toBe(10_050);
    // Past 50,000 the row's own bound refuses the batch before its schema reads a payment.
    const over = await failure(pw.bulkPayments.startLarge(many(50_001)));
    expect(over.issues[0]).toMatchObject({ path: 'Payments', message: 'must have at most 50000 items', code: 'too_big' });
    // The row raises the bound for itself; the client's other rows keep core's 10,000.
    expect(bulkPaymentsStartLarge.inputLimits?.maxItems).toBe(50_000);
    expect(sent).toHaveLength(2);
  });

  it('a Storm start is sent once: a 502 is an unknown outcome with the batch code and the lookup to use', async () => {
    const { pw, sent } = capture({ maxRetries: 3 }, () => ({ status: 502 }));
    const e = (await failure(pw.bulkPayments.start(batch(['10.00'])))) as unknown as { outcome: string; reference: string; message: string };
    expect(sent).toHaveLength(1);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe(bodyOf(sent[0]).PaymentDetail.MerchantUniqueCode);
    expect(e.message).toContain('bulkPayments.query({ MerchantUniqueCode: reference })');
  });
});

describe('PayWall bulk payments: the file upload', () => {
  const csv = 'Ayşe Yılmaz,5528790000000008,03,2031,123,100.05\r\nCan Demir,4155650100416111,12,2030,456,50.05\r\n';

  it('is multipart/form-data that a standard parser reads back: every field, amounts exact, the file last', async () => {
    const { pw, sent } = capture({}, () => ({ body: { BulkPaymentId: 12 } }));
    const r = await pw.bulkPayments.startFile({
      File: new File([csv], 'aralık ödemeleri.csv', { type: 'text/csv' }),
      FileFormat: 1,
      FilePattern: 2,
      Installment: 1,
      CallbackAddress: 'https://shop.example/bulk-file',
      Amount: 150.1,
      MerchantUniqueCode: 'file-2026-12',
      TrackingCode: 'trk-7',
      CallbackBodyCompression: true,
    });
    const req = sent[0] as Sent;
    expect(req.url).toBe('https://test-payment-api.itspaywall.com/api/paywall/payment/bulk/file/startdirect');
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=odeme-[0-9a-f-]{36}$/);
    // undici's multipart parser is the judge of the body.
    const form = await new Request('https://x.test', {
      method: 'POST',
      body: req.body,
      headers: { 'content-type': req.headers['content-type'] as string },
    }).formData();
    expect([...form.keys()]).toEqual([
      'FileFormat',
      'FilePattern',
      'Installment',
      'CallbackAddress',
      'Amount',
      'MerchantUniqueCode',
      'TrackingCode',
      'CallbackBodyCompression',
      'File',
    ]);
    expect(Object.fromEntries([...form.entries()].filter(([k]) => k !== 'File'))).toEqual({
      FileFormat: '1',
      FilePattern: '2',
      Installment: '1',
      CallbackAddress: 'https://shop.example/bulk-file',
      Amount: '150.10',
      MerchantUniqueCode: 'file-2026-12',
      TrackingCode: 'trk-7',
      CallbackBodyCompression: 'true',
    });
    const file = form.get('File') as File;
    expect(await file.text()).toBe(csv);
    // A non-ASCII file name is reduced to characters the part's header carries unchanged.
    expect(file.name).toBe('aral_k _demeleri.csv');
    expect(r).toMatchObject({ BulkPaymentId: 12, reference: 'file-2026-12' });
  });

  it('a field that looks like a part boundary or carries line breaks is read back exactly', async () => {
    const { pw, sent } = capture();
    const TrackingCode = 'trk\r\n--odeme-\r\nContent-Disposition: form-data; name="Amount"\r\n\r\n1.00';
    await pw.bulkPayments.startFile({ File: csv, FileFormat: 1, FilePattern: 1, TrackingCode, Amount: '150.10' });
    const form = await new Request('https://x.test', {
      method: 'POST',
      body: sent[0]?.body,
      headers: { 'content-type': sent[0]?.headers['content-type'] as string },
    }).formData();
    expect(form.get('TrackingCode')).toBe(TrackingCode);
    expect(form.getAll('Amount')).toEqual(['150.10']);
  });

  it('takes the file as text, generates the upload’s code, and refuses what cannot be a payments file', async () => {
    const { pw, sent } = capture();
    const r = await pw.bulkPayments.startFile({ File: csv, FileFormat: 1, FilePattern: 1 });
    const form = await new Request('https://x.test', {
      method: 'POST',
      body: sent[0]?.body,
      headers: { 'content-type': sent[0]?.headers['content-type'] as string },
    }).formData();
    expect(form.get('MerchantUniqueCode')).toBe(r.reference);
    expect((form.get('File') as File).name).toBe('bulk-payments.csv');
    const { pw: quiet } = silent();
    const refusals: [unknown, RegExp][] = [
      [{ File: '\r\n\n', FileFormat: 1, FilePattern: 1 }, /no rows/],
      [{ File: new Blob([new Uint8Array([0xff, 0xfe, 0x41])]), FileFormat: 1, FilePattern: 1 }, /not UTF-8/],
      [{ File: csv, FileFormat: 40_000, FilePattern: 1 }, /FileFormat is 0–32767/],
      [{ File: csv, FileFormat: 1, FilePattern: 1, Amount: '1.005' }, /./],
      [{ File: 'x\n'.repeat(PAYWALL_BULK_FILE_MAX_ROWS + 1), FileFormat: 1, FilePattern: 1 }, /at most 150000 rows, not 150001/],
    ];
    for (const [input, message] of refusals) await expect(quiet.bulkPayments.startFile(input as never)).rejects.toThrow(message);
  });

  it('refuses a Blob too large for the text bound before reading it', async () => {
    const blob = new Blob(['x']);
    Object.defineProperty(blob, 'size', { value: 3 * PAYWALL_BULK_FILE_MAX_CHARS + 1 });
    let read = false;
    Object.defineProperty(blob, 'arrayBuffer', {
      value: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    });
    await expect(silent().pw.bulkPayments.startFile({ File: blob, FileFormat: 1, FilePattern: 1 })).rejects.toThrow(/at most 67108864 characters/);
    expect(read).toBe(false);
  });

  it('carries a file of 150,000 rows (past core’s 1 MiB text bound) and is never retried', async () => {
    const { pw, sent } = capture({ maxRetries: 3 }, () => ({ status: 503 }));
    const big = `${'Ayşe Yılmaz,5528790000000008,03,2031,123,1.00\n'.repeat(150_000)}`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const e = (await failure(pw.bulkPayments.startFile({ File: big, FileFormat: 1, FilePattern: 1, MerchantUniqueCode: 'big-file' }))) as unknown as {
      outcome: string;
      reference: string;
    };
    expect(sent).toHaveLength(1);
    expect(e).toMatchObject({ outcome: 'unknown', reference: 'big-file' });
  });
});

describe('PayWall bulk payments: query, rows with unpublished bodies', () => {
  it('the query sends its parameters as headers and reads a page; queryAll walks every page', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => ({ MerchantUniqueCode: `b-${i + 1}`, PaymentId: 100 + i, Amount: 10, Status: i === 3 ? 5 : 4 }));
    const { pw, sent } = capture({}, (req) => {
      const size = Number(req.headers.pagesize);
      const page = Number(req.headers.pagenumber);
      return {
        body: {
          TotalPaymentCount: 5,
          PageNumber: page,
          PageSize: size,
          TotalPages: Math.ceil(5 / size),
          Payments: lines.slice((page - 1) * size, page * size),
        },
      };
    });
    const page = await pw.bulkPayments.query({ MerchantUniqueCode: 'batch-1', PageSize: 2, PageNumber: 3 });
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.url).toBe('https://test-payment-api.itspaywall.com/api/paywall/payment/bulk/payment/query');
    expect(paramHeaders(sent[0])).toEqual({ merchantuniquecode: 'batch-1', pagesize: '2', pagenumber: '3' });
    expect(page.Payments.map((p) => p.MerchantUniqueCode)).toEqual(['b-5']);
    const all: string[] = [];
    for await (const line of pw.bulkPayments.queryAll({ MerchantUniqueCode: 'batch-1', PageSize: 2 })) all.push(line.MerchantUniqueCode as string);
    expect(all).toEqual(['b-1', 'b-2', 'b-3', 'b-4', 'b-5']);
    expect(sent.slice(1).map((s) => s.headers.pagenumber)).toEqual(['1', '2', '3']);
    // A server that sends fewer payments than asked: TotalPages, not the page's length, says when to stop.
    const short = capture({}, (req) => {
      const page = Number(req.headers.pagenumber);
      return { body: { TotalPages: 3, Payments: lines.slice((page - 1) * 2, page * 2) } };
    });
    const read: string[] = [];
    for await (const line of short.pw.bulkPayments.queryAll({ MerchantUniqueCode: 'batch-1' })) read.push(line.MerchantUniqueCode as string);
    expect(read).toEqual(['b-1', 'b-2', 'b-3', 'b-4', 'b-5']);
    expect(short.sent.map((s) => s.headers.pagesize)).toEqual(['1000', '1000', '1000']);
    await pw.bulkPayments.summary({ MerchantUniqueCode: 'batch-1' });
    expect(sent.at(-1)?.url).toMatch(/\/payment\/bulk\/payment\/query\/summary$/);
    expect(paramHeaders(sent.at(-1))).toEqual({ merchantuniquecode: 'batch-1' });
    await expect(silent().pw.bulkPayments.query({ MerchantUniqueCode: 'b', PageSize: 1001 })).rejects.toThrow(/PageSize is at most 1000/);
  });

  it('cancel, refund and retry send the body as written, once, with its MerchantUniqueCode as the reference', async () => {
    const rows = [
      ['cancelPayments', 'payment/cancel'],
      ['cancelBatch', 'batch/cancel'],
      ['refundPayments', 'payment/refund'],
      ['refundBatch', 'batch/refund'],
      ['retry', 'payment/retry'],
    ] as const;
    for (const [name, path] of rows) {
      const { pw, sent } = capture({ maxRetries: 3 }, () => ({ status: 502 }));
      const body = { MerchantUniqueCode: 'batch-7', PaymentIds: [101, 102], Amount: '12.50' };
      const e = (await failure(pw.bulkPayments[name](body))) as unknown as { outcome: string; reference: string };
      expect(sent, name).toHaveLength(1);
      expect(sent[0]?.url, name).toBe(`https://test-payment-api.itspaywall.com/api/paywall/payment/bulk/${path}`);
      expect(sent[0]?.body, name).toBe('{"MerchantUniqueCode":"batch-7","PaymentIds":[101,102],"Amount":12.5}');
      expect(e, name).toMatchObject({ outcome: 'unknown', reference: 'batch-7' });
    }
    // The free part of an unpublished body still carries no card number.
    await expect(silent().pw.bulkPayments.refundPayments({ MerchantUniqueCode: 'b', Note: '5528790000000008' })).rejects.toThrow(/card number/);
  });

  it('the callback resend moves no money but is sent once too', async () => {
    const { pw, sent } = capture({ maxRetries: 3 }, () => ({ status: 503 }));
    await expect(pw.bulkPayments.resendCallback({ MerchantUniqueCode: 'batch-7' })).rejects.toThrow();
    expect(sent).toHaveLength(1);
  });

  it('the smallest bundle calls the same row through the transport alone', async () => {
    const sent: string[] = [];
    const t = createPayWallTransport({
      ...creds,
      environment: 'test',
      logLevel: 'off',
      fetch: async (url) => {
        sent.push(String(url));
        return Response.json({ ErrorCode: 0, Result: true, Message: '', Body: { BulkPaymentId: 5 } });
      },
    });
    const b = batch(['1.00']);
    const r = await t.call(bulkPaymentsStartLarge, b);
    expect(r.BulkPaymentId).toBe(5);
    expect(sent).toEqual(['https://test-payment-api.itspaywall.com/api/paywall/payment/bulk/big/startdirect']);
  });
});

describe('PayWall bulk callback', () => {
  const oracle = (id: string, code: string, key = KEY) => createHash('sha256').update(`${key}###${id}###${code}`).digest('hex');
  const page = (extra: Record<string, unknown> = {}) => ({
    Type: 1,
    BulkPaymentId: 9001,
    MerchantUniqueCode: 'batch-7',
    ErrorMessage: null,
    DateTime: '2026-12-04T21:00:00',
    FinishedAt: '2026-12-04T21:00:09',
    CreatedAt: '2026-12-04T21:00:00',
    DurationTime: 9,
    Hash: oracle('9001', 'batch-7'),
    IsCompressed: false,
    PageNumber: 2,
    TotalPages: 3,
    HasMorePages: true,
    Payments: [{ MerchantUniqueCode: 'batch-7-1001', PaymentId: 1, Amount: 10.5, Status: 4 }],
    ...extra,
  });
  const verifier = (keys: { systemWebhook?: string } = { systemWebhook: KEY }) => new PayWallCallbacks({ hashKeys: keys });
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('https://shop.example/bulk', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('verifies a page against node:crypto’s hash and reads its paging and results', async () => {
    const v = await verifier().verifyBulkCallback(post(JSON.stringify(page())));
    expect(v.verified).toEqual({ bulkPaymentId: '9001', merchantUniqueCode: 'batch-7' });
    expect(v.unverified).toMatchObject({ type: 1, pageNumber: 2, totalPages: 3, hasMorePages: true, isCompressed: false, durationTime: 9 });
    expect(v.results).toEqual([{ MerchantUniqueCode: 'batch-7-1001', PaymentId: 1, Amount: 10.5, Status: 4 }]);
  });

  it('hashes the top-level BulkPaymentId as written, whatever a result before it carries', async () => {
    // The results come first and carry fields of the same names; the top-level id is written with a trailing zero.
    const text = `{"Payments":[{"BulkPaymentId":1,"Type":9,"PageNumber":7}],"Type":2,"BulkPaymentId":9001.0,"MerchantUniqueCode":"batch-7","PageNumber":1,"TotalPages":1,"Hash":"${oracle('9001.0', 'batch-7')}"}`;
    const v = await verifier().verifyBulkCallback(text);
    expect(v.verified.bulkPaymentId).toBe('9001.0');
    expect(v.unverified).toMatchObject({ type: 2, pageNumber: 1 });
  });

  it('reads a gzip body (node:zlib) whether or not the framework left Content-Encoding on it', async () => {
    const zipped = gzipSync(JSON.stringify(page({ IsCompressed: true })));
    for (const input of [
      post(zipped, { 'content-encoding': 'gzip' }),
      new Uint8Array(zipped),
      zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength),
    ]) {
      const v = await verifier().verifyBulkCallback(input as never);
      expect(v.unverified.isCompressed).toBe(true);
      expect(v.results).toHaveLength(1);
    }
  });

  it('reads results sent as Base64 of gzip when IsCompressed is true', async () => {
    const results = [{ PaymentId: 1 }, { PaymentId: 2 }];
    const body = page({ IsCompressed: true, Payments: gzipSync(JSON.stringify(results)).toString('base64') });
    const v = await verifier().verifyBulkCallback(JSON.stringify(body));
    expect(v.results).toEqual(results);
  });

  it('refuses a forged page, a tampered id, a missing hash and no key, each with its type', async () => {
    const forged = page({ Hash: oracle('9001', 'batch-7', 'guessed-key') });
    await expect(verifier().verifyBulkCallback(JSON.stringify(forged))).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(verifier().verifyBulkCallback(JSON.stringify(page({ BulkPaymentId: 9002 })))).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(verifier().verifyBulkCallback(JSON.stringify(page({ Hash: '' })))).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(verifier({}).verifyBulkCallback(JSON.stringify(page()))).rejects.toThrow(/hashKeys\.systemWebhook is not configured/);
  });

  it('without the code in the body, takes the batch’s code as an option', async () => {
    const { MerchantUniqueCode: _drop, ...bare } = page();
    await expect(verifier().verifyBulkCallback(JSON.stringify(bare))).rejects.toThrow(/pass \{ merchantUniqueCode \}/);
    const v = await verifier().verifyBulkCallback(JSON.stringify(bare), { merchantUniqueCode: 'batch-7' });
    expect(v.verified.merchantUniqueCode).toBe('batch-7');
    await expect(verifier().verifyBulkCallback(JSON.stringify(bare), { merchantUniqueCode: 'batch-8' })).rejects.toBeInstanceOf(SignatureVerificationError);
  });

  it('stops a decompression bomb at the bound, and refuses what is not gzip or JSON', async () => {
    const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
    expect(bomb.byteLength).toBeLessThan(100_000);
    await expect(verifier().verifyBulkCallback(new Uint8Array(bomb))).rejects.toThrow(/larger than 33554432 bytes once decompressed/);
    await expect(verifier().verifyBulkCallback(new Uint8Array(bomb), { maxDecompressedBytes: 1024 })).rejects.toThrow(/larger than 1024 bytes/);
    await expect(verifier().verifyBulkCallback(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).rejects.toThrow(/not valid gzip/);
    await expect(verifier().verifyBulkCallback(post('x'.repeat(2048)), { maxBodyBytes: 1024 })).rejects.toThrow(/body is larger than 1024 bytes/);
    await expect(verifier().verifyBulkCallback('{"BulkPaymentId":')).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses in Turkish with the client’s locale', async () => {
    const e = await failure(
      new PayWallCallbacks({ hashKeys: { systemWebhook: KEY }, locale: tr }).verifyBulkCallback(JSON.stringify(page({ Hash: 'ab'.repeat(32) }))),
    );
    expect(e.message).toBe('PayWall toplu ödeme geri bildiriminin hash değeri doğrulanamadı');
  });
});

describe('PayWall bulk file result', () => {
  // §6.3's order: pattern, line, date, code, tracking, owner, card, expiry/identity, amount, gateway id/name,
  // provider id/key, PayWall/provider/bank error codes and messages, activity type, status.
  const line = (n: number, card: string, status: number, message = '') =>
    `1,${n},2026-12-04 21:00:00,file-7-${n},trk-7,Ayşe Yılmaz,${card},03/31,100.05,3,Akbank,12,ak-1,${status === 4 ? '' : '1'},,"${message}",,,1,${status}`;

  it('reads every line in the published order, masks the card number whatever was sent, and keeps amounts exact', async () => {
    const text = `${line(1, '5528790000000008', 4)}\r\n${line(2, '415565******6111', 5, 'Yetersiz bakiye, kart 4155650100416111')}\n`;
    const r = await new PayWallCallbacks().parseBulkFileResult(text);
    expect(r.unreadable).toEqual([]);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toMatchObject({
      patternNo: '1',
      lineNumber: 1,
      merchantUniqueCode: 'file-7-1',
      cardNumber: '552879******0008',
      expiryOrIdentity: '03/31',
      amount: '100.05',
      amountKurus: 10005,
      gatewayName: 'Akbank',
      paymentActivityTypeId: 1,
      paymentStatusId: 4,
    });
    expect(r.lines[1]?.cardNumber).toBe('415565******6111');
    expect(r.lines[1]?.providerErrorMessage).toMatch(/^Yetersiz bakiye, kart /);
    expect(JSON.stringify(r)).not.toMatch(/5528790000000008|4155650100416111/);
  });

  it('skips a header line, keeps unreadable lines redacted, and reads a gzip Request', async () => {
    const header =
      'patternNo,lineNumber,dateTime,merchantUniqueCode,trackingCode,cardOwner,cardNumber,expiry,amount,gatewayId,gatewayName,providerId,providerKey,paywallErrorCode,providerErrorCode,providerErrorMessage,bankErrorCode,bankErrorMessage,PaymentActivityTypeId,PaymentStatusId';
    const text = [header, line(1, '5528790000000008', 4), '1,2,broken,5528790000000008', '1,x,"open'].join('\n');
    const r = await new PayWallCallbacks().parseBulkFileResult(
      new Request('https://shop.example/file', { method: 'POST', body: gzipSync(text), headers: { 'content-type': 'text/csv' } }),
    );
    expect(r.lines.map((l) => l.lineNumber)).toEqual([1]);
    expect(r.unreadable.map((u) => [u.line, u.reason])).toEqual([
      [3, '4 fields, not 20'],
      [4, 'a quoted field is not closed'],
    ]);
    expect(JSON.stringify(r.unreadable)).not.toContain('5528790000000008');
  });
});
