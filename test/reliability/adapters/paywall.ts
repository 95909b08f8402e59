import type { CallOptions, ClientOptions, Logger } from '@odeme/core';
import { PayWall, type PayWallOptions, paymentsVersion } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { bulkSamples } from '../../conformance/paywall/samples-bulk.js';
import { CANARY } from '../support/canaries.js';
import { errorCollector } from '../support/errors.js';
import { countingFetch } from '../support/fetch.js';
import { badTl, controlChars, hugeString, luhn, luhnInvalid, mobileArb, nameArb, tcknArb, turkish, without, withPath } from '../support/gen.js';
import { PAYWALL_DOCS_ONLY_MONEY_INPUTS } from '../support/paywall-docs-only-inputs.js';
import type { InvalidCase, OperationSpec, ProviderAdapter, ProviderEnv } from './types.js';

/** PayWall's secrets: both key pairs and the two callback hash keys (callbacks-paywall.ts signs with these too). */
export const PAYWALL_CANARY = {
  apiKeyPublic: 'pk_CANARY_paywall_4e1f0c',
  apiClientPublic: 'pc_CANARY_paywall_77ab12',
  apiKeyPrivate: 'sk_CANARY_paywall_9d3e51',
  apiClientPrivate: 'sc_CANARY_paywall_2b6a90',
  threeD: 'h3_CANARY_paywall_3dkey',
  systemWebhook: 'hw_CANARY_paywall_syskey',
};
const keys = {
  apiKeyPublic: PAYWALL_CANARY.apiKeyPublic,
  apiClientPublic: PAYWALL_CANARY.apiClientPublic,
  apiKeyPrivate: PAYWALL_CANARY.apiKeyPrivate,
  apiClientPrivate: PAYWALL_CANARY.apiClientPrivate,
};
export const paywallHashKeys = { threeD: PAYWALL_CANARY.threeD, systemWebhook: PAYWALL_CANARY.systemWebhook };
const BASE = 'https://paywall.test';
const pw = (env: ProviderEnv) => env.client as PayWall;
const sim = (env: ProviderEnv) => env.sim as PayWallSimulator;
const thisYear = new Date().getUTCFullYear();
const thisMonth = new Date().getUTCMonth() + 1;
const nextYear = thisYear + 3;

export function createPayWallEnv(
  options: ClientOptions = {},
  fetchOverride?: (sim: PayWallSimulator) => ClientOptions['fetch'],
  extra: Partial<PayWallOptions> = {},
): ProviderEnv {
  const s = new PayWallSimulator({ ...keys, hashKeys: paywallHashKeys });
  // Bulk results are posted to the shop's CallbackAddress: here to nobody, answered 200, never onto the network.
  s.bulk.configure({ deliver: async () => new Response('OK') });
  const counter = countingFetch(fetchOverride?.(s) ?? s.fetch);
  const client = new PayWall({
    ...keys,
    baseUrl: BASE,
    hashKeys: paywallHashKeys,
    logLevel: 'off',
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
    ...extra,
    fetch: counter.fetch,
  });
  // GETs carry their parameters in headers: a path counts requests of any method (paths of one API never overlap).
  return { provider: 'paywall', client, sim: s, sent: counter.count, countAt: (p) => s.requests.filter((r) => r.path.endsWith(p)).length };
}

let seq = 0;
const code = (p = 'PW') => `${p}-${Date.now().toString(36)}-${(seq++).toString(36)}`;
const customer = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const card = (n: string = PAYWALL_SIM_CARDS.success) => ({ OwnerName: 'AYŞE YILMAZ', Number: n, ExpireMonth: '12', ExpireYear: String(nextYear), Cvv: '123' });
const products = [
  { ProductId: 'p-1', ProductName: 'Çay bardağı', ProductAmount: 12.25 },
  { ProductId: 'p-2', ProductName: 'Kaşık', ProductAmount: '3.25' },
];
const detail = (c = code()) => ({ Amount: '15.50', MerchantUniqueCode: c, CurrencyId: 1 as const, Installment: 1, ClientIP: '203.0.113.7' });
const direct = (c = code(), n?: string) => ({ PaymentDetail: detail(c), Card: card(n), Customer: customer, Products: products });
const urls = { MerchantSuccessBackUrl: 'https://shop.example/paywall/ok', MerchantFailBackUrl: 'https://shop.example/paywall/fail' };
const threeD = (c = code()) => ({ ...direct(c), PaymentDetail: { ...detail(c), ...urls } });

/** A successful direct payment of 15.50 TL; its codes for the private rows. */
async function paid(env: ProviderEnv, extraDetail: Record<string, unknown> = {}) {
  const c = code('P');
  const body = direct(c);
  const res = await pw(env).payments.startDirect({ ...body, PaymentDetail: { ...body.PaymentDetail, ...extraDetail } } as never);
  return { MerchantUniqueCode: c, PaymentId: res.Payment?.PaymentId as number, UniqueCode: res.Payment?.UniqueCode as string };
}
async function stored(env: ProviderEnv, insurance = false) {
  const RelationalId1 = code('U');
  const saved = insurance
    ? await pw(env).cardWall.insurance.save({
        RelationalId1,
        Card: { HolderName: 'Mehmet Öz', CardBin: '48249048', CardLastFour: '8012', Identity: '21234567890', Month: 12, Year: nextYear },
      })
    : await pw(env).cardWall.save({ RelationalId1, Card: { HolderName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, Month: 12, Year: nextYear } });
  return { RelationalId1, UniqueCode: saved.UniqueCode as string };
}

// ---- field classes ---------------------------------------------------------------------------------------

const set = (sample: Record<string, unknown>, field: string, cls: string, arb: fc.Arbitrary<unknown>): InvalidCase => ({
  field,
  cls,
  arb: arb.map((v) => withPath(sample, field, v)),
});
const top = (sample: Record<string, unknown>, strict = true): InvalidCase[] => [
  { field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>(null, 'text', 42, [sample]) },
  ...(strict ? [{ field: '', cls: 'unknown-field', arb: fc.constant({ ...sample, NotAField: 1 }) }] : []),
];
const missing = (sample: Record<string, unknown>, fields: string[]): InvalidCase[] =>
  fields.map((f) => ({ field: f, cls: 'missing', arb: fc.constant(without(sample, f)) }));

/** PayWall amounts are TL decimals (number or text, at most two decimals): every way to miss that, in TL. */
function tl(sample: Record<string, unknown>, f: string, positive = true): InvalidCase[] {
  return [
    set(sample, f, 'nan', fc.constantFrom<unknown>(Number.NaN, 'NaN', Number.POSITIVE_INFINITY)),
    set(
      sample,
      f,
      'negative',
      fc.integer({ min: 1, max: 1e8 }).chain((n) => fc.constantFrom<unknown>(-n / 100, `-${(n / 100).toFixed(2)}`)),
    ),
    set(
      sample,
      f,
      'three-decimals',
      fc
        .integer({ min: 1, max: 1e8 })
        .filter((n) => n % 10 !== 0)
        .chain((n) => fc.constantFrom<unknown>(n / 1000, (n / 1000).toFixed(3))),
    ),
    set(
      sample,
      f,
      'fractional-kurus',
      fc.integer({ min: 0, max: 1e6 }).chain((n) => fc.constantFrom<unknown>(n + 0.005, `${n}.005`, n + 0.0001, `${n}.999`)),
    ),
    set(sample, f, 'wrong-type', badTl),
    set(sample, f, 'huge', fc.constantFrom<unknown>('1'.repeat(20), 1e21, Number.MAX_VALUE, `${'9'.repeat(15)}.00`)),
    ...(positive ? [set(sample, f, 'zero', fc.constantFrom<unknown>(0, '0', '0.00', -0))] : []),
  ];
}
const textCases = (sample: Record<string, unknown>, f: string, max?: number): InvalidCase[] => [
  set(sample, f, 'empty', fc.constant('')),
  ...(max ? [set(sample, f, 'huge', hugeString(max + 1))] : []),
];
/** What a header cannot carry unchanged: GET parameters (and the tempcard token) travel as headers (§2.1). */
const headerCases = (sample: Record<string, unknown>, f: string): InvalidCase[] => [
  set(
    sample,
    f,
    'header-turkish-emoji',
    turkish.filter((t) => !/^[\x21-\x7E]*$/.test(t)).map((t) => `sipariş-${t}`),
  ),
  set(
    sample,
    f,
    'header-control-chars',
    controlChars.map((c) => `o-${c}-1`),
  ),
  set(sample, f, 'header-crlf-injection', fc.constantFrom('o-1\r\nx-evil: 1', 'o-1\nx', ' o-1', 'o-1 ', 'Çağrı', 'sipariü-1')),
];
const posInt = (sample: Record<string, unknown>, f: string): InvalidCase[] => [
  set(sample, f, 'wrong-type', fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, '5', Number.POSITIVE_INFINITY)),
];
const dateCases = (sample: Record<string, unknown>, f: string): InvalidCase[] => [
  set(sample, f, 'bad-date', fc.constantFrom<unknown>('', new Date(Number.NaN), 42, {})),
];
const headerDateCases = (sample: Record<string, unknown>, f: string): InvalidCase[] => [
  set(sample, f, 'bad-date', fc.constantFrom<unknown>('10.03.2026', '2026-3-1', '', '２０２６-01-01', '2026-03-10T00:00:00Z', new Date(Number.NaN), 20260310)),
];

