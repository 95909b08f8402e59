// 7. Money safety, as core's contract: a generic provider row sent through the real Transport to a plain node:http
// server (no simulator, no provider package), so that every rule is proved once where it is enforced.
import { inspect } from 'node:util';
import {
  AbortError,
  type ClientOptions,
  ConfigurationError,
  defaultUnwrap,
  defineOperation,
  HttpError,
  NetworkError,
  type OdemeError,
  ProviderError,
  type RawResponse,
  type RequestEvent,
  randomUuid,
  redactText,
  responseContext,
  TimeoutError,
  Transport,
  tlAmount,
  UnexpectedResponseError,
  ValidationError,
} from '@odeme/core';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { failure } from './support/errors.js';
import { moneyCheck } from './support/figures.js';
import { closedPortUrl, type PlainAnswer, plainServer } from './support/plain-server.js';

const CARD = '4355084355084358';
const SECRET = 'sk_live_core_canary_7d1f';

/** A ledger-like provider: `{ ok: true, data }` on success, `{ ok: false, code, message }` on refusal. */
function ledger(baseUrl: string, options: ClientOptions = {}, encode?: (signal: AbortSignal) => Promise<void>) {
  const transport = new Transport(
    {
      provider: 'ledger',
      holdsSecrets: true,
      secrets: [SECRET],
      baseUrl: () => baseUrl,
      unwrap: (raw: RawResponse) => {
        const env = raw.json as { ok?: unknown; code?: string; message?: string; data?: unknown } | undefined;
        if (raw.isJson && env?.ok === false) throw new ProviderError(`refused: ${env.message}`, { ...responseContext(raw), providerCode: env.code });
        if (raw.ok && env?.ok !== true) throw new UnexpectedResponseError(`${raw.operation.id}: no success marker`, responseContext(raw));
        return raw.ok ? env?.data : defaultUnwrap(raw);
      },
      ...(encode
        ? {
            encode: async (_op, input, context) => {
              await encode(context.signal);
              return { body: input };
            },
          }
        : {}),
    },
    { logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 2 }, maxRetries: 3, ...options },
  );
  return transport;
}

const charge = defineOperation({
  id: 'charges.create',
  method: 'POST',
  path: '/charges',
  request: z.object({
    orderRef: z.optional(z.string()),
    amount: tlAmount({ positive: true }),
    cardNumber: z.string(),
    note: z.optional(z.string()),
    extra: z.optional(z.unknown()),
  }),
  response: z.looseObject({
    id: z.string(),
    status: z.literal('SUCCESS'),
    amount: z.number(),
    fee: z.optional(z.nullable(z.number())),
    label: z.optional(z.string()),
  }),
  movesMoney: true,
  reference: { field: 'orderRef', generate: randomUuid },
});
const nestedCharge = defineOperation({
  id: 'charges.createNested',
  method: 'POST',
  path: '/charges',
  request: z.object({ detail: z.object({ code: z.optional(z.string().check(z.maxLength(36))), amount: tlAmount({ positive: true }) }) }),
  response: charge.response,
  movesMoney: true,
  reference: { field: 'detail.code', generate: randomUuid },
});
const headerCharge = defineOperation({
  ...charge,
  id: 'charges.createWithHeader',
  encode: (input: { orderRef?: string; note?: string }) => ({ body: input, headers: { 'x-note': input.note ?? '' } }),
});
const getCharge = defineOperation({
  id: 'charges.get',
  method: 'GET',
  path: '/charges/{cardToken}',
  request: z.object({ cardToken: z.string(), cardUserKey: z.string() }),
  response: z.looseObject({ id: z.string() }),
  movesMoney: false,
});

const input = { amount: '150.50', cardNumber: CARD };
const success = (body: string): PlainAnswer => ({
  status: 200,
  body: JSON.stringify({ ok: true, data: { id: 'ch_1', status: 'SUCCESS', amount: 150.5, ...JSON.parse(body) } }),
});
const orderRefOf = (body: string) => (JSON.parse(body) as { orderRef?: string }).orderRef;

