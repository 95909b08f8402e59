// 7. Money safety, BiP: startPayment and commit sent by the real client to a plain node:http server (no simulator),
// and the listener handed requests it must refuse, so that the wire and the handler's answers are what is asserted.
import { inspect } from 'node:util';
import { Bip, type BipOptions, createBipListener } from '@odeme/bip';
import {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  HttpError,
  NetworkError,
  type OdemeError,
  PaymentDeclinedError,
  ProviderError,
  redactText,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from '@odeme/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { moneyCheck } from './support/figures.js';
import { closedPortUrl, type PlainAnswer, plainServer } from './support/plain-server.js';

const USER = 'svc-money-bip';
const PASSWORD = 'bp_money_Bip_7731';
const BASIC = btoa(`${USER}:${PASSWORD}`);
const LISTENER = { username: 'turkcell', password: 'lp_money_Listener_31' };
const json = (body: unknown, status = 200): PlainAnswer => ({ status, body: JSON.stringify(body) });
const idOf = (body: string | undefined) => (JSON.parse(body ?? '{}') as { transactionId?: string }).transactionId;
const start = { msisdn: '0532 123 45 67', channelId: 40, itemList: [{ id: 50, count: 1 }] };
const consent = (body: string) => json({ resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: idOf(body) });
const committed = (body: string) => json({ resultCode: 0, resultDesc: 'SUCCESS', transactionId: idOf(body) });
const callback = { transactionId: '4821937561029384', resultCode: 0, resultDesc: 'SUCCESS', channelId: 10, additionalInfo: { commitToken: '11234567' } };

describe('7. money safety: BiP against a plain node:http server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let other: Awaited<ReturnType<typeof plainServer>>;
  let answer: (body: string, path: string) => PlainAnswer = (b, p) => (p.endsWith('/commitService') ? committed(b) : consent(b));
  beforeAll(async () => {
    server = await plainServer((req) => answer(req.body, req.url));
    other = await plainServer((req) => consent(req.body));
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });
  const client = (extra: Partial<BipOptions> = {}) =>
    new Bip({
      username: USER,
      password: PASSWORD,
      baseUrl: `${server.url}/pgw`,
      logLevel: 'off',
      retry: { initialDelayMs: 1, maxDelayMs: 2 },
      maxRetries: 3,
      ...extra,
    });
  const lastBody = (suffix: string) => server.requests.filter((r) => r.url.endsWith(suffix)).at(-1)?.body;

  it('the transactionId is generated before sending when left out, kept as given otherwise: on the wire and on the result', async () => {
    answer = (b, p) => (p.endsWith('/commitService') ? committed(b) : consent(b));
    const made = await client().startPayment(start);
    expect(made.reference).toMatch(/^[1-9]\d{15}$/);
    expect(idOf(lastBody('/paymentService'))).toBe(made.reference);
    expect(made.transactionId).toBe(made.reference);
    const given = await client().startPayment({ ...start, transactionId: 'order-2026-0001' });
    expect(given.reference).toBe('order-2026-0001');
    expect(idOf(lastBody('/paymentService'))).toBe('order-2026-0001');
    const own = await client({ generateTransactionId: () => 'mine-0001' }).startPayment(start);
    expect(own.reference).toBe('mine-0001');
    const done = await client().commit({ transactionId: 'order-2026-0001', msisdn: '905321234567', commitToken: '11234567' });
    expect(done.reference).toBe('order-2026-0001');
    moneyCheck('bip', 'reference', 4);
  });

  const faults: { name: string; answer: PlainAnswer | 'timeout'; type: new (...a: never[]) => OdemeError; outcome: string }[] = [
    { name: 'connection reset', answer: 'reset', type: NetworkError, outcome: 'unknown' },
    { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502</h1>' }, type: HttpError, outcome: 'unknown' },
    { name: '503 with Retry-After 0', answer: { status: 503, headers: { 'retry-after': '0' }, body: '' }, type: HttpError, outcome: 'unknown' },
    { name: '200 {}', answer: json({}), type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 {"status":"ok"}', answer: json({ status: 'ok' }), type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 empty body', answer: { status: 200, body: '' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 truncated', answer: { status: 200, body: '{"resultCode":11' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: 'body that stalls', answer: { stallAfter: '{"resultCode":' }, type: TimeoutError, outcome: 'unknown' },
    { name: 'no answer', answer: 'timeout', type: TimeoutError, outcome: 'unknown' },
    { name: 'refusal code 9999', answer: json({ resultCode: 9999, resultDesc: 'SOMETHING' }), type: ProviderError, outcome: 'rejected' },
    {
      name: 'failure code 4010403',
      answer: json({ resultCode: 4010403, resultDesc: 'NOT_TURKCELL_SUBSCRIBER' }),
      type: PaymentDeclinedError,
      outcome: 'rejected',
    },
    {
      name: 'KONG 401',
      answer: { status: 401, headers: { 'www-authenticate': 'Basic realm="kong"' }, body: '{"message":"Unauthorized"}' },
      type: AuthenticationError,
      outcome: 'rejected',
    },
    { name: 'plain 404', answer: { status: 404, body: 'not here' }, type: HttpError, outcome: 'rejected' },
  ];
  for (const [op, path] of [
    ['startPayment', '/paymentService'],
    ['commit', '/commitService'],
  ] as const) {
    for (const f of faults) {
      it(`${op}, ${f.name}: sent exactly once, typed, outcome ${f.outcome}, reference as on the wire`, async () => {
        answer = (b, p) => (p.endsWith(path) ? (f.answer === 'timeout' ? 'stall-headers' : f.answer) : consent(b));
        const before = server.hits(path);
        const c = client({ timeout: 150 });
        const call =
          op === 'startPayment'
            ? c.startPayment(start, { maxRetries: 5 })
            : c.commit({ transactionId: 'T-commit-1', msisdn: '5321234567', commitToken: '11234567' }, { maxRetries: 5 });
        const e = await failure(call);
        expect(server.hits(path) - before).toBe(1);
        expect(e).toBeInstanceOf(f.type);
        expect(e.outcome).toBe(f.outcome);
        expect(e.reference).toBe(idOf(lastBody(path)));
        if (op === 'startPayment') expect(e.reference).toMatch(/^[1-9]\d{15}$/);
        moneyCheck('bip', 'no-resend');
        moneyCheck('bip', 'outcome');
      });
    }
  }

  it('not_sent: refused input, a refused connection, an abort before sending; the generated id is still on the error', async () => {
    const before = server.requests.length;
    const bad = await failure(client().startPayment({ ...start, msisdn: '0212 123 45 67' }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.outcome).toBe('not_sent');
    const closed = await failure(client({ baseUrl: `${await closedPortUrl()}/pgw` }).startPayment(start));
    expect(closed).toBeInstanceOf(NetworkError);
    expect(closed.outcome).toBe('not_sent');
    expect(closed.reference).toMatch(/^[1-9]\d{15}$/);
    const aborted = await failure(client().startPayment(start, { signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    expect(server.requests.length).toBe(before);
    moneyCheck('bip', 'outcome', 3);
  });

  for (const status of [302, 307]) {
    it(`a ${status} on paymentService is never followed: the request never reaches the Location origin`, async () => {
      answer = () => ({ status, headers: { location: `${other.url}/pgw/paymentService` }, body: '' });
      const before = other.requests.length;
      const e = await failure(client().startPayment(start));
      expect(e).toBeInstanceOf(HttpError);
      expect(e.outcome).toBe('unknown');
      // The message says the provider has no lookup, and what to do instead.
      expect(e.message).toContain('BiP has no status query');
      expect(other.requests.length).toBe(before);
      moneyCheck('bip', 'no-redirect');
    });
  }

  it('success needs the documented code, and is not lost over informational fields', async () => {
    for (const extra of [{ resultDesc: null }, { transactionId: 4821937561029384 }, { resultDesc: 42, more: { x: 1 } }, {}]) {
      answer = () => json({ resultCode: 1103, ...extra });
      const out = await client().startPayment(start);
      expect(out.status).toBe('awaiting_consent');
      expect(out.reference).toBe(idOf(lastBody('/paymentService')));
      moneyCheck('bip', 'success-evidence');
    }
    // The other service's success code is no evidence for this one.
    answer = () => json({ resultCode: 0, resultDesc: 'SUCCESS' });
    const wrong = await failure(client().startPayment(start));
    expect(wrong).toBeInstanceOf(ProviderError);
    moneyCheck('bip', 'success-evidence');
  });

  it('wrong keys: KONG’s bare 401 and a 401 carrying a resultCode are AuthenticationErrors, sent once, nothing else tried', async () => {
    const answers: PlainAnswer[] = [
      { status: 401, headers: { 'www-authenticate': 'Basic realm="kong"' }, body: '{"message":"Unauthorized"}' },
      { status: 401, headers: { 'content-type': 'text/plain' }, body: 'Unauthorized' },
      json({ resultCode: 4011, resultDesc: 'INVALID_CREDENTIALS' }, 401),
    ];
    for (const a of answers) {
      answer = () => a;
      const before = server.hits('/pgw/paymentService');
      const e = await failure(client({ password: 'not-the-password' }).startPayment(start, { maxRetries: 5 }));
      expect(server.hits('/pgw/paymentService') - before).toBe(1);
      expect(e).toBeInstanceOf(AuthenticationError);
      expect(e.outcome).toBe('rejected');
      expect(e.reference).toBe(idOf(lastBody('/paymentService')));
      expect(e.message).toContain('check your keys and environment');
      moneyCheck('bip', 'outcome');
    }
  });

  it('declines: each known failure code is a PaymentDeclinedError with its reason, on startPayment and on commit', async () => {
    const cases: [number, string][] = [
      [4010101, 'do_not_honor'],
      [4010403, 'invalid_card'],
      [-1101, 'other'],
    ];
    for (const [code, reason] of cases) {
      answer = () => json({ resultCode: code, resultDesc: 'FAIL' });
      const started = await failure(client().startPayment(start));
      const committed = await failure(client().commit({ transactionId: 'T-decline', msisdn: '5321234567', commitToken: '11234567' }));
      for (const e of [started, committed]) {
        expect(e).toBeInstanceOf(PaymentDeclinedError);
        expect(e).toMatchObject({ reason, providerCode: String(code), outcome: 'rejected' });
        moneyCheck('bip', 'outcome');
      }
      expect(committed.reference).toBe('T-decline');
    }
  });

  it('a baseUrl without the /pgw path is refused when the client is built: nothing reaches the host', () => {
    const before = server.requests.length;
    for (const baseUrl of [server.url, `${server.url}/`, `${server.url}/pgw/paymentService`])
      expect(() => client({ baseUrl }), baseUrl).toThrow(/baseUrl must end with \/pgw/);
    expect(server.requests.length).toBe(before);
    moneyCheck('bip', 'hostile-input');
  });

  it('secrets are this client’s: the password and the Basic credential echoed by a gateway are scrubbed', async () => {
    for (const echo of [`authorization: Basic ${BASIC}`, `password=${PASSWORD}`, encodeURIComponent(`user:${PASSWORD}`)]) {
      answer = () => ({ status: 500, headers: { 'content-type': 'text/plain' }, body: echo });
      const e = await failure(client().startPayment(start));
      for (const view of [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 8 }), JSON.stringify(e.toJSON())])
        for (const canary of [PASSWORD, BASIC]) expect(view.includes(canary), `${canary} in ${view.slice(0, 200)}`).toBe(false);
      moneyCheck('bip', 'secrets');
    }
    expect(redactText(`p=${PASSWORD}`)).toContain(PASSWORD);
    moneyCheck('bip', 'secrets');
  });

  it('the listener refuses what it cannot verify and never throws', async () => {
    expect(() => createBipListener({ onPayment: () => {} })).toThrow(ConfigurationError);
    const events: unknown[] = [];
    const listener = createBipListener({ credentials: LISTENER, logLevel: 'off', onPayment: (e) => void events.push(e) });
    const auth = (p: string) => ({ authorization: `Basic ${btoa(`${LISTENER.username}:${p}`)}` });
    const post = (body: BodyInit, headers: Record<string, string> = auth(LISTENER.password)) =>
      new Request('https://merchant.example/bip', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
    expect((await listener(post(JSON.stringify(callback), {}))).status).toBe(401);
    expect((await listener(post(JSON.stringify(callback), auth(`${LISTENER.password}x`)))).status).toBe(401);
    const used = post(JSON.stringify(callback));
    await used.text();
    expect((await listener(used)).status).toBe(400);
    const broken = new ReadableStream({
      pull(c) {
        c.error(new Error('reset'));
      },
    });
    expect((await listener(post(broken))).status).toBe(400);
    expect((await listener(post(JSON.stringify({ ...callback, resultDesc: 'x'.repeat(300 * 1024) })))).status).toBe(413);
    expect(events).toHaveLength(0);
    expect((await listener(post(JSON.stringify(callback)))).status).toBe(200);
    expect(events).toHaveLength(1);
    moneyCheck('bip', 'callbacks', 7);
  });

  it('a success callback is not lost over float noise: amounts as Turkcell’s Java doubles print are read to the kuruş', async () => {
    const events: { totalAmountKurus?: number }[] = [];
    const listener = createBipListener({ credentials: LISTENER, logLevel: 'off', onPayment: (e) => void events.push(e) });
    const auth = { authorization: `Basic ${btoa(`${LISTENER.username}:${LISTENER.password}`)}`, 'content-type': 'application/json' };
    // Field names and types of Turkcell's sample merchant model (int codes and counts, String ids, double amounts).
    const body = (total: string) =>
      `{"resultCode":0,"resultDesc":"SUCCESS","transactionId":"4821937561029384","additionalInfo":{"commitToken":"11234567"},` +
      `"paymentMethod":"reserve","itemList":[{"itemId":54,"itemName":"Su","itemPrice":1.1,"currency":"TL","itemCount":3}],` +
      `"totalAmount":${total},"orderDate":"25.11.2016 14:36:02","currency":"TL","channelId":10}`;
    const post = (text: string) => listener(new Request('https://merchant.example/bip', { method: 'POST', headers: auth, body: text }));
    const ok = await post(body('3.3000000000000003'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ transactionId: '4821937561029384', resultCode: 0, resultDesc: 'SUCCESS' });
    expect(events).toEqual([expect.objectContaining({ totalAmountKurus: 330 })]);
    // A real third decimal is not noise: still refused, and onPayment never sees it.
    expect((await post(body('3.305'))).status).toBe(422);
    expect(events).toHaveLength(1);
    moneyCheck('bip', 'callbacks', 2);
  });

  it('a card payment is sent without isBillingRequired unless the caller asks for it', async () => {
    answer = (b, p) => (p.endsWith('/commitService') ? committed(b) : consent(b));
    await client().startPayment(start);
    const sent = JSON.parse(lastBody('/paymentService') ?? '{}') as Record<string, unknown>;
    expect(sent).toMatchObject({ channelId: 40, isDeliverable: true });
    expect(sent).not.toHaveProperty('isBillingRequired');
    await client().startPayment({ ...start, isBillingRequired: true });
    expect(JSON.parse(lastBody('/paymentService') ?? '{}')).toMatchObject({ isBillingRequired: true });
  });

  it('a Basic username with ":" is refused when the client or the listener is built, before anything is sent', () => {
    const before = server.requests.length;
    expect(() => client({ username: 'svc:money' })).toThrow(ConfigurationError);
    expect(() => createBipListener({ credentials: { username: 'turk:cell', password: 'p' }, onPayment: () => {} })).toThrow(ConfigurationError);
    expect(server.requests.length).toBe(before);
    moneyCheck('bip', 'hostile-input', 2);
  });

  it('hostile input ends in a typed error before sending; messages state the rule, never the value', async () => {
    const before = server.requests.length;
    const cases: [string, Promise<unknown>, string][] = [
      ['a transactionId with surrounding spaces', client().startPayment({ ...start, transactionId: ' id-77123 ' }), 'id-77123'],
      ['a huge msisdn', client().startPayment({ ...start, msisdn: '5'.repeat(100_000) }), '5555555555'],
      [
        'two items on channel 50',
        client().startPayment({
          ...start,
          channelId: 50,
          itemList: [
            { id: 50, count: 1 },
            { id: 51, count: 738 },
          ],
        }),
        '738',
      ],
    ];
    for (const [name, p, value] of cases) {
      const e = await failure(p);
      expect(e, name).toBeInstanceOf(ValidationError);
      expect(e.outcome, name).toBe('not_sent');
      expect(e.message.includes(value), name).toBe(false);
      moneyCheck('bip', 'hostile-input');
    }
    expect(server.requests.length).toBe(before);
  });
});