/** The card of direct and 3D payments: Luhn, length, CVV, holder, expiry (past, swapped, out of range), stored-card rules. */
function cardCases(sample: Record<string, unknown>, p = 'Card'): InvalidCase[] {
  const withCard = (patch: Record<string, unknown>) => ({ ...sample, [p]: { ...(sample[p] as object), ...patch } });
  return [
    set(sample, `${p}.Number`, 'luhn', luhnInvalid),
    set(sample, `${p}.Number`, 'length', fc.constantFrom('42424242424', '5528 7900 0000 0008 0000 0', '')),
    set(
      sample,
      `${p}.Number`,
      'control-chars',
      controlChars.map((c) => `5528790000000008${c}`),
    ),
    set(sample, `${p}.Number`, 'turkish-emoji', turkish),
    set(
      sample,
      `${p}.Number`,
      'huge',
      hugeString(20).map((s) => s.replace(/Ş/g, '4')),
    ),
    set(sample, `${p}.Number`, 'wrong-type', fc.constantFrom<unknown>(5528790000000008, null, {})),
    set(sample, `${p}.Cvv`, 'cvv', fc.constantFrom('12', '1234', '12345', 'abc', '1 2 3', '٣٣٣', '')),
    set(sample, `${p}.OwnerName`, 'empty', fc.constantFrom('', ' ', '\t')),
    set(sample, `${p}.OwnerName`, 'huge', hugeString(61)),
    set(sample, `${p}.ExpireMonth`, 'month', fc.constantFrom<unknown>('0', '13', 0, 13, '-1', '1.5', 'Ocak', '')),
    set(sample, `${p}.ExpireYear`, 'year', fc.constantFrom<unknown>('1999', '2101', 2101, '20x0', '')),
    set(
      sample,
      `${p}.ExpireYear`,
      'expired',
      fc.integer({ min: 2000, max: thisYear - 1 }).chain((y) => fc.constantFrom<unknown>(y, String(y), String(y % 100).padStart(2, '0'))),
    ),
    {
      field: `${p}.ExpireYear`,
      cls: 'expired',
      arb: fc.constant(
        thisMonth > 1 ? withCard({ ExpireMonth: String(thisMonth - 1), ExpireYear: String(thisYear) }) : withCard({ ExpireYear: String(thisYear - 1) }),
      ),
    },
    {
      field: `${p}.ExpireMonth`,
      cls: 'swapped-expiry',
      arb: fc.constantFrom(withCard({ ExpireMonth: String(nextYear), ExpireYear: '12' }), withCard({ ExpireMonth: 2030, ExpireYear: 7 })),
    },
    { field: `${p}.Number`, cls: 'stored-and-number', arb: fc.constant(withCard({ UniqueCode: 'c6f1d8e2' })) },
    { field: `${p}.ForceCvv`, cls: 'stored-only', arb: fc.constant(withCard({ ForceCvv: true })) },
    { field: `${p}.TempCardToken`, cls: 'stored-and-token', arb: fc.constant({ ...sample, [p]: { UniqueCode: 'a', TempCardToken: 'b' } }) },
    { field: `${p}.Cvv`, cls: 'stored-force-cvv', arb: fc.constant({ ...sample, [p]: { UniqueCode: 'a', ForceCvv: true } }) },
  ];
}

/**
 * Basket rules (error 26 and 36–40): products that add up to one kuruş more or less than `Amount`, and product
 * fields. The payment rows share these schemas: the secondary classes (`full`) run once, on `payments.startDirect`.
 */
function basketCases(sample: Record<string, unknown>, full: boolean): InvalidCase[] {
  const detailOf = sample.PaymentDetail as Record<string, unknown>;
  const withProducts = (ps: unknown[], total: string) => ({ ...sample, PaymentDetail: { ...detailOf, Amount: total }, Products: ps });
  const product0 = (patch: Record<string, unknown>) => ({ ...sample, Products: [{ ...products[0], ...patch }, products[1]] });
  return [
    {
      field: 'PaymentDetail.Amount',
      cls: 'basket-sum-off-by-one-kurus',
      arb: fc
        .tuple(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(-1, 1))
        .filter(([ks, d]) => ks.reduce((a, b) => a + b, 0) + d > 0)
        .map(([ks, d]) =>
          withProducts(
            ks.map((k, i) => ({ ProductId: `p-${i}`, ProductName: 'Ürün', ProductAmount: i % 2 ? k / 100 : (k / 100).toFixed(2) })),
            ((ks.reduce((a, b) => a + b, 0) + d) / 100).toFixed(2),
          ),
        ),
    },
    // 0.1 + 0.2 in floating point is 0.30000000000000004: the sum is compared in kuruş, so 0.31 is still refused.
    {
      field: 'PaymentDetail.Amount',
      cls: 'basket-sum-off-by-one-kurus',
      arb: fc.constant(
        withProducts(
          [
            { ProductId: 'a', ProductName: 'A', ProductAmount: 0.1 },
            { ProductId: 'b', ProductName: 'B', ProductAmount: 0.2 },
          ],
          '0.31',
        ),
      ),
    },
    { field: 'Products', cls: 'empty', arb: fc.constant({ ...sample, Products: [] }) },
    ...tl(sample, 'Products.0.ProductAmount'),
    { field: 'Products.0.ProductId', cls: 'empty', arb: fc.constant(product0({ ProductId: '' })) },
    { field: 'Products.0.DiscountType', cls: 'enum', arb: fc.constantFrom(3, -1, 1.5).map((v) => product0({ DiscountType: v })) },
    {
      field: 'Products.0.DiscountValue',
      cls: 'percentage-over-100',
      arb: fc.integer({ min: 101, max: 10_000 }).map((v) => product0({ DiscountType: 2, DiscountValue: v })),
    },
    // Whole numbers only: the official .NET SDK sends DiscountValue and MemberEarning as int.
    {
      field: 'Products.0.DiscountValue',
      cls: 'fractional',
      arb: fc
        .integer({ min: 1, max: 9_999 })
        .filter((k) => k % 100 !== 0)
        .map((k) => product0({ DiscountType: 1, DiscountValue: k / 100 })),
    },
    ...(full ? secondaryProductCases(product0) : []),
  ];
}
function secondaryProductCases(product0: (patch: Record<string, unknown>) => Record<string, unknown>): InvalidCase[] {
  return [
    { field: 'Products.0.DiscountOwnerType', cls: 'enum', arb: fc.constantFrom(3, -1).map((v) => product0({ DiscountOwnerType: v })) },
    ...tl(product0({ DiscountType: 1, DiscountValue: 1 }), 'Products.0.DiscountValue', false),
    { field: 'Products.0.CargoType', cls: 'enum', arb: fc.constantFrom(4, -1).map((v) => product0({ CargoType: v })) },
    { field: 'Products.0.CargoOwnerType', cls: 'legacy-conflict', arb: fc.constant(product0({ CargoType: 1, CargoOwnerType: 2 })) },
    { field: 'Products.0.MemberCommission', cls: 'percentage-over-100', arb: fc.constantFrom(100.5, -1).map((v) => product0({ MemberCommission: v })) },
    { field: 'Products.0.MemberEarning', cls: 'fractional', arb: fc.constantFrom<unknown>(0.5, '12.25', 99.99).map((v) => product0({ MemberEarning: v })) },
    ...tl(product0({ CargoCost: 1 }), 'Products.0.CargoCost', false),
  ];
}

