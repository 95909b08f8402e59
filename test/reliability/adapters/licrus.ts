import type { CallOptions, ClientOptions, Logger } from '@odeme/core';
import { Licrus } from '@odeme/licrus';
import { LICRUS_SIM_CARDS, LicrusSimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { CANARY } from '../support/canaries.js';
import { errorCollector } from '../support/errors.js';
import { countingFetch } from '../support/fetch.js';
import { badTl, controlChars, hugeString, luhnInvalid, nameArb, turkish, without, withPath } from '../support/gen.js';
import type { InvalidCase, OperationSpec, ProviderAdapter, ProviderEnv } from './types.js';

const user = { name: 'ivr-entegrasyon', password: CANARY.licrusPassword };
const BASE = 'https://tenant-api.licrus.test';
const l = (env: ProviderEnv) => env.client as Licrus;
const nextYear = new Date().getUTCFullYear() + 3;

function create(
  options: ClientOptions = {},
  fetchOverride?: (sim: LicrusSimulator) => ClientOptions['fetch'],
  extra: Record<string, unknown> = {},
): ProviderEnv {
  const sim = new LicrusSimulator({ users: [user] });
  const counter = countingFetch(fetchOverride?.(sim) ?? sim.fetch);
  const client = new Licrus({
    baseUrl: BASE,
    name: user.name,
    password: user.password,
    logLevel: 'off',
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
    ...extra,
    fetch: counter.fetch,
  });
  return { provider: 'licrus', client, sim, sent: counter.count, countAt: (p) => sim.count('POST', p) };
}

const card = (n: string = LICRUS_SIM_CARDS.approved) => ({
  CardHolderName: 'AYŞE YILMAZ',
  Number: n,
  ExpireMonth: 12,
  ExpireYear: nextYear,
  SecurityCode: CANARY.cvv,
});
const top = (sample: Record<string, unknown>): InvalidCase[] => [{ field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>('text', 42, [sample]) }];
const missing = (sample: Record<string, unknown>, fields: string[]): InvalidCase[] =>
  fields.map((f) => ({ field: f, cls: 'missing', arb: fc.constant(without(sample, f)) }));

const ops: OperationSpec[] = [];
/** Rows as [client member path, sample, required fields, extra invalid cases, free-form leaves]. */
function row(id: string, movesMoney: boolean, sample: Record<string, unknown>, required: string[] = [], more: InvalidCase[] = [], freeForm: string[] = []) {
  const [group, method] = id.split('.') as [string, string];
  ops.push({
    id,
    movesMoney,
    call: (env, i, o) =>
      (
        (l(env) as unknown as Record<string, Record<string, (i: unknown, o?: CallOptions) => Promise<unknown>>>)[group] as Record<
          string,
          (i: unknown, o?: CallOptions) => Promise<unknown>
        >
      )[method]!(i, o),
    sample,
    invalid: [...top(sample), ...missing(sample, required), ...more],
    freeForm,
  });
}

{
  const sample = { PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11', Card: card() };
  const set = (f: string, cls: string, arb: fc.Arbitrary<unknown>): InvalidCase => ({ field: f, cls, arb: arb.map((v) => withPath(sample, f, v)) });
  const thisYear = new Date().getUTCFullYear();
  const thisMonth = new Date().getUTCMonth() + 1;
  ops.push({
    id: 'payments.pay',
    movesMoney: true,
    call: (env, i, o) => l(env).payments.pay(i as never, o),
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ ...sample, PaymentRequestCode: (env.sim as LicrusSimulator).approveOrder({ amountKurus: 124_990 }).paymentRequestCode }),
    valid: fc.record({
      Card: fc.record({
        CardHolderName: nameArb.filter((s) => s.trim().length >= 2 && s.length <= 100),
        Number: fc.constantFrom(LICRUS_SIM_CARDS.approved, LICRUS_SIM_CARDS.approvedMastercard, '4355 0843 5508 4358', '5555-5555-5555-4444'),
        ExpireMonth: fc.integer({ min: 1, max: 12 }),
        ExpireYear: fc.integer({ min: nextYear, max: 2099 }).chain((y) => fc.constantFrom(y, y % 100 > 12 ? y % 100 : y)),
        SecurityCode: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
      }),
    }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['PaymentRequestCode', 'Card', 'Card.Number', 'Card.SecurityCode', 'Card.ExpireMonth', 'Card.ExpireYear', 'Card.CardHolderName']),
      set(
        'PaymentRequestCode',
        'format',
        fc.oneof(fc.stringMatching(/^[0-9a-f]{31}$/), fc.stringMatching(/^[g-z]{32}$/), turkish, controlChars, hugeString(40)),
      ),
      set('Card.Number', 'luhn', luhnInvalid),
      set(
        'Card.Number',
        'control-chars',
        controlChars.map((c) => `4355084355084358${c}`),
      ),
      set('Card.Number', 'turkish-emoji', turkish),
      set(
        'Card.Number',
        'huge',
        hugeString(20).map((s) => s.replace(/Ş/g, '4')),
      ),
      set('Card.Number', 'wrong-type', fc.constantFrom<unknown>(4355084355084358, NaN, {}, null)),
      set('Card.SecurityCode', 'cvv', fc.constantFrom('12', '12345', 'abc', '1 2 3', '٣٣٣', '', '1234')),
      set('Card.CardHolderName', 'empty', fc.constantFrom('', ' ', 'A')),
      set('Card.CardHolderName', 'huge', hugeString(101)),
      set('Card.ExpireMonth', 'month', fc.constantFrom(0, 13, -1, 1.5, NaN)),
      set('Card.ExpireYear', 'year', fc.constantFrom(1999, 2100, 3.5, NaN)),
      { field: 'Card.ExpireYear', cls: 'expired', arb: fc.integer({ min: 2000, max: thisYear - 1 }).map((y) => withPath(sample, 'Card.ExpireYear', y)) },
      {
        field: 'Card.ExpireYear',
        cls: 'expired',
        arb: fc.constant(
          thisMonth > 1
            ? withPath(withPath(sample, 'Card.ExpireYear', thisYear), 'Card.ExpireMonth', thisMonth - 1)
            : withPath(sample, 'Card.ExpireYear', thisYear - 1),
        ),
      },
      { field: 'Card.ExpireMonth', cls: 'swapped-expiry', arb: fc.constant(withPath(withPath(sample, 'Card.ExpireMonth', 2030), 'Card.ExpireYear', 7)) },
    ],
  });
}
row(
  'orders.listApproved',
  false,
  { OrderType: 1 },
  ['OrderType'],
  [{ field: 'OrderType', cls: 'enum', arb: fc.constantFrom(0, 7, 1.5, '1').map((v) => ({ OrderType: v })) }],
);
row(
  'orders.update',
  false,
  { Entity: { Id: 1001, ERPOrderNumber: 'SAP-1', Status: 5 } },
  ['Entity'],
  [{ field: 'Entity.Status', cls: 'enum', arb: fc.constantFrom(0, 10, 2.5).map((v) => ({ Entity: { Id: 1, Status: v } })) }],
);
(ops.at(-1) as OperationSpec).prepare = async (env) => ({
  Entity: { Id: (env.sim as LicrusSimulator).approveOrder({ amountKurus: 100 }).Id, ERPOrderNumber: 'SAP-1', Status: 5 },
});
row('serialNumbers.import', false, { List: [{ SerialNumber: 'SN-0100' }], OnFailure: 0 }, ['List'], [], ['List.0']);
row('serialNumbers.list', false, { Filter: { ReferenceDateTime: '2025-01-01T00:00:00Z' } });
{
  const sample = { Entity: { Code: 'SRV-9', Name: 'Yeni Servis', AgreementType: 1, TaxIdNumber: '1234567890', MobilePhone: '0532 123 45 67' } };
  row(
    'partners.save',
    false,
    sample,
    ['Entity'],
    [
      // A VKN or TCKN whose check digits do not match, the placeholder TCKN included, and a landline as the mobile number.
      {
        field: 'Entity.TaxIdNumber',
        cls: 'checksum',
        arb: fc.constantFrom('1234567891', '10000000147', '11111111111', '123').map((v) => withPath(sample, 'Entity.TaxIdNumber', v)),
      },
      {
        field: 'Entity.MobilePhone',
        cls: 'mobile',
        arb: fc.constantFrom('0212 123 45 67', '5', '+44 7700 900123').map((v) => withPath(sample, 'Entity.MobilePhone', v)),
      },
    ],
  );
}
row('partners.list', false, { Filter: { AgreementType: 1 } });
row(
  'products.save',
  false,
  { Entity: { Code: 'NEW-1', Name: 'Yeni', IsActive: true, Kw: 24 } },
  ['Entity'],
  [
    {
      field: 'Entity.Genio',
      cls: 'bigint-circular',
      arb: fc.constantFrom<unknown>(10n, { deep: [1n] }).map((g) => ({ Entity: { Code: 'N', Name: 'Y', Genio: g } })),
    },
  ],
);
row('products.list', false, { Filter: { Code: 'X' } });
row(
  'parts.save',
  false,
  { EntityList: [{ Code: 'P-200', Name: 'Fan', RelatedParts: [{ Child: { Code: 'P-100' }, RelationType: { Code: 'muadil' } }] }] },
  [],
  [{ field: 'Entity', cls: 'missing', arb: fc.constant({}) }],
);
row('parts.list', false, { Filter: { Code: 'P-200' } });
{
  const sample = { EntityPriceList: [{ Code: 'F-1', CircularType: 3, Price: '1499.90', StartDate: '2025-01-01', Part: { Code: 'P-100' } }] };
  row(
    'priceLists.save',
    false,
    sample,
    ['EntityPriceList'],
    [
      {
        field: 'EntityPriceList.0.Price',
        cls: 'three-decimals',
        arb: fc
          .integer({ min: 1, max: 1e6 })
          .map((n) => withPath(sample, 'EntityPriceList.0.Price', `${n}.${String((n % 999) + 1).padStart(3, '0')}`))
          .filter((v) => !/0$/.test(String((v.EntityPriceList as { Price: string }[])[0]?.Price))),
      },
      { field: 'EntityPriceList.0.Price', cls: 'nan-words', arb: badTl.map((v) => withPath(sample, 'EntityPriceList.0.Price', v)) },
    ],
  );
}
row('laborCosts.getByQuote', false, { ProgressPaymnetId: 5 });
row('parameters.send', false, {});
row(
  'serviceRequests.createEam',
  false,
  {
    Culture: 'tr-TR',
    AppSource: '16573',
    AppPlatform: '1',
    Entity: { Customer: { Code: 'C-1001' }, SubCallType: { Id: 647 }, Description: 'Arıza', Priority: 2 },
  },
  ['Entity'],
  [
    {
      field: 'AppSource',
      cls: 'format',
      arb: fc
        .constantFrom('16a', '', '١٦')
        .map((v) => ({ AppSource: v, Entity: { Customer: { Code: 'C-1001' }, SubCallType: { Id: 647 }, Description: 'x', Priority: 2 } })),
    },
  ],
);
row(
  'serviceRequests.createFirstStart',
  false,
  { AutoClose: false, AppSource: '66292', AppPlatform: 2, Form: { Customer: { FirstName: 'Ayşe', LastName: 'Yılmaz' } } },
  ['Form'],
);
row('addresses.cities', false, {});
row('addresses.districts', false, { CityId: 34 }, ['CityId']);
row('productGroups.mainGroups', false, { AppCulture: 'TR' });
row('website.cities', false, {});
row('website.services', false, { CityId: 34, ProductGroupId: 2 });
row('website.productGroups', false, {});
row(
  'webForms.createCall',
  false,
  {
    CustomerFullName: 'Ayşe Yılmaz',
    CustomerMobilePhone: '5550000001',
    CustomerCity: 'İstanbul',
    CustomerDistrict: 'Kadıköy',
    CustomerAddress: 'Moda Cd. 1',
    DeviceCount: 1,
  },
  ['CustomerFullName', 'CustomerMobilePhone'],
  [
    {
      field: 'CustomerMobilePhone',
      cls: 'mobile',
      arb: fc.constantFrom('3546546757', '0212 123 45 67', '55500000011').map((v) => ({
        CustomerFullName: 'Ayşe Yılmaz',
        CustomerMobilePhone: v,
        CustomerCity: 'İstanbul',
        CustomerDistrict: 'Kadıköy',
        CustomerAddress: 'Moda Cd. 1',
      })),
    },
  ],
);
row('extendedWarranty.getCustomer', false, { Filter: { City: 'Ankara' } });
row('laborPackages.save', false, { Entity: { Name: 'Bakım', Code: 'LP-1', IsMaintancePackage: true } }, ['Entity']);
row('workOrders.createWallBox', false, { FreeEntity: { BranchCode: 'B1', VIN: 'WVWZZZ1JZXW000001', CustomerNo: 'C-1001', Data: [{ ItemNo: 'WB-1' }] } }, [
  'FreeEntity',
]);
row('workOrders.updateSerzatOrderId', false, { Id: 12, Filter: { OrderNo: 'SO-1', BranchCode: 'B1', LineNos: [1, 2] } }, ['Filter']);
row('reports.load', false, {
  FreeEntity: { Guid: 'b5b7' },
  Filter: { DynamicFilters: [{ Name: 'CallDate', Value: { Start: '2025-01-01', End: '2025-01-31' } }] },
});