describe('7. money safety: core contract against a plain node:http server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let other: Awaited<ReturnType<typeof plainServer>>;
  let script: (body: string, path: string) => PlainAnswer | Promise<PlainAnswer> = () => success('{}');
  beforeAll(async () => {
    server = await plainServer((req) => script(req.body, req.url));
    other = await plainServer(() => ({ status: 200, body: '{"ok":true,"data":{"id":"stolen","status":"SUCCESS","amount":1}}' }));
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });

  it('a money call gets its reference before sending: on the wire, on the result, kept when the caller gives one', async () => {
    script = () => success('{}');
    const t = ledger(server.url);
    const before = server.requests.length;
    const out = await t.call(charge, input);
    const wire = orderRefOf(server.requests[before]?.body ?? '{}');
    expect(wire).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.reference).toBe(wire);
    const mine = await t.call(charge, { ...input, orderRef: 'order-42' });
    expect(mine.reference).toBe('order-42');
    expect(orderRefOf(server.requests.at(-1)?.body ?? '{}')).toBe('order-42');
    moneyCheck('core', 'reference', 2);
  });

  it("a nested reference field (a dotted path) is generated into a copy, never into the caller's object", async () => {
    script = () => success('{}');
    const t = ledger(server.url);
    const detail = { amount: '10.00' };
    const out = await t.call(nestedCharge, { detail });
    const wire = (JSON.parse(server.requests.at(-1)?.body ?? '{}') as { detail: { code?: string } }).detail.code;
    expect(wire).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.reference).toBe(wire);
    expect(detail).toEqual({ amount: '10.00' });
    script = () => 'reset';
    const e = await failure(t.call(nestedCharge, { detail: { amount: '10.00', code: 'ord-9' } }));
    expect(e.reference).toBe('ord-9');
    moneyCheck('core', 'reference', 2);
  });

  it('a reference is kept exact for the lookup but left out of inspect output and redacted in JSON', async () => {
    script = () => 'reset';
    const e = await failure(ledger(server.url).call(charge, { ...input, orderRef: CARD }));
    expect(e.reference).toBe(CARD);
    expect(inspect(e, { depth: 8 })).not.toContain(CARD);
    expect(JSON.stringify(e)).not.toContain(CARD);
    moneyCheck('core', 'secrets');
  });

  const faults: { name: string; answer: PlainAnswer | 'timeout'; type: new (...a: never[]) => OdemeError; outcome: string }[] = [
    { name: 'connection reset', answer: 'reset', type: NetworkError, outcome: 'unknown' },
    { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502</h1>' }, type: HttpError, outcome: 'unknown' },
    { name: '503 with Retry-After 0', answer: { status: 503, headers: { 'retry-after': '0' }, body: '' }, type: HttpError, outcome: 'unknown' },
    { name: '200 {}', answer: { status: 200, body: '{}' }, type: UnexpectedResponseError, outcome: 'unknown' },
    { name: '200 truncated', answer: { status: 200, body: '{"ok":true,"da' }, type: UnexpectedResponseError, outcome: 'unknown' },
    {
      name: '200 without the id',
      answer: { status: 200, body: '{"ok":true,"data":{"status":"SUCCESS","amount":1}}' },
      type: UnexpectedResponseError,
      outcome: 'unknown',
    },
    { name: 'body that stalls', answer: { stallAfter: '{"ok":true,' }, type: TimeoutError, outcome: 'unknown' },
    { name: 'no answer', answer: 'timeout', type: TimeoutError, outcome: 'unknown' },
    { name: 'provider refusal', answer: { status: 400, body: '{"ok":false,"code":"E51","message":"limit"}' }, type: ProviderError, outcome: 'rejected' },
    { name: 'plain 404', answer: { status: 404, body: 'not here' }, type: HttpError, outcome: 'rejected' },
  ];
  for (const f of faults) {
    it(`${f.name}: sent exactly once, typed, outcome ${f.outcome}, reference as on the wire`, async () => {
      script = () => (f.answer === 'timeout' ? 'stall-headers' : f.answer);
      const t = ledger(server.url, { timeout: 150, maxRetries: 5 });
      const before = server.requests.length;
      const e = await failure(t.call(charge, input));
      expect(server.requests.length - before).toBe(1);
      expect(e).toBeInstanceOf(f.type);
      expect(e.outcome).toBe(f.outcome);
      expect(e.reference).toBe(orderRefOf(server.requests.at(-1)?.body ?? '{}'));
      expect(JSON.stringify(e)).toContain(`"outcome":"${f.outcome}"`);
      // An unknown outcome is said in the message too, with what to do: a log reader must not charge again.
      expect(e.message.includes('outcome unknown: look the payment up by its reference')).toBe(f.outcome === 'unknown');
      moneyCheck('core', 'no-resend');
      moneyCheck('core', 'outcome');
    });
  }

  it('not_sent: refused input, a refused connection, an abort before sending, a budget spent before sending', async () => {
    const t = ledger(server.url);
    const before = server.requests.length;
    const bad = await failure(t.call(charge, { ...input, amount: '1.005' }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.outcome).toBe('not_sent');
    const refused = await failure(ledger(await closedPortUrl(), { maxRetries: 3 }).call(charge, input));
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused.outcome).toBe('not_sent');
    expect(refused.reference).toMatch(/^[0-9a-f-]{36}$/);
    const aborted = await failure(t.call(charge, input, { signal: AbortSignal.abort() }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    expect(aborted.reference).toMatch(/^[0-9a-f-]{36}$/);
    const mine = await failure(t.call(charge, { ...input, orderRef: 'order-7' }, { signal: AbortSignal.abort() }));
    expect(mine.reference).toBe('order-7');
    expect(server.requests.length).toBe(before);
    moneyCheck('core', 'outcome', 3);
  });

  it('an abort while the charge is in flight is unknown, and leaves nothing running', async () => {
    script = () => 'stall-headers';
    const t = ledger(server.url);
    const e = await failure(t.call(charge, input, { signal: AbortSignal.timeout(50) }));
    expect(e).toBeInstanceOf(AbortError);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe(orderRefOf(server.requests.at(-1)?.body ?? '{}'));
    moneyCheck('core', 'outcome');
  });

  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} is never followed: the card never reaches the Location origin`, async () => {
      script = () => ({ status, headers: { location: `${other.url}/steal` }, body: '' });
      const before = other.requests.length;
      const e = await failure(ledger(server.url).call(charge, input));
      expect(e).toBeInstanceOf(HttpError);
      expect((e as HttpError).location).toBe(other.url);
      expect(e.message).toContain(String(status));
      expect(e.outcome).toBe('unknown');
      const read = await failure(ledger(server.url).call(getCharge, { cardToken: 'tok', cardUserKey: 'cuk' }));
      expect(read).toBeInstanceOf(HttpError);
      expect(other.requests.length).toBe(before);
      moneyCheck('core', 'no-redirect');
    });
  }

  it('success is not lost over an informational field: a wrong-typed optional field is dropped with a warning', async () => {
    const warnings: string[] = [];
    script = () => success('{"fee":"twelve","label":42}');
    const t = ledger(server.url, { logLevel: 'warn', logger: { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} } });
    const out = await t.call(charge, input);
    expect(out).toMatchObject({ id: 'ch_1', status: 'SUCCESS' });
    expect(out.fee).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/fee.*label|label.*fee/);
    script = () => success('{"fee":null}');
    expect((await t.call(charge, input)).fee).toBeNull();
    moneyCheck('core', 'success-evidence', 2);
  });

  it('secrets are per client: errors, hook URLs, logs; encoded card numbers; redaction before cutting', async () => {
    const encodings = [
      encodeURIComponent(`pan=${CARD.replace(/(\d{4})/g, '$1 ').trim()}`),
      `pan=${CARD.replace(/(\d{4})(?=\d)/g, '$1+')}`,
      JSON.stringify(JSON.stringify({ cvv: '739', card: CARD })),
      `&quot;cardNumber&quot;:&quot;${CARD.slice(0, 4)}&#32;${CARD.slice(4, 8)}&#32;${CARD.slice(8, 12)}&#32;${CARD.slice(12)}&quot;`,
      btoa(`Kart ${CARD} reddedildi`),
      `${'x'.repeat(1990)}${CARD}`,
      `sk=${encodeURIComponent(SECRET)}`,
      `https://merchant:${SECRET}@api.example/charges`,
    ];
    for (const text of encodings) {
      script = () => ({ status: 502, headers: { 'content-type': 'text/plain' }, body: text });
      const e = await failure(ledger(server.url).call(charge, input));
      for (const view of [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 8 }), JSON.stringify(e.toJSON())]) {
        for (const canary of [CARD, SECRET, CARD.slice(0, 12)]) expect(view.includes(canary), `${canary} in ${view.slice(0, 200)}`).toBe(false);
        // The CVV is three digits, which a random port or a duration can also hold: look for it next to its name.
        expect(/cvv[^0-9]{0,12}739/i.test(view), `the CVV in ${view.slice(0, 200)}`).toBe(false);
      }
      moneyCheck('core', 'secrets');
    }
    // No registry: a client's secret is scrubbed from its own errors, not known to text redaction process-wide.
    expect(redactText(`key ${SECRET}`)).toContain(SECRET);
    // Hook events see path and query values of secret-named fields replaced.
    const seen: RequestEvent[] = [];
    script = () => ({ status: 200, body: '{"ok":true,"data":{"id":"x"}}' });
    await ledger(server.url, { hooks: { onRequest: (ev) => seen.push(ev) } }).call(getCharge, { cardToken: 'tok_secret_1', cardUserKey: 'cuk_secret_1' });
    expect(seen[0]?.url).not.toMatch(/tok_secret_1|cuk_secret_1/);
    expect(server.requests.at(-1)?.url).toContain('tok_secret_1');
    // A base URL with user-info is masked in messages.
    const userinfo = await failure(ledger(`http://merchant:${SECRET}@127.0.0.1:1`).call(getCharge, { cardToken: 't', cardUserKey: 'u' }));
    expect(`${userinfo.message} ${JSON.stringify(userinfo)}`).not.toContain(SECRET);
    moneyCheck('core', 'secrets', 2);
  });

  it('validation messages state the rule, never the value', async () => {
    const e = await failure(ledger(server.url).call(charge, { ...input, amount: '738.123' }));
    expect(e.message).not.toContain('738');
    moneyCheck('core', 'secrets');
  });

  it('hostile input ends in a typed error before sending', async () => {
    const t = ledger(server.url);
    const before = server.requests.length;
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { deep };
    const cases: [string, Promise<unknown>, new (...a: never[]) => OdemeError][] = [
      ['10 000 levels deep', t.call(charge, { ...input, extra: deep }), ValidationError],
      ['a 10 million item array', t.call(charge, { ...input, extra: new Array(10_000_000).fill(0) }), ValidationError],
      ['a 2 MiB string', t.call(charge, { ...input, note: 'x'.repeat(2 * 1024 * 1024) }), ValidationError],
      ['CR/LF into a header', t.call(headerCharge, { ...input, note: 'a\r\nx-evil: 1' }), ValidationError],
      ['non-Latin-1 into a header', t.call(headerCharge, { ...input, note: 'Ödeme 💳' }), ValidationError],
      ['signal: {}', t.call(charge, input, { signal: {} as AbortSignal }), ConfigurationError],
      ['timeout: NaN', t.call(charge, input, { timeout: Number.NaN }), ConfigurationError],
      ['timeout: 0', t.call(charge, input, { timeout: 0 }), ConfigurationError],
      ['totalTimeout: -1', t.call(charge, input, { totalTimeout: -1 }), ConfigurationError],
      ['maxRetries: 1.5', t.call(charge, input, { maxRetries: 1.5 }), ConfigurationError],
      ['a header with CR/LF in call options', t.call(charge, input, { headers: { 'x-a': 'b\r\nc' } }), ConfigurationError],
      ['an amount past exact JSON numbers', t.call(charge, { ...input, amount: '80000000000000.01' }), ValidationError],
    ];
    for (const [name, p, type] of cases) {
      const e = await failure(p);
      expect(e, name).toBeInstanceOf(type);
      expect(e.outcome, name).toBe('not_sent');
      moneyCheck('core', 'hostile-input');
    }
    expect(() => ledger(server.url, { timeout: Number.NaN })).toThrow(ConfigurationError);
    expect(() => ledger(server.url, { maxRetries: -1 })).toThrow(ConfigurationError);
    expect(server.requests.length).toBe(before);
    moneyCheck('core', 'hostile-input', 2);
  });

  it('an amount reaches the wire exactly or is refused: decimal.js as the oracle, across every magnitude', () => {
    const schema = z.object({ amount: tlAmount() });
    let accepted = 0;
    let refused = 0;
    for (let digits = 1; digits <= 16; digits++) {
      for (let i = 0; i < 150; i++) {
        const kurus = BigInt(Math.floor(Math.random() * 10 ** digits));
        const text = `${kurus / 100n}.${String(kurus % 100n).padStart(2, '0')}`;
        const parsed = z.safeParse(schema, { amount: text });
        if (!parsed.success) {
          refused++;
          continue;
        }
        accepted++;
        expect(new Decimal(JSON.stringify(parsed.data.amount)).equals(new Decimal(text)), text).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(0);
    moneyCheck('core', 'hostile-input', accepted + refused);
  });

  it('a step the call waits on (a login in encode) obeys the call signal and total budget', async () => {
    let stepSignal: AbortSignal | undefined;
    const slowLogin = (signal: AbortSignal) => {
      stepSignal = signal;
      return new Promise<void>(() => {}); // a login that never answers and ignores its signal
    };
    const t0 = Date.now();
    const timedOut = await failure(ledger(server.url, {}, slowLogin).call(charge, input, { totalTimeout: 200 }));
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut.outcome).toBe('not_sent');
    expect(Date.now() - t0).toBeLessThan(200 + 300);
    expect(stepSignal?.aborted).toBe(true);
    const aborted = await failure(ledger(server.url, {}, slowLogin).call(charge, input, { signal: AbortSignal.timeout(50) }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.outcome).toBe('not_sent');
    moneyCheck('core', 'hostile-input', 2);
  });
});