/** `PaymentDetail` of direct, insurance and 3D payments (`full`: as in `basketCases`). */
function detailCases(sample: Record<string, unknown>, threeDSecure: boolean, full: boolean): InvalidCase[] {
  const d = sample.PaymentDetail as Record<string, unknown>;
  const withDetail = (patch: Record<string, unknown>) => ({ ...sample, PaymentDetail: { ...d, ...patch } });
  return [
    // A left-out MerchantUniqueCode is generated (the call's reference); one that cannot be queried by is refused.
    ...missing(sample, ['PaymentDetail', 'PaymentDetail.Amount', 'PaymentDetail.CurrencyId', 'PaymentDetail.ClientIP']),
    ...tl(sample, 'PaymentDetail.Amount'),
    ...textCases(sample, 'PaymentDetail.MerchantUniqueCode', 250),
    ...headerCases(sample, 'PaymentDetail.MerchantUniqueCode'),
    set(sample, 'PaymentDetail.ClientIP', 'format', fc.constantFrom('', '2001:db8::1234:5678', '203.0.113.7.1234')),
    set(sample, 'PaymentDetail.CurrencyId', 'enum', fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, '1')),
    set(sample, 'PaymentDetail.Installment', 'fractional', fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, '1')),
    { field: 'PaymentDetail.Installment', cls: 'missing', arb: fc.constant(without(sample, 'PaymentDetail.Installment')) },
    { field: 'PaymentDetail.Installement', cls: 'legacy-conflict', arb: fc.constant(withDetail({ Installment: 2, Installement: 3 })) },
    {
      field: 'PaymentDetail.ProviderKey',
      cls: 'conditional',
      arb: fc.constantFrom(withDetail({ ProviderBased: true }), withDetail({ ProviderBased: true, ProviderKey: '' })),
    },
    { field: 'PaymentDetail.PosId', cls: 'conditional', arb: fc.constant(withDetail({ PosBased: true })) },
    { field: 'PaymentDetail', cls: 'unknown-field', arb: fc.constantFrom(withDetail({ Instalment: 1 }), withDetail({ amount: 1 })) },
    ...(full
      ? [
          set(sample, 'PaymentDetail.EndOfTheDay', 'range', fc.constantFrom(0, 31, 2.5)),
          set(sample, 'PaymentDetail.ChannelId', 'range', fc.constantFrom(-1, 1.5)),
          {
            field: 'PaymentDetail.PayWatch.PaymentStatus.0.Id',
            cls: 'enum',
            arb: fc.constantFrom(1, 3, 4, 6, 8).map((id) => withDetail({ PayWatch: { Watch: true, PaymentStatus: [{ Id: id }] } })),
          },
          ...tl(withDetail({ MarketPlace: { BasketAmount: 1 } }), 'PaymentDetail.MarketPlace.BasketAmount', false),
        ]
      : []),
    ...(threeDSecure
      ? ['PaymentDetail.MerchantSuccessBackUrl', 'PaymentDetail.MerchantFailBackUrl'].flatMap((f) => [
          ...missing(sample, [f]),
          set(sample, f, 'url', fc.constantFrom('paywall/ok', 'not a url', '', `https://shop.example/${'a'.repeat(250)}`)),
        ])
      : []),
  ];
}
const customerCases = (sample: Record<string, unknown>, p: string, full: boolean): InvalidCase[] => [
  ...['FullName', 'Phone', 'Email', 'Country', 'City', 'Address'].flatMap((f) => [
    ...missing(sample, [`${p}.${f}`]),
    ...(full ? [set(sample, `${p}.${f}`, 'empty', fc.constant(''))] : []),
  ]),
  // The samples' buyer is in Türkiye: a landline, a short or a foreign number is not a Turkish mobile number.
  set(sample, `${p}.Phone`, 'turkish-mobile', fc.constantFrom('0212 123 45 67', '53212345', '+49 151 23456789', '905321234')),
];

// ---- valid inputs (they must pass the simulator's own checks) --------------------------------------------

const twoDecimals = (k: number) => (k / 100).toFixed(2);
const tlArb = (k: number) => fc.constantFrom<number | string>(k / 100, twoDecimals(k), String(k / 100), ` ${twoDecimals(k)} `);
const validCard = fc.record({
  OwnerName: nameArb.filter((s) => s.trim() !== '' && s.length <= 60),
  Number: fc.constantFrom(PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.troy, '5528 7900 0000 0008', '9792-0400-0000-0009'),
  ExpireMonth: fc.integer({ min: 1, max: 12 }).chain((m) => fc.constantFrom<string | number>(m, String(m), String(m).padStart(2, '0'))),
  ExpireYear: fc.integer({ min: thisYear + 1, max: 2099 }).chain((y) => fc.constantFrom<string | number>(y, String(y), String(y % 100).padStart(2, '0'))),
  Cvv: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
});
const validCustomer = fc.record({
  FullName: nameArb,
  Phone: mobileArb,
  Email: fc.constant('ayse@example.com'),
  Country: fc.constantFrom('Türkiye', 'TR'),
  City: fc.constantFrom('İstanbul', 'Ağrı', 'Muğla'),
  Address: nameArb,
});
const validProduct = (k: number) =>
  fc
    .record({
      ProductId: fc.string({ minLength: 1, maxLength: 20 }),
      ProductName: nameArb,
      ProductAmount: tlArb(k),
      discount: fc.oneof(
        fc.constant({}),
        fc.integer({ min: 0, max: 100 }).map((v) => ({ DiscountOwnerType: 1, DiscountType: 2, DiscountValue: v })),
        fc
          .integer({ min: 0, max: 50 })
          .chain((v) => fc.constantFrom<number | string>(v, `${v}.00`))
          .map((v) => ({ DiscountOwnerType: 2, DiscountType: 1, DiscountValue: v })),
      ),
      CargoType: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    })
    .map(({ discount, CargoType, ...p }) => ({ ...p, ...discount, ...(CargoType === undefined ? {} : { CargoType }) }));
/** A basket of 1–4 products (TL as numbers or texts) and the matching `PaymentDetail`, under a fresh code. */
const validBasket = (extra: Record<string, unknown> = {}) =>
  fc
    .array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 4 })
    .chain((ks) =>
      fc.record({
        Products: fc.tuple(...ks.map(validProduct)),
        Amount: tlArb(ks.reduce((a, b) => a + b, 0)),
        installment: fc.constantFrom(1, 2, 3, 6, 9, 12),
        legacy: fc.boolean(),
        CurrencyId: fc.integer({ min: 1, max: 7 }),
        ClientIP: fc.ipV4(),
        ChannelId: fc.integer({ min: 0, max: 4 }),
        TrackingCode: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/), { nil: undefined }),
        EndOfTheDay: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      }),
    )
    .map(({ Products, installment, legacy, ...d }) => ({
      Products,
      PaymentDetail: { ...d, MerchantUniqueCode: code('V'), ...(legacy ? { Installement: installment } : { Installment: installment }), ...extra },
    }));

// ---- the 41 rows -----------------------------------------------------------------------------------------

type Call = (i: unknown, o?: CallOptions) => Promise<unknown>;
const ops: OperationSpec[] = [];
/** The client method of a row id (`cardWall.insurance.save`). */
function member(env: ProviderEnv, path: string): Call {
  const parts = path.split('.');
  const method = parts.pop() as string;
  let node = pw(env) as unknown as Record<string, unknown>;
  for (const p of parts) node = node[p] as Record<string, unknown>;
  return (node[method] as Call).bind(node);
}
function op(id: string, movesMoney: boolean, spec: Omit<OperationSpec, 'id' | 'movesMoney' | 'call'>) {
  ops.push({ id, movesMoney, call: (env, i, o) => member(env, id)(i, o), ...spec });
}