async function errorPaths(logger: Logger) {
  const { out, grab } = errorCollector();
  const env = create({ logger, logLevel: 'debug', timeout: 60, totalTimeout: 200, maxRetries: 0 });
  const sim = env.sim as LicrusSimulator;
  const c = l(env);
  const code = () => sim.approveOrder({ amountKurus: 5_000 }).paymentRequestCode;
  await grab('validation', c.payments.pay({ PaymentRequestCode: code(), Card: { ...card(CANARY.card), ExpireYear: 2001 } }));
  await grab('validation-luhn', c.payments.pay({ PaymentRequestCode: code(), Card: { ...card('4355084355084359'), SecurityCode: '84' } }));
  await grab('decline', c.payments.pay({ PaymentRequestCode: code(), Card: card(CANARY.declinedCard) }));
  await grab('provider-refusal', c.payments.pay({ PaymentRequestCode: 'ffffffffffffffffffffffffffffffff', Card: card(CANARY.card) }));
  const p = code();
  env.sim.injectFault({ kind: 'status', status: 503, body: '<html>Service Unavailable</html>' }, { match: (_m, path) => path.endsWith('/Payment') });
  await grab('http', c.payments.pay({ PaymentRequestCode: p, Card: card(CANARY.card) }));
  env.sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/Payment') });
  await grab('network', c.payments.pay({ PaymentRequestCode: code(), Card: card(CANARY.card) }));
  env.sim.injectFault({ kind: 'stall' }, { match: (_m, path) => path.endsWith('/Payment') });
  await grab('timeout', c.payments.pay({ PaymentRequestCode: code(), Card: card(CANARY.card) }));
  const ac = new AbortController();
  env.sim.injectFault({ kind: 'stall' }, { match: (_m, path) => path.endsWith('/Payment') });
  setTimeout(() => ac.abort(), 10);
  await grab('abort', c.payments.pay({ PaymentRequestCode: code(), Card: card(CANARY.card) }, { signal: ac.signal }));
  env.sim.injectFault({ kind: 'malformed', body: 'truncated' }, { match: (_m, path) => path.endsWith('/Payment') });
  await grab('unexpected', c.payments.pay({ PaymentRequestCode: code(), Card: card(CANARY.card) }));
  // Login refused: the password canary goes through the login error path.
  const wrong = create({ logger, logLevel: 'debug', maxRetries: 0 }, undefined, { password: `${CANARY.licrusPassword}-wrong` });
  await grab('login-refused', l(wrong).addresses.cities());
  // A static ticket the tenant refuses (it cannot be renewed): the ticket canary through the refusal path.
  const stat = create({ logger, logLevel: 'debug', maxRetries: 0 }, undefined, { name: undefined, password: undefined, authTicket: CANARY.licrusTicket });
  await grab('ticket-refused', l(stat).addresses.cities());
  // Gateways echoing the request (ticket, card, CVV) in an error page, a refusal and a 200 that is not JSON.
  for (const [path, status, wrap] of [
    ['echo-http', 500, (b: string) => `<html><pre>${b}</pre></html>`],
    ['echo-refusal', 200, (b: string) => JSON.stringify({ HasError: true, MessageList: [{ Type: 0, Message: `istek: ${b}` }], Request: JSON.parse(b) })],
    ['echo-unexpected', 200, (b: string) => `${b}`.slice(0, -3)],
  ] as const) {
    const e = create({ logger, logLevel: 'debug', maxRetries: 0 }, (s) => async (input, init) => {
      const req = new Request(input as string, init);
      if (req.url.endsWith('/login')) return s.fetch(req);
      return new Response(wrap(await req.text()), { status, headers: { 'content-type': 'application/json' } });
    });
    await grab(path, l(e).payments.pay({ PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11', Card: card(CANARY.card) }));
  }
  return out;
}

export const licrusAdapter: ProviderAdapter = {
  name: 'licrus',
  create: create as ProviderAdapter['create'],
  operations: ops,
  reads: [
    {
      id: 'addresses.cities',
      path: '/address/City/GetAll',
      prepare: async (env) => {
        await l(env).login();
        return (o?: CallOptions) => l(env).addresses.cities({}, o);
      },
    },
  ],
  money: [
    {
      id: 'payments.pay',
      path: '/api/ERP/Payment',
      prepare: async (env) => {
        await l(env).login();
        const code = (env.sim as LicrusSimulator).approveOrder({ amountKurus: 10_000 }).paymentRequestCode;
        return (o?: CallOptions) => l(env).payments.pay({ PaymentRequestCode: code, Card: card() }, o);
      },
    },
  ],
  concurrent: async (env) => {
    const sim = env.sim as LicrusSimulator;
    await l(env).login();
    return async (i: number) => {
      if (i % 2 === 0) {
        const cities = await l(env).addresses.districts({ CityId: 34 });
        if (cities.Results.some((d) => (d as { CityId?: number }).CityId !== 34)) throw new Error('licrus: districts of another city');
      } else {
        const order = sim.approveOrder({ amountKurus: 1_000 + i });
        const res = await l(env).payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card() });
        const text = res.MessageList.map((m) => m.Message).join(' ');
        if (!text.includes(`Sipariş ${order.Id},`)) throw new Error(`licrus: payment of order ${order.Id} answered "${text}"`);
      }
    };
  },
  canaries: [CANARY.licrusPassword, CANARY.licrusTicket, CANARY.cvv],
  errorPaths,
};
