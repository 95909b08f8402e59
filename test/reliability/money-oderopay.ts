// 7. Money safety, ÖderoPay: the real client against a plain node:http server (no simulator), so the wire is the judge:
// one send under every fault, the outcome and the conversationId the server received on each error, success kept
// when informational fields are missing, nothing followed across a redirect, secrets kept out of errors and hooks.
import { createHash } from 'node:crypto';
import {
  AbortError,
  AuthenticationError,
  HttpError,
  NetworkError,
  type OdemeError,
  PaymentDeclinedError,
  ProviderError,
  type RequestEvent,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from '@odeme/core';
import { type CreatePaymentParams, OderoPay, type OderoPayOptions, readThreeDSCallback } from '@odeme/oderopay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { moneyCheck } from './support/figures.js';
import { closedPortUrl, type PlainAnswer, type PlainRequest, plainServer } from './support/plain-server.js';

const P = 'oderopay';
const keys = { apiKey: 'money-odero-api-key-7f3a', secretKey: 'money-odero-secret-key-c41d' };
const CARD = '5528790000000008';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const basket = {
  price: '150.50',
  paidPrice: '150.50',
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  items: [
    { name: 'Kitap', price: '100.25' },
    { name: 'Kalem', price: '50.25' },
  ],
} satisfies Omit<CreatePaymentParams, 'card'>;
const charge = {
  ...basket,
  card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: CARD, expireYear: String(new Date().getUTCFullYear() + 3), expireMonth: '07', cvc: '123' },
};

/** A Craftgate-shaped PaymentResponse: none of ÖderoPay's commission, stored-card or payout-conversion fields. */
const craftgatePayment = (conversationId: unknown) => ({
  id: 5001,
  createdDate: '2026-05-13T10:15:00',
  price: 150.5,
  paidPrice: 150.5,
  walletPrice: 0,
  currency: 'TRY',
  installment: 1,
  conversationId,
  paymentType: 'CARD_PAYMENT',
  paymentGroup: 'PRODUCT',
  paymentStatus: 'SUCCESS',
  paymentPhase: 'AUTH',
  isThreeDS: false,
  bankCommissionRate: 0,
  authCode: '123456',
  hostReference: 'host-1',
  paymentTransactions: [{ id: 7001, price: 150.5, paidPrice: 150.5, payout: { paidPrice: 150.5, parity: 1, currency: 'TRY', merchantPayoutAmount: 150.5 } }],
});
const data = (value: unknown): PlainAnswer => ({ status: 200, body: JSON.stringify({ data: value }) });
const bodyOf = (r: PlainRequest | undefined) => JSON.parse(r?.body || '{}') as Record<string, unknown>;