// #1: the client method takes no input; the row's own (empty, strict) schema is fuzzed through `call`.
ops.push({
  id: 'payments.version',
  movesMoney: false,
  call: (env, i, o) => pw(env).call(paymentsVersion, i as never, o),
  sample: {},
  invalid: top({}),
});
for (const id of ['payments.startDirect', 'payments.start3d', 'payments.start3dModel']) {
  const secure = id !== 'payments.startDirect';
  const sample = secure ? threeD('S') : direct('S');
  op(id, true, {
    sample,
    preparePerCase: true,
    prepare: async () => (secure ? threeD() : direct()),
    valid: fc
      .record({ basket: validBasket(secure ? urls : {}), Card: validCard, Customer: validCustomer })
      .map(({ basket, ...rest }) => ({ ...basket, ...rest })),
    invalid: [
      ...top(sample),
      ...missing(sample, ['Card', 'Customer', 'Products']),
      ...detailCases(sample, secure, !secure),
      ...cardCases(sample),
      ...basketCases(sample, !secure),
      ...customerCases(sample, 'Customer', !secure),
    ],
  });
}
{
  const insurance = {
    OwnerName: 'Mehmet Öz',
    CardNoFirst: '48249048',
    CardNoLast: '8012',
    IdentityNumber: '21234567890',
    ExpireMonth: '12',
    ExpireYear: String(nextYear),
  };
  const sample = { ...direct('I'), Card: insurance };
  const withCard = (patch: Record<string, unknown>) => ({ ...sample, Card: { ...insurance, ...patch } });
  op('payments.startDirectInsurance', true, {
    sample,
    preparePerCase: true,
    prepare: async () => ({ ...direct(), Card: insurance }),
    valid: fc
      .record({
        basket: validBasket(),
        Card: fc.record({
          OwnerName: nameArb.filter((s) => s.trim() !== '' && s.length <= 60),
          CardNoFirst: fc.constantFrom('48249048', '552879', '97920400'),
          CardNoLast: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
          IdentityNumber: tcknArb,
          ExpireMonth: fc.integer({ min: 1, max: 12 }),
          ExpireYear: fc.integer({ min: thisYear + 1, max: 2099 }).map(String),
        }),
        Customer: validCustomer,
      })
      .map(({ basket, ...rest }) => ({ ...basket, ...rest })),
    invalid: [
      ...top(sample),
      ...detailCases(sample, false, false),
      ...basketCases(sample, false),
      set(sample, 'Card.CardNoFirst', 'bin', fc.constantFrom('55287', '5528790', 'abcdef', '', '5528 79')),
      set(sample, 'Card.CardNoLast', 'last-four', fc.constantFrom('801', '80122', 'abcd', '')),
      ...textCases(sample, 'Card.IdentityNumber', 20),
      ...textCases(sample, 'Card.OwnerName', 60),
      set(sample, 'Card.Cvv', 'cvv', fc.constantFrom('12', '12345', 'abc')),
      set(sample, 'Card.ExpireYear', 'expired', fc.integer({ min: 2000, max: thisYear - 1 }).map(String)),
      { field: 'Card.ExpireMonth', cls: 'swapped-expiry', arb: fc.constant(withCard({ ExpireMonth: String(nextYear), ExpireYear: '12' })) },
      { field: 'Card.ExpireMonth', cls: 'missing', arb: fc.constant(withCard({ ExpireMonth: undefined })) },
      { field: 'Card.AdditionalIdentityNumber', cls: 'conditional', arb: fc.constant(withCard({ UseAdditionalIdentityNumber: true })) },
      ...customerCases(sample, 'Customer', false),
    ],
  });
}
{
  const sample = { MerchantUniqueCode: 'M-1' };
  op('payments.end3d', true, {
    sample,
    // A Half3D payment after its browser step waits in status 3 for end3d.
    prepare: async (env) => {
      const body = threeD();
      const started = await pw(env).payments.start3d({ ...body, PaymentDetail: { ...body.PaymentDetail, Half3D: true } });
      await sim(env).completeThreeD(started.RedirectUrl as string);
      return { MerchantUniqueCode: body.PaymentDetail.MerchantUniqueCode };
    },
    invalid: [...top(sample), ...missing(sample, ['MerchantUniqueCode']), ...textCases(sample, 'MerchantUniqueCode', 250)],
  });
}
const preAuth = async (env: ProviderEnv) => ({ MerchantUniqueCode: (await paid(env, { Half2D: true })).MerchantUniqueCode });
{
  const sample = { MerchantUniqueCode: 'M-1', ProvisionAmount: '10.00', Date: '2026-03-10T12:00:00Z' };
  op('payments.captureProvision', true, {
    sample,
    preparePerCase: true,
    prepare: preAuth,
    valid: fc.record({
      ProvisionAmount: fc.option(
        fc.integer({ min: 1, max: 1550 }).chain((k) => tlArb(k)),
        { nil: undefined },
      ),
      Date: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), { nil: undefined }),
    }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['MerchantUniqueCode']),
      ...textCases(sample, 'MerchantUniqueCode', 250),
      ...tl(sample, 'ProvisionAmount'),
      ...dateCases(sample, 'Date'),
    ],
  });
}
{
  const sample = { MerchantUniqueCode: 'M-1', Date: new Date('2026-03-10T12:00:00Z') };
  op('payments.cancelProvision', true, {
    sample,
    preparePerCase: true,
    prepare: preAuth,
    invalid: [...top(sample), ...missing(sample, ['MerchantUniqueCode']), ...textCases(sample, 'MerchantUniqueCode', 250), ...dateCases(sample, 'Date')],
  });
}
{
  const sample = { CurrencyId: 1, Amount: '100.00', BinNumber: '552879', DistinctDuplicates: true, EndOfTheDay: 1, PosId: 3 };
  op('installments.list', false, {
    sample,
    valid: fc.record({
      CurrencyId: fc.integer({ min: 1, max: 7 }),
      Amount: fc.integer({ min: 1, max: 100_000_000_000 }).chain((k) => tlArb(k)),
      BinNumber: fc.option(fc.constantFrom('552879', '454360', '97920400', '48249048', '43550843'), { nil: undefined }),
      DistinctDuplicates: fc.option(fc.boolean(), { nil: undefined }),
      EndOfTheDay: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['CurrencyId', 'Amount']),
      ...tl(sample, 'Amount'),
      set(sample, 'CurrencyId', 'enum', fc.constantFrom<unknown>(0, -1, 1.5, '1')),
      set(sample, 'BinNumber', 'bin', fc.constantFrom('55287', '5528790', 'abcdef', '552879 ', '٥٥٢٨٧٩')),
      set(sample, 'EndOfTheDay', 'range', fc.constantFrom(0, 31, 1.5)),
      set(sample, 'PosId', 'wrong-type', fc.constantFrom<unknown>(1.5, '3')),
    ],
  });
}
{
  const sample = { BinNumber: '552879' };
  op('bin.inquiry', false, {
    sample,
    valid: fc.record({ BinNumber: fc.constantFrom('552879', '454360', '979204', '48249048', '55287900', '43550843') }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['BinNumber']),
      set(
        sample,
        'BinNumber',
        'bin',
        fc.oneof(fc.stringMatching(/^\d{7}$/), fc.stringMatching(/^\d{1,5}$/), fc.stringMatching(/^\d{9,12}$/), turkish, controlChars),
      ),
    ],
  });
}
{
  const sample = { ClientCardSave: true, ThreeDSession: false, ExpiryMin: 5 };
  op('clientSide.createTempToken', false, {
    sample,
    valid: fc.record({ ClientCardSave: fc.boolean(), ThreeDSession: fc.boolean(), ExpiryMin: fc.integer({ min: 0, max: 30 }) }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['ClientCardSave', 'ThreeDSession', 'ExpiryMin']),
      set(sample, 'ExpiryMin', 'range', fc.constantFrom<unknown>(-1, 31, 1.5, Number.NaN, '5')),
      set(sample, 'ClientCardSave', 'wrong-type', fc.constantFrom<unknown>('true', 1, null)),
    ],
  });
}
{
  const sample = {
    token: 'tkn-1',
    CardType: 1,
    CardOwnerName: 'Ayşe Yılmaz',
    CardNumber: PAYWALL_SIM_CARDS.success,
    CardCvv: '123',
    CardExpiryMonth: '12',
    CardExpiryYear: String(nextYear),
    ExpiryMin: 5,
  };
  const insurance = {
    token: 'tkn-1',
    CardType: 2,
    CardOwnerName: 'Mehmet Öz',
    CardNoFirst: '48249048',
    CardNoLast: '8012',
    IdentityNumber: '21234567890',
    ExpiryMin: 5,
  };
  op('clientSide.createTempCard', false, {
    sample,
    prepare: async (env) => ({
      ...sample,
      token: (await pw(env).clientSide.createTempToken({ ClientCardSave: true, ThreeDSession: true, ExpiryMin: 30 })).Token,
    }),
    valid: fc.oneof(
      fc.record({
        CardType: fc.constant(1),
        CardOwnerName: nameArb.filter((s) => s.length <= 60),
        CardNumber: fc.constantFrom(PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.troy, '5528 7900 0000 0008'),
        CardCvv: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
        CardExpiryMonth: fc.integer({ min: 1, max: 12 }).chain((m) => fc.constantFrom<string | number>(m, String(m).padStart(2, '0'))),
        CardExpiryYear: fc.integer({ min: thisYear + 1, max: 2099 }).chain((y) => fc.constantFrom<string | number>(y, String(y % 100).padStart(2, '0'))),
        ExpiryMin: fc.integer({ min: 0, max: 30 }),
      }),
      fc.record({
        CardType: fc.constant(2),
        CardOwnerName: nameArb.filter((s) => s.length <= 60),
        CardNumber: fc.constant(undefined),
        CardNoFirst: fc.stringMatching(/^\d{8}$/),
        CardNoLast: fc.stringMatching(/^\d{4}$/),
        IdentityNumber: tcknArb,
        ExpiryMin: fc.integer({ min: 0, max: 30 }),
      }),
    ),
    invalid: [
      ...top(sample),
      ...missing(sample, ['token', 'CardType', 'CardOwnerName', 'ExpiryMin']),
      set(sample, 'token', 'empty', fc.constant('')),
      ...headerCases(sample, 'token'),
      set(sample, 'CardType', 'enum', fc.constantFrom<unknown>(0, 3, 1.5, '1')),
      ...textCases(sample, 'CardOwnerName', 60),
      set(sample, 'CardNumber', 'luhn', luhnInvalid),
      { field: 'CardNumber', cls: 'missing', arb: fc.constant(without(sample, 'CardNumber')) },
      set(sample, 'CardCvv', 'cvv', fc.constantFrom('12', '12345', 'abc', '')),
      set(sample, 'CardExpiryYear', 'expired', fc.integer({ min: 2000, max: thisYear - 1 }).map(String)),
      { field: 'CardExpiryMonth', cls: 'swapped-expiry', arb: fc.constant({ ...sample, CardExpiryMonth: String(nextYear), CardExpiryYear: '12' }) },
      set(sample, 'CardExpiryMonth', 'month', fc.constantFrom('0', '13')),
      set(insurance, 'CardNoFirst', 'bin', fc.constantFrom('482490', '482490488', 'abcdefgh')),
      set(insurance, 'CardNoLast', 'last-four', fc.constantFrom('801', 'abcd')),
      set(insurance, 'IdentityNumber', 'empty', fc.constant('')),
      set(sample, 'ExpiryMin', 'range', fc.constantFrom(-1, 31, 2.5)),
    ],
  });
}
{
  const part = (n: string, k: number) => ({
    Customer: customer,
    Product: { ProductId: `p-${k}`, ProductName: 'Parça', ProductAmount: k / 100 },
    Card: { OwnerName: 'Ayşe Yılmaz', Number: n, ExpireMonth: '12', ExpireYear: String(nextYear), Cvv: '123' },
  });
  const splitDetail = (c = code('SP')) => ({
    Amount: '30.00',
    MerchantUniqueCode: c,
    CurrencyId: 1,
    Installment: 1,
    ClientIP: '203.0.113.9',
    CallbackAddress: 'https://shop.example/paywall/split',
  });
  const sample = { PaymentDetail: splitDetail('SP'), CardModel: 1, Payments: [part(PAYWALL_SIM_CARDS.success, 1000), part(PAYWALL_SIM_CARDS.troy, 2000)] };
  const withDetail = (patch: Record<string, unknown>) => ({ ...sample, PaymentDetail: { ...sample.PaymentDetail, ...patch } });
  op('payments.startSplit', true, {
    sample,
    preparePerCase: true,
    prepare: async () => ({ ...sample, PaymentDetail: splitDetail() }),
    valid: fc
      .array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 3 })
      .chain((ks) =>
        fc.record({
          parts: fc.tuple(...ks.map((k) => fc.record({ Customer: validCustomer, Card: validCard, amount: tlArb(k) }))),
          Amount: tlArb(ks.reduce((a, b) => a + b, 0)),
          AutoRollback: fc.boolean(),
        }),
      )
      .map(({ parts, Amount, AutoRollback }) => ({
        PaymentDetail: { ...splitDetail(), Amount, AutoRollback },
        Payments: parts.map((p, i) => ({
          Customer: p.Customer,
          Card: p.Card,
          Product: { ProductId: `p-${i}`, ProductName: 'Parça', ProductAmount: p.amount },
        })),
      })),
    invalid: [
      ...top(sample),
      ...missing(sample, ['PaymentDetail', 'CardModel', 'Payments', 'PaymentDetail.CallbackAddress', 'Payments.0.Card', 'Payments.0.Product']),
      ...tl(sample, 'PaymentDetail.Amount'),
      {
        field: 'PaymentDetail.Amount',
        cls: 'basket-sum-off-by-one-kurus',
        arb: fc.constantFrom('29.99', '30.01', 30.01, 29.99).map((a) => withDetail({ Amount: a })),
      },
      ...tl(sample, 'Payments.0.Product.ProductAmount'),
      set(sample, 'CardModel', 'enum', fc.constantFrom<unknown>(0, 3, 1.5)),
      { field: 'Payments.0.Card.CardNoFirst', cls: 'card-model-mismatch', arb: fc.constant({ ...sample, CardModel: 2 }) },
      { field: 'Payments', cls: 'empty', arb: fc.constant({ ...sample, Payments: [] }) },
      set(sample, 'PaymentDetail.CallbackAddress', 'url', fc.constantFrom('paywall/split', '', 'not a url')),
      ...textCases(sample, 'PaymentDetail.MerchantUniqueCode', 250),
      ...headerCases(sample, 'PaymentDetail.MerchantUniqueCode'),
      { field: 'PaymentDetail.ProviderKey', cls: 'conditional', arb: fc.constant(withDetail({ ProviderBased: true })) },
      set(sample, 'Payments.0.Card.Number', 'luhn', luhnInvalid),
      set(sample, 'Payments.0.Card.Cvv', 'cvv', fc.constantFrom('12', '12345', 'abc')),
      set(sample, 'Payments.0.Card.ExpireYear', 'expired', fc.integer({ min: 2000, max: thisYear - 1 })),
      {
        field: 'Payments.0.Card.ExpireMonth',
        cls: 'swapped-expiry',
        arb: fc.constant(withPath(withPath(sample, 'Payments.0.Card.ExpireMonth', String(nextYear)), 'Payments.0.Card.ExpireYear', '12')),
      },
      ...customerCases(sample, 'Payments.0.Customer', false),
    ],
  });
}
{
  const sample = { Region: 'TR', Amount: 100 };
  op('campaigns.vposInquiry', false, {
    sample,
    valid: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    invalid: top(sample, false),
    freeForm: ['Region', 'Amount'],
  });
}

