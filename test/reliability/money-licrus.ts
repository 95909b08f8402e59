// 7. Money safety, Licrus: the Payment row sent by the real client to a plain node:http server (no simulator), so that
// what reaches the wire (how many Payment requests, which PaymentRequestCode) is what is asserted.
import { inspect } from 'node:util';
import {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  HttpError,
  NetworkError,
  type OdemeError,
  PaymentDeclinedError,
  redactText,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from '@odeme/core';
import { Licrus, LicrusDeclineError, type LicrusOptions, LicrusTicketRefusedError } from '@odeme/licrus';
import { LICRUS_SIM_CARDS, LICRUS_SIM_DECLINES } from '@odeme/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { moneyCheck } from './support/figures.js';
import { closedPortUrl, type PlainAnswer, plainServer } from './support/plain-server.js';

const PASSWORD = 'pw_money_Licrus_5521';
const TICKET = '9c0ffee1d1440f0a3bb83ab47c37e1a7';
const CARD = '4355084355084358';
const CVV = '739';
const YEAR = new Date().getUTCFullYear() + 3;
const card = { CardHolderName: 'AYSE YILMAZ', Number: CARD, ExpireMonth: 12, ExpireYear: YEAR, SecurityCode: CVV };
const json = (body: unknown, status = 200): PlainAnswer => ({ status, body: JSON.stringify(body) });
const loginOk = json({ HasError: false, HasMessage: false, MessageList: [], IsAuthenticated: true, User: { AuthTicket: TICKET } });
const paid = json({ HasError: false, HasMessage: true, MessageList: [{ Type: 2, Message: 'Ödeme alındı.' }] });

let seq = 0;
/** A fresh 32-hex PaymentRequestCode, as Licrus issues them. */
const code = () => `${(++seq).toString(16).padStart(8, '0')}d1440f0a3bb83ab47c37e11f`.slice(0, 32);
const codeOf = (body: string | undefined) => (JSON.parse(body ?? '{}') as { PaymentRequestCode?: string }).PaymentRequestCode;

describe('7. money safety: Licrus against a plain node:http server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let other: Awaited<ReturnType<typeof plainServer>>;
  let login: () => PlainAnswer = () => loginOk;
  let payment: (body: string) => PlainAnswer = () => paid;
  let read: () => PlainAnswer = () => json({ HasError: false, MessageList: [], Results: [] });
  beforeAll(async () => {
    server = await plainServer((req) => {
      if (req.url.endsWith('/login')) return login();
      if (req.url.endsWith('/Payment')) return payment(req.body);
      return read();
    });
    other = await plainServer(() => paid);
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });
  const client = (extra: Partial<LicrusOptions> = {}) =>
    new Licrus({ baseUrl: server.url, name: 'ivr', password: PASSWORD, logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 2 }, maxRetries: 3, ...extra });
  const payments = () => server.hits('/Payment');
  const logins = () => server.hits('/login');

  it('the reference is the PaymentRequestCode Licrus issued: on the wire, on the result; never generated', async () => {
    login = () => loginOk;
    payment = () => paid;
    const c = code();
    const out = await client().payments.pay({ PaymentRequestCode: c, Card: card });
    expect(codeOf(server.requests.at(-1)?.body)).toBe(c);
    expect(out.reference).toBe(c);
    const before = server.requests.length;
    const missing = await failure(client().payments.pay({ Card: card } as never));
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing.outcome).toBe('not_sent');
    expect(server.requests.length).toBe(before);
    moneyCheck('licrus', 'reference', 2);
  });

  it('CardVendor left out goes on the wire as the documented "Unknow", never a vendor name guessed from the number', async () => {
    login = () => loginOk;
    payment = () => paid;
    for (const n of [CARD, '5555555555554444', '9792030000000000', '378282246310005']) {
      await client().payments.pay({ PaymentRequestCode: code(), Card: { ...card, Number: n, SecurityCode: n.startsWith('37') ? '7391' : CVV } });
      const sent = JSON.parse(server.requests.filter((r) => r.url.endsWith('/Payment')).at(-1)?.body ?? '{}') as { Card?: { CardVendor?: unknown } };
      expect(sent.Card?.CardVendor).toBe('Unknow');
    }
  });

  const faults: { name: string; answer: PlainAnswer | 'timeout'; type: new (...a: never[]) => OdemeError; outcome: string }[] = [
    { name: 'connection reset', answer: 'reset', type: NetworkError, outcome: 'unknown' },
    { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502</h1>' }, type: HttpError, outcome: 'unknown' },
    { name: '503 with Retry-After 0', answer: { status: 503, headers: { 'retry-after': '0' }, body: '' }, type: HttpError, outcome: 'unknown' },
    { name: '200 {}', answer: json({}), type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 {"status":"ok"}', answer: json({ status: 'ok' }), type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 HasError "false" as text', answer: json({ HasError: 'false' }), type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 empty body', answer: { status: 200, body: '' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 truncated', answer: { status: 200, body: '{"HasError":fal' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: 'body that stalls', answer: { stallAfter: '{"HasError":' }, type: TimeoutError, outcome: 'unknown' },
    { name: 'no answer', answer: 'timeout', type: TimeoutError, outcome: 'unknown' },
    {
      name: 'HasError refusal',
      answer: json({ HasError: true, MessageList: [{ Type: 0, Message: 'SIM-BNK0005: onaylanmadı' }] }),
      type: LicrusDeclineError,
      outcome: 'rejected',
    },
    // The simulated tenant's bank declines that speak of "yetkisiz", "oturum" and "session", byte for byte.
    ...[LICRUS_SIM_CARDS.unauthorisedTransaction, LICRUS_SIM_CARDS.bankSessionExpired, LICRUS_SIM_CARDS.issuerSessionExpired].map((n) => ({
      name: `the bank decline "${LICRUS_SIM_DECLINES[n]}"`,
      answer: json({ HasError: true, HasMessage: true, MessageList: [{ Type: 0, Message: LICRUS_SIM_DECLINES[n] }] }),
      type: LicrusDeclineError,
      outcome: 'rejected',
    })),
    {
      name: 'a decline worded "yetkisiz işlem, session ticket"',
      answer: json({ HasError: true, MessageList: [{ Type: 0, Message: 'Yetkisiz işlem (session ticket)' }] }),
      type: LicrusDeclineError,
      outcome: 'rejected',
    },
    { name: 'plain 404', answer: { status: 404, body: 'not here' }, type: HttpError, outcome: 'rejected' },
    {
      name: 'HTTP 401 (ticket refused)',
      answer: json({ HasError: true, MessageList: [{ Type: 0, Message: 'AuthTicket geçersiz' }] }, 401),
      type: LicrusTicketRefusedError,
      outcome: 'rejected',
    },
  ];
  for (const f of faults) {
    it(`${f.name}: one Payment request, one login, typed, outcome ${f.outcome}, reference as on the wire`, async () => {
      login = () => loginOk;
      payment = () => (f.answer === 'timeout' ? 'stall-headers' : f.answer);
      const [p0, l0] = [payments(), logins()];
      const c = code();
      const e = await failure(client({ timeout: 150 }).payments.pay({ PaymentRequestCode: c, Card: card }, { maxRetries: 5 }));
      expect(payments() - p0).toBe(1);
      expect(logins() - l0).toBe(1);
      expect(e).toBeInstanceOf(f.type);
      expect(e.outcome).toBe(f.outcome);
      expect(e.reference).toBe(c);
      expect(codeOf(server.requests.filter((r) => r.url.endsWith('/Payment')).at(-1)?.body)).toBe(c);
      if (e instanceof LicrusTicketRefusedError) expect(e.message).toMatch(/not resent.*may be called again/);
      // A decline is core's PaymentDeclinedError; Licrus publishes no codes, so without a tenant table it is `other`.
      if (e instanceof LicrusDeclineError) expect(e).toBeInstanceOf(PaymentDeclinedError);
      if (e instanceof LicrusDeclineError) expect(e.reason).toBe('other');
      moneyCheck('licrus', 'no-resend');
      moneyCheck('licrus', 'outcome');
    });
  }

  it('not_sent: a refused login, a refused connection, an abort before sending; no Payment request', async () => {
    const before = payments();
    const c = code();
    // Wrong credentials as spec §3 documents them (IsAuthenticated false, no message), and a refusal with a message.
    for (const refusal of [
      json({ HasError: false, HasMessage: false, MessageList: [], IsAuthenticated: false, User: null }),
      json({ HasError: true, MessageList: [{ Type: 0, Message: 'Kullanıcı adı veya şifre hatalı.' }] }),
    ]) {
      login = () => refusal;
      const refusedLogin = await failure(client().payments.pay({ PaymentRequestCode: c, Card: card }));
      expect(refusedLogin).toBeInstanceOf(AuthenticationError);
      expect(refusedLogin).toMatchObject({ code: 'authentication_failed', outcome: 'not_sent', reference: c });
      expect(refusedLogin.message).not.toContain(PASSWORD);
    }
    login = () => loginOk;
    const closed = await failure(client({ baseUrl: await closedPortUrl() }).payments.pay({ PaymentRequestCode: c, Card: card }));
    expect(closed).toBeInstanceOf(NetworkError);
    expect(closed.outcome).toBe('not_sent');
    const aborted = await failure(client().payments.pay({ PaymentRequestCode: c, Card: card }, { signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    expect(payments()).toBe(before);
    moneyCheck('licrus', 'outcome', 4);
  });

  it('wrong keys: a static AuthTicket answered with 401, in the envelope or bare, is an AuthenticationError; sent once, rejected', async () => {
    for (const answer of [json({ HasError: true, MessageList: [{ Type: 0, Message: 'AuthTicket geçersiz' }] }, 401), { status: 401, body: '' }]) {
      payment = () => answer;
      const [p0, l0] = [payments(), logins()];
      const c = code();
      const e = await failure(client({ name: undefined, password: undefined, authTicket: TICKET }).payments.pay({ PaymentRequestCode: c, Card: card }));
      expect(e).toBeInstanceOf(AuthenticationError);
      expect(e).not.toBeInstanceOf(LicrusTicketRefusedError);
      expect(e).toMatchObject({ status: 401, outcome: 'rejected', reference: c });
      expect(e.message).toContain(`(POST ${server.url}/api/ERP/Payment)`);
      expect(e.message).not.toContain(TICKET);
      expect([payments() - p0, logins() - l0]).toEqual([1, 0]);
      moneyCheck('licrus', 'outcome');
    }
    payment = () => paid;
  });

  it("a decline's reason comes from the tenant's declineCodes; without them it is other, the code kept", async () => {
    payment = () => json({ HasError: true, MessageList: [{ Type: 0, Message: 'POS-0051: Yetersiz bakiye.' }] });
    const mapped = await failure(client({ declineCodes: { 'POS-0051': 'insufficient_funds' } }).payments.pay({ PaymentRequestCode: code(), Card: card }));
    expect(mapped).toBeInstanceOf(PaymentDeclinedError);
    expect(mapped).toMatchObject({ reason: 'insufficient_funds', providerCode: 'POS-0051', outcome: 'rejected' });
    const plain = await failure(client().payments.pay({ PaymentRequestCode: code(), Card: card }));
    expect(plain).toMatchObject({ reason: 'other', providerCode: 'POS-0051', outcome: 'rejected' });
    payment = () => paid;
    moneyCheck('licrus', 'outcome', 2);
  });

  it('the shared Login obeys each call: a stalled login ends a payment at its totalTimeout (not_sent) and at its abort', async () => {
    login = () => 'stall-headers';
    const before = payments();
    const c = code();
    const t0 = Date.now();
    const timedOut = await failure(client().payments.pay({ PaymentRequestCode: c, Card: card }, { totalTimeout: 200 }));
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut).toMatchObject({ outcome: 'not_sent', reference: c });
    expect(Date.now() - t0).toBeLessThan(200 + 300);
    const t1 = Date.now();
    const aborted = await failure(client().payments.pay({ PaymentRequestCode: c, Card: card }, { signal: AbortSignal.timeout(60) }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    expect(Date.now() - t1).toBeLessThan(60 + 300);
    expect(payments()).toBe(before);
    login = () => loginOk;
    moneyCheck('licrus', 'outcome', 2);
  });

  it('a ticket refusal renews a read (one resend), never a payment', async () => {
    let n = 0;
    read = () =>
      n++ === 0 ? json({ HasError: true, MessageList: [{ Type: 0, Message: 'AuthTicket geçersiz' }] }, 401) : json({ HasError: false, Results: [] });
    const l0 = logins();
    await client().addresses.cities();
    expect(logins() - l0).toBe(2);
    expect(n).toBe(2);
    read = () => json({ HasError: false, MessageList: [], Results: [] });
    moneyCheck('licrus', 'no-resend');
  });

  for (const status of [302, 307]) {
    it(`a ${status} on Payment is never followed: the card never reaches the Location origin`, async () => {
      payment = () => ({ status, headers: { location: `${other.url}/steal` }, body: '' });
      const before = other.requests.length;
      const e = await failure(client().payments.pay({ PaymentRequestCode: code(), Card: card }));
      expect(e).toBeInstanceOf(HttpError);
      expect(e.outcome).toBe('unknown');
      // The message says the provider has no lookup, and what to do instead.
      expect(e.message).toContain('Licrus documents no payment lookup');
      expect(other.requests.length).toBe(before);
      moneyCheck('licrus', 'no-redirect');
    });
  }

  it('success is not lost over informational fields: HasError: false alone, or with odd HasMessage/Count/MessageList', async () => {
    for (const body of [
      { HasError: false },
      { HasError: false, HasMessage: 'yes', Count: 'one', TotalCount: null, MessageList: null },
      { HasError: false, MessageList: [{ Type: 2, Message: null }], Extra: { any: 'thing' } },
    ]) {
      payment = () => json(body);
      const c = code();
      const out = await client().payments.pay({ PaymentRequestCode: c, Card: card });
      expect(out.HasError).toBe(false);
      expect(out.reference).toBe(c);
      moneyCheck('licrus', 'success-evidence');
    }
  });

  it('secrets are this client’s: ticket, password, card and CVV echoed by a gateway are scrubbed from its errors', async () => {
    for (const wrap of [
      (b: string) => `<pre>${b} password=${PASSWORD}</pre>`,
      (b: string) => encodeURIComponent(b),
      (b: string) => JSON.stringify({ echo: b }),
    ]) {
      payment = (b) => ({ status: 500, headers: { 'content-type': 'text/html' }, body: wrap(b) });
      const e = await failure(client().payments.pay({ PaymentRequestCode: code(), Card: card }));
      for (const view of [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 8 }), JSON.stringify(e.toJSON())])
        for (const canary of [TICKET, PASSWORD, CARD, CARD.slice(0, 12)]) expect(view.includes(canary), `${canary} in ${view.slice(0, 200)}`).toBe(false);
      moneyCheck('licrus', 'secrets');
    }
    // Per client: nothing process-wide learned this client's ticket or password.
    expect(redactText(`t=${TICKET} p=${PASSWORD}`)).toContain(TICKET);
    expect(redactText(`t=${TICKET} p=${PASSWORD}`)).toContain(PASSWORD);
    moneyCheck('licrus', 'secrets');
  });

  it('hostile input ends in a typed error before anything is sent; messages state the rule, never the value', async () => {
    const before = server.requests.length;
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { deep };
    const cases: [string, Promise<unknown>, new (...a: never[]) => OdemeError][] = [
      ['10 000 levels deep', client().payments.pay({ PaymentRequestCode: code(), Card: deep } as never), ValidationError],
      [
        'a 2 MiB holder name',
        client().payments.pay({ PaymentRequestCode: code(), Card: { ...card, CardHolderName: 'x'.repeat(2 * 1024 * 1024) } }),
        ValidationError,
      ],
      ['swapped expiry', client().payments.pay({ PaymentRequestCode: code(), Card: { ...card, ExpireMonth: 2031, ExpireYear: 7 } }), ValidationError],
      ['expired card', client().payments.pay({ PaymentRequestCode: code(), Card: { ...card, ExpireMonth: 3, ExpireYear: 2021 } }), ValidationError],
      ['a code that is not 32 hex', client().payments.pay({ PaymentRequestCode: 'ödeme-kodu', Card: card }), ValidationError],
      ['timeout: NaN', client().payments.pay({ PaymentRequestCode: code(), Card: card }, { timeout: Number.NaN }), ConfigurationError],
    ];
    for (const [name, p, type] of cases) {
      const e = await failure(p);
      expect(e, name).toBeInstanceOf(type);
      expect(e.outcome, name).toBe('not_sent');
      for (const value of ['2031', '2021', CARD, 'ödeme-kodu']) expect(e.message.includes(value), `${name}: ${value}`).toBe(false);
      moneyCheck('licrus', 'hostile-input');
    }
    expect(server.requests.length).toBe(before);
  });
});
