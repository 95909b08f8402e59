import { Bip, createBipListener } from '@odeme/bip';
import type { CallOptions, ClientOptions, Logger } from '@odeme/core';
import { BipSimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { CANARY } from '../support/canaries.js';
import { errorCollector } from '../support/errors.js';
import { countingFetch } from '../support/fetch.js';
import { controlChars, hugeString, turkish, without, withPath, wrongType } from '../support/gen.js';
import type { InvalidCase, OperationSpec, ProviderAdapter, ProviderEnv } from './types.js';

const creds = { username: 'svc-odeme', password: CANARY.bipPassword };
const BASE = 'https://apigw.bip.test/pgw';
const b = (env: ProviderEnv) => env.client as Bip;
const ack = async (r: Request) =>
  new Response(JSON.stringify({ transactionId: ((await r.json()) as { transactionId: string }).transactionId, resultCode: 0, resultDesc: 'SUCCESS' }));

function create(options: ClientOptions = {}, fetchOverride?: (sim: BipSimulator) => ClientOptions['fetch'], extra: Record<string, unknown> = {}): ProviderEnv {
  const sim = new BipSimulator({ ...creds, listener: { handler: ack } });
  const counter = countingFetch(fetchOverride?.(sim) ?? sim.fetch);
  const client = new Bip({
    ...creds,
    baseUrl: BASE,
    logLevel: 'off',
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
    ...extra,
    fetch: counter.fetch,
  } as never);
  return { provider: 'bip', client, sim, sent: counter.count, countAt: (p) => sim.count('POST', `/pgw${p}`) };
}

let seq = 0;
const tid = () => `${Date.now()}${String(seq++).padStart(5, '0')}`;

async function reserved(env: ProviderEnv) {
  const sim = env.sim as BipSimulator;
  const started = await b(env).startPayment({ transactionId: tid(), msisdn: '05321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] });
  await sim.approve(started.transactionId);
  return { transactionId: started.transactionId, msisdn: started.msisdn, commitToken: sim.transaction(started.transactionId).commitToken as string };
}

const ops: OperationSpec[] = [];
{
  const sample = { transactionId: 'T-1', msisdn: '05321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] };
  const set = (f: string, cls: string, arb: fc.Arbitrary<unknown>): InvalidCase => ({ field: f, cls, arb: arb.map((v) => withPath(sample, f, v)) });
  ops.push({
    id: 'payments.start',
    movesMoney: true,
    call: (env, i, o) => b(env).startPayment(i as never, o),
    sample,
    preparePerCase: true,
    prepare: async () => ({ ...sample, transactionId: tid() }),
    valid: fc
      .record({
        msisdn: fc.tuple(fc.constantFrom('', '0', '90', '+90', '+90 ', '0 '), fc.integer({ min: 0, max: 999_999_999 })).map(([p, n]) => {
          const d = `5${String(n).padStart(9, '0')}`;
          return `${p}${d.slice(0, 3)}${p.endsWith(' ') ? ' ' : ''}${d.slice(3)}`;
        }),
        channelId: fc.constantFrom(10, 11, 40, 50),
        itemList: fc.uniqueArray(
          fc.record({ id: fc.constantFrom(50, 51, 52, 53), count: fc.integer({ min: 1, max: 9 }), isRemovable: fc.option(fc.boolean(), { nil: undefined }) }),
          { minLength: 1, maxLength: 4, selector: (i) => i.id },
        ),
        language: fc.constantFrom('tr', undefined),
      })
      .map((v) => (v.channelId === 50 ? { ...v, itemList: v.itemList.slice(0, 1) } : v))
      .map((v) => (v.language === undefined ? without(v, 'language') : v)),
    invalid: [
      { field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>('text', 42, [sample]) },
      { field: '', cls: 'unknown-field', arb: fc.constant({ ...sample, amount: 100 }) },
      ...['msisdn', 'channelId', 'itemList'].map((f) => ({ field: f, cls: 'missing', arb: fc.constant(without(sample, f)) })),
      set('msisdn', 'format', fc.constantFrom('02121234567', '0905321234567', '+15551234567', '532123456', '53212345678', '')),
      set('msisdn', 'turkish-emoji', turkish),
      set('msisdn', 'control-chars', controlChars),
      set('msisdn', 'huge', hugeString(12)),
      set('transactionId', 'blank', fc.constantFrom('', '   ', '\t\n')),
      set('channelId', 'wrong-type', fc.constantFrom<unknown>(NaN, 10.5, '10', null, {})),
      set('itemList', 'empty', fc.constant([])),
      set('itemList.0.count', 'fractional', fc.constantFrom(0, -1, 1.5, NaN)),
      set(
        'itemList.0.id',
        'negative',
        fc.integer({ min: 1, max: 1e6 }).map((n) => -n),
      ),
      set('itemList.0.id', 'wrong-type', wrongType),
      {
        field: 'itemList',
        cls: 'channel-50-two-items',
        arb: fc.constant({
          ...sample,
          channelId: 50,
          itemList: [
            { id: 50, count: 1 },
            { id: 51, count: 1 },
          ],
        }),
      },
      set('paymentMethod', 'enum', fc.constantFrom('direct', 'RESERVE', '')),
      set('additionalParameters', 'bigint-circular', fc.constantFrom<unknown>([10n], [{ a: { b: 2n } }])),
    ],
    freeForm: ['additionalParameters'],
  });
}
{
  const sample = { transactionId: 'T-1', msisdn: '905321234567', commitToken: CANARY.commitToken };
  ops.push({
    id: 'payments.commit',
    movesMoney: true,
    call: (env, i, o) => b(env).commit(i as never, o),
    sample,
    preparePerCase: true,
    prepare: async (env) => reserved(env),
    invalid: [
      { field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>(null, 'text', 42) },
      ...['transactionId', 'msisdn', 'commitToken'].map((f) => ({ field: f, cls: 'missing', arb: fc.constant(without(sample, f)) })),
      { field: 'commitToken', cls: 'blank', arb: fc.constantFrom(' ', '').map((v) => ({ ...sample, commitToken: v })) },
      { field: 'channelId', cls: 'wrong-type', arb: fc.constantFrom<unknown>(NaN, '10', 10.5).map((v) => ({ ...sample, channelId: v })) },
      { field: 'msisdn', cls: 'format', arb: fc.constantFrom('4321234567', '905321').map((v) => ({ ...sample, msisdn: v })) },
    ],
  });
}

async function errorPaths(logger: Logger) {
  const { out, grab } = errorCollector();
  const env = create({ logger, logLevel: 'debug', timeout: 60, totalTimeout: 200, maxRetries: 0 });
  const sim = env.sim as BipSimulator;
  const c = b(env);
  const start = () => c.startPayment({ msisdn: '5321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] });
  await grab('validation', c.commit({ transactionId: 'x', msisdn: 'bad', commitToken: CANARY.commitToken }));
  await grab(
    'validation-bigint',
    c.startPayment({ msisdn: '5321234567', channelId: 10, itemList: [{ id: 51, count: 1 }], additionalParameters: [{ secret: CANARY.bipPassword, n: 1n }] }),
  );
  sim.queueStartResult({ resultCode: 4010403, resultDesc: 'NOT_TURKCELL_SUBSCRIBER' });
  await grab('provider-refusal', start());
  const r = await reserved(env);
  await grab('commit-refused', c.commit({ ...r, commitToken: CANARY.commitToken }));
  sim.injectFault({ kind: 'status', status: 502, body: '<html>bad gateway</html>' });
  await grab('http', start());
  sim.injectFault({ kind: 'reset' });
  await grab('network', start());
  sim.injectFault({ kind: 'stall' });
  await grab('timeout', start());
  const ac = new AbortController();
  sim.injectFault({ kind: 'stall' });
  setTimeout(() => ac.abort(), 10);
  await grab('abort', c.startPayment({ msisdn: '5321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] }, { signal: ac.signal }));
  sim.injectFault({ kind: 'malformed', body: 'wrong-shape' });
  await grab('unexpected', start());
  const wrong = create({ logger, logLevel: 'debug', maxRetries: 0 }, undefined, { password: `${CANARY.bipPassword}0` });
  await grab('unauthorized', b(wrong).startPayment({ msisdn: '5321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] }));
  for (const [path, status] of [
    ['echo-http', 500],
    ['echo-unexpected', 200],
  ] as const) {
    const e = create({ logger, logLevel: 'debug', maxRetries: 0 }, () => async (input, init) => {
      const req = new Request(input as string, init);
      const text = `${await req.text()} authorization: ${req.headers.get('authorization')}`;
      return new Response(status === 200 ? text : `<pre>${text}</pre>`, { status });
    });
    await grab(path, b(e).commit({ transactionId: 'T', msisdn: '5321234567', commitToken: CANARY.commitToken }));
  }
  // Listener: forged credentials carrying the canary, and a payload the listener refuses.
  const listenerErrors: unknown[] = [];
  const listener = createBipListener({
    credentials: { username: 'turkcell', password: CANARY.bipListenerPassword },
    onPayment: () => {},
    onError: (e) => listenerErrors.push(e),
    logger,
    logLevel: 'debug',
  });
  const basic = (p: string) => `Basic ${btoa(`turkcell:${p}`)}`;
  await listener(new Request('https://m.example/l', { method: 'POST', headers: { authorization: basic(`${CANARY.bipListenerPassword}x`) }, body: '{}' }));
  await listener(
    new Request('https://m.example/l', {
      method: 'POST',
      headers: { authorization: basic(CANARY.bipListenerPassword) },
      body: JSON.stringify({ transactionId: 'T', resultCode: 0, channelId: 10, additionalInfo: { commitToken: CANARY.commitToken }, totalAmount: '1.005' }),
    }),
  );
  for (const e of listenerErrors) out.push({ path: 'listener', error: e });
  return out;
}

export const bipAdapter: ProviderAdapter = {
  name: 'bip',
  create: create as ProviderAdapter['create'],
  operations: ops,
  reads: [],
  money: [
    {
      id: 'payments.start',
      path: '/paymentService',
      prepare: async (env) => (o?: CallOptions) =>
        b(env).startPayment({ transactionId: tid(), msisdn: '5321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] }, o),
    },
    {
      id: 'payments.commit',
      path: '/commitService',
      prepare: async (env) => {
        const r = await reserved(env);
        return (o?: CallOptions) => b(env).commit(r, o);
      },
    },
  ],
  concurrent: async (env) => async (i: number) => {
    const transactionId = `CC${i}-${tid()}`;
    const res = await b(env).startPayment({
      transactionId,
      msisdn: `53212${String(i).padStart(5, '0')}`,
      channelId: 11,
      itemList: [{ id: 50 + (i % 4), count: 1 + (i % 3) }],
    });
    if (res.response.transactionId !== transactionId) throw new Error(`bip: ${transactionId} answered for ${res.response.transactionId}`);
    const tx = (env.sim as BipSimulator).transaction(transactionId);
    if (tx.msisdn !== `9053212${String(i).padStart(5, '0')}` || tx.items[0]?.count !== 1 + (i % 3))
      throw new Error(`bip: ${transactionId} stored another request`);
  },
  canaries: [CANARY.bipPassword, CANARY.bipListenerPassword, CANARY.commitToken],
  errorPaths,
};