// Refunds, cancels and reverts on PaymentPrivateAPI (#15–#23).
const market = { ProviderCommissionUpdate: true, Platform: { Decrease: true, DecreaseAmount: '1.00' }, Member: { Decrease: false } };
const refundAmount = fc.integer({ min: 1, max: 1550 }).chain((k) => tlArb(k));
{
  const sample = { MerchantUniqueCode: 'M-1', Date: '2026-03-10T12:00:00Z' };
  op('refunds.create', true, {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ MerchantUniqueCode: (await paid(env)).MerchantUniqueCode }),
    valid: fc.record({ Date: fc.option(fc.constantFrom<unknown>(new Date(), '2026-03-10T12:00:00Z'), { nil: undefined }) }),
    invalid: [...top(sample), ...missing(sample, ['MerchantUniqueCode']), ...textCases(sample, 'MerchantUniqueCode', 250), ...dateCases(sample, 'Date')],
  });
}
{
  const sample = { MerchantUniqueCode: 'M-1', Amount: '2.50' };
  op('refunds.partial', true, {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ ...sample, MerchantUniqueCode: (await paid(env)).MerchantUniqueCode }),
    valid: fc.record({ Amount: refundAmount }),
    invalid: [...top(sample), ...missing(sample, ['MerchantUniqueCode', 'Amount']), ...textCases(sample, 'MerchantUniqueCode', 250), ...tl(sample, 'Amount')],
  });
}
for (const [id, key] of [
  ['refunds.partialByPaymentId', 'PaymentId'],
  ['refunds.partialByUniqueCode', 'UniqueCode'],
] as const) {
  const sample = { [key]: key === 'PaymentId' ? 1001 : 'a7e8c1d2-0000-4000-8000-000000000001', Amount: 1, MarketPlace: market };
  op(id, true, {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ [key]: (await paid(env))[key], Amount: '1.00' }),
    valid: fc.record({ Amount: refundAmount }),
    invalid: [
      ...top(sample),
      ...missing(sample, [key, 'Amount', 'MarketPlace.Platform.Decrease']),
      ...(key === 'PaymentId' ? posInt(sample, key) : textCases(sample, key)),
      ...tl(sample, 'Amount'),
      ...tl(sample, 'MarketPlace.Platform.DecreaseAmount'),
      { field: 'MarketPlace', cls: 'unknown-field', arb: fc.constant({ ...sample, MarketPlace: { ...market, Seller: { Decrease: true } } }) },
    ],
  });
}
for (const [id, key] of [
  ['cancels.create', 'MerchantUniqueCode'],
  ['cancels.byUniqueCode', 'UniqueCode'],
  ['cancels.byPaymentId', 'PaymentId'],
] as const) {
  const sample = { [key]: key === 'PaymentId' ? 1001 : 'M-1', Date: '2026-03-10T12:00:00Z', MarketPlace: { DeleteExistingRecords: true } };
  op(id, true, {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ [key]: (await paid(env))[key] }),
    invalid: [
      ...top(sample),
      ...missing(sample, [key, 'MarketPlace.DeleteExistingRecords']),
      ...(key === 'PaymentId' ? posInt(sample, key) : textCases(sample, key)),
      ...dateCases(sample, 'Date'),
    ],
  });
}
for (const [id, key] of [
  ['reverts.create', 'MerchantUniqueCode'],
  ['reverts.byPaymentId', 'PaymentId'],
] as const) {
  const sample = { [key]: key === 'PaymentId' ? 1001 : 'M-1', Amount: 0, MarketPlace: { DeleteExistingRecords: false } };
  op(id, true, {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ [key]: (await paid(env))[key], Amount: 0 }),
    // 0 reverts it all, any other amount up to the total is a partial refund.
    valid: fc.record({ Amount: fc.oneof(fc.constantFrom<unknown>(0, '0.00'), refundAmount) }),
    invalid: [
      ...top(sample),
      ...missing(sample, [key, 'Amount']),
      ...(key === 'PaymentId' ? posInt(sample, key) : textCases(sample, key, 250)),
      ...tl(sample, 'Amount', false),
    ],
  });
}