describe('7. money safety: ÖderoPay against a plain node:http server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let elsewhere: Awaited<ReturnType<typeof plainServer>>;
  let script: (req: PlainRequest) => PlainAnswer = (r) => data(craftgatePayment(bodyOf(r).conversationId));
  const client = (options: Partial<OderoPayOptions> = {}) =>
    new OderoPay({ ...keys, baseUrl: server.url, logLevel: 'off', timeout: 150, maxRetries: 5, retry: { initialDelayMs: 1, maxDelayMs: 2 }, ...options });
  beforeAll(async () => {
    server = await plainServer((req) => script(req));
    elsewhere = await plainServer(() => data(craftgatePayment('stolen')));
  });
  afterAll(async () => {
    await server.close();
    await elsewhere.close();
  });

  it("reference: a conversationId is generated, signed and sent once, and is the result's reference; a given one is kept", async () => {
    script = (r) => data(craftgatePayment(bodyOf(r).conversationId));
    const before = server.requests.length;
    const out = await client().payments.create(charge);
    const seen = server.requests[before] as PlainRequest;
    const wire = bodyOf(seen).conversationId;
    expect(wire).toMatch(UUID);
    expect(out.reference).toBe(wire);
    // The signature covers the body holding the reference: recomputed here from the bytes the server received.
    const rnd = seen.headers['x-rnd-key'] as string;
    const expected = createHash('sha256')
      .update(decodeURIComponent(server.url + seen.url) + keys.apiKey + keys.secretKey + rnd + seen.body, 'utf8')
      .digest('base64');
    expect(seen.headers['x-signature']).toBe(expected);
    expect((await client().payments.create({ ...charge, conversationId: 'order-77' })).reference).toBe('order-77');
    expect(bodyOf(server.requests.at(-1)).conversationId).toBe('order-77');
    // Refunds and 3DS init generate theirs too; rows on an existing payment carry its id.
    script = (r) => data({ status: 'SUCCESS', refundPrice: 150.5, conversationId: bodyOf(r).conversationId, paymentId: 5001 });
    const refund = await client().refunds.create({ paymentId: 5001 });
    expect(refund.reference).toMatch(UUID);
    expect(bodyOf(server.requests.at(-1)).conversationId).toBe(refund.reference);
    script = () => data(craftgatePayment(null));
    expect((await client().threeDS.complete({ paymentId: 5001 })).reference).toBe('5001');
    moneyCheck(P, 'reference', 4);
  });

  const faults: { name: string; answer: PlainAnswer | 'timeout'; type: new (...a: never[]) => OdemeError; outcome: string }[] = [
    { name: 'connection reset', answer: 'reset', type: NetworkError, outcome: 'unknown' },
    { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad Gateway</h1>' }, type: HttpError, outcome: 'unknown' },
    { name: '503 with Retry-After 0', answer: { status: 503, headers: { 'retry-after': '0' }, body: '' }, type: HttpError, outcome: 'unknown' },
    { name: '200 {}', answer: { status: 200, body: '{}' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 {"data":null}', answer: { status: 200, body: '{"data":null}' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 with no body', answer: { status: 200, body: '' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 truncated', answer: { status: 200, body: '{"data":{"id":5001,"paymentSta' }, type: UnexpectedResponseError, outcome: 'unknown' },
    {
      name: '200 without the payment id',
      answer: data({ paymentStatus: 'SUCCESS', price: 150.5, paidPrice: 150.5, currency: 'TRY' }),
      type: UnexpectedResponseError,
      outcome: 'unknown',
    },
    { name: 'body that stalls', answer: { stallAfter: '{"data":{' }, type: TimeoutError, outcome: 'unknown' },
    { name: 'no answer', answer: 'timeout', type: TimeoutError, outcome: 'unknown' },
    {
      name: 'bank decline 10051',
      answer: { status: 422, body: '{"errors":{"errorCode":"10051","errorDescription":"Yetersiz bakiye","errorGroup":"NOT_SUFFICIENT_FUNDS"}}' },
      type: PaymentDeclinedError,
      outcome: 'rejected',
    },
    {
      name: 'refusal with HTTP 200',
      answer: { status: 200, body: '{"errors":{"errorCode":"1001","errorDescription":"geçersiz istek"}}' },
      type: ProviderError,
      outcome: 'rejected',
    },
    { name: 'plain 404', answer: { status: 404, body: 'not here' }, type: HttpError, outcome: 'rejected' },
  ];
  for (const f of faults) {
    it(`payments.create, ${f.name}: sent exactly once, ${f.type.name}, outcome ${f.outcome}, reference as on the wire`, async () => {
      script = () => (f.answer === 'timeout' ? 'stall-headers' : f.answer);
      const before = server.hits('/payment/v1/card-payments');
      const e = await failure(client().payments.create(charge));
      expect(server.hits('/payment/v1/card-payments') - before).toBe(1);
      expect(e).toBeInstanceOf(f.type);
      expect(e.outcome).toBe(f.outcome);
      expect(e.reference).toBe(bodyOf(server.requests.at(-1)).conversationId);
      expect(e.reference).toMatch(UUID);
      moneyCheck(P, 'no-resend');
      moneyCheck(P, 'outcome');
    });
  }

  it('every money row with a reference: one send under a reset, a 502 and a 200 {}, the wire reference on the error', async () => {
    const calls: [string, string, (o: OderoPay) => Promise<unknown>, (r: PlainRequest) => unknown][] = [
      ['threeDS.init', '/3ds-init', (o) => o.threeDS.init({ ...charge, callbackUrl: 'https://shop.example/3ds' }), (r) => bodyOf(r).conversationId],
      ['threeDS.complete', '/3ds-complete', (o) => o.threeDS.complete({ paymentId: 5001 }), () => '5001'],
      ['payments.postAuth', '/post-auth', (o) => o.payments.postAuth({ paymentId: 5001 }), () => '5001'],
      ['refunds.create', '/payment/v1/refunds', (o) => o.refunds.create({ paymentId: 5001 }), (r) => bodyOf(r).conversationId],
      [
        'refunds.createTransaction',
        '/refund-transactions',
        (o) => o.refunds.createTransaction({ paymentTransactionId: 7001, refundPrice: '20' }),
        (r) => bodyOf(r).conversationId,
      ],
      [
        'checkout.init',
        '/checkout-payments/init',
        (o) => o.checkout.init({ ...basket, callbackUrl: 'https://shop.example/c' }),
        (r) => bodyOf(r).conversationId,
      ],
    ];
    for (const [id, path, call, wireReference] of calls) {
      for (const answer of ['reset', { status: 502, body: '<html>' }, { status: 200, body: '{}' }] as PlainAnswer[]) {
        script = () => answer;
        const before = server.hits(path);
        const e = await failure(call(client()));
        expect(server.hits(path) - before, id).toBe(1);
        expect(e.outcome, id).toBe('unknown');
        expect(e.reference, id).toBe(wireReference(server.requests.at(-1) as PlainRequest));
        expect(e.reference, id).toBeTruthy();
        moneyCheck(P, 'no-resend');
      }
    }
  });

  it('not_sent: refused input, a refused connection and an abort before sending reach no server and say so', async () => {
    const before = server.requests.length;
    const bad = await failure(client().payments.create({ ...charge, price: '150.505' }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.outcome).toBe('not_sent');
    const aborted = await failure(client().payments.create(charge, { signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    expect(server.requests.length).toBe(before);
    const refused = await failure(new OderoPay({ ...keys, baseUrl: await closedPortUrl(), logLevel: 'off', maxRetries: 3 }).payments.create(charge));
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused.outcome).toBe('not_sent');
    expect(refused.reference).toMatch(UUID);
    moneyCheck(P, 'outcome', 3);
  });

  it('wrong keys: a 401, in the envelope or bare, is an AuthenticationError; sent once, the money did not move', async () => {
    const refusals: PlainAnswer[] = [
      { status: 401, body: '{"errors":{"errorCode":"1","errorDescription":"signature does not verify"}}' },
      { status: 401, body: '{"errors":{"errorCode":"1","errorDescription":"unknown api key"}}' },
      { status: 401, body: '' },
    ];
    for (const answer of refusals) {
      script = () => answer;
      const before = server.hits('/payment/v1/card-payments');
      const e = await failure(client({ secretKey: 'an-old-secret-key' }).payments.create(charge));
      expect(server.hits('/payment/v1/card-payments') - before).toBe(1);
      expect(e).toBeInstanceOf(AuthenticationError);
      expect(e.outcome).toBe('rejected');
      expect(e.reference).toBe(bodyOf(server.requests.at(-1)).conversationId);
      expect(e.message).toContain('check your keys and environment');
      expect(e.message).toContain(`(POST ${server.url}/payment/v1/card-payments)`);
      // A read is not retried on a 401 either: the same keys would be refused again.
      const reads = server.hits('/installment/v1/bins/552879');
      expect(await failure(client().installments.retrieveBin({ binNumber: '552879' }))).toBeInstanceOf(AuthenticationError);
      expect(server.hits('/installment/v1/bins/552879') - reads).toBe(1);
      moneyCheck(P, 'outcome');
    }
  });

  it('unknownOutcomeCodes: a refusal code that does not prove the money stayed is unknown, not rejected', async () => {
    script = () => ({ status: 422, body: '{"errors":{"errorCode":"10999","errorDescription":"Banka yanıt vermedi"}}' });
    const e = await failure(client({ unknownOutcomeCodes: ['10999'] }).payments.create(charge));
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe(bodyOf(server.requests.at(-1)).conversationId);
    moneyCheck(P, 'outcome');
  });

  it("resolving unknown: payments.findByConversationId asks by the error's reference and finds the payment", async () => {
    script = () => 'stall-headers';
    const e = await failure(client().payments.create(charge));
    expect(e.outcome).toBe('unknown');
    const ref = e.reference as string;
    script = (r) => {
      const q = new URL(r.url, server.url).searchParams;
      return data({
        items: [{ id: 5001, price: 150.5, paidPrice: 150.5, paymentStatus: 'SUCCESS', conversationId: q.get('conversationId') }],
        page: 0,
        size: 50,
        totalSize: 1,
      });
    };
    const found = await client().payments.findByConversationId(ref);
    expect(found.map((p) => [p.id, p.paymentStatus, p.conversationId])).toEqual([[5001, 'SUCCESS', ref]]);
    const asked = new URL((server.requests.at(-1) as PlainRequest).url, server.url);
    expect(asked.pathname).toBe('/payment-reporting/v1/payments');
    expect(asked.searchParams.get('conversationId')).toBe(ref);
    moneyCheck(P, 'reference');
  });

  it('no redirect is followed: the card never reaches the Location origin', async () => {
    for (const status of [301, 302, 307, 308]) {
      script = () => ({ status, headers: { location: `${elsewhere.url}/payment/v1/card-payments` }, body: '' });
      const e = await failure(client().payments.create(charge));
      expect(e).toBeInstanceOf(HttpError);
      expect(e.outcome).toBe('unknown');
      expect(e.message).toContain('payments.findByConversationId(reference)');
      moneyCheck(P, 'no-redirect');
    }
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("success evidence: a Craftgate-shaped payment without ÖderoPay's informational fields succeeds; isSuccess: false does not", async () => {
    script = (r) => data(craftgatePayment(bodyOf(r).conversationId));
    const out = await client().payments.create(charge);
    expect(out.paymentStatus).toBe('SUCCESS');
    expect(out.pfCommissionRateAmount).toBeUndefined();
    script = (r) =>
      data({ ...craftgatePayment(bodyOf(r).conversationId), paidWithStoredCard: null, pfCommissionRateAmount: 'n/a', connectorType: 7, installment: null });
    expect((await client().payments.create(charge)).reference).toBe(bodyOf(server.requests.at(-1)).conversationId);
    script = () => data({ status: 'SUCCESS', refundPrice: 150.5, refundType: null, currency: null, paymentId: null });
    expect((await client().refunds.create({ paymentId: 5001, conversationId: 'refund-1' })).reference).toBe('refund-1');
    script = () => data({ isSuccess: false, errorCode: 'MT-12', errorMessage: 'alıcı IBAN kapalı' });
    const mt = await failure(client().moneyTransfers.createCode({ amount: '75', transactionId: 'mt-1' }));
    expect(mt).toBeInstanceOf(ProviderError);
    expect(mt.outcome).toBe('rejected');
    expect(mt.reference).toBe('mt-1');
    moneyCheck(P, 'success-evidence', 4);
  });

  it('secrets: an answer echoing the request, the card and the keys leaves none of them in the error or the hook events', async () => {
    const events: RequestEvent[] = [];
    script = (r) => ({
      status: 422,
      // As a gateway would echo it: the request body, the headers by name, and the client's own secret in free text.
      body: JSON.stringify({
        errors: {
          errorCode: '1002',
          errorDescription: `rejected ${r.body} x-signature=${r.headers['x-signature']} x-api-key=${r.headers['x-api-key']} (${keys.secretKey})`,
        },
      }),
    });
    const e = await failure(client({ hooks: { onRequest: (ev) => events.push(ev) } }).payments.create(charge));
    const seen = server.requests.at(-1) as PlainRequest;
    const texts = [JSON.stringify(e), String(e), e.stack ?? '', JSON.stringify(events)];
    for (const text of texts) {
      for (const secret of [keys.secretKey, keys.apiKey, CARD, '"cvc":"123"', seen.headers['x-signature'] as string]) expect(text).not.toContain(secret);
    }
    expect(e.reference).toBe(bodyOf(seen).conversationId);
    moneyCheck(P, 'secrets', texts.length);
  });

  it('hostile input: a conversationId cannot inject query parameters into the lookup, and control characters are sent as data', async () => {
    script = () => data({ items: [], page: 0, size: 50, totalSize: 0 });
    const evil = 'order-1&paymentStatus=SUCCESS#x';
    expect(await client().payments.findByConversationId(evil)).toEqual([]);
    const asked = new URL((server.requests.at(-1) as PlainRequest).url, server.url).searchParams;
    expect(asked.get('conversationId')).toBe(evil);
    expect(asked.has('paymentStatus')).toBe(false);
    script = (r) => data(craftgatePayment(bodyOf(r).conversationId));
    const odd = 'sipariş\r\nX-Injected: 1';
    expect((await client().payments.create({ ...charge, conversationId: odd })).reference).toBe(odd);
    expect((server.requests.at(-1) as PlainRequest).headers['x-injected']).toBeUndefined();
    moneyCheck(P, 'hostile-input', 2);
  });

  it('callbacks: the 3DS return reader answers oversized, unreadable, already-read and ambiguous posts with a ValidationError', async () => {
    const url = 'https://shop.example/3ds';
    const form = 'paymentId=5001&conversationId=order-1&status=SUCCESS';
    const used = new Request(url, { method: 'POST', body: form });
    await used.text();
    const broken = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('paymentId=5'));
        c.error(new Error('reset'));
      },
    });
    const posts = [
      new Request(url, { method: 'POST', body: `${form}&pad=${'x'.repeat(70 * 1024)}` }),
      used,
      new Request(url, { method: 'POST', body: broken, duplex: 'half' } as RequestInit),
      new Request(url, { method: 'POST', body: `${form}&paymentId=5002` }),
    ];
    for (const request of posts) {
      const e = await failure(readThreeDSCallback(request));
      expect(e).toBeInstanceOf(ValidationError);
      moneyCheck(P, 'callbacks');
    }
    const ok = await readThreeDSCallback(new Request(url, { method: 'POST', body: form }));
    expect(ok.verified).toBe(false);
    moneyCheck(P, 'callbacks');
  });
});
