import type { CallOptions, ClientOptions, Logger } from '@odeme/core';
import { Haso } from '@odeme/haso';
import { HasoSimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { CANARY } from '../support/canaries.js';
import { errorCollector } from '../support/errors.js';
import { countingFetch } from '../support/fetch.js';
import { controlChars, hugeString, kurusClasses, mobileArb, nameArb, tcknArb, turkish, without, withPath, wrongType } from '../support/gen.js';
import type { InvalidCase, OperationSpec, ProviderAdapter, ProviderEnv } from './types.js';

const creds = { merchantId: 'M10042', merchantKey: CANARY.hasoKey, merchantSalt: CANARY.hasoSalt };
const shopper = { shopperName: 'Ayşe Nur', shopperSurname: 'Yılmaz', tckn: '10000000146', mobileNumber: '5321112233', email: 'ayse@example.com' };
const BASE = 'https://haso.test';

type H = Haso;
const h = (env: ProviderEnv) => env.client as H;

function create(options: ClientOptions = {}, fetchOverride?: (sim: HasoSimulator) => ClientOptions['fetch']): ProviderEnv {
  const sim = new HasoSimulator({ ...creds, pinCode: CANARY.hasoPin });
  const counter = countingFetch(fetchOverride?.(sim) ?? sim.fetch);
  const client = new Haso({
    ...creds,
    baseUrl: BASE,
    ipAddress: '203.0.113.7',
    logLevel: 'off',
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
    fetch: counter.fetch,
  });
  return { provider: 'haso', client, sim, sent: counter.count, countAt: (p) => sim.count('POST', p) };
}

let seq = 0;
const uid = (p: string) => `${p}${Date.now().toString(36).slice(-5)}${(seq++).toString(36)}`.slice(0, 20);

/** A customer with a limit (KKB PIN flow) and one transaction, for operations that need state. */
async function state(env: ProviderEnv, who = shopper) {
  const c = h(env);
  const started = await c.limits.start(who);
  const kkbRefNo = started.KkbRefNo as string;
  const confirmed = await c.limits.confirmPin({ kkbRefNo, pinCode: CANARY.hasoPin });
  const customerId = confirmed.CustomerInfo?.CustomerId as string;
  const merchantOid = uid('O');
  const tx = await c.transactions.create({ merchantOid, orderAmount: 60_000, selectedInstallment: 3, customerId });
  const plan = tx.PaymentPlan ?? [];
  return { kkbRefNo, customerId, merchantOid, transactionCode: tx.transactionCode as string, paymentCodes: plan.map((p) => p.paymentCode as string) };
}

const common = (sample: Record<string, unknown>, required: string[]): InvalidCase[] => [
  { field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>(null, 'text', 42, [sample]) },
  { field: '', cls: 'unknown-field', arb: fc.constantFrom({ ...sample, notAField: 1 }) },
  ...required.map((f) => ({ field: f, cls: 'missing', arb: fc.constant(without(sample, f)) })),
  ...required.map((f) => ({ field: f, cls: 'wrong-type', arb: wrongType.map((v) => withPath(sample, f, v)) })),
];
const oidCases = (sample: Record<string, unknown>, f = 'merchantOid'): InvalidCase[] => [
  { field: f, cls: 'huge', arb: hugeString(21).map((v) => withPath(sample, f, v)) },
  { field: f, cls: 'empty', arb: fc.constant(withPath(sample, f, '')) },
];
const dayCases = (sample: Record<string, unknown>, f: string): InvalidCase[] => [
  {
    field: f,
    cls: 'bad-date',
    arb: fc.constantFrom('2026-02-30', '2026-2-3', '20.02.2026', '2026-13-01', '', '２０２６-01-01').map((v) => withPath(sample, f, v)),
  },
  { field: f, cls: 'bad-date', arb: fc.constant(withPath(sample, f, new Date(Number.NaN))) },
];
const personCases = (sample: Record<string, unknown>, gsm = 'mobileNumber'): InvalidCase[] => [
  { field: 'tckn', cls: 'checksum', arb: tcknArb.map((t) => withPath(sample, 'tckn', t.slice(0, 10) + ((Number(t[10]) + 1) % 10))) },
  { field: 'tckn', cls: 'control-chars', arb: controlChars.map((v) => withPath(sample, 'tckn', `1000000014${v}`)) },
  {
    field: gsm,
    cls: 'format',
    // Any common writing of a Turkish mobile number is accepted (and sent as 10 digits); these are none.
    arb: fc.constantFrom('0212 111 22 33', '+1 532 111 22 33', '532111223', '4321112233', '53211122334', '532111223٣').map((v) => withPath(sample, gsm, v)),
  },
  { field: gsm, cls: 'turkish-emoji', arb: turkish.map((v) => withPath(sample, gsm, v)) },
];

const ops: OperationSpec[] = [];
function op(spec: OperationSpec) {
  ops.push(spec);
}

{
  const sample = { customerId: '5001', orderAmount: 100_000 };
  op({
    id: 'customers.getInformation',
    movesMoney: false,
    call: (env, i, o) => h(env).customers.getInformation(i as never, o),
    sample,
    prepare: async (env) => ({ ...sample, customerId: (await state(env)).customerId }),
    invalid: [
      ...common(sample, ['orderAmount']),
      ...kurusClasses(sample, 'orderAmount'),
      { field: 'orderAmount', cls: 'zero', arb: fc.constant({ ...sample, orderAmount: 0 }) },
      { field: 'customerId', cls: 'huge', arb: hugeString(11).map((v) => ({ ...sample, customerId: v })) },
    ],
    valid: fc.record({ orderAmount: fc.integer({ min: 1, max: 1_000_000 }) }),
  });
}
{
  const sample = { ...shopper };
  op({
    id: 'limits.start',
    movesMoney: true,
    call: (env, i, o) => h(env).limits.start(i as never, o),
    sample,
    invalid: [
      ...common(sample, ['shopperName', 'shopperSurname', 'tckn', 'mobileNumber', 'email']),
      ...personCases(sample),
      { field: 'email', cls: 'format', arb: fc.constantFrom('ayse', 'a@', 'ayşe@@x', 'a b@x.com', 'x@y\n.com').map((v) => ({ ...sample, email: v })) },
      { field: 'shopperName', cls: 'empty', arb: fc.constant({ ...sample, shopperName: '' }) },
      ...kurusClasses({ ...sample, PreDefinedLimit: 1000 }, 'PreDefinedLimit'),
      { field: 'dealerSegment', cls: 'huge', arb: hugeString(11).map((v) => ({ ...sample, dealerSegment: v })) },
    ],
    // Any shopper with a valid TCKN, number, name (Turkish letters and emoji included) and e-mail passes the simulator.
    valid: fc.record({ shopperName: nameArb, shopperSurname: nameArb, tckn: tcknArb, mobileNumber: mobileArb, email: fc.constant('a@example.com') }),
  });
}
{
  const sample = { kkbRefNo: 'KKB1', pinCode: '123456' };
  op({
    id: 'limits.confirmPin',
    movesMoney: true,
    call: (env, i, o) => h(env).limits.confirmPin(i as never, o),
    sample,
    prepare: async (env) => ({ kkbRefNo: (await h(env).limits.start(shopper)).KkbRefNo as string, pinCode: CANARY.hasoPin }),
    invalid: [
      ...common(sample, ['kkbRefNo', 'pinCode']),
      { field: 'testResult', cls: 'enum', arb: fc.constantFrom('G', 'a', '', 'RETRY ').map((v) => ({ ...sample, testResult: v })) },
    ],
  });
}
{
  const sample = { kkbRefNo: 'KKB1' };
  op({
    id: 'limits.askReportResult',
    movesMoney: false,
    call: (env, i, o) => h(env).limits.askReportResult(i as never, o),
    sample,
    prepare: async (env) => ({ kkbRefNo: (await state(env)).kkbRefNo }),
    invalid: [...common(sample, ['kkbRefNo']), { field: 'kkbRefNo', cls: 'empty', arb: fc.constant({ kkbRefNo: '' }) }],
  });
}
{
  const sample = { ...shopper, birthDate: '1990-05-17', dealerSegment: 'A1', kdsLimit: 500_000 };
  op({
    id: 'limits.setFromKds',
    movesMoney: true,
    call: (env, i, o) => h(env).limits.setFromKds(i as never, o),
    sample,
    invalid: [
      ...common(sample, ['shopperName', 'tckn', 'mobileNumber', 'birthDate', 'dealerSegment', 'kdsLimit']),
      ...personCases(sample),
      ...kurusClasses(sample, 'kdsLimit'),
      ...dayCases(sample, 'birthDate'),
    ],
  });
}
{
  const sample = { merchantOid: 'ORD-1', orderAmount: 60_000, selectedInstallment: 3, customerId: '5001' };
  op({
    id: 'transactions.create',
    movesMoney: true,
    call: (env, i, o) => h(env).transactions.create(i as never, o),
    sample,
    prepare: async (env) => ({ ...sample, merchantOid: uid('T'), customerId: (await state(env)).customerId }),
    invalid: [
      // merchantOid may be left out (one is generated); a wrong type, an empty or a too long one is refused.
      ...common(sample, ['orderAmount', 'selectedInstallment', 'customerId']),
      { field: 'merchantOid', cls: 'wrong-type', arb: wrongType.map((v) => withPath(sample, 'merchantOid', v)) },
      ...oidCases(sample),
      ...kurusClasses(sample, 'orderAmount'),
      { field: 'selectedInstallment', cls: 'fractional', arb: fc.constantFrom(1.5, 0, -3, NaN).map((v) => ({ ...sample, selectedInstallment: v })) },
      ...kurusClasses({ ...sample, basketList: [{ skuCode: 'A', skuAmount: 60_000 }] }, 'basketList.0.skuAmount'),
      { field: 'basketList.0', cls: 'unknown-field', arb: fc.constant({ ...sample, basketList: [{ skuCode: 'A', price: 1 }] }) },
    ],
  });
}
{
  const sample = { merchantOid: 'ORD-1', transactionCode: 'TX1' };
  op({
    id: 'transactions.paymentPlan',
    movesMoney: false,
    call: (env, i, o) => h(env).transactions.paymentPlan(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      return { merchantOid: s.merchantOid, transactionCode: s.transactionCode };
    },
    invalid: [...common(sample, ['merchantOid', 'transactionCode']), ...oidCases(sample)],
  });
}
{
  const sample = { orderAmount: 100_000, dealerSegment: 'A1' };
  op({
    id: 'transactions.planByDealerSegment',
    movesMoney: false,
    call: (env, i, o) => h(env).transactions.planByDealerSegment(i as never, o),
    sample,
    invalid: [...common(sample, ['orderAmount']), ...kurusClasses(sample, 'orderAmount')],
    valid: fc.record({ orderAmount: fc.integer({ min: 1, max: 10_000_000_000 }), dealerSegment: fc.constantFrom('A1', 'B', 'Ç1') }),
  });
}
{
  const sample = { merchantOid: 'ORD-1', paymentCode: 'P1', paymentDate: '2026-02-20', paymentReferenceCode: 'EFT-1' };
  op({
    id: 'payments.setPaid',
    movesMoney: true,
    call: (env, i, o) => h(env).payments.setPaid(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      return { ...sample, merchantOid: s.merchantOid, paymentCode: s.paymentCodes[0] as string };
    },
    invalid: [...common(sample, ['merchantOid', 'paymentCode', 'paymentDate']), ...dayCases(sample, 'paymentDate'), ...oidCases(sample)],
  });
}
{
  const sample = { merchantOid: 'ORD-1', paymentCodes: ['P1'], paymentDate: '2026-02-20', paymentReferenceCode: 'EFT-2' };
  op({
    id: 'payments.setBulkPaid',
    movesMoney: true,
    call: (env, i, o) => h(env).payments.setBulkPaid(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      return { ...sample, merchantOid: s.merchantOid, paymentCodes: s.paymentCodes.slice(0, 2) };
    },
    invalid: [
      ...common(sample, ['merchantOid', 'paymentCodes', 'paymentDate']),
      { field: 'paymentCodes', cls: 'empty', arb: fc.constant({ ...sample, paymentCodes: [] }) },
      { field: 'paymentCodes.0', cls: 'wrong-type', arb: wrongType.map((v) => ({ ...sample, paymentCodes: [v] })) },
    ],
  });
}
{
  const sample = { refundId: 'RF-1', merchantOid: 'ORD-1', transactionCode: 'TX1', refundAmount: 10_050 };
  op({
    id: 'refunds.create',
    movesMoney: true,
    call: (env, i, o) => h(env).refunds.create(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      return { ...sample, refundId: uid('R'), merchantOid: s.merchantOid, transactionCode: s.transactionCode };
    },
    invalid: [
      // refundId may be left out (one is generated); a wrong type or an empty one is refused.
      ...common(sample, ['merchantOid', 'transactionCode', 'refundAmount']),
      { field: 'refundId', cls: 'wrong-type', arb: wrongType.map((v) => withPath(sample, 'refundId', v)) },
      { field: 'refundId', cls: 'empty', arb: fc.constant(withPath(sample, 'refundId', '')) },
      ...kurusClasses(sample, 'refundAmount'),
      { field: 'refundAmount', cls: 'zero', arb: fc.constant({ ...sample, refundAmount: 0 }) },
    ],
  });
}
{
  const sample = { refundId: 'RF-1' };
  op({
    id: 'refunds.check',
    movesMoney: false,
    call: (env, i, o) => h(env).refunds.check(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      const refundId = uid('R');
      await h(env).refunds.create({ refundId, merchantOid: s.merchantOid, transactionCode: s.transactionCode, refundAmount: 100 });
      return { refundId };
    },
    invalid: [...common(sample, ['refundId'])],
  });
}
{
  const sample = { customerId: '5001', pageNo: 1, pageSize: 10 };
  op({
    id: 'customers.transactions',
    movesMoney: false,
    call: (env, i, o) => h(env).customers.transactions(i as never, o),
    sample,
    prepare: async (env) => ({ ...sample, customerId: (await state(env)).customerId }),
    invalid: [
      ...common(sample, ['customerId']),
      { field: 'pageNo', cls: 'fractional', arb: fc.constantFrom(0, -1, 1.5).map((v) => ({ ...sample, pageNo: v })) },
    ],
  });
}
{
  const sample = { customerId: '5001', paymentStatuses: [0, 1] };
  op({
    id: 'customers.payments',
    movesMoney: false,
    call: (env, i, o) => h(env).customers.payments(i as never, o),
    sample,
    prepare: async (env) => ({ ...sample, customerId: (await state(env)).customerId }),
    invalid: [
      ...common(sample, ['customerId']),
      { field: 'paymentStatuses.0', cls: 'enum', arb: fc.constantFrom(5, -1, 1.5).map((v) => ({ ...sample, paymentStatuses: [v] })) },
    ],
  });
}
{
  const sample = { merchantOid: 'ORD-1', transactionCode: 'TX1' };
  op({
    id: 'enforcement.report',
    movesMoney: true,
    call: (env, i, o) => h(env).enforcement.report(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      return { merchantOid: s.merchantOid, transactionCode: s.transactionCode };
    },
    invalid: [...common(sample, ['merchantOid', 'transactionCode']), ...oidCases(sample)],
  });
}
{
  const sample = { merchantOid: 'ORD-1', transactionCode: 'TX1', counterPartyAttorneyFee: 5_000, expenseAmount: 2_500 };
  op({
    id: 'enforcement.sendExpense',
    movesMoney: true,
    call: (env, i, o) => h(env).enforcement.sendExpense(i as never, o),
    sample,
    prepare: async (env) => {
      const s = await state(env);
      await h(env).enforcement.report({ merchantOid: s.merchantOid, transactionCode: s.transactionCode });
      return { ...sample, merchantOid: s.merchantOid, transactionCode: s.transactionCode };
    },
    invalid: [
      ...common(sample, ['merchantOid', 'transactionCode', 'counterPartyAttorneyFee', 'expenseAmount']),
      ...kurusClasses(sample, 'expenseAmount'),
      ...kurusClasses(sample, 'counterPartyAttorneyFee'),
    ],
  });
}
{
  const sample = { CustomerId: '5001', NewGsmNo: '5329998877' };
  op({
    id: 'customers.changeGsmNo',
    movesMoney: true,
    call: (env, i, o) => h(env).customers.changeGsmNo(i as never, o),
    sample,
    prepare: async (env) => ({ ...sample, CustomerId: (await state(env)).customerId }),
    invalid: [
      ...common(sample, ['CustomerId', 'NewGsmNo']),
      {
        field: 'NewGsmNo',
        cls: 'format',
        arb: fc.constantFrom('0212 999 88 77', '+44 7911 123456', '53299988', '💳').map((v) => ({ ...sample, NewGsmNo: v })),
      },
    ],
  });
}
{
  const sample = { customerId: '5001', balanceAmount: 20_000, paymentDate: '2026-02-20' };
  op({
    id: 'customers.loadBalance',
    movesMoney: true,
    call: (env, i, o) => h(env).customers.loadBalance(i as never, o),
    sample,
    prepare: async (env) => ({ ...sample, customerId: (await state(env)).customerId }),
    invalid: [...common(sample, ['customerId', 'balanceAmount', 'paymentDate']), ...kurusClasses(sample, 'balanceAmount'), ...dayCases(sample, 'paymentDate')],
  });
}
{
  const sample = { merchantOid: 'ORD-1', orderAmount: 125_000 };
  op({
    id: 'tokens.get',
    movesMoney: false,
    call: (env, i, o) => h(env).tokens.get(i as never, o),
    sample,
    invalid: [
      ...common(sample, []),
      ...kurusClasses(sample, 'orderAmount'),
      ...oidCases(sample),
      { field: 'extra.note', cls: 'wrong-type', arb: wrongType.map((v) => ({ ...sample, extra: { note: v } })) },
    ],
  });
}
{
  // The ad-hoc escape hatch: a list in a token field used to be an untyped TypeError (fixed: ValidationError).
  const sample = { kkbRefNo: 'KKB1' };
  op({
    id: 'call',
    movesMoney: true,
    call: (env, i, o) => h(env).call('/RequestV2/AskKkbReportResult', i as never, ['merchantId', 'ipAddress', 'kkbRefNo'], { ...o, movesMoney: false }),
    sample,
    prepare: async (env) => ({ kkbRefNo: (await state(env)).kkbRefNo }),
    invalid: [
      { field: 'kkbRefNo', cls: 'list-in-token', arb: fc.constantFrom<unknown>(['a'], [{ a: 1 }], []).map((v) => ({ kkbRefNo: v })) },
      { field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>(null, 'x', 5) },
    ],
  });
}

async function concurrent(env: ProviderEnv) {
  const s = await state(env);
  const c = h(env);
  return async (i: number) => {
    if (i % 2 === 0) {
      const orderAmount = 100 + i;
      const info = await c.customers.getInformation({ customerId: s.customerId, orderAmount });
      if (info.CustomerInfo?.CustomerId !== s.customerId) throw new Error('haso: answer for another customer');
    } else {
      const merchantOid = `C${i}-${s.customerId}`.slice(0, 20);
      const orderAmount = 1_000 + i;
      const tx = await c.transactions.create({ merchantOid, orderAmount, selectedInstallment: 3, customerId: s.customerId });
      const total = (tx.PaymentPlan ?? []).reduce((a, p) => a + (p.installmentPaymentKurus as number), 0);
      if (tx.merchantOid !== merchantOid || total !== orderAmount)
        throw new Error(`haso: transaction ${merchantOid} answered for ${tx.merchantOid} / ${total}`);
    }
  };
}

async function errorPaths(logger: Logger) {
  const { out, grab } = errorCollector();
  const env = create({ logger, logLevel: 'debug', timeout: 60, totalTimeout: 200, maxRetries: 0 });
  const c = h(env);
  const s = await state(env);
  const echo = (status: number, type: string) => (body: string) => new Response(body, { status, headers: { 'content-type': type } });
  await grab('validation', c.limits.confirmPin({ kkbRefNo: s.kkbRefNo, pinCode: CANARY.hasoPin, extra: { [CANARY.card]: {} } } as never));
  await grab('validation-key', c.tokens.get({ merchantOid: 'x', extra: { secret: CANARY.hasoKey, n: {} } } as never));
  await grab('provider-refusal', c.limits.confirmPin({ kkbRefNo: 'KKB-none', pinCode: CANARY.hasoPin }));
  env.sim.injectFault({ kind: 'status', status: 500, body: '' });
  await grab('http', c.limits.confirmPin({ kkbRefNo: s.kkbRefNo, pinCode: CANARY.hasoPin }));
  env.sim.injectFault({ kind: 'reset' });
  await grab('network', c.limits.confirmPin({ kkbRefNo: s.kkbRefNo, pinCode: CANARY.hasoPin }));
  env.sim.injectFault({ kind: 'stall' });
  await grab('timeout', c.limits.confirmPin({ kkbRefNo: s.kkbRefNo, pinCode: CANARY.hasoPin }));
  const ac = new AbortController();
  env.sim.injectFault({ kind: 'stall' });
  setTimeout(() => ac.abort(new Error(`stop ${CANARY.hasoKey}`)), 10);
  await grab('abort', c.limits.confirmPin({ kkbRefNo: s.kkbRefNo, pinCode: CANARY.hasoPin }, { signal: ac.signal }));
  env.sim.injectFault({ kind: 'malformed', body: 'html' });
  await grab('unexpected', c.limits.confirmPin({ kkbRefNo: s.kkbRefNo, pinCode: CANARY.hasoPin }));
  // A gateway that echoes the signed request body back (requestToken, pinCode, key and salt inside).
  for (const [path, reply] of [
    [
      'echo-refusal',
      (b: string) =>
        new Response(JSON.stringify({ Success: false, Errors: [b], Data: { echo: JSON.parse(b), key: CANARY.hasoKey } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ],
    ['echo-http', echo(502, 'text/html')],
    ['echo-unexpected', echo(200, 'application/json')],
  ] as const) {
    const echoEnv = create({ logger, logLevel: 'debug', maxRetries: 0 }, () => async (input, init) => {
      const req = new Request(input as string, init);
      const body = await req.text();
      return reply(`${body} salt=${CANARY.hasoSalt} key:${CANARY.hasoKey}`.replace(/^(.*)$/s, path === 'echo-refusal' ? body : '$1'));
    });
    await grab(path, h(echoEnv).limits.confirmPin({ kkbRefNo: 'K', pinCode: CANARY.hasoPin }));
  }
  return out;
}

export const hasoAdapter: ProviderAdapter = {
  name: 'haso',
  create: create as ProviderAdapter['create'],
  operations: ops,
  reads: [
    {
      id: 'customers.getInformation',
      path: '/Index/GetCustomerInformation',
      prepare: async (env) => {
        const s = await state(env);
        return (o?: CallOptions) => h(env).customers.getInformation({ customerId: s.customerId, orderAmount: 10_000 }, o);
      },
    },
  ],
  money: [
    {
      id: 'transactions.create',
      path: '/RequestV2/CreateTransaction',
      prepare: async (env) => {
        const s = await state(env);
        return (o?: CallOptions) =>
          h(env).transactions.create({ merchantOid: uid('F'), orderAmount: 10_000, selectedInstallment: 1, customerId: s.customerId }, o);
      },
    },
    {
      id: 'refunds.create',
      path: '/RequestV2/RefundTransaction',
      prepare: async (env) => {
        const s = await state(env);
        return (o?: CallOptions) =>
          h(env).refunds.create({ refundId: uid('R'), merchantOid: s.merchantOid, transactionCode: s.transactionCode, refundAmount: 100 }, o);
      },
    },
  ],
  concurrent,
  canaries: [CANARY.hasoKey, CANARY.hasoSalt, CANARY.hasoPin],
  errorPaths,
};