// Queries (#24–#28): GETs whose parameters are headers.
for (const [id, key] of [
  ['queries.byMerchantUniqueCode', 'MerchantUniqueCode'],
  ['queries.byUniqueCode', 'UniqueCode'],
  ['queries.byPaymentId', 'PaymentId'],
  ['queries.byProductId', 'ProductId'],
  ['queries.byTrackingCode', 'TrackingCode'],
] as const) {
  const sample = { [key]: key === 'PaymentId' ? 1001 : 'M-1' };
  op(id, false, {
    sample,
    prepare: async (env) => {
      const p = await paid(env, { TrackingCode: 'trk-7' });
      return { [key]: key === 'ProductId' ? 'p-2' : key === 'TrackingCode' ? 'trk-7' : p[key] };
    },
    invalid: [
      ...top(sample),
      ...missing(sample, [key]),
      ...(key === 'PaymentId' ? posInt(sample, key) : [...textCases(sample, key), ...headerCases(sample, key)]),
    ],
  });
}

// VPos list and reconciliation (#29–#33).
{
  const sample = { Headers: { day: '2026-03-10' } };
  op('vpos.transactionList', false, {
    sample,
    valid: fc.record({ Headers: fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{1,15}$/), fc.stringMatching(/^[\x21-\x7E]{0,30}$/), { maxKeys: 4 }) }),
    invalid: [
      ...top(sample),
      set(sample, 'Headers', 'header-name', fc.constantFrom({ 'a b': 'x' }, { gün: 'x' }, { '': 'x' }, { 'a:b': 'x' })),
      ...headerCases(sample, 'Headers.day'),
    ],
  });
}
const counters = {
  TotalCount: 1,
  TotalAmount: '15.50',
  SuccessfulCount: 1,
  SuccessfulAmount: 15.5,
  UnsuccessfulCount: 0,
  UnsuccessfulAmount: 0,
  RefundCount: 0,
  RefundAmount: '0.00',
  PartialRefundCount: 0,
  PartialRefundAmount: 0,
  CancelCount: 0,
  CancelAmount: 0,
};
const today = () => new Date().toISOString().slice(0, 10);
{
  const sample = { Date: '2026-03-10', ...counters };
  op('vpos.reconcile', false, {
    sample,
    valid: fc
      .record({
        day: fc.constantFrom<unknown>(today(), new Date()),
        counts: fc.array(fc.nat({ max: 10_000 }), { minLength: 6, maxLength: 6 }),
        amounts: fc.array(
          fc.integer({ min: 0, max: 100_000_000 }).chain((k) => tlArb(k)),
          { minLength: 6, maxLength: 6 },
        ),
      })
      .map(({ day, counts, amounts }) => ({
        Date: day,
        ...Object.fromEntries(
          ['Total', 'Successful', 'Unsuccessful', 'Refund', 'PartialRefund', 'Cancel'].flatMap((k, i) => [
            [`${k}Count`, counts[i]],
            [`${k}Amount`, amounts[i]],
          ]),
        ),
      })),
    invalid: [
      ...top(sample),
      ...missing(sample, ['Date', 'TotalCount', 'TotalAmount', 'CancelAmount']),
      ...headerDateCases(sample, 'Date'),
      set(sample, 'RefundCount', 'fractional', fc.constantFrom<unknown>(-1, 1.5, Number.NaN, '1')),
      ...tl(sample, 'SuccessfulAmount', false),
      ...tl(sample, 'PartialRefundAmount', false),
    ],
  });
}
{
  const sample = { ReconciliationDate: '2026-03-10' };
  op('vpos.reconciliation', false, {
    sample,
    prepare: async (env) => {
      await pw(env).vpos.reconcile({ Date: today(), ...counters });
      return { ReconciliationDate: today() };
    },
    invalid: [...top(sample), ...missing(sample, ['ReconciliationDate']), ...headerDateCases(sample, 'ReconciliationDate')],
  });
}
{
  const sample = { EndOfDayDate: '2026-03-10' };
  const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true });
  op('vpos.endOfDay', false, {
    sample,
    valid: fc.record({ EndOfDayDate: day.chain((d) => fc.constantFrom<unknown>(d, d.toISOString().slice(0, 10))) }),
    invalid: [...top(sample), ...missing(sample, ['EndOfDayDate']), ...headerDateCases(sample, 'EndOfDayDate')],
  });
}
{
  const sample = { DateFrom: '2026-03-01', DateTo: '2026-03-31', Start: 0, Length: 10, SortValue: 'desc' };
  op('vpos.reconciliationList', false, {
    sample,
    valid: fc.record({
      DateFrom: fc.constantFrom<unknown>('2026-01-01', new Date('2026-01-01')),
      DateTo: fc.constantFrom<unknown>(today(), new Date()),
      Start: fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
      Length: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
      SortValue: fc.option(fc.constantFrom('asc', 'desc'), { nil: undefined }),
    }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['DateFrom', 'DateTo']),
      ...headerDateCases(sample, 'DateFrom'),
      set(sample, 'Start', 'range', fc.constantFrom<unknown>(-1, 1.5, '0')),
      set(sample, 'Length', 'range', fc.constantFrom<unknown>(0, -5, 2.5)),
      set(sample, 'SortValue', 'enum', fc.constantFrom<unknown>('up', 'DESC', '', 1)),
    ],
  });
}

