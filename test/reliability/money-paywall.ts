// 7. Money safety, PayWall: the SDK's real client against a plain node:http server (no simulator between them), so
// every rule is proved on the bytes PayWall would receive. Each passing check counts once in the figures.
import { inspect } from 'node:util';
import {
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
import { PayWall, PayWallCallbacks, type PayWallOptions, payWallHash } from '@odeme/paywall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleThreeDReturn } from '../../examples/paywall/checkout.js';
import { failure } from './support/errors.js';
import { moneyCheck } from './support/figures.js';
import { closedPortUrl, type PlainAnswer, type PlainRequest, plainServer } from './support/plain-server.js';

const P = 'paywall';
const CARD = '4355084355084358';
const keys = {
  apiKeyPublic: 'pk_money_paywall_5c1e',
  apiClientPublic: 'pc_money_paywall_8a2d',
  apiKeyPrivate: 'sk_money_paywall_3f9b',
  apiClientPrivate: 'sc_money_paywall_6d40',
};
const hashKeys = { threeD: 'h3_money_paywall', systemWebhook: 'hw_money_paywall' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');

const envelope = (Body: unknown, ErrorCode = 0, Result = ErrorCode === 0, Message = '') => JSON.stringify({ ErrorCode, Result, Message, Body });
const ok = (Body: unknown): PlainAnswer => ({ status: 200, body: envelope(Body) });
const refusal = (code: number, Body: unknown = null, message = 'refused'): PlainAnswer => ({ status: 200, body: envelope(Body, code, false, message) });

const detail = (code?: string) => ({
  Amount: '15.50',
  ...(code ? { MerchantUniqueCode: code } : {}),
  CurrencyId: 1 as const,
  Installment: 1,
  ClientIP: '203.0.113.7',
});
const card = { OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: String(new Date().getUTCFullYear() + 3), Cvv: '123' };
const customer = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const product = { ProductId: 'p-1', ProductName: 'Çay', ProductAmount: '15.50' };
const products = [product];
const urls = { MerchantSuccessBackUrl: 'https://shop.example/ok', MerchantFailBackUrl: 'https://shop.example/fail' };
const direct = (code?: string) => ({ PaymentDetail: detail(code), Card: card, Customer: customer, Products: products });
const insurance = {
  OwnerName: 'Mehmet Öz',
  CardNoFirst: '48249048',
  CardNoLast: '8012',
  IdentityNumber: '21234567890',
  ExpireMonth: '12',
  ExpireYear: card.ExpireYear,
};
const split = (code?: string) => ({
  PaymentDetail: { ...detail(code), CallbackAddress: 'https://shop.example/split' },
  CardModel: 1 as const,
  Payments: [{ Customer: customer, Product: product, Card: card }],
});

type Call = (pw: PayWall, input: never) => Promise<{ reference: string }>;
/** Every money-moving row: a call, an input, and where PayWall reads the reference in the body sent. */
const MONEY: { id: string; call: Call; input: Record<string, unknown>; wire: (body: Record<string, unknown>) => unknown; generated?: boolean }[] = [
  ...(['startDirect', 'start3d', 'start3dModel', 'startDirectInsurance', 'startSplit'] as const).map((m) => ({
    id: `payments.${m}`,
    call: ((pw: PayWall, i: never) => pw.payments[m](i)) as Call,
    input:
      m === 'startSplit'
        ? split()
        : m === 'startDirectInsurance'
          ? { ...direct(), Card: insurance }
          : m === 'startDirect'
            ? direct()
            : { ...direct(), PaymentDetail: { ...detail(), ...urls } },
    wire: (b: Record<string, unknown>) => (b.PaymentDetail as Record<string, unknown>).MerchantUniqueCode,
    generated: true,
  })),
  ...(
    [
      ['payments.end3d', (pw: PayWall, i: never) => pw.payments.end3d(i), { MerchantUniqueCode: 'order-7' }],
      ['payments.captureProvision', (pw: PayWall, i: never) => pw.payments.captureProvision(i), { MerchantUniqueCode: 'order-7', ProvisionAmount: '5.00' }],
      ['payments.cancelProvision', (pw: PayWall, i: never) => pw.payments.cancelProvision(i), { MerchantUniqueCode: 'order-7' }],
      ['refunds.create', (pw: PayWall, i: never) => pw.refunds.create(i), { MerchantUniqueCode: 'order-7' }],
      ['refunds.partial', (pw: PayWall, i: never) => pw.refunds.partial(i), { MerchantUniqueCode: 'order-7', Amount: '2.50' }],
      ['refunds.partialByPaymentId', (pw: PayWall, i: never) => pw.refunds.partialByPaymentId(i), { PaymentId: 1001, Amount: '2.50' }],
      [
        'refunds.partialByUniqueCode',
        (pw: PayWall, i: never) => pw.refunds.partialByUniqueCode(i),
        { UniqueCode: 'a7e8c1d2-0000-4000-8000-000000000001', Amount: 1 },
      ],
      ['cancels.create', (pw: PayWall, i: never) => pw.cancels.create(i), { MerchantUniqueCode: 'order-7' }],
      ['cancels.byUniqueCode', (pw: PayWall, i: never) => pw.cancels.byUniqueCode(i), { UniqueCode: 'a7e8c1d2-0000-4000-8000-000000000001' }],
      ['cancels.byPaymentId', (pw: PayWall, i: never) => pw.cancels.byPaymentId(i), { PaymentId: 1001 }],
      ['reverts.create', (pw: PayWall, i: never) => pw.reverts.create(i), { MerchantUniqueCode: 'order-7', Amount: 0 }],
      ['reverts.byPaymentId', (pw: PayWall, i: never) => pw.reverts.byPaymentId(i), { PaymentId: 1001, Amount: '1.00' }],
    ] as const
  ).map(([id, call, input]) => ({
    id,
    call: call as Call,
    input: input as Record<string, unknown>,
    wire: (b: Record<string, unknown>) => b.MerchantUniqueCode ?? b.UniqueCode ?? b.PaymentId,
  })),
];

const bodyOf = (r: PlainRequest | undefined) => JSON.parse(r?.body || '{}') as Record<string, unknown>;
const codeOnWire = (r: PlainRequest | undefined) => (bodyOf(r).PaymentDetail as { MerchantUniqueCode?: string } | undefined)?.MerchantUniqueCode;

describe('7. money safety: PayWall against a plain node:http server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let elsewhere: Awaited<ReturnType<typeof plainServer>>;
  let script: (req: PlainRequest) => PlainAnswer = () => ok({ Payment: { PaymentId: 7 } });
  const client = (options: Partial<PayWallOptions> = {}) =>
    new PayWall({ ...keys, hashKeys, baseUrl: server.url, logLevel: 'off', maxRetries: 3, retry: { initialDelayMs: 1, maxDelayMs: 2 }, ...options });
  beforeAll(async () => {
    server = await plainServer((req) => script(req));
    elsewhere = await plainServer(() => ok({ Payment: { PaymentId: 666 } }));
  });
  afterAll(async () => {
    await server.close();
    await elsewhere.close();
  });

  it('a new payment gets its MerchantUniqueCode before sending: generated when left out, on the wire, on the result', async () => {
    script = () => ok({ Payment: { PaymentId: 7 } });
    const pw = client();
    const out = await pw.payments.startDirect(direct());
    const sent = server.requests.at(-1);
    expect(sent?.url).toBe('/api/paywall/payment/startdirect');
    expect(codeOnWire(sent)).toMatch(UUID);
    expect(out.reference).toBe(codeOnWire(sent));
    // Only inside PaymentDetail, where PayWall reads it: never a stray top-level field.
    expect(Object.keys(bodyOf(sent))).toEqual(['PaymentDetail', 'Card', 'Customer', 'Products']);
    const mine = await pw.payments.startDirect(direct('order-42'));
    expect(mine.reference).toBe('order-42');
    expect(codeOnWire(server.requests.at(-1))).toBe('order-42');
    moneyCheck(P, 'reference', 2);
  });

  it('every money row carries, as its reference, the key PayWall receives: on the result and the same on the wire', async () => {
    for (const row of MONEY) {
      script = (req) => (req.url.endsWith('/split') ? ok({ SplitPaymentId: 1 }) : ok(row.generated ? { Payment: { PaymentId: 7 } } : null));
      const out = await row.call(client(), row.input as never);
      const wire = row.wire(bodyOf(server.requests.at(-1)));
      expect(wire, row.id).toBeDefined();
      expect(out.reference, row.id).toBe(String(wire));
      if (row.generated) expect(out.reference, row.id).toMatch(UUID);
      moneyCheck(P, 'reference');
    }
  });

  it('a MerchantUniqueCode that could not be queried by (it travels as a header) is refused before sending', async () => {
    const pw = client();
    const before = server.requests.length;
    for (const code of ['sipariş-1', 'Çağrı', ' order-1', 'order-1 ', 'a\tb', 'order\r\nx: 1', '💳']) {
      for (const input of [direct(code), split(code)]) {
        const e = await failure('CardModel' in input ? pw.payments.startSplit(input) : pw.payments.startDirect(input));
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).fields).toEqual(['PaymentDetail.MerchantUniqueCode']);
        expect(e.outcome).toBe('not_sent');
        expect(e.message).not.toContain(code.trim() || code);
      }
    }
    expect(server.requests.length).toBe(before);
    // The code of a payment made elsewhere (an older Turkish one) can still be refunded by: it travels in the body.
    script = () => ok(null);
    expect((await pw.refunds.partial({ MerchantUniqueCode: 'sipariş-1', Amount: '1.00' })).reference).toBe('sipariş-1');
    moneyCheck(P, 'reference');
    moneyCheck(P, 'hostile-input');
  });

  const faults: { name: string; answer: PlainAnswer | 'timeout'; type: new (...a: never[]) => OdemeError }[] = [
    { name: 'connection reset', answer: 'reset', type: NetworkError },
    { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502 Bad Gateway</h1>' }, type: HttpError },
    { name: '503 with Retry-After 0', answer: { status: 503, headers: { 'retry-after': '0' }, body: '' }, type: HttpError },
    { name: 'no answer', answer: 'timeout', type: TimeoutError },
    { name: 'body that stalls', answer: { stallAfter: '{"ErrorCode":0,' }, type: TimeoutError },
    { name: '200 {}', answer: { status: 200, body: '{}' }, type: UnexpectedResponseError },
    { name: '200 empty', answer: { status: 200, body: '' }, type: UnexpectedResponseError },
    { name: '200 truncated envelope', answer: { status: 200, body: '{"ErrorCode":0,"Result":tr' }, type: UnexpectedResponseError },
  ];
  for (const f of faults)
    it(`${f.name}: a payment and a refund each reach PayWall exactly once, outcome unknown, reference as on the wire`, async () => {
      script = () => (f.answer === 'timeout' ? 'stall-headers' : f.answer);
      const pw = client({ timeout: 150, maxRetries: 5 });
      for (const [call, path, wire] of [
        [() => pw.payments.startDirect(direct()), '/payment/startdirect', (r: PlainRequest | undefined) => codeOnWire(r)],
        [
          () => pw.refunds.partial({ MerchantUniqueCode: 'order-7', Amount: '2.50' }),
          '/private/refund/partial',
          (r: PlainRequest | undefined) => bodyOf(r).MerchantUniqueCode,
        ],
      ] as const) {
        const before = server.hits(path);
        const e = await failure(call());
        expect(server.hits(path) - before, `${f.name} ${path}`).toBe(1);
        expect(e).toBeInstanceOf(f.type);
        expect(e.outcome).toBe('unknown');
        expect(e.message).toContain('payments.findByReference(reference)');
        expect(e.reference).toBe(wire(server.requests.at(-1)));
        moneyCheck(P, 'no-resend');
        moneyCheck(P, 'outcome');
      }
    });

  it('rejected only on a refusal that proves it; a connection refused is not_sent, with the reference it would have had', async () => {
    const pw = client();
    script = () => refusal(26, null, 'product total differs');
    const refused = await failure(pw.payments.startDirect(direct('order-26')));
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused).toMatchObject({ outcome: 'rejected', reference: 'order-26', providerCode: '26' });
    script = () =>
      refusal(1, {
        Error: { ProviderErrorCode: '10051', ProviderErrorMessage: b64('Yetersiz bakiye'), BankErrorCode: '51', BankErrorMessage: b64('Bakiye yetersiz') },
      });
    const declined = await failure(pw.payments.startDirect(direct('order-51')));
    expect(declined).toBeInstanceOf(PaymentDeclinedError);
    expect(declined).toMatchObject({ outcome: 'rejected', reference: 'order-51', reason: 'insufficient_funds', group: 'failure' });
    const closed = await failure(client({ baseUrl: await closedPortUrl() }).payments.startDirect(direct()));
    expect(closed).toBeInstanceOf(NetworkError);
    expect(closed.outcome).toBe('not_sent');
    expect(closed.reference).toMatch(UUID);
    moneyCheck(P, 'outcome', 3);
  });

  it("wrong keys: PayWall's refusal (401 Unauthorized, 64 IntegrationCredentialNotFound) is an AuthenticationError, sent once, rejected", async () => {
    const pw = client();
    const answers: [string, PlainAnswer][] = [
      ['401 at HTTP 200', refusal(401, null, 'Unauthorized')],
      ['401 at HTTP 401', { status: 401, body: envelope(null, 401, false, 'Unauthorized') }],
      ['401 without the envelope', { status: 401, body: '' }],
      ['64 on the private API', refusal(64, null, 'Integration credential not found')],
    ];
    for (const [name, answer] of answers) {
      script = () => answer;
      const before = server.hits('/private/refund');
      const e = await failure(pw.refunds.create({ MerchantUniqueCode: 'order-keys' }));
      expect(e, name).toBeInstanceOf(AuthenticationError);
      expect(e).toMatchObject({ code: 'authentication_failed', outcome: 'rejected', reference: 'order-keys' });
      expect(e.message).toContain('check your keys and environment');
      expect(server.hits('/private/refund') - before).toBe(1);
      for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 10 })])
        for (const secret of Object.values(keys)) expect(view.includes(secret), `${secret} in ${name}`).toBe(false);
      moneyCheck(P, 'outcome');
      moneyCheck(P, 'secrets');
    }
    // A payment start refused for its keys is not a decline: the card was never tried.
    script = () => refusal(401, null, 'Unauthorized');
    const start = await failure(pw.payments.startDirect(direct('order-keys-2')));
    expect(start).toBeInstanceOf(AuthenticationError);
    expect(start).not.toBeInstanceOf(PaymentDeclinedError);
    moneyCheck(P, 'outcome');
  });

  it('a PayWall code that does not prove a refusal (−1, 5, 500, 502, 503, 504) leaves the outcome unknown; reads get none', async () => {
    const pw = client();
    for (const code of [-1, 5, 500, 502, 503, 504]) {
      script = () => refusal(code);
      const before = server.hits('/private/refund');
      const e = await failure(pw.refunds.create({ MerchantUniqueCode: 'order-9' }));
      expect(e).toBeInstanceOf(ProviderError);
      expect(e).toMatchObject({ outcome: 'unknown', reference: 'order-9', providerCode: String(code) });
      expect(server.hits('/private/refund') - before).toBe(1);
      moneyCheck(P, 'outcome');
    }
    // A read moves no money: its errors carry no outcome.
    script = () => refusal(-1);
    const read = await failure(pw.queries.byPaymentId({ PaymentId: 5 }));
    expect(read).toMatchObject({ outcome: undefined, reference: undefined });
    moneyCheck(P, 'outcome');
  });

  it('success needs Result true with ErrorCode 0: any other 2xx answer is unexpected, never a refund reported done', async () => {
    const pw = client();
    for (const body of [
      '{"Result":true}',
      '{"ErrorCode":0}',
      '{"ErrorCode":0,"Result":"true","Body":null}',
      '{"ErrorCode":"0","Result":true,"Body":null}',
      '{"ErrorCode":5,"Result":true,"Body":null}',
      '{"ErrorCode":0,"Result":false,"Body":null}',
      '[{"ErrorCode":0,"Result":true}]',
      '"OK"',
    ]) {
      script = () => ({ status: 200, body });
      for (const call of [() => pw.refunds.create({ MerchantUniqueCode: 'order-3' }), () => pw.payments.startDirect(direct('order-3'))]) {
        const e = await failure(call());
        expect(e, body).toBeInstanceOf(UnexpectedResponseError);
        expect(e.outcome).toBe('unknown');
        expect(e.reference).toBe('order-3');
        moneyCheck(P, 'success-evidence');
      }
    }
    // The marker is the whole answer of a refund: Body null, "" or left out is a success.
    for (const answer of [envelope(null), envelope(''), '{"ErrorCode":0,"Result":true}']) {
      script = () => ({ status: 200, body: answer });
      expect(await pw.refunds.create({ MerchantUniqueCode: 'order-3' })).toEqual({ reference: 'order-3' });
    }
    moneyCheck(P, 'success-evidence');
  });

  it('a success whose informational fields are null, missing or of another type still succeeds', async () => {
    const pw = client();
    const nulls = {
      RedirectUrl: null,
      Message: null,
      Error: null,
      Payment: { PaymentId: 7, ActivityId: null, UniqueCode: null, MerchantUniqueKey: null, Products: null },
    };
    const odd = { Message: 5, Error: 'none', Payment: { PaymentId: 7, ActivityId: 'x', Products: [{ Id: 'a', ProductId: 3, ProductAmount: '1' }, null] } };
    for (const body of [nulls, { Payment: { PaymentId: 7 } }, {}, null, odd]) {
      script = () => ok(body);
      const out = await pw.payments.startDirect(direct('order-11'));
      expect(out.reference).toBe('order-11');
      if (body && 'Payment' in body) expect(out.Payment?.PaymentId).toBe(7);
      moneyCheck(P, 'success-evidence');
    }
    // The state a lookup reads: every field but PaymentId null, then left out.
    const state = Object.fromEntries(
      ['ActivityId', 'PaymentGatewayName', 'AnySuccessPayment', 'Status', 'StatusName', 'StatusId', 'CurrencyId', 'CardNumber', 'PaymentAmount', 'IP'].map(
        (k) => [k, null],
      ),
    );
    for (const Paywall of [{ PaymentId: 7, ...state }, { PaymentId: 7 }]) {
      script = () => ok({ Paywall });
      expect((await pw.payments.findByReference('order-11'))?.PaymentId).toBe(7);
      moneyCheck(P, 'success-evidence');
    }
  });

  it('unknown is resolved by the reference: findByReference queries that code, and says when PayWall has no such payment', async () => {
    const pw = client({ timeout: 150 });
    script = () => 'stall-headers';
    const lost = await failure(pw.payments.startDirect(direct()));
    expect(lost.outcome).toBe('unknown');
    script = (req) =>
      req.url.startsWith('/api/paywall/private/query') ? ok({ Paywall: { PaymentId: 7, StatusId: 4, Status: true, PaymentAmount: 15.5 } }) : ok(null);
    const state = await pw.payments.findByReference(lost.reference as string);
    const asked = server.requests.at(-1);
    expect(asked?.method).toBe('GET');
    expect(asked?.url).toBe('/api/paywall/private/query');
    expect(asked?.headers.merchantuniquecode).toBe(lost.reference);
    expect(asked?.headers.apikeyprivate).toBe(keys.apiKeyPrivate);
    expect(state).toMatchObject({ PaymentId: 7, StatusId: 4 });
    script = () => refusal(56, null, 'Payment not found');
    expect(await pw.payments.findByReference('order-none')).toBeUndefined();
    // −1 may be a general error: it is not read as "no such payment".
    script = () => refusal(-1);
    expect(await failure(pw.payments.findByReference('order-none'))).toBeInstanceOf(ProviderError);
    moneyCheck(P, 'outcome', 3);
  });

  for (const status of [301, 302, 307, 308])
    it(`a ${status} on a payment is never followed: the card never reaches the Location origin`, async () => {
      script = () => ({ status, headers: { location: `${elsewhere.url}/api/paywall/payment/startdirect` }, body: '' });
      const before = elsewhere.requests.length;
      const e = await failure(client().payments.startDirect(direct('order-r')));
      expect(e).toBeInstanceOf(HttpError);
      expect(e).toMatchObject({ outcome: 'unknown', reference: 'order-r' });
      expect(elsewhere.requests.length).toBe(before);
      moneyCheck(P, 'no-redirect');
    });

  it('a decline whose Base64 bank text carries a card number leaves no full card number anywhere in the error', async () => {
    const spaced = CARD.replace(/(\d{4})(?=\d)/g, '$1 ');
    script = () =>
      refusal(
        1,
        {
          Payment: { PaymentId: 7 },
          Error: {
            ProviderErrorCode: b64(`E-${CARD}`),
            ProviderErrorMessage: b64(`Kart ${spaced} reddedildi`),
            BankErrorCode: '51',
            BankErrorMessage: b64(`Kart numarası ${CARD}, bakiye yetersiz`),
          },
        },
        `İşlem reddedildi: ${b64(CARD)}`,
      );
    const e = await failure(client().payments.startDirect(direct()));
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    const d = e as PaymentDeclinedError;
    // Decoded, so the bank's words are readable, and masked.
    expect(String((d.details as { bankErrorMessage?: string }).bankErrorMessage)).toContain('bakiye yetersiz');
    const views = [
      e.message,
      String(e),
      JSON.stringify(e),
      JSON.stringify(e.toJSON()),
      inspect(e, { depth: 10 }),
      JSON.stringify(d.body),
      JSON.stringify(d.details),
      String(d.providerMessage),
    ];
    for (const view of views)
      for (const canary of [CARD, spaced, b64(CARD), b64(`Kart numarası ${CARD}, bakiye yetersiz`), CARD.slice(0, 12)])
        expect(view.includes(canary), `${canary} in ${view.slice(0, 160)}`).toBe(false);
    moneyCheck(P, 'secrets');
  });

  it("this client's keys echoed back, plain or Base64-wrapped, are scrubbed from its errors", async () => {
    script = (req) => {
      const echo = `${req.headers.apikeyprivate} ${req.headers.apiclientprivate} ${req.headers.apikeypublic}`;
      return refusal(1, { Error: { ProviderErrorCode: 'X', ProviderErrorMessage: b64(echo), BankErrorMessage: echo } }, `echo ${echo}`);
    };
    const e = await failure(client().payments.startDirect(direct()));
    for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 10 })])
      for (const secret of Object.values(keys)) expect(view.includes(secret), `${secret} in ${view.slice(0, 160)}`).toBe(false);
    moneyCheck(P, 'secrets');
  });

  it('callbacks: only hashed fields are verified; a forged event type, amount or currency never is', async () => {
    const cb = new PayWallCallbacks({ hashKeys });
    const hash = await payWallHash(hashKeys.systemWebhook, ['99', 'order-7', '150.00', '1']);
    const genuine = `{"Type":4,"PaymentId":99,"Amount":150.00,"OperationAmount":10.00,"UniqueCode":"order-7","CurrencyId":1,"Installment":1,"Hash":"${hash}"}`;
    const forged = genuine
      .replace('"Type":4', '"Type":2')
      .replace('"OperationAmount":10.00', '"OperationAmount":150.00')
      .replace('"CurrencyId":1', '"CurrencyId":2');
    const a = await cb.verifyGeneralCallback(genuine);
    const b = await cb.verifyGeneralCallback(forged);
    expect(b.verified).toEqual(a.verified);
    for (const k of ['type', 'typeName', 'operationAmount', 'operationAmountKurus', 'currencyId']) expect(k in b.verified, k).toBe(false);
    expect(b.unverified).toMatchObject({ type: 2, operationAmountKurus: 15_000, currencyId: 2 });
    moneyCheck(P, 'callbacks');
    // The 3D return: the outcome is not hashed, so a flipped status stays unverified.
    const f = { paymentId: '99', uniqueCode: 'order-7', amount: '150.00', installment: '1', status: 'Unsuccessful', errorCode: '1' };
    const signed = { ...f, hash: await payWallHash(hashKeys.threeD, [f.paymentId, f.uniqueCode, f.amount, f.installment]) };
    const flipped = await cb.verifyThreeDReturn({ ...signed, status: 'Success', errorCode: '0' });
    expect(flipped.unverified.success).toBe(true);
    expect(flipped.verified).toEqual({ paymentId: 99, merchantUniqueCode: 'order-7', amount: '150.00', amountKurus: 15_000, installment: 1 });
    moneyCheck(P, 'callbacks');
  });

  it('the documented 3D return route answers 400, never throws, to unreadable, already-read, oversized and forged posts; ships on a query', async () => {
    const pw = client();
    const f = { paymentId: '99', uniqueCode: 'order-7', amount: '150.00', installment: '1', status: 'Success', errorCode: '0' };
    const body = new URLSearchParams({ ...f, hash: await payWallHash(hashKeys.threeD, [f.paymentId, f.uniqueCode, f.amount, f.installment]) }).toString();
    const post = (b: BodyInit) =>
      new Request('https://shop.example/paywall/return', { method: 'POST', body: b, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const used = post(body);
    await used.text();
    const broken = new Request('https://shop.example/paywall/return', {
      method: 'POST',
      body: new ReadableStream({
        pull(c) {
          c.error(new Error('socket hang up'));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    for (const bad of [
      used,
      broken,
      post(`${body}&pad=${'x'.repeat(70 * 1024)}`),
      post(body.replace('amount=150.00', 'amount=1.00')),
      post('{"not":"a form"}'),
    ]) {
      const { response } = await handleThreeDReturn(pw, bad);
      expect(response.status).toBe(400);
      moneyCheck(P, 'callbacks');
    }
    // A genuine post is shipped on PayWall's answer to a query by the verified id, not on the posted status.
    script = () => ok({ Paywall: { PaymentId: 99, StatusId: 5, Status: false } });
    const { response } = await handleThreeDReturn(pw, post(body));
    expect(await response.text()).toMatch(/^payment failed/);
    expect(server.requests.at(-1)?.headers.paymentid).toBe('99');
    moneyCheck(P, 'callbacks');
  });
});
