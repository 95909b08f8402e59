// 7. Money safety, HASO: the real client against a plain node:http server (no simulator). One send under every fault,
// the outcome and the merchantOid / refundId the server received (and HASO's token covered) on each error, success
// only with HASO's marker, no field of the caller's `extra` replacing a checked one, return posts read safely.
import { createHmac } from 'node:crypto';
import {
  AbortError,
  AuthenticationError,
  HttpError,
  NetworkError,
  type OdemeError,
  PaymentDeclinedError,
  ProviderError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from '@odeme/core';
import { Haso, type HasoOptions, parseHasoReturn, readHasoReturn } from '@odeme/haso';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { moneyCheck } from './support/figures.js';
import { closedPortUrl, type PlainAnswer, type PlainRequest, plainServer } from './support/plain-server.js';

const P = 'haso';
const creds = { merchantId: 'M-MONEY-1', merchantKey: 'money-haso-key-5e2b', merchantSalt: 'money-haso-salt-91cd' };
const IP = '203.0.113.9';
const purchase = { orderAmount: 125_000, selectedInstallment: 3, customerId: '5004' };
const envelope = (data: Record<string, unknown>): PlainAnswer => ({ status: 200, body: JSON.stringify({ Success: true, Errors: [], Data: data }) });
const bodyOf = (r: PlainRequest | undefined) => JSON.parse(r?.body || '{}') as Record<string, unknown>;

describe('7. money safety: HASO against a plain node:http server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let elsewhere: Awaited<ReturnType<typeof plainServer>>;
  let script: (req: PlainRequest) => PlainAnswer = (r) => envelope({ Message: 'RS100', transactionCode: 'T1', merchantOid: bodyOf(r).merchantOid });
  const client = (options: Partial<HasoOptions> = {}) =>
    new Haso({
      ...creds,
      baseUrl: server.url,
      ipAddress: IP,
      logLevel: 'off',
      timeout: 150,
      maxRetries: 5,
      retry: { initialDelayMs: 1, maxDelayMs: 2 },
      ...options,
    });
  beforeAll(async () => {
    server = await plainServer((req) => script(req));
    elsewhere = await plainServer(() => envelope({ Message: 'RS100' }));
  });
  afterAll(async () => {
    await server.close();
    await elsewhere.close();
  });

  it('reference: transactions.create generates a 20-character merchantOid, signs it in requestToken, and returns it', async () => {
    script = (r) => envelope({ Message: 'RS100', transactionCode: 'T1', merchantOid: bodyOf(r).merchantOid });
    const before = server.requests.length;
    const tx = await client().transactions.create(purchase);
    const wire = bodyOf(server.requests[before]);
    expect(wire.merchantOid).toMatch(/^[0-9A-Z]{20}$/);
    expect(tx.reference).toBe(wire.merchantOid);
    // The token the server received covers the generated reference (the row's token order, salt last).
    const text =
      ['merchantId', 'merchantOid', 'customerId', 'orderAmount', 'selectedInstallment', 'ipAddress'].map((k) => String(wire[k] ?? '')).join('') +
      creds.merchantSalt;
    expect(wire.requestToken).toBe(createHmac('sha256', creds.merchantKey).update(text, 'utf8').digest('base64'));
    expect((await client().transactions.create({ ...purchase, merchantOid: 'ORD-42' })).reference).toBe('ORD-42');
    script = (r) => envelope({ Message: 'RS100', RefundId: bodyOf(r).refundId });
    const refund = await client().refunds.create({ merchantOid: 'ORD-42', transactionCode: 'T1', refundAmount: 10_000 });
    expect(refund.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(bodyOf(server.requests.at(-1)).refundId).toBe(refund.reference);
    moneyCheck(P, 'reference', 3);
  });

  const faults: { name: string; answer: PlainAnswer | 'timeout'; type: new (...a: never[]) => OdemeError; outcome: string }[] = [
    { name: 'connection reset', answer: 'reset', type: NetworkError, outcome: 'unknown' },
    { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad Gateway</h1>' }, type: HttpError, outcome: 'unknown' },
    { name: '503 with Retry-After 0', answer: { status: 503, headers: { 'retry-after': '0' }, body: '' }, type: HttpError, outcome: 'unknown' },
    { name: '200 {}', answer: { status: 200, body: '{}' }, type: UnexpectedResponseError, outcome: 'unknown' },
    {
      name: '200 Success as text',
      answer: { status: 200, body: '{"Success":"true","Data":{"Message":"RS100"}}' },
      type: UnexpectedResponseError,
      outcome: 'unknown',
    },
    { name: '200 truncated', answer: { status: 200, body: '{"Success":true,"Data":{"transactionCo' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: 'body that stalls', answer: { stallAfter: '{"Success":true,' }, type: TimeoutError, outcome: 'unknown' },
    { name: 'no answer', answer: 'timeout', type: TimeoutError, outcome: 'unknown' },
    {
      name: 'refusal (Success false)',
      answer: { status: 200, body: '{"Success":false,"Errors":["Müşteri limiti yetersiz"],"Data":null}' },
      type: ProviderError,
      outcome: 'rejected',
    },
    { name: 'refusal code in Message', answer: envelope({ Message: 'H223' }), type: ProviderError, outcome: 'rejected' },
    { name: 'plain 404', answer: { status: 404, body: 'not here' }, type: HttpError, outcome: 'rejected' },
  ];
  for (const f of faults) {
    it(`transactions.create, ${f.name}: sent exactly once, ${f.type.name}, outcome ${f.outcome}, merchantOid as on the wire`, async () => {
      script = () => (f.answer === 'timeout' ? 'stall-headers' : f.answer);
      const before = server.hits('/RequestV2/CreateTransaction');
      const e = await failure(client().transactions.create(purchase));
      expect(server.hits('/RequestV2/CreateTransaction') - before).toBe(1);
      expect(e).toBeInstanceOf(f.type);
      expect(e.outcome).toBe(f.outcome);
      expect(e.reference).toBe(bodyOf(server.requests.at(-1)).merchantOid);
      expect(e.reference).toMatch(/^[0-9A-Z]{20}$/);
      moneyCheck(P, 'no-resend');
      moneyCheck(P, 'outcome');
    });
  }

  it('every money row with a reference: one send under a reset, a 502 and a 200 {}, the wire reference on the error', async () => {
    const calls: [string, string, (h: Haso) => Promise<unknown>, string][] = [
      ['refunds.create', '/RequestV2/RefundTransaction', (h) => h.refunds.create({ merchantOid: 'O1', transactionCode: 'T1', refundAmount: 100 }), 'refundId'],
      [
        'payments.setPaid',
        '/RequestV2/SetPaidPayment',
        (h) => h.payments.setPaid({ merchantOid: 'O2', paymentCode: 'P1', paymentDate: '2026-01-31' }),
        'merchantOid',
      ],
      [
        'payments.setBulkPaid',
        '/RequestV2/SetBulkPaidPayment',
        (h) => h.payments.setBulkPaid({ merchantOid: 'O3', paymentCodes: ['P1'], paymentDate: '2026-01-31' }),
        'merchantOid',
      ],
      [
        'enforcement.sendExpense',
        '/RequestV2/SendTransactionExpense',
        (h) => h.enforcement.sendExpense({ merchantOid: 'O4', transactionCode: 'T1', expenseAmount: 100, counterPartyAttorneyFee: 0 }),
        'merchantOid',
      ],
      [
        'customers.loadBalance',
        '/RequestV2/LoadCustomerBalance',
        (h) => h.customers.loadBalance({ customerId: '5004', balanceAmount: 100, paymentDate: '2026-01-31', paymentReferenceCode: 'EFT-9' }),
        'paymentReferenceCode',
      ],
    ];
    for (const [id, path, call, field] of calls) {
      for (const answer of ['reset', { status: 502, body: '<html>' }, { status: 200, body: '{}' }] as PlainAnswer[]) {
        script = () => answer;
        const before = server.hits(path);
        const e = await failure(call(client()));
        expect(server.hits(path) - before, id).toBe(1);
        expect(e.outcome, id).toBe('unknown');
        expect(e.reference, id).toBe(bodyOf(server.requests.at(-1))[field]);
        moneyCheck(P, 'no-resend');
      }
    }
  });

  it('not_sent: refused input, a shadowing extra field, a refused connection and an abort before sending', async () => {
    const before = server.requests.length;
    const bad = await failure(client().transactions.create({ ...purchase, orderAmount: 1250.5 }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.outcome).toBe('not_sent');
    const aborted = await failure(client().transactions.create(purchase, { signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    expect(server.requests.length).toBe(before);
    const refused = await failure(new Haso({ ...creds, baseUrl: await closedPortUrl(), ipAddress: IP, logLevel: 'off' }).transactions.create(purchase));
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused.outcome).toBe('not_sent');
    expect(refused.reference).toMatch(/^[0-9A-Z]{20}$/);
    moneyCheck(P, 'outcome', 3);
  });

  it('hostile input: no extra field replaces a checked one (any case), nothing is sent, the error names it', async () => {
    const before = server.requests.length;
    for (const key of ['orderAmount', 'ORDERAMOUNT', 'OrderAmount', 'selectedinstallment', 'merchantID', 'requestToken', 'IPADDRESS']) {
      const e = await failure(client().transactions.create({ ...purchase, merchantOid: 'ORD-X', extra: { [key]: '1' } }));
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual([`extra.${key}`]);
      expect(e.outcome).toBe('not_sent');
      moneyCheck(P, 'hostile-input');
    }
    expect(server.requests.length).toBe(before);
    // The same with the form encoding, where HASO's binder reads names without case.
    const form = await failure(
      client({ encoding: 'form' }).refunds.create({ merchantOid: 'O1', transactionCode: 'T1', refundAmount: 100, extra: { RefundAmount: '999999' } }),
    );
    expect(form).toBeInstanceOf(ValidationError);
    expect(server.requests.length).toBe(before);
    moneyCheck(P, 'hostile-input');
  });

  it('hostile input: a money call with no ipAddress (HASO signs it) is refused before sending; an int above Int32 too', async () => {
    const before = server.requests.length;
    const noIp = await failure(client({ ipAddress: undefined }).transactions.create(purchase));
    expect(noIp).toBeInstanceOf(ValidationError);
    expect((noIp as ValidationError).fields).toEqual(['ipAddress']);
    expect([noIp.outcome, noIp.reference]).toEqual(['not_sent', expect.stringMatching(/^[0-9A-Z]{20}$/)]);
    const overflow = await failure(client().transactions.create({ ...purchase, selectedInstallment: 2_147_483_648 }));
    expect((overflow as ValidationError).fields).toEqual(['selectedInstallment']);
    expect(overflow.outcome).toBe('not_sent');
    expect(server.requests.length).toBe(before);
    moneyCheck(P, 'hostile-input', 2);
  });

  it('unknownOutcomeCodes: a HASO code that does not prove the money stayed is unknown, not rejected', async () => {
    script = () => ({ status: 200, body: '{"Success":false,"Errors":["H900 İşlem sonucu belirsiz"],"Data":null}' });
    const e = await failure(client({ unknownOutcomeCodes: ['H900'] }).transactions.create(purchase));
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe(bodyOf(server.requests.at(-1)).merchantOid);
    moneyCheck(P, 'outcome');
  });

  it("wrong keys: a 401 in HASO's envelope (as the simulator answers), a bare 401 and an account's code are AuthenticationErrors, sent once", async () => {
    const refusedToken = { Success: false, Errors: ['requestToken doğrulanamadı'], Data: null };
    const cases: [PlainAnswer, Partial<HasoOptions>][] = [
      [{ status: 401, body: JSON.stringify(refusedToken) }, {}],
      [{ status: 401, headers: { 'content-type': 'text/plain' }, body: 'Unauthorized' }, {}],
      [{ status: 200, body: JSON.stringify({ Success: false, Errors: ['H950 Geçersiz imza'], Data: { Message: 'H950' } }) }, { authenticationCodes: ['H950'] }],
    ];
    for (const [answer, options] of cases) {
      script = () => answer;
      const before = server.hits('/RequestV2/CreateTransaction');
      const e = await failure(client(options).transactions.create(purchase));
      expect(server.hits('/RequestV2/CreateTransaction') - before).toBe(1);
      expect(e).toBeInstanceOf(AuthenticationError);
      expect(e.outcome).toBe('rejected');
      expect(e.reference).toBe(bodyOf(server.requests.at(-1)).merchantOid);
      expect(e.message).toContain('check your keys and environment');
      moneyCheck(P, 'outcome');
    }
  });

  it('declines: a code the account maps in declineCodes is a PaymentDeclinedError with its reason; H223 without any option', async () => {
    const cases: [string, string, Partial<HasoOptions>][] = [
      ['H412', 'insufficient_funds', { declineCodes: { H412: 'insufficient_funds' } }],
      ['H223', 'invalid_card', {}],
    ];
    for (const [code, reason, options] of cases) {
      script = () => ({ status: 200, body: JSON.stringify({ Success: false, Errors: [`${code} reddedildi`], Data: { Message: code } }) });
      const e = await failure(client(options).transactions.create(purchase));
      expect(e).toBeInstanceOf(PaymentDeclinedError);
      expect(e).toMatchObject({ reason, providerCode: code, outcome: 'rejected' });
      expect(e.reference).toBe(bodyOf(server.requests.at(-1)).merchantOid);
      moneyCheck(P, 'outcome');
    }
  });

  it('resolving unknown: a refund whose answer was lost is found by its reference with refunds.check', async () => {
    script = () => 'reset';
    const e = await failure(client().refunds.create({ merchantOid: 'O1', transactionCode: 'T1', refundAmount: 100 }));
    expect(e.outcome).toBe('unknown');
    script = (r) => envelope({ Message: 'RS100', RefundId: bodyOf(r).refundId, RefundStatus: 'Succeeded' });
    const check = await client().refunds.check({ refundId: e.reference as string });
    expect(check.RefundId).toBe(e.reference);
    expect(bodyOf(server.requests.at(-1)).refundId).toBe(e.reference);
    moneyCheck(P, 'reference');
  });

  it('no redirect is followed: nothing reaches the Location origin', async () => {
    for (const status of [301, 302, 307, 308]) {
      script = () => ({ status, headers: { location: `${elsewhere.url}/RequestV2/CreateTransaction` }, body: '' });
      const e = await failure(client().transactions.create(purchase));
      expect(e).toBeInstanceOf(HttpError);
      expect(e.outcome).toBe('unknown');
      expect(e.message).toContain('HASO documents no lookup by merchantOid alone');
      moneyCheck(P, 'no-redirect');
    }
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('success evidence: Success true is kept without informational fields; 5.6 without its RS100 is not trusted', async () => {
    script = () => envelope({ transactionCode: 'T9', PaymentPlan: null, CustomerId: null, Unknown: { a: 1 } });
    const tx = await client().transactions.create(purchase);
    expect(tx.transactionCode).toBe('T9');
    expect(tx.reference).toBe(bodyOf(server.requests.at(-1)).merchantOid);
    script = () => envelope({ transactionCode: 'T9', PaymentPlan: [{ InstallmentNo: 'x', installmentPayment: { bad: 1 } }] });
    expect((await client().transactions.create(purchase)).transactionCode).toBe('T9');
    script = () => envelope({});
    const paid = await failure(client().payments.setPaid({ merchantOid: 'O5', paymentCode: 'P1', paymentDate: '2026-01-31' }));
    expect(paid).toBeInstanceOf(UnexpectedResponseError);
    expect(paid.outcome).toBe('unknown');
    expect(paid.reference).toBe('O5');
    moneyCheck(P, 'success-evidence', 3);
  });

  it('secrets: an answer echoing the request and the keys leaves no key, salt or token in the error', async () => {
    script = (r) => ({
      status: 200,
      body: JSON.stringify({ Success: false, Errors: [`bad request ${r.body} key ${creds.merchantKey} salt ${creds.merchantSalt}`], Data: null }),
    });
    const e = await failure(client().transactions.create(purchase));
    const token = bodyOf(server.requests.at(-1)).requestToken as string;
    const texts = [JSON.stringify(e), String(e), e.stack ?? ''];
    for (const text of texts) for (const secret of [creds.merchantKey, creds.merchantSalt, token]) expect(text).not.toContain(secret);
    moneyCheck(P, 'secrets', texts.length);
  });

  it('callbacks: the return post reader answers oversized, unreadable, already-read and ambiguous posts with a ValidationError', async () => {
    const url = 'https://shop.example/haso/ok';
    const form = 'merchantOid=ORD-1&transactionCode=T7&customerId=5004';
    const used = new Request(url, { method: 'POST', body: form });
    await used.text();
    const broken = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('merchantOid=O'));
        c.error(new Error('reset'));
      },
    });
    const runs: (() => Promise<unknown>)[] = [
      () => readHasoReturn(new Request(url, { method: 'POST', body: `${form}&pad=${'x'.repeat(70 * 1024)}` }), 'ok'),
      () => readHasoReturn(used, 'ok'),
      () => readHasoReturn(new Request(url, { method: 'POST', body: broken, duplex: 'half' } as RequestInit), 'ok'),
      async () => parseHasoReturn(`${form}&TransactionCode=T8`, 'ok'),
    ];
    for (const run of runs) {
      expect(await failure(run())).toBeInstanceOf(ValidationError);
      moneyCheck(P, 'callbacks');
    }
    expect((await readHasoReturn(new Request(url, { method: 'POST', body: form }), 'ok')).verified).toBe(false);
    moneyCheck(P, 'callbacks');
  });
});