// CardWall (#90–#97): stored cards, e-commerce and insurance.
const validLuhn = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((d) => {
  const body = `4${d.slice(1).join('')}`;
  const check = [...Array(10).keys()].find((c) => luhn(`${body}${c}`)) as number;
  return `${body}${check}`;
});
const expiryCases = (sample: Record<string, unknown>, p: string, expiry = true): InvalidCase[] => [
  set(sample, `${p}Month`, 'month', fc.constantFrom<unknown>(0, 13, 1.5, '12', Number.NaN)),
  set(sample, `${p}Year`, 'year', fc.constantFrom<unknown>(1999, 2101, 30, '2030', 2030.5)),
  { field: `${p}Month`, cls: 'swapped-expiry', arb: fc.constant(withPath(withPath(sample, `${p}Month`, nextYear), `${p}Year`, 12)) },
  ...(expiry ? [set(sample, `${p}Year`, 'expired', fc.integer({ min: 2000, max: thisYear - 1 }))] : []),
];
const relationalCases = (sample: Record<string, unknown>, header: boolean): InvalidCase[] => [
  ...missing(sample, ['RelationalId1']),
  ...textCases(sample, 'RelationalId1'),
  ...(header ? headerCases(sample, 'RelationalId1') : []),
];
{
  const sample = {
    RelationalId1: 'user-1',
    RelationalId2: 'shop-1',
    PartnerBased: false,
    IncludeDetails: true,
    Card: { Nickname: 'Maaş kartım', HolderName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, Month: 12, Year: nextYear },
  };
  op('cardWall.save', false, {
    sample,
    prepare: async () => ({ ...sample, RelationalId1: code('U') }),
    valid: fc.record({
      Card: fc.record({
        HolderName: nameArb.filter((s) => s.length <= 60),
        Number: fc.oneof(validLuhn, fc.constantFrom(PAYWALL_SIM_CARDS.success, PAYWALL_SIM_CARDS.debit, '5528 7900 0000 0008')),
        Month: fc.integer({ min: 1, max: 12 }),
        Year: fc.integer({ min: thisYear + 1, max: 2100 }),
        Nickname: fc.option(nameArb, { nil: undefined }),
      }),
      IncludeDetails: fc.boolean(),
    }),
    invalid: [
      ...top(sample),
      ...relationalCases(sample, false),
      ...missing(sample, ['Card', 'Card.Number', 'Card.HolderName', 'Card.Month', 'Card.Year']),
      set(sample, 'Card.Number', 'luhn', luhnInvalid),
      set(sample, 'Card.Number', 'turkish-emoji', turkish),
      ...textCases(sample, 'Card.HolderName', 60),
      ...expiryCases(sample, 'Card.'),
    ],
  });
}
for (const insurance of [false, true]) {
  const p = insurance ? 'cardWall.insurance' : 'cardWall';
  {
    const sample = { RelationalId1: 'user-1', RelationalId2: 'shop-1', IncludeDetails: true };
    op(`${p}.list`, false, {
      sample,
      prepare: async (env) => ({ RelationalId1: (await stored(env, insurance)).RelationalId1, IncludeDetails: true }),
      invalid: [
        ...top(sample),
        ...relationalCases(sample, true),
        ...headerCases(sample, 'RelationalId2'),
        set(sample, 'IncludeDetails', 'wrong-type', fc.constantFrom<unknown>('true', 1)),
      ],
    });
  }
  {
    const sample = { RelationalId1: 'user-1', UniqueCode: 'c6f1d8e2' };
    op(`${p}.remove`, false, {
      sample,
      preparePerCase: true,
      prepare: async (env) => stored(env, insurance),
      invalid: [...top(sample), ...relationalCases(sample, false), ...missing(sample, ['UniqueCode']), ...textCases(sample, 'UniqueCode')],
    });
  }
  {
    const sample = { RelationalId1: 'user-1', UniqueCode: 'c6f1d8e2', Month: 6, Year: nextYear };
    op(`${p}.update`, false, {
      sample,
      prepare: async (env) => ({ ...(await stored(env, insurance)), Month: 6, Year: nextYear }),
      valid: fc.record({ Month: fc.integer({ min: 1, max: 12 }), Year: fc.integer({ min: thisYear, max: 2100 }) }),
      invalid: [
        ...top(sample),
        ...relationalCases(sample, false),
        ...missing(sample, ['UniqueCode', 'Month', 'Year']),
        ...textCases(sample, 'UniqueCode'),
        ...expiryCases(sample, '', false),
      ],
    });
  }
}
{
  const sample = {
    RelationalId1: 'policy-9',
    IncludeDetails: false,
    Card: { Nickname: 'Kasko', HolderName: 'Mehmet Öz', CardBin: '48249048', CardLastFour: '8012', Identity: '21234567890', Month: 12, Year: nextYear },
  };
  op('cardWall.insurance.save', false, {
    sample,
    prepare: async () => ({ ...sample, RelationalId1: code('U') }),
    valid: fc.record({
      Card: fc.record({
        HolderName: nameArb.filter((s) => s.length <= 60),
        CardBin: fc.oneof(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{8}$/)),
        CardLastFour: fc.stringMatching(/^\d{4}$/),
        Identity: fc.oneof(tcknArb, fc.stringMatching(/^\d{10}$/)),
        Month: fc.integer({ min: 1, max: 12 }),
        Year: fc.integer({ min: thisYear + 1, max: 2100 }),
      }),
    }),
    invalid: [
      ...top(sample),
      ...relationalCases(sample, false),
      ...missing(sample, ['Card', 'Card.CardBin', 'Card.CardLastFour', 'Card.Identity']),
      set(sample, 'Card.CardBin', 'bin', fc.constantFrom('55287', '5528790', 'abcdef', '')),
      set(sample, 'Card.CardLastFour', 'last-four', fc.constantFrom('801', '80122', 'abcd')),
      ...textCases(sample, 'Card.Identity', 20),
      ...textCases(sample, 'Card.HolderName', 60),
      ...expiryCases(sample, 'Card.'),
    ],
  });
}

// ---- error paths, for the secrets section ---------------------------------------------------------------

async function errorPaths(logger: Logger) {
  const { out, grab } = errorCollector();
  const env = createPayWallEnv({ logger, logLevel: 'debug', timeout: 60, totalTimeout: 200, maxRetries: 0 });
  const c = pw(env);
  const pay = (n: string = CANARY.card) => ({ ...direct(), Card: { ...card(n), Cvv: CANARY.cvv } });
  const at = (suffix: string) => ({ match: (_m: string, p: string) => p.endsWith(suffix) });
  await grab('validation', c.payments.startDirect({ ...pay(), Card: { ...card(CANARY.card), Cvv: CANARY.cvv, ExpireYear: '2001' } }));
  await grab('validation-luhn', c.payments.startDirect({ ...pay('4355084355084359'), Products: [] }));
  await grab('validation-header', c.queries.byMerchantUniqueCode({ MerchantUniqueCode: `${CANARY.card}\r\n${PAYWALL_CANARY.apiKeyPrivate}` }));
  await grab('validation-key', c.campaigns.vposInquiry({ [CANARY.card]: 1n }));
  await grab('decline', c.payments.startDirect(pay()));
  await grab('provider-refusal', c.refunds.create({ MerchantUniqueCode: `${CANARY.card}-none` }));
  env.sim.injectFault({ kind: 'status', status: 503, body: '<html>Service Unavailable</html>' }, at('/payment/startdirect'));
  await grab('http', c.payments.startDirect(pay(PAYWALL_SIM_CARDS.success)));
  env.sim.injectFault({ kind: 'drop-response' }, at('/payment/startdirect'));
  await grab('network', c.payments.startDirect(pay(PAYWALL_SIM_CARDS.success)));
  env.sim.injectFault({ kind: 'stall' }, at('/payment/startdirect'));
  await grab('timeout', c.payments.startDirect(pay(PAYWALL_SIM_CARDS.success)));
  const ac = new AbortController();
  env.sim.injectFault({ kind: 'stall' }, at('/payment/startdirect'));
  setTimeout(() => ac.abort(new Error(`stop ${PAYWALL_CANARY.apiKeyPrivate}`)), 10);
  await grab('abort', c.payments.startDirect(pay(PAYWALL_SIM_CARDS.success), { signal: ac.signal }));
  env.sim.injectFault({ kind: 'malformed', body: 'empty' }, at('/private/refund'));
  await grab('unexpected', c.refunds.create({ MerchantUniqueCode: 'M-1' }));
  const wrong = createPayWallEnv({ logger, logLevel: 'debug', maxRetries: 0 }, undefined, { apiKeyPrivate: `${PAYWALL_CANARY.apiKeyPrivate}-x` });
  await grab('unauthorized', pw(wrong).queries.byPaymentId({ PaymentId: 5 }));
  // Gateways echoing the request (both key pairs in the headers, card and CVV in the body).
  for (const [path, status, wrap] of [
    ['echo-http', 502, (t: string) => `<html><pre>${t}</pre></html>`],
    ['echo-refusal', 200, (t: string) => JSON.stringify({ ErrorCode: 1, Result: false, Message: `istek: ${t}`, Body: { Error: { BankErrorMessage: t } } })],
    ['echo-unexpected', 200, (t: string) => t.slice(0, -3)],
  ] as const) {
    const e = createPayWallEnv({ logger, logLevel: 'debug', maxRetries: 0 }, () => async (input, init) => {
      const req = new Request(input as string, init);
      const text = `${await req.text()} ${JSON.stringify(Object.fromEntries(req.headers))}`;
      return new Response(wrap(text), { status, headers: { 'content-type': 'application/json' } });
    });
    await grab(path, pw(e).payments.startDirect(pay(PAYWALL_SIM_CARDS.success)));
  }
  // Callback verification: a forged return carrying the card and CVV, and a key that is not configured.
  await grab(
    'callback-forged',
    c.callbacks.verifyThreeDReturn({ paymentId: '1', uniqueCode: CANARY.card, amount: '1.00', installment: '1', hash: PAYWALL_CANARY.threeD, cvv: CANARY.cvv }),
  );
  await grab('callback-unreadable', c.callbacks.verifyGeneralCallback(`{"Hash":"${PAYWALL_CANARY.systemWebhook}","Card":"${CANARY.card}`));
  await grab('callback-no-key', new PayWall({ ...keys, baseUrl: BASE, logger }).callbacks.verifyGeneralCallback('{"Hash":"x"}'));
  return out;
}

// Physical POS (§4.13): the client's one `baseUrl` gives PhysicalAPI the origin; a terminal is synced and paired on
// the simulator before a sale, as PayWall needs.
function posTerminal(env: ProviderEnv) {
  const desk = sim(env).physicalPos;
  const connection = desk.addConnection();
  const terminal = desk.addTerminal({ connectionId: connection.connectionId, tagCode: code('T').slice(0, 25) });
  terminal.synced = true;
  terminal.paired = true;
  return { connection, terminal };
}
{
  const sample = { ConnectionId: 7 };
  op('physicalPos.syncTerminal', false, {
    sample,
    prepare: async (env) => ({ ConnectionId: posTerminal(env).connection.connectionId }),
    invalid: [...top(sample), ...missing(sample, ['ConnectionId']), set(sample, 'ConnectionId', 'zero', fc.constantFrom<unknown>(0, -1, 1.5, ''))],
  });
}
{
  const sample = { TerminalTagCode: 'kasa-1' };
  op('physicalPos.requestPairing', false, {
    sample,
    prepare: async (env) => ({ TerminalTagCode: posTerminal(env).terminal.tagCode as string }),
    invalid: [
      ...top(sample),
      { field: 'TerminalId', cls: 'missing', arb: fc.constant({}) },
      set(sample, 'TerminalTagCode', 'huge', hugeString(26)),
      set(sample, 'TerminalTagCode', 'empty', fc.constant('')),
    ],
  });
}
{
  // The same valid sale the money-rows suite sends.
  const sample = PAYWALL_DOCS_ONLY_MONEY_INPUTS['physicalPos.sale']?.[0];
  if (!sample) throw new Error('support/paywall-docs-only-inputs.ts has no physicalPos.sale input');
  const { TerminalTagCode: _tag, ...rest } = sample;
  op('physicalPos.sale', true, {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ ...rest, TerminalId: posTerminal(env).terminal.terminalId, MerchantUniqueCode: code('POS') }),
    valid: fc.record({
      Amount: fc.integer({ min: 1, max: 10_000_000 }).map((k) => (k / 100).toFixed(2)),
      CurrencyId: fc.integer({ min: 1, max: 7 }),
      Methods: fc.array(fc.record({ PaymentMethodId: fc.integer({ min: 1, max: 20 }) }), { minLength: 1, maxLength: 3 }),
    }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['Amount', 'CurrencyId', 'Methods']),
      { field: 'TerminalId', cls: 'missing', arb: fc.constant(without(sample, 'TerminalTagCode')) },
      { field: 'TerminalId', cls: 'both', arb: fc.constant({ ...sample, TerminalId: '0f8fad5b-d9cb-469f-a165-70867728950e' }) },
      ...tl(sample, 'Amount'),
      set(sample, 'CurrencyId', 'enum', fc.constantFrom<unknown>(0, 8, -1, 1.5)),
      set(sample, 'Methods', 'empty', fc.constant([])),
      set(sample, 'CallbackAddress', 'scheme', fc.constantFrom<unknown>('ftp://shop.example/pos', '/pos', 'javascript:alert(1)')),
      set(sample, 'MerchantUniqueCode', 'turkish-emoji', turkish),
    ],
  });
}

// Bulk payments (§4.3): the Storm and Tsunami batches, from the conformance samples, each case a new batch code.
for (const id of ['bulkPayments.start', 'bulkPayments.startLarge']) {
  const sample = bulkSamples[id]?.[0];
  if (!sample) throw new Error(`conformance/paywall/samples-bulk.ts has no ${id} input`);
  const detailOf = sample.PaymentDetail as Record<string, unknown>;
  const withDetail = (patch: Record<string, unknown>) => ({ ...sample, PaymentDetail: { ...detailOf, ...patch } });
  op(id, true, {
    sample,
    preparePerCase: true,
    prepare: async () => withDetail({ MerchantUniqueCode: code('BULK') }),
    // A card per payment (CardMethod 2): the amounts and the total add up to the kuruş.
    valid: fc
      .array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 3 })
      .chain((ks) =>
        fc.record({
          parts: fc.tuple(...ks.map((k) => fc.record({ Customer: validCustomer, Card: validCard, amount: tlArb(k) }))),
          Amount: tlArb(ks.reduce((a, b) => a + b, 0)),
        }),
      )
      .map(({ parts, Amount }) => ({
        PaymentDetail: { ...detailOf, MerchantUniqueCode: code('BULK'), Amount },
        CardMethod: 2,
        Payments: parts.map((p, i) => ({
          Customer: p.Customer,
          Card: p.Card,
          Product: { ProductId: `p-${i}`, ProductName: 'Aidat', ProductAmount: p.amount },
        })),
      })),
    invalid: [
      ...top(sample),
      ...missing(sample, ['PaymentDetail', 'CardMethod', 'CardModel', 'Payments', 'PaymentDetail.ClientIP', 'PaymentDetail.CurrencyId', 'Payments.0.Product']),
      ...tl(sample, 'PaymentDetail.Amount'),
      {
        field: 'PaymentDetail.Amount',
        cls: 'basket-sum-off-by-one-kurus',
        arb: fc.constantFrom('30.99', '31.01', 31.01, 30.99).map((a) => withDetail({ Amount: a })),
      },
      ...tl(sample, 'Payments.0.Product.ProductAmount'),
      set(sample, 'CardMethod', 'enum', fc.constantFrom<unknown>(0, 3, 1.5, '1')),
      set(sample, 'CardModel', 'enum', fc.constantFrom<unknown>(0, 3, 1.5, '2')),
      { field: 'Payments', cls: 'empty', arb: fc.constant({ ...sample, Payments: [] }) },
      set(sample, 'PaymentDetail.CallbackAddress', 'scheme', fc.constantFrom<unknown>('ftp://shop.example/bulk', '/bulk', 'javascript:alert(1)')),
      ...textCases(sample, 'PaymentDetail.MerchantUniqueCode', 250),
      ...headerCases(sample, 'PaymentDetail.MerchantUniqueCode'),
      set(sample, 'Payments.0.Card.Number', 'luhn', luhnInvalid),
      set(sample, 'Payments.0.Card.Cvv', 'cvv', fc.constantFrom('12', '12345', 'abc')),
      set(sample, 'Payments.0.Card.ExpireYear', 'expired', fc.integer({ min: 2000, max: thisYear - 1 })),
      set(sample, 'Payments.0.Card.OwnerName', 'huge', hugeString(61)),
    ],
  });
}

export const paywallAdapter: ProviderAdapter = {
  name: 'paywall',
  create: createPayWallEnv as ProviderAdapter['create'],
  operations: ops,
  reads: [
    {
      id: 'queries.byMerchantUniqueCode',
      path: '/private/query',
      prepare: async (env) => {
        const p = await paid(env);
        return (o?: CallOptions) => pw(env).queries.byMerchantUniqueCode({ MerchantUniqueCode: p.MerchantUniqueCode }, o);
      },
    },
    {
      id: 'installments.list',
      path: '/installment',
      prepare: async (env) => (o?: CallOptions) => pw(env).installments.list({ CurrencyId: 1, Amount: '150.00', BinNumber: '552879' }, o),
    },
  ],
  money: [
    {
      id: 'payments.startDirect',
      path: '/payment/startdirect',
      // A fresh MerchantUniqueCode per call: PayWall refuses a second use of one (error 4).
      prepare: async (env) => (o?: CallOptions) => pw(env).payments.startDirect(direct(), o),
    },
    {
      id: 'refunds.partial',
      path: '/private/refund/partial',
      prepare: async (env) => {
        const p = await paid(env);
        return (o?: CallOptions) => pw(env).refunds.partial({ MerchantUniqueCode: p.MerchantUniqueCode, Amount: '0.50' }, o);
      },
    },
  ],
  concurrent: async (env) => {
    const s = sim(env);
    const c = pw(env);
    const pool = await Promise.all(Array.from({ length: 8 }, () => paid(env)));
    return async (i: number) => {
      if (i % 2 === 0) {
        const p = pool[i % pool.length] as Awaited<ReturnType<typeof paid>>;
        const q = await c.queries.byPaymentId({ PaymentId: p.PaymentId });
        // The query answer carries PayWall's ids only (the .NET model has no MerchantUniqueCode in it).
        if (q.Paywall.PaymentId !== p.PaymentId || q.Paywall.StatusId !== 4)
          throw new Error(`paywall: query of ${p.PaymentId} answered for ${q.Paywall.PaymentId}`);
      } else {
        const c2 = `CC${i}-${code()}`;
        const k = 100 + i;
        const res = await c.payments.startDirect({
          ...direct(c2),
          PaymentDetail: { ...detail(c2), Amount: k / 100 },
          Products: [{ ProductId: `p-${i}`, ProductName: 'Çay', ProductAmount: twoDecimals(k) }],
        });
        if (res.Payment?.MerchantUniqueKey !== c2 || res.Payment?.Products?.[0]?.ProductId !== `p-${i}`)
          throw new Error(`paywall: payment ${c2} answered for ${res.Payment?.MerchantUniqueKey}`);
        if (s.byMerchantCode(c2)?.amountKurus !== k) throw new Error(`paywall: ${c2} stored ${s.byMerchantCode(c2)?.amountKurus} kuruş, not ${k}`);
      }
    };
  },
  canaries: Object.values(PAYWALL_CANARY),
  errorPaths,
};
