import type { CallOptions, ClientOptions, Logger } from '@odeme/core';
import { allOperations, OderoPay, type Payment, parseThreeDSCallback, readThreeDSCallback } from '@odeme/oderopay';
import { ODEROPAY_SIM_BINS, ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { CANARY } from '../support/canaries.js';
import { errorCollector } from '../support/errors.js';
import { countingFetch } from '../support/fetch.js';
import { badTl, controlChars, hugeString, luhnInvalid, mobileArb, nameArb, tcknArb, turkish, without, withPath, wrongType } from '../support/gen.js';
import type { InvalidCase, OperationSpec, ProviderAdapter, ProviderEnv } from './types.js';

/** This client's canary credentials (the shared list has none for ÖderoPay); the API key travels as a header. */
export const ODERO_CANARY = { apiKey: 'ak_CANARY_odero_3f9d1c', secretKey: 'sk_CANARY_odero_77b0e2' };
// ÖderoPay signs the whole URL, host included, and the loopback server hands requests to the simulator as
// http://sim/…: the same base keeps signatures valid on both routes.
const BASE = 'http://sim';
const o = (env: ProviderEnv) => env.client as OderoPay;
const simOf = (env: ProviderEnv) => env.sim as OderoPaySimulator;

function create(
  options: ClientOptions = {},
  fetchOverride?: (sim: OderoPaySimulator) => ClientOptions['fetch'],
  extra: Record<string, unknown> = {},
): ProviderEnv {
  const sim = new OderoPaySimulator({ ...ODERO_CANARY });
  const counter = countingFetch(fetchOverride?.(sim) ?? sim.fetch);
  const client = new OderoPay({
    ...ODERO_CANARY,
    baseUrl: BASE,
    logLevel: 'off',
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
    ...extra,
    fetch: counter.fetch,
  });
  // Reads are GETs and writes POST/PUT/DELETE: count every method, by path suffix (as the loopback server does).
  return { provider: 'oderopay', client, sim, sent: counter.count, countAt: (p) => sim.requests.filter((r) => r.path.endsWith(p)).length };
}

// ---- money and cards --------------------------------------------------------------------------------------

const now = new Date();
const thisYear = now.getUTCFullYear();
const thisMonth = now.getUTCMonth() + 1;
/** Kuruş → TL text with two decimals. */
const tl = (k: number) => `${Math.floor(k / 100)}.${String(k % 100).padStart(2, '0')}`;
const CARDS = [ODEROPAY_TEST_CARDS.success, ODEROPAY_TEST_CARDS.successDebit, ODEROPAY_TEST_CARDS.successTroy];
const card = (cardNumber: string = ODEROPAY_TEST_CARDS.success) => ({
  cardHolderName: 'Ayşe Yılmaz',
  cardNumber,
  expireYear: String(thisYear + 3),
  expireMonth: '07',
  cvc: '123',
});
const basket = () => ({
  conversationId: 'order-1001',
  price: '150.50',
  paidPrice: '150.50',
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  items: [
    { name: 'Kitap', price: '100.25', externalId: 'sku-1' },
    { name: 'Kalem', price: '50.25' },
  ],
});
const dropUndefined = <T extends Record<string, unknown>>(v: T) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as T;
/** The same kuruş amount in every form the client takes: two-decimal text, a number, and shorter text when exact. */
const amountOf = (k: number) =>
  fc.constantFrom<unknown>(tl(k), k / 100, ...(k % 100 === 0 ? [String(k / 100)] : []), ...(k % 10 === 0 && k % 100 !== 0 ? [tl(k).slice(0, -1)] : []));
const amountArb = (min: number, max: number) => fc.integer({ min, max }).chain(amountOf);

/** A valid basket: 1–4 lines (Turkish and emoji names, optional sub-merchant share), `price` their exact sum. */
const basketArb = fc
  .record({
    items: fc.array(
      fc.record({
        name: nameArb,
        k: fc.integer({ min: 1, max: 2_000_000 }),
        externalId: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        sub: fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    commission: fc.integer({ min: 0, max: 50_000 }),
    text: fc.boolean(),
    installment: fc.integer({ min: 1, max: 12 }),
    currency: fc.constantFrom('TRY', 'USD', 'EUR'),
    paymentGroup: fc.constantFrom('PRODUCT', 'LISTING_OR_SUBSCRIPTION'),
    paymentPhase: fc.constantFrom(undefined, 'AUTH', 'PRE_AUTH'),
    conversationId: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
  })
  .map((b) => {
    const money = (k: number) => (b.text ? tl(k) : k / 100);
    const total = b.items.reduce((s, i) => s + i.k, 0);
    return dropUndefined({
      conversationId: b.conversationId,
      price: money(total),
      paidPrice: money(total + b.commission),
      installment: b.installment,
      currency: b.currency,
      paymentGroup: b.paymentGroup,
      paymentPhase: b.paymentPhase,
      items: b.items.map((i) =>
        dropUndefined({
          name: i.name,
          price: money(i.k),
          externalId: i.externalId,
          ...(i.sub !== undefined ? { subMerchantId: i.sub, subMerchantPrice: money(Math.floor(i.k / 2)) } : {}),
        }),
      ),
    });
  });
/** A valid raw card: approved test numbers (plain, spaced, dashed), future expiry in every accepted form. */
const cardArb = fc
  .record({
    cardHolderName: nameArb,
    cardNumber: fc.constantFrom(...CARDS).chain((n) => fc.constantFrom(n, n.replace(/(\d{4})(?=\d)/g, '$1 '), n.replace(/(\d{4})(?=\d)/g, '$1-'))),
    expireYear: fc.integer({ min: thisYear + 1, max: thisYear + 15 }).chain((y) => fc.constantFrom<string | number>(y, String(y), String(y).slice(2), y % 100)),
    expireMonth: fc.integer({ min: 1, max: 12 }).chain((m) => fc.constantFrom<string | number>(m, String(m), String(m).padStart(2, '0'))),
    cvc: fc.integer({ min: 0, max: 9999 }).chain((n) => fc.constantFrom(String(n % 1000).padStart(3, '0'), String(n).padStart(4, '0'))),
    storeCardAfterSuccessPayment: fc.option(fc.boolean(), { nil: undefined }),
    cardAlias: fc.option(nameArb, { nil: undefined }),
  })
  .map(dropUndefined);
const callbackUrlArb = fc.constantFrom('https://shop.example/odero/3ds', 'http://localhost:3000/cb?order=1&a=b', 'https://shop.example/dönüş?sipariş=ğü');

// ---- invalid-field classes --------------------------------------------------------------------------------

type Sample = Record<string, unknown>;
const set = (sample: Sample, field: string, cls: string, arb: fc.Arbitrary<unknown>): InvalidCase => ({
  field,
  cls,
  arb: arb.map((v) => withPath(sample, field, v)),
});
/** `null` is left out for rows whose fields are all optional: the client reads a missing input as `{}`. */
const top = (sample: Sample, { strict = true, nullable = false } = {}): InvalidCase[] => [
  { field: '', cls: 'wrong-type', arb: fc.constantFrom<unknown>('text', 42, true, [sample], ...(nullable ? [] : [null])) },
  ...(strict ? [{ field: '', cls: 'unknown-field', arb: fc.constant({ ...sample, notAField: 1 }) }] : []),
];
const missing = (sample: Sample, fields: string[]): InvalidCase[] => fields.map((f) => ({ field: f, cls: 'missing', arb: fc.constant(without(sample, f)) }));
/** Amounts with a third decimal that is not zero (never rounded), as text and as a number. */
const threeDecimals = fc
  .integer({ min: 1, max: 100_000_000 })
  .filter((n) => n % 10 !== 0)
  .chain((n) => fc.constantFrom<unknown>(n / 1000, `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`));
/** TL decimal fields: three decimals, NaN and infinities, negatives, words and other types, beyond the safe range. */
const tlClasses = (sample: Sample, field: string): InvalidCase[] => [
  set(sample, field, 'three-decimals', threeDecimals),
  set(sample, field, 'nan', fc.constantFrom<unknown>(Number.NaN, 'NaN', Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)),
  set(
    sample,
    field,
    'negative',
    fc.integer({ min: 1, max: 1e9 }).chain((k) => fc.constantFrom<unknown>(-k / 100, `-${tl(k)}`)),
  ),
  set(sample, field, 'wrong-type', badTl),
  set(sample, field, 'huge', fc.constantFrom<unknown>('1'.repeat(15), `${'9'.repeat(20)}.00`, 1e300, Number.MAX_SAFE_INTEGER)),
];
/** Numeric ids (Java longs): anything but a non-negative integer or a digit string. */
const idClasses = (sample: Sample, field: string): InvalidCase[] => [
  set(sample, field, 'format', fc.constantFrom<unknown>('abc', '12a', '-1', '', '１２３', ' 12', '1.5', '1e3')),
  set(
    sample,
    field,
    'negative',
    fc.integer({ min: 1, max: 1e9 }).map((n) => -n),
  ),
  set(sample, field, 'fractional', fc.constantFrom<unknown>(1.5, 0.1, Number.NaN)),
  set(
    sample,
    field,
    'control-chars',
    controlChars.map((c) => `12${c}`),
  ),
];
/** A lone UTF-16 surrogate cannot be percent-encoded: in a path or query value it must be refused, not thrown. */
const loneSurrogate = (sample: Sample, field: string): InvalidCase =>
  set(sample, field, 'lone-surrogate', fc.constantFrom('\uD800', 'kart\uDBFF', '\uDC00x', 'a\uDFFFb'));
const pagingClasses = (sample: Sample): InvalidCase[] => [
  set(sample, 'page', 'negative', fc.constantFrom<unknown>(-1, 1.5, Number.NaN, '0')),
  set(sample, 'size', 'zero', fc.constantFrom<unknown>(0, -5, 2.5, '10')),
];
/** Every card rule: missing fields, Luhn failures, wrong lengths and types, expired cards, month and year swapped. */
const cardClasses = (sample: Sample): InvalidCase[] => [
  ...missing(sample, ['card.cardNumber', 'card.cvc', 'card.expireMonth', 'card.expireYear', 'card.cardHolderName']),
  set(sample, 'card.cardNumber', 'luhn', luhnInvalid),
  set(
    sample,
    'card.cardNumber',
    'luhn',
    fc.constantFrom(...CARDS).map((n) => `${n.slice(0, -1)}${(Number(n.at(-1)) + 1) % 10}`),
  ),
  set(
    sample,
    'card.cardNumber',
    'control-chars',
    controlChars.map((c) => `5528790000000008${c}`),
  ),
  set(sample, 'card.cardNumber', 'turkish-emoji', turkish),
  set(
    sample,
    'card.cardNumber',
    'huge',
    hugeString(20).map((s) => s.replace(/Ş/g, '4')),
  ),
  set(sample, 'card.cardNumber', 'length', fc.constantFrom('55287900000', '5528790000000000000008', '')),
  set(sample, 'card.cardNumber', 'wrong-type', fc.constantFrom<unknown>(5528790000000008, Number.NaN, {}, null)),
  set(sample, 'card.cvc', 'cvv', fc.constantFrom<unknown>('12', '12345', 'abc', '1 2 3', '٣٣٣', '', 123)),
  set(sample, 'card.cardHolderName', 'empty', fc.constantFrom('', '   ', '\t\n')),
  set(sample, 'card.expireMonth', 'month', fc.constantFrom<unknown>(0, 13, '00', '13', -1, 1.5, Number.NaN, 'ab')),
  set(sample, 'card.expireYear', 'year', fc.constantFrom<unknown>('20x5', -2030, 20.35, Number.NaN, '')),
  set(
    sample,
    'card.expireYear',
    'expired',
    fc.integer({ min: 2000, max: thisYear - 1 }).chain((y) => fc.constantFrom<unknown>(y, String(y), String(y).slice(2))),
  ),
  {
    // Last month of this year (or last year in January): valid through the end of the expiry month only.
    field: 'card.expireYear',
    cls: 'expired',
    arb: fc.constant(
      thisMonth > 1
        ? withPath(withPath(sample, 'card.expireYear', String(thisYear)), 'card.expireMonth', String(thisMonth - 1).padStart(2, '0'))
        : withPath(sample, 'card.expireYear', String(thisYear - 1)),
    ),
  },
  {
    field: 'card.expireMonth',
    cls: 'swapped-month-year',
    arb: fc
      .integer({ min: thisYear + 1, max: thisYear + 10 })
      .chain((y) => fc.constantFrom<[unknown, unknown]>([String(y), '07'], [y, 7], [String(y), String(y % 100)]))
      .map(([m, y]) => withPath(withPath(sample, 'card.expireMonth', m), 'card.expireYear', y)),
  },
  { field: 'card', cls: 'stored-and-raw', arb: fc.constant(withPath(sample, 'card', { ...card(), cardUserKey: 'u-1' })) },
  { field: 'card.cardToken', cls: 'missing', arb: fc.constant(withPath(sample, 'card', { cardUserKey: 'u-1' })) },
];
/** Lines that add up to one kuruş more or less than `price`. */
const basketOffByOne = (sample: Sample): InvalidCase => ({
  field: 'price',
  cls: 'basket-off-by-one',
  arb: fc
    .record({ ks: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 5 }), d: fc.constantFrom(1, -1), text: fc.boolean() })
    .map(({ ks, d, text }) => {
      const money = (k: number) => (text ? tl(k) : k / 100);
      const price = ks.reduce((a, b) => a + b, 0) + d;
      return { ...sample, price: money(price), paidPrice: money(price), items: ks.map((k, i) => ({ name: `Ürün ${i}`, price: money(k) })) };
    }),
});
/** The basket rules shared by card payments, 3DS init and checkout. */
const basketClasses = (sample: Sample): InvalidCase[] => [
  basketOffByOne(sample),
  ...tlClasses(sample, 'price'),
  ...tlClasses(sample, 'paidPrice'),
  ...tlClasses(sample, 'items.0.price'),
  ...missing(sample, ['price', 'paidPrice', 'currency', 'paymentGroup', 'items']),
  set(sample, 'installment', 'range', fc.constantFrom<unknown>(0, 13, 1.5, -1, '1', 120)),
  set(sample, 'paymentGroup', 'enum', fc.constantFrom('product', '', 'SUBSCRIPTION', 'PRODUCT ')),
  set(sample, 'paymentPhase', 'enum', fc.constantFrom('auth', 'CAPTURE', '')),
  set(sample, 'currency', 'enum', fc.constantFrom('TL', 'try', 'GBP', '')),
  set(sample, 'items', 'empty', fc.constant([])),
  set(sample, 'items.0.name', 'empty', fc.constant('')),
  { field: 'items.0.subMerchantPrice', cls: 'missing', arb: fc.constant(withPath(sample, 'items.0.subMerchantId', 7)) },
  { field: 'buyerId', cls: 'wallet-needs-buyer', arb: fc.integer({ min: 1, max: 15_050 }).map((k) => ({ ...sample, walletPrice: tl(k) })) },
  {
    field: 'walletPrice',
    cls: 'wallet-above-paid',
    arb: fc.integer({ min: 15_051, max: 10_000_000 }).map((k) => ({ ...sample, walletPrice: tl(k), buyerId: 7 })),
  },
  ...idClasses(sample, 'buyerId'),
  { field: 'plan.price', cls: 'three-decimals', arb: threeDecimals.map((v) => ({ ...sample, plan: { price: v, periodType: 30 } })) },
  {
    field: 'plan.periodType',
    cls: 'wrong-type',
    arb: fc.constantFrom<unknown>(0, -7, 1.5, '', null).map((v) => ({ ...sample, plan: { price: '9.90', periodType: v } })),
  },
];
const urlClasses = (sample: Sample, field = 'callbackUrl'): InvalidCase[] => [
  set(sample, field, 'format', fc.constantFrom<unknown>('', 'shop.example/3ds', 'http//x', ' ', 'https://', '/relative/path', 42)),
  set(sample, field, 'turkish-emoji', turkish),
];
const emailClasses = (sample: Sample): InvalidCase[] => [
  set(sample, 'email', 'format', fc.constantFrom('ayse', 'a@', 'a b@x.com', 'x@y\n.com', '@example.com', 'a@@b.com')),
];
const binClasses = (sample: Sample): InvalidCase[] => [
  set(sample, 'binNumber', 'format', fc.constantFrom<unknown>('12345', '123456789', 'abcdef', '55287٩', ' 552879', '', 552879)),
  set(
    sample,
    'binNumber',
    'control-chars',
    controlChars.map((c) => `552879${c}`),
  ),
  set(sample, 'binNumber', 'huge', hugeString(9)),
];

/** A TCKN with its last check digit off by one: 11 digits, checksum broken. */
const tcknChecksum = tcknArb.map((t) => t.slice(0, 10) + ((Number(t[10]) + 1) % 10));
/** The TCKN rules: a broken check digit, the wrong length, a leading 0, letters. */
const tcknClasses = (sample: Sample, field = 'identityNumber'): InvalidCase[] => [
  set(sample, field, 'checksum', tcknChecksum),
  set(sample, field, 'format', fc.constantFrom('1000000014', '100000001466', '01234567890', '1000000014a', '')),
];
/** Landlines, foreign and short numbers: not a Turkish mobile number. */
const mobileClasses = (sample: Sample, field = 'gsmNumber'): InvalidCase[] => [
  set(sample, field, 'format', fc.constantFrom('0212 111 22 33', '12345', '+1 555 123 4567', '905321112', '9053211122334', '')),
];
/** IBANs one character off (mod 97 fails), or not shaped like an IBAN. */
const ibanClasses = (sample: Sample, field = 'iban'): InvalidCase[] => [
  set(sample, field, 'checksum', fc.constantFrom('TR340006100519786457841326', 'TR33 0006 1005 1978 6457 8413 27', 'TR000000000000000000000000')),
  set(sample, field, 'format', fc.constantFrom('TR33', '330006100519786457841326', 'TR33-0006-1005', '')),
];

// ---- state on the simulator -------------------------------------------------------------------------------

let seq = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${(seq++).toString(36)}`;
const pay = (env: ProviderEnv, extra: Record<string, unknown> = {}): Promise<Payment> =>
  o(env).payments.create({ ...basket(), conversationId: uid('order'), card: card(), ...extra } as never);
const firstTx = (p: Payment) => p.paymentTransactions?.[0]?.id as number;
const subMerchant = async (env: ProviderEnv) => (await o(env).onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Ayşe Satıcı' })).id;
const subscription = async (env: ProviderEnv) => {
  const conversationId = uid('sub');
  const p = await pay(env, { conversationId, plan: { price: '49.90', periodType: 30 } });
  return { subscriptionId: p.subscriptionId as number, conversationId };
};
/** A 3DS payment the bank step has verified, ready for `threeDS.complete`. */
const verified3ds = async (env: ProviderEnv) => {
  await o(env).threeDS.init({ ...basket(), conversationId: uid('3ds'), card: card(), callbackUrl: 'https://shop.example/3ds' } as never);
  const callback = simOf(env).simulateBankCallback();
  return { paymentId: Number(callback.fields.paymentId) };
};
const storedCard = async (env: ProviderEnv) => {
  const p = await pay(env, { card: { ...card(), storeCardAfterSuccessPayment: true, cardAlias: 'İş kartı' } });
  return { cardUserKey: p.cardUserKey as string, cardToken: p.cardToken as string };
};

// ---- the rows ---------------------------------------------------------------------------------------------

type Method = (input: unknown, options?: CallOptions) => Promise<unknown>;
const ROWS = new Map(allOperations().map((r) => [r.id, r]));
const ops: OperationSpec[] = [];
/** One row: `movesMoney` comes from the package's own row, the call from the client's resource of the same id. */
function row(id: string, spec: Omit<OperationSpec, 'id' | 'movesMoney' | 'call'>) {
  const r = ROWS.get(id);
  if (!r) throw new Error(`oderopay adapter: no operation row ${id}`);
  const [group, name] = id.split('.') as [string, string];
  ops.push({
    id,
    movesMoney: r.movesMoney,
    call: (env, input, options) => {
      const resource = (o(env) as unknown as Record<string, Record<string, Method>>)[group] as Record<string, Method>;
      return (resource[name] as Method)(input, options);
    },
    ...spec,
  });
}

// payments
{
  const sample = { ...basket(), card: card() };
  row('payments.create', {
    sample,
    valid: fc.record({ body: basketArb, card: cardArb }).map(({ body, card }) => ({ ...body, card })),
    invalid: [
      ...top(sample),
      ...basketClasses(sample),
      ...cardClasses(sample),
      { field: 'card', cls: 'missing', arb: fc.constant(without(sample, 'card')) },
      set(sample, 'conversationId', 'wrong-type', wrongType),
    ],
  });
}
{
  const sample = { id: 1_000_001 };
  row('payments.retrieve', {
    sample,
    prepare: async (env) => ({ id: (await pay(env)).id }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { paymentId: 1_000_001, paidPrice: '150.50' };
  row('payments.postAuth', {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ paymentId: (await pay(env, { paymentPhase: 'PRE_AUTH' })).id, paidPrice: '150.50' }),
    // Any capture from one kuruş up to the pre-authorised 150.50.
    valid: fc.record({ paidPrice: amountArb(1, 15_050) }),
    invalid: [...top(sample), ...missing(sample, ['paymentId']), ...idClasses(sample, 'paymentId'), ...tlClasses(sample, 'paidPrice')],
  });
}
{
  const sample = { conversationId: 'mc-1', paidPrice: '150.50' };
  row('payments.multiCardPostAuth', {
    sample,
    prepare: async (env) => {
      const conversationId = uid('mc');
      const leg = (paymentOrder: number, price: string) =>
        pay(env, {
          conversationId,
          paymentPhase: 'PRE_AUTH',
          paymentType: 'MULTI_CARD_PAYMENT',
          paymentOrder,
          price,
          paidPrice: price,
          items: [{ name: 'Bilet', price }],
        });
      await leg(1, '100.00');
      await leg(2, '50.50');
      return { conversationId, paidPrice: '150.50' };
    },
    invalid: [
      ...top(sample),
      ...missing(sample, ['conversationId', 'paidPrice']),
      set(sample, 'conversationId', 'empty', fc.constant('')),
      set(sample, 'conversationId', 'wrong-type', wrongType),
      ...tlClasses(sample, 'paidPrice'),
    ],
  });
}

// 3DS and checkout
{
  const sample = { ...basket(), card: card(), callbackUrl: 'https://shop.example/3ds' };
  row('threeDS.init', {
    sample,
    valid: fc.record({ body: basketArb, card: cardArb, callbackUrl: callbackUrlArb }).map(({ body, card, callbackUrl }) => ({ ...body, card, callbackUrl })),
    invalid: [...top(sample), ...basketClasses(sample), ...cardClasses(sample), ...missing(sample, ['callbackUrl']), ...urlClasses(sample)],
  });
}
{
  const sample = { paymentId: 1_000_001 };
  row('threeDS.complete', {
    sample,
    preparePerCase: true,
    prepare: verified3ds,
    invalid: [...top(sample), ...missing(sample, ['paymentId']), ...idClasses(sample, 'paymentId')],
  });
}
{
  const sample = { ...basket(), callbackUrl: 'https://shop.example/checkout' };
  row('checkout.init', {
    sample,
    valid: fc
      .record({
        body: basketArb,
        callbackUrl: callbackUrlArb,
        expireAfterMinutes: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
        buyerName: fc.option(nameArb, { nil: undefined }),
      })
      .map(({ body, ...rest }) => dropUndefined({ ...body, ...rest })),
    invalid: [
      ...top(sample),
      ...basketClasses(sample),
      ...missing(sample, ['callbackUrl']),
      ...urlClasses(sample),
      set(sample, 'expireAfterMinutes', 'fractional', fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, '30')),
      set(sample, 'card', 'unknown-field', fc.constant(card())),
    ],
  });
}
{
  const sample = { token: '5b3d8c4e-7a40-4f68-9b1b-2f7d1f6f0a11' };
  row('checkout.retrieve', {
    sample,
    prepare: async (env) => {
      const { token } = await o(env).checkout.init({ ...basket(), callbackUrl: 'https://shop.example/checkout' } as never);
      simOf(env).simulateCheckoutPayment(token);
      return { token };
    },
    invalid: [
      ...top(sample),
      ...missing(sample, ['token']),
      set(sample, 'token', 'empty', fc.constant('')),
      set(sample, 'token', 'wrong-type', wrongType),
      loneSurrogate(sample, 'token'),
    ],
  });
}

// refunds
{
  const sample = { paymentId: 1_000_001, conversationId: 'refund-1' };
  row('refunds.create', {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ paymentId: (await pay(env)).id }),
    valid: fc.record({ conversationId: fc.string({ maxLength: 30 }), refundDestinationType: fc.constantFrom('CARD', 'WALLET') }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['paymentId']),
      ...idClasses(sample, 'paymentId'),
      set(sample, 'refundDestinationType', 'wrong-type', wrongType),
    ],
  });
}
{
  const sample = { id: 1_000_001 };
  row('refunds.retrieve', {
    sample,
    prepare: async (env) => ({ id: (await o(env).refunds.create({ paymentId: (await pay(env)).id })).id as number }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { paymentTransactionId: 1_000_002, refundPrice: '10.00' };
  row('refunds.createTransaction', {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ paymentTransactionId: firstTx(await pay(env)), refundPrice: '10.00' }),
    // The first line is 100.25: any part of it.
    valid: fc.record({ refundPrice: amountArb(1, 10_025), conversationId: fc.string({ maxLength: 30 }) }),
    invalid: [...top(sample), ...missing(sample, ['paymentTransactionId']), ...idClasses(sample, 'paymentTransactionId'), ...tlClasses(sample, 'refundPrice')],
  });
}
{
  const sample = { id: 1_000_001 };
  row('refunds.retrieveTransaction', {
    sample,
    prepare: async (env) => ({ id: (await o(env).refunds.createTransaction({ paymentTransactionId: firstTx(await pay(env)), refundPrice: '1.00' })).id }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { paymentId: 1_000_001, page: 0, size: 10 };
  row('refunds.searchTransactions', {
    sample,
    prepare: async (env) => {
      const p = await pay(env);
      await o(env).refunds.createTransaction({ paymentTransactionId: firstTx(p), refundPrice: '1.00', conversationId: 'r-1' });
      return { paymentId: p.id, page: 0, size: 10 };
    },
    valid: fc.record({ page: fc.nat(3), size: fc.integer({ min: 1, max: 50 }), conversationId: fc.constantFrom('r-1', 'başka') }),
    invalid: [...top(sample, { nullable: true }), ...pagingClasses(sample), ...idClasses(sample, 'paymentId'), ...idClasses(sample, 'paymentTransactionId')],
  });
}
{
  const sample = { paymentId: 1_000_001, refundPrice: '5.00' };
  row('refunds.createByPaymentId', {
    sample,
    preparePerCase: true,
    prepare: async (env) => ({ paymentId: (await pay(env)).id, refundPrice: '5.00' }),
    valid: fc.record({ refundPrice: amountArb(1, 15_050), refundDestinationType: fc.constantFrom('CARD', 'WALLET', 'BANK') }),
    invalid: [...top(sample), ...missing(sample, ['paymentId', 'refundPrice']), ...idClasses(sample, 'paymentId'), ...tlClasses(sample, 'refundPrice')],
  });
}

// stored cards
{
  const sample = { cardUserKey: 'de050909-39a9-473c-a81a-f186dd55cfef', page: 0, size: 10 };
  row('cards.search', {
    sample,
    valid: fc.record({
      cardAlias: nameArb,
      cardType: fc.constantFrom('CREDIT_CARD', 'DEBIT_CARD', 'PREPAID_CARD'),
      cardBankName: nameArb,
      size: fc.integer({ min: 1, max: 100 }),
    }),
    invalid: [
      ...top(sample, { nullable: true }),
      ...pagingClasses(sample),
      set(sample, 'cardType', 'enum', fc.constantFrom('YENİ_TÜR', 'credit_card', '')),
      set(sample, 'cardAlias', 'wrong-type', wrongType),
      loneSurrogate(sample, 'cardAlias'),
    ],
  });
}
{
  const sample = { cardUserKey: 'de050909-39a9-473c-a81a-f186dd55cfef', cardToken: '0a4f3b4e-2c7d-4b8e-9f5a-6d1c2b3a4e5f' };
  row('cards.delete', {
    sample,
    prepare: storedCard,
    invalid: [
      ...top(sample),
      ...missing(sample, ['cardUserKey', 'cardToken']),
      set(sample, 'cardUserKey', 'length', fc.constantFrom('', 'short', `${sample.cardUserKey}x`)),
      set(sample, 'cardToken', 'huge', hugeString(37)),
      set(sample, 'cardToken', 'wrong-type', wrongType),
    ],
  });
}

// installments and BIN
const BINS = ODEROPAY_SIM_BINS.map((b) => b.binNumber);
{
  const sample = { binNumber: '552879', price: '100.00', currency: 'TRY' };
  row('installments.search', {
    sample,
    valid: fc
      .record({
        price: amountArb(1, 1_000_000_000),
        binNumber: fc.option(
          fc.constantFrom(...BINS).chain((b) => fc.constantFrom(b, `${b}12`)),
          { nil: undefined },
        ),
        excludeGatewayPos: fc.option(fc.boolean(), { nil: undefined }),
        subMerchantIds: fc.option(fc.array(fc.integer({ min: 1, max: 1e9 }), { maxLength: 4 }), { nil: undefined }),
        subscription: fc.option(fc.boolean(), { nil: undefined }),
        branch: fc.option(nameArb, { nil: undefined }),
      })
      .map(dropUndefined),
    invalid: [
      ...top(sample),
      ...missing(sample, ['price', 'currency']),
      ...tlClasses(sample, 'price'),
      ...binClasses(sample),
      set(sample, 'subMerchantIds', 'wrong-type', fc.constantFrom<unknown>(['x'], [1.5], 'abc', [-1])),
    ],
  });
}
{
  const sample = { binNumber: '552879', price: '100.00', currency: 'TRY' };
  row('installments.retrieve', {
    sample,
    valid: fc
      .record({
        binNumber: fc.constantFrom(...BINS),
        price: amountArb(1, 1_000_000_000),
        productItems: fc.option(
          fc.array(
            fc.record({
              productItemCode: fc.string({ maxLength: 20 }),
              productItemPrice: amountArb(1, 10_000_000),
              maturity: fc.array(
                fc.record({ installmentNumber: fc.integer({ min: 1, max: 12 }), itemMaturityRate: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
                {
                  maxLength: 3,
                },
              ),
            }),
            { maxLength: 3 },
          ),
          { nil: undefined },
        ),
      })
      .map(dropUndefined),
    invalid: [
      ...top(sample),
      ...missing(sample, ['binNumber', 'price', 'currency']),
      ...tlClasses(sample, 'price'),
      ...binClasses(sample),
      ...tlClasses({ ...sample, productItems: [{ productItemCode: 'P1', productItemPrice: '10.00' }] }, 'productItems.0.productItemPrice'),
      {
        field: 'productItems.0.maturity.0.installmentNumber',
        cls: 'fractional',
        arb: fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN).map((n) => ({
          ...sample,
          productItems: [{ productItemCode: 'P1', productItemPrice: '10.00', maturity: [{ installmentNumber: n, itemMaturityRate: 1 }] }],
        })),
      },
    ],
  });
}
{
  const sample = { price: '100.00', currency: 'TRY' };
  row('installments.retrieveWalletInstallments', {
    sample,
    // Its query is not published: any key with a scalar value passes, anything else is refused.
    valid: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['__proto__', 'constructor'].includes(k)),
      fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), turkish),
      { maxKeys: 4 },
    ),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      set(sample, 'price', 'wrong-type', fc.constantFrom<unknown>({}, [1], null, Number.NaN, Number.POSITIVE_INFINITY)),
      { field: 'note', cls: 'wrong-type', arb: fc.constantFrom<unknown>({ a: 1 }, [1], null).map((v) => ({ ...sample, note: v })) },
    ],
  });
}
{
  const sample = { binNumber: '552879' };
  row('installments.retrieveBin', {
    sample,
    valid: fc.record({ binNumber: fc.constantFrom(...BINS).chain((b) => fc.constantFrom(b, `${b}0`, `${b}99`)) }),
    invalid: [...top(sample), ...missing(sample, ['binNumber']), ...binClasses(sample)],
  });
}

// reporting
{
  const sample = { page: 0, size: 10, currency: 'TRY', paymentStatus: 'SUCCESS' };
  row('reporting.searchPayments', {
    sample,
    valid: fc
      .record({
        page: fc.nat(3),
        size: fc.integer({ min: 1, max: 50 }),
        paymentIds: fc.option(fc.array(fc.oneof(fc.nat(), fc.nat().map(String)), { maxLength: 5 }), { nil: undefined }),
        itemExternalIds: fc.option(fc.array(fc.constantFrom('sku-1', 'ürün-2'), { maxLength: 3 }), { nil: undefined }),
        minPaidPrice: fc.option(amountArb(0, 100_000), { nil: undefined }),
        maxPaidPrice: fc.option(amountArb(100_000, 100_000_000), { nil: undefined }),
        installment: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        isThreeDS: fc.option(fc.boolean(), { nil: undefined }),
        minCreatedDate: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), { nil: undefined }),
        maxCreatedDate: fc.option(fc.constantFrom<Date | string>(new Date(), '2030-01-01T00:00:00', '2030-01-01T00:00:00.000Z'), { nil: undefined }),
        paymentTransactionIds: fc.option(fc.array(fc.nat(), { maxLength: 3 }), { nil: undefined }),
        conversationId: fc.option(fc.constantFrom('order-1001', 'sipariş 42'), { nil: undefined }),
      })
      .map(dropUndefined),
    invalid: [
      ...top(sample, { nullable: true }),
      ...pagingClasses(sample),
      ...tlClasses(sample, 'minPaidPrice'),
      set(sample, 'installment', 'range', fc.constantFrom<unknown>(0, 13, 1.5)),
      set(sample, 'paymentIds', 'wrong-type', fc.constantFrom<unknown>(['abc'], [-1], [1.5], '1,2', [null])),
      set(sample, 'minCreatedDate', 'bad-date', fc.constantFrom<unknown>('', new Date(Number.NaN), 20260101, {})),
      set(sample, 'isThreeDS', 'wrong-type', fc.constantFrom<unknown>('true', 1, null)),
    ],
  });
}
{
  const sample = { id: 1_000_001 };
  row('reporting.retrievePayment', {
    sample,
    prepare: async (env) => ({ id: (await pay(env)).id }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
for (const id of ['settlementReporting.searchBouncedSubMerchantRows', 'settlementReporting.searchPayoutCompletedTransactions']) {
  const sample = { page: 0, size: 20 };
  row(id, {
    sample,
    // The official clients' dates (a Date, or text as given); other keys pass through, as scalars only.
    valid: fc.record({
      page: fc.nat(3),
      startDate: fc.constantFrom<Date | string>('2026-01-01', '2026-01-01T00:00:00', new Date('2026-01-01T00:00:00Z')),
      endDate: fc.date({ min: new Date('2026-01-02'), max: new Date('2030-01-01'), noInvalidDate: true }),
      merchantType: fc.constantFrom('MERCHANT', 'SUB_MERCHANT'),
    }),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      ...pagingClasses(sample),
      set(sample, 'startDate', 'bad-date', fc.constantFrom<unknown>('', new Date(Number.NaN), 20260101, {})),
      {
        field: 'filter',
        cls: 'wrong-type',
        arb: fc.constantFrom<unknown>({ a: 1 }, Object.create(null), [1, 2], null, () => 1).map((v) => ({ ...sample, filter: v })),
      },
    ],
  });
}

// onboarding
{
  const sample = {
    name: 'Ayşe',
    surname: 'Yılmaz',
    email: 'ayse@example.com',
    gsmNumber: '905321112233',
    identityNumber: '10000000146',
    buyerExternalId: 'b-1',
  };
  row('onboarding.createBuyer', {
    sample,
    valid: fc.record({ name: nameArb, surname: nameArb, gsmNumber: mobileArb, identityNumber: tcknArb, buyerExternalId: fc.string({ maxLength: 30 }) }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['name', 'surname']),
      ...emailClasses(sample),
      ...tcknClasses(sample),
      ...mobileClasses(sample),
      set(sample, 'name', 'empty', fc.constant('')),
      set(sample, 'surname', 'wrong-type', wrongType),
    ],
  });
}
{
  const sample = { page: 0, size: 10, status: 'ACTIVE', name: 'Ayşe' };
  row('onboarding.searchBuyers', {
    sample,
    valid: fc.record({ name: nameArb, surname: nameArb, status: fc.constantFrom('ACTIVE', 'PASSIVE'), gsmNumber: mobileArb }),
    invalid: [
      ...top(sample, { nullable: true }),
      ...pagingClasses(sample),
      set(sample, 'email', 'wrong-type', wrongType),
      ...tcknClasses(sample),
      ...mobileClasses(sample),
    ],
  });
}
{
  const sample = { id: 1_000_001 };
  row('onboarding.retrieveBuyer', {
    sample,
    prepare: async (env) => ({ id: (await o(env).onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz' })).id }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { id: 1_000_001, name: 'Ayşe', surname: 'Yılmaz', email: 'ayse@example.com', status: 'ACTIVE' };
  row('onboarding.updateBuyer', {
    sample,
    prepare: async (env) => ({ ...sample, id: (await o(env).onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz' })).id }),
    valid: fc.record({ name: nameArb, surname: nameArb, status: fc.constantFrom('ACTIVE', 'PASSIVE'), identityNumber: tcknArb }),
    invalid: [...top(sample), ...missing(sample, ['id', 'name', 'surname']), ...idClasses(sample, 'id'), ...emailClasses(sample), ...tcknClasses(sample)],
  });
}
{
  const sample = {
    subMerchantType: 'PERSONAL',
    name: 'Ayşe Satıcı',
    email: 'satici@example.com',
    iban: 'TR330006100519786457841326',
    identityNumber: '10000000146',
  };
  row('onboarding.createSubMerchant', {
    sample,
    valid: fc.record({
      subMerchantType: fc.constantFrom('PERSONAL', 'PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY'),
      name: nameArb,
      address: nameArb,
      taxOffice: fc.constantFrom('Kadıköy', 'Çankaya'),
      legalCompanyTitle: nameArb,
      gsmNumber: mobileArb,
      iban: fc.constantFrom('TR33 0006 1005 1978 6457 8413 26', 'tr330006100519786457841326', 'AZ21NABZ00000000137010001944'),
      // Not checked: ÖderoPay's own Node client tests send these placeholders, which fail the TCKN and VKN checksums.
      identityNumber: fc.constantFrom('12341234912', '10000000146'),
      taxNumber: fc.constantFrom('1234123456', '4540536920'),
    }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['subMerchantType', 'name']),
      ...emailClasses(sample),
      set(sample, 'name', 'empty', fc.constant('')),
      set(sample, 'iban', 'wrong-type', wrongType),
      ...ibanClasses(sample),
      ...mobileClasses(sample),
    ],
  });
}
{
  const sample = { page: 0, size: 10 };
  row('onboarding.searchSubMerchants', {
    sample,
    valid: fc.record({
      page: fc.nat(3),
      name: nameArb,
      status: fc.constantFrom('ACTIVE', 'PASSIVE'),
      subMerchantIds: fc.array(fc.oneof(fc.nat(), fc.nat().map(String)), { maxLength: 4 }),
      subMerchantType: fc.constantFrom('PERSONAL', 'PRIVATE_COMPANY'),
    }),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      ...pagingClasses(sample),
      { field: 'name', cls: 'wrong-type', arb: fc.constantFrom<unknown>({}, [1], null).map((v) => ({ ...sample, name: v })) },
      set(sample, 'subMerchantIds', 'wrong-type', fc.constantFrom<unknown>(['abc'], [-1], [1.5], '1,2', [null])),
    ],
  });
}
{
  const sample = { id: 1_000_001 };
  row('onboarding.retrieveSubMerchant', {
    sample,
    prepare: async (env) => ({ id: await subMerchant(env) }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { id: 1_000_001, name: 'Ayşe Satıcı', iban: 'TR330006100519786457841326', status: 'PASSIVE' };
  row('onboarding.updateSubMerchant', {
    sample,
    prepare: async (env) => ({ ...sample, id: await subMerchant(env) }),
    valid: fc.record({ name: nameArb, contactName: nameArb, status: fc.constantFrom('ACTIVE', 'PASSIVE') }),
    invalid: [...top(sample), ...missing(sample, ['id', 'name']), ...idClasses(sample, 'id'), ...emailClasses(sample), ...ibanClasses(sample)],
  });
}

// cross-bookings: exactly the official clients' four fields, each required
for (const id of ['crossBookings.receive', 'crossBookings.send']) {
  const sample = { subMerchantId: 1_000_001, price: '10.00', currency: 'TRY', reason: 'komisyon' };
  row(id, {
    sample,
    prepare: async (env) => ({ ...sample, subMerchantId: await subMerchant(env) }),
    valid: fc.record({ price: amountArb(1, 100_000_000), reason: fc.oneof(nameArb, fc.constant('')), currency: fc.constantFrom('TRY', 'USD', 'AZN') }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['subMerchantId', 'price', 'currency', 'reason']),
      ...idClasses(sample, 'subMerchantId'),
      ...tlClasses(sample, 'price'),
      set(sample, 'price', 'zero', fc.constantFrom<unknown>(0, '0.00')),
      set(sample, 'reason', 'wrong-type', fc.constantFrom<unknown>(42, {}, [], null)),
    ],
  });
}
{
  const sample = { crossBookingId: 1_000_001 };
  row('crossBookings.cancel', {
    sample,
    prepare: async (env) => ({
      crossBookingId: (await o(env).crossBookings.send({ subMerchantId: await subMerchant(env), price: '10.00', currency: 'TRY', reason: 'komisyon' })).id,
    }),
    invalid: [...top(sample, { strict: false, nullable: true }), ...missing(sample, ['crossBookingId']), ...idClasses(sample, 'crossBookingId')],
  });
}
{
  const sample = { page: 0, size: 10 };
  row('crossBookings.search', {
    sample,
    valid: fc.record({
      page: fc.nat(3),
      size: fc.integer({ min: 1, max: 50 }),
      transactionStatus: fc.constantFrom('WAITING_FOR_PAYOUT', 'CANCELLED'),
      sourceMerchantType: fc.constantFrom('MERCHANT', 'SUB_MERCHANT'),
      destinationMerchantId: fc.oneof(fc.nat(), fc.nat().map(String)),
    }),
    invalid: [...top(sample, { strict: false, nullable: true }), ...pagingClasses(sample), ...idClasses(sample, 'sourceMerchantId')],
  });
}

// pay-by-link
{
  const sample = { name: 'Yoga dersi', price: '250.00', description: 'Haftalık', enabledInstallments: '1,2,3', stock: 10, expireDate: '2030-01-01T00:00:00' };
  const installmentsArb = fc.uniqueArray(fc.constantFrom(1, 2, 3, 6, 9, 12), { minLength: 1 }).map((a) => a.join(','));
  row('payByLink.create', {
    sample,
    valid: fc.record(
      {
        name: nameArb,
        price: amountArb(1, 100_000_000),
        enabledInstallments: installmentsArb,
        stock: fc.nat(1000),
        description: nameArb,
        expireDate: fc.date({ min: new Date('2027-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        conversationId: fc.string({ maxLength: 30 }),
      },
      { requiredKeys: ['name'] },
    ),
    invalid: [
      ...top(sample),
      ...missing(sample, ['name']),
      set(sample, 'expireDate', 'bad-date', fc.constantFrom<unknown>('', new Date(Number.NaN), 20300101, {})),
      set(sample, 'enabledInstallments', 'format', fc.constantFrom('', '1,,2', '1;2', 'a', '1,2,', ' 1', '1,٣')),
      set(sample, 'stock', 'fractional', fc.constantFrom<unknown>(-1, 1.5, Number.NaN, '10')),
      set(sample, 'name', 'empty', fc.constant('')),
      ...tlClasses(sample, 'price'),
    ],
  });
}
{
  const sample = { page: 0, size: 10, name: 'Yoga' };
  row('payByLink.search', {
    sample,
    valid: fc.record({ name: nameArb, status: fc.constantFrom('ACTIVE', 'PASSIVE') }),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      ...pagingClasses(sample),
      { field: 'status', cls: 'wrong-type', arb: fc.constantFrom<unknown>({}, [1], null).map((v) => ({ ...sample, status: v })) },
    ],
  });
}
const product = async (env: ProviderEnv) => (await o(env).payByLink.create({ name: 'Yoga dersi', enabledInstallments: '1,2,3', price: '250.00' })).id;
{
  const sample = { id: 1_000_001 };
  row('payByLink.retrieve', {
    sample,
    prepare: async (env) => ({ id: await product(env) }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { id: 1_000_001, name: 'Yoga dersi', enabledInstallments: '1', status: 'PASSIVE', price: '300.00' };
  row('payByLink.update', {
    sample,
    prepare: async (env) => ({ ...sample, id: await product(env) }),
    valid: fc.record({ name: nameArb, status: fc.constantFrom('ACTIVE', 'PASSIVE'), stock: fc.nat(100) }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['id', 'name', 'status']),
      ...idClasses(sample, 'id'),
      set(sample, 'enabledInstallments', 'format', fc.constantFrom('', '1,,2', 'x')),
      ...tlClasses(sample, 'price'),
    ],
  });
}

// subscriptions v1
{
  const sample = { limit: 10, pageNumber: 0 };
  row('subscriptions.list', {
    sample,
    valid: fc.record({ limit: fc.integer({ min: 1, max: 100 }), pageNumber: fc.nat(5) }),
    invalid: [
      ...top(sample, { nullable: true }),
      set(sample, 'limit', 'zero', fc.constantFrom<unknown>(0, -1, 1.5, '10')),
      set(sample, 'pageNumber', 'negative', fc.constantFrom<unknown>(-1, 0.5, Number.NaN)),
    ],
  });
}
{
  const sample = { status: 'ACTIVE' };
  row('subscriptions.listByStatus', {
    sample,
    valid: fc.record({ status: fc.constantFrom('ACTIVE', 'PASSIVE', 'PENDING') }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['status']),
      set(sample, 'status', 'empty', fc.constant('')),
      set(sample, 'status', 'enum', fc.constantFrom('YENİ DURUM', 'active')),
      set(sample, 'status', 'wrong-type', wrongType),
      loneSurrogate(sample, 'status'),
    ],
  });
}
{
  const sample = { subscriptionId: 1_000_001 };
  row('subscriptions.retrieve', {
    sample,
    prepare: async (env) => ({ subscriptionId: (await subscription(env)).subscriptionId }),
    invalid: [...top(sample), ...missing(sample, ['subscriptionId']), ...idClasses(sample, 'subscriptionId')],
  });
}
{
  const sample = { conversationId: 'sub-1' };
  row('subscriptions.retrieveByConversationId', {
    sample,
    prepare: async (env) => ({ conversationId: (await subscription(env)).conversationId }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['conversationId']),
      set(sample, 'conversationId', 'empty', fc.constant('')),
      set(sample, 'conversationId', 'wrong-type', wrongType),
      loneSurrogate(sample, 'conversationId'),
    ],
  });
}
{
  const sample = { id: 1_000_001, price: '59.90' };
  row('subscriptions.updatePrice', {
    sample,
    prepare: async (env) => ({ ...sample, id: (await subscription(env)).subscriptionId }),
    valid: fc.record({ price: amountArb(1, 100_000_000) }),
    invalid: [...top(sample), ...missing(sample, ['id', 'price']), ...idClasses(sample, 'id'), ...tlClasses(sample, 'price')],
  });
}
{
  const sample = { id: 1_000_001, status: 'PASSIVE' };
  row('subscriptions.updateStatus', {
    sample,
    prepare: async (env) => ({ ...sample, id: (await subscription(env)).subscriptionId }),
    valid: fc.record({ status: fc.constantFrom<unknown>('ACTIVE', 'PASSIVE', 'PENDING', 0, 1, 2) }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['id', 'status']),
      ...idClasses(sample, 'id'),
      set(sample, 'status', 'enum', fc.constantFrom<unknown>(3, -1, 1.5, 'active', 'CANCELLED', '0', '')),
    ],
  });
}
{
  const sample = { id: 1_000_001, periodType: 30 };
  row('subscriptions.updatePeriodType', {
    sample,
    prepare: async (env) => ({ ...sample, id: (await subscription(env)).subscriptionId }),
    valid: fc.record({ periodType: fc.constantFrom<unknown>(7, 30, 360, 'WEEK', 'MONTH', 'YEAR') }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['id', 'periodType']),
      ...idClasses(sample, 'id'),
      set(sample, 'periodType', 'fractional', fc.constantFrom<unknown>(0, -7, 1.5, Number.NaN, null, {})),
    ],
  });
}

// subscriptions v2 (JSON bodies, not published)
{
  const sample = { page: 0, size: 10 };
  row('subscriptionsV2.search', {
    sample,
    valid: fc.record({ page: fc.nat(3), status: fc.constantFrom('ACTIVE', 'PASSIVE') }),
    invalid: [...top(sample, { strict: false, nullable: true }), ...pagingClasses(sample)],
  });
}
{
  const sample = { id: 1_000_001 };
  row('subscriptionsV2.retrieve', {
    sample,
    prepare: async (env) => ({ id: (await subscription(env)).subscriptionId }),
    invalid: [...top(sample), ...missing(sample, ['id']), ...idClasses(sample, 'id')],
  });
}
{
  const sample = { id: 1_000_001, price: '39.90', periodType: 'MONTH', status: 'ACTIVE', paymentCount: 12 };
  row('subscriptionsV2.update', {
    sample,
    prepare: async (env) => ({ ...sample, id: (await subscription(env)).subscriptionId }),
    valid: fc.record({
      price: amountArb(1, 100_000_000),
      periodType: fc.constantFrom<unknown>(7, 30, 'WEEK', 'YEAR'),
      paymentCount: fc.nat(36),
      nochargeDayCount: fc.nat(30),
      description: nameArb,
    }),
    invalid: [
      ...top(sample, { strict: false }),
      ...missing(sample, ['id']),
      ...idClasses(sample, 'id'),
      ...tlClasses(sample, 'price'),
      set(sample, 'periodType', 'fractional', fc.constantFrom<unknown>(0, -7, 1.5, {})),
      set(sample, 'paymentCount', 'negative', fc.constantFrom<unknown>(-1, 1.5, '12')),
    ],
  });
}
{
  const sample = { subscriptionId: 1_000_001 };
  row('subscriptionsV2.renew', {
    sample,
    prepare: async (env) => ({ subscriptionId: (await subscription(env)).subscriptionId }),
    invalid: [...top(sample, { strict: false, nullable: true }), ...missing(sample, ['subscriptionId']), ...idClasses(sample, 'subscriptionId')],
  });
}

// payment transactions (marketplace)
for (const id of ['paymentTransactions.approve', 'paymentTransactions.disapprove']) {
  const sample = { paymentTransactionIds: [1_000_002], isTransactional: true };
  row(id, {
    sample,
    prepare: async (env) => ({ paymentTransactionIds: ((await pay(env)).paymentTransactions ?? []).map((t) => t.id), isTransactional: false }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['paymentTransactionIds']),
      set(sample, 'paymentTransactionIds', 'empty', fc.constant([])),
      ...idClasses(sample, 'paymentTransactionIds.0'),
      set(sample, 'isTransactional', 'wrong-type', fc.constantFrom<unknown>('true', 1, null)),
    ],
  });
}
{
  const sample = { id: 1_000_002, subMerchantId: 1_000_001, subMerchantPrice: '50.00' };
  row('paymentTransactions.update', {
    sample,
    prepare: async (env) => ({ id: firstTx(await pay(env)), subMerchantId: await subMerchant(env), subMerchantPrice: '50.00' }),
    // The first line is 100.25: any share of it.
    valid: fc.record({ subMerchantPrice: amountArb(0, 10_025) }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['id']),
      { field: 'subMerchantPrice', cls: 'missing', arb: fc.constant(without(sample, 'subMerchantPrice')) },
      ...idClasses(sample, 'id'),
      ...idClasses(sample, 'subMerchantId'),
      ...tlClasses(sample, 'subMerchantPrice'),
    ],
  });
}
{
  const sample = { paymentId: 1_000_001, items: [{ paymentTransactionId: 1_000_002, price: '100.25', externalId: 'sku-1' }] };
  row('paymentTransactions.reorganize', {
    sample,
    prepare: async (env) => {
      const p = await pay(env);
      return { paymentId: p.id, items: (p.paymentTransactions ?? []).map((t) => ({ paymentTransactionId: t.id, price: t.price, externalId: `yeni-${t.id}` })) };
    },
    invalid: [
      ...top(sample),
      ...missing(sample, ['paymentId', 'items']),
      set(sample, 'items', 'empty', fc.constant([])),
      ...idClasses(sample, 'paymentId'),
      ...idClasses(sample, 'items.0.paymentTransactionId'),
      ...tlClasses(sample, 'items.0.price'),
    ],
  });
}

// credit, money transfer and wallet: the official clients' fields typed (amounts, ids and URLs checked), others pass
{
  const sample = {
    conversationId: 'loan-1',
    price: '2500.00',
    installment: 6,
    currency: 'TRY',
    creditorId: 7,
    productType: 'ALV',
    callbackUrl: 'https://shop.example/odero/credit',
  };
  row('creditPayments.init', {
    sample,
    valid: fc.record({
      price: amountArb(1, 100_000_000),
      installment: fc.integer({ min: 1, max: 12 }),
      conversationId: fc.string({ minLength: 1, maxLength: 30 }),
      callbackUrl: callbackUrlArb,
      checkoutFormToken: fc.string({ maxLength: 20 }),
      note: nameArb,
    }),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      ...tlClasses(sample, 'price'),
      ...idClasses(sample, 'creditorId'),
      ...urlClasses(sample),
      set(sample, 'installment', 'range', fc.constantFrom<unknown>(0, 13, 1.5)),
      set(sample, 'conversationId', 'wrong-type', wrongType),
    ],
  });
}
{
  const sample = { amount: '1500.00', productType: 'ALV', creditorId: 7 };
  row('creditPayments.preview', {
    sample,
    valid: fc.record({ amount: amountArb(1, 100_000_000), productType: fc.string({ maxLength: 10 }), creditorId: fc.oneof(fc.nat(), fc.nat().map(String)) }),
    invalid: [
      ...top(sample),
      ...missing(sample, ['amount']),
      ...tlClasses(sample, 'amount'),
      set(sample, 'amount', 'zero', fc.constantFrom<unknown>(0, '0.00')),
      ...idClasses(sample, 'creditorId'),
      { field: '', cls: 'unknown-field', arb: fc.constant({ ...sample, price: '1500.00' }) },
    ],
  });
}
{
  const sample = { amount: '75.00', currencyCode: 'TRY', transactionId: 'mt-1', senderName: 'Ali Veli', receiverIban: 'TR330006100519786457841326' };
  row('moneyTransfers.createCode', {
    sample,
    valid: fc.record({ amount: amountArb(1, 100_000_000), transactionId: fc.string({ minLength: 1, maxLength: 30 }), description: nameArb, note: nameArb }),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      ...missing(sample, ['amount']),
      ...tlClasses(sample, 'amount'),
      set(sample, 'transactionId', 'empty', fc.constant('')),
      set(sample, 'senderName', 'wrong-type', fc.constantFrom<unknown>(42, {}, [])),
      ...ibanClasses(sample, 'receiverIban'),
    ],
  });
}
{
  const sample = { conversationId: 'wallet-1', price: '75.00', currency: 'TRY', buyerId: 7, callbackUrl: 'https://shop.example/odero/wallet' };
  row('walletPayments.init', {
    sample,
    preparePerCase: true,
    prepare: async () => ({ ...sample, orderId: uid('w') }),
    valid: fc.record({ price: amountArb(1, 100_000_000), conversationId: fc.string({ maxLength: 30 }), callbackUrl: callbackUrlArb, note: nameArb }),
    invalid: [
      ...top(sample, { strict: false, nullable: true }),
      ...tlClasses(sample, 'price'),
      ...idClasses(sample, 'buyerId'),
      ...urlClasses(sample),
      set(sample, 'orderId', 'empty', fc.constant('')),
      set(sample, 'conversationId', 'wrong-type', wrongType),
    ],
  });
}
{
  const sample = { orderId: 'order-1004' };
  row('walletPayments.status', {
    sample,
    prepare: async (env) => {
      const orderId = uid('w');
      await o(env).walletPayments.init({ orderId, price: '75.00', currency: 'TRY' });
      return { orderId };
    },
    invalid: [
      ...top(sample),
      ...missing(sample, ['orderId']),
      set(sample, 'orderId', 'empty', fc.constant('')),
      set(sample, 'orderId', 'wrong-type', wrongType),
      loneSurrogate(sample, 'orderId'),
    ],
  });
}

// Every row of the package is covered, and nothing else: a new row fails the suite until it is added here.
{
  const covered = new Set(ops.map((op) => op.id));
  const rows = [...ROWS.keys()];
  const left = rows.filter((id) => !covered.has(id));
  if (left.length || covered.size !== ops.length || ops.length !== rows.length)
    throw new Error(`oderopay adapter covers ${ops.length} of ${rows.length} rows; missing: ${left.join(', ')}`);
}

// ---- concurrency, error paths, the adapter ----------------------------------------------------------------

async function concurrent(env: ProviderEnv) {
  const c = o(env);
  return async (i: number) => {
    if (i % 2 === 0) {
      // A read whose answer carries the amount asked about.
      const price = 1_000 + i;
      const list = await c.installments.search({ binNumber: '552879', price: tl(price), currency: 'TRY' });
      if (list.items.length !== 1 || list.items[0]?.price !== price / 100)
        throw new Error(`oderopay: installments for ${tl(price)} answered ${list.items[0]?.price}`);
    } else {
      const conversationId = `cc-${i}-${uid('c')}`;
      const k = 10_000 + i;
      const p = await c.payments.create({
        ...basket(),
        conversationId,
        price: tl(k),
        paidPrice: tl(k),
        items: [{ name: `Ürün ${i}`, price: tl(k) }],
        card: card(),
      } as never);
      const stored = simOf(env).payments.get(p.id);
      if (p.conversationId !== conversationId || p.price !== k / 100 || stored?.conversationId !== conversationId || stored.price !== k)
        throw new Error(`oderopay: payment ${conversationId} answered for ${p.conversationId} / ${p.price}`);
    }
  };
}

async function errorPaths(logger: Logger) {
  const { out, grab } = errorCollector();
  const env = create({ logger, logLevel: 'debug', timeout: 60, totalTimeout: 200, maxRetries: 0 });
  const c = o(env);
  const canaryCard = { ...card(CANARY.card), cvc: CANARY.cvv };
  const charge = (extra: Record<string, unknown> = {}) => c.payments.create({ ...basket(), card: canaryCard, ...extra } as never);
  const onCharge = { match: (_m: string, p: string) => p.endsWith('/payment/v1/card-payments') };
  await grab('validation', charge({ card: { ...canaryCard, expireYear: '2001' } }));
  await grab('validation-luhn', charge({ card: { ...canaryCard, cardNumber: '4355084355084359' } }));
  await grab('validation-key', charge({ [CANARY.card]: 1, [ODERO_CANARY.secretKey]: ODERO_CANARY.apiKey }));
  await grab('decline', charge({ card: { ...card(ODEROPAY_TEST_CARDS.insufficientFunds), cvc: CANARY.cvv } }));
  await grab('provider-refusal', charge({ currency: 'X' }));
  env.sim.injectFault({ kind: 'status', status: 503, body: '<html>Service Unavailable</html>' }, onCharge);
  await grab('http', charge());
  env.sim.injectFault({ kind: 'drop-response' }, onCharge);
  await grab('network', charge());
  env.sim.injectFault({ kind: 'stall' }, onCharge);
  await grab('timeout', charge());
  const ac = new AbortController();
  env.sim.injectFault({ kind: 'stall' }, onCharge);
  setTimeout(() => ac.abort(new Error(`stop: card ${CANARY.card}, key ${ODERO_CANARY.secretKey}`)), 10);
  await grab('abort', c.payments.create({ ...basket(), card: canaryCard } as never, { signal: ac.signal }));
  env.sim.injectFault({ kind: 'malformed', body: 'truncated' }, onCharge);
  await grab('unexpected', charge());
  // Signed with the wrong secret: refused by the simulator's signature check.
  const wrong = create({ logger, logLevel: 'debug', maxRetries: 0 }, undefined, { secretKey: `${ODERO_CANARY.secretKey}-old` });
  await grab('unauthorized', o(wrong).payments.create({ ...basket(), card: canaryCard } as never));
  // Gateways echoing the signed request (API key header, card, CVC) in an error page, a refusal, a decline, a 200 that is not JSON.
  for (const [path, reply] of [
    ['echo-http', (t: string) => new Response(`<html><pre>${t}</pre></html>`, { status: 502, headers: { 'content-type': 'text/html' } })],
    ['echo-refusal', (t: string) => Response.json({ errors: { errorCode: '2', errorDescription: `istek: ${t}`, errorGroup: t } }, { status: 400 })],
    ['echo-code', (t: string) => Response.json({ errors: { errorCode: t, errorDescription: 'hata' } }, { status: 200 })],
    [
      'echo-decline',
      (t: string) => Response.json({ errors: { errorCode: '10051', errorDescription: t, errorGroup: 'NOT_SUFFICIENT_FUNDS' } }, { status: 422 }),
    ],
    ['echo-wrong-shape', (t: string) => Response.json({ errors: { errorCode: { t }, errorDescription: { request: t }, errorGroup: [t] } }, { status: 200 })],
    ['echo-unexpected', (t: string) => new Response(t.slice(0, -3), { status: 200, headers: { 'content-type': 'application/json' } })],
  ] as const) {
    const e = create({ logger, logLevel: 'debug', maxRetries: 0 }, () => async (input, init) => {
      const req = new Request(input as string, init);
      return reply(`${await req.text()} x-api-key: ${req.headers.get('x-api-key')} secret=${ODERO_CANARY.secretKey}`);
    });
    await grab(path, o(e).payments.create({ ...basket(), card: canaryCard } as never));
  }
  // The 3DS return: a body that is not form or JSON, and one over the size limit, both carrying the card.
  await grab(
    'callback-malformed',
    Promise.resolve().then(() => parseThreeDSCallback(`{"paymentId":"1","cardNumber":"${CANARY.card}","cvc":"${CANARY.cvv}"`)),
  );
  await grab(
    'callback-oversized',
    readThreeDSCallback(new Request('https://shop.example/3ds', { method: 'POST', body: `cardNumber=${CANARY.card}&pad=${'x'.repeat(70_000)}` })),
  );
  return out;
}

export const oderopayAdapter: ProviderAdapter = {
  name: 'oderopay',
  create: create as ProviderAdapter['create'],
  operations: ops,
  reads: [
    {
      id: 'installments.search',
      path: '/installment/v1/installments',
      prepare: async (env) => (options?: CallOptions) => o(env).installments.search({ binNumber: '552879', price: '100.00', currency: 'TRY' }, options),
    },
    {
      // A read sent as POST with a JSON body: retried all the same (it moves no money).
      id: 'installments.retrieve',
      path: '/installment/v1/installments/retrieve',
      prepare: async (env) => (options?: CallOptions) => o(env).installments.retrieve({ binNumber: '979200', price: '100.00', currency: 'TRY' }, options),
    },
  ],
  money: [
    {
      id: 'payments.create',
      path: '/payment/v1/card-payments',
      prepare: async (env) => (options?: CallOptions) => o(env).payments.create({ ...basket(), card: card() } as never, options),
    },
    {
      id: 'threeDS.complete',
      path: '/payment/v1/card-payments/3ds-complete',
      prepare: async (env) => {
        const { paymentId } = await verified3ds(env);
        return (options?: CallOptions) => o(env).threeDS.complete({ paymentId }, options);
      },
    },
    {
      id: 'refunds.create',
      path: '/payment/v1/refunds',
      prepare: async (env) => {
        const { id } = await pay(env);
        return (options?: CallOptions) => o(env).refunds.create({ paymentId: id }, options);
      },
    },
  ],
  concurrent,
  // The card and CVV canaries are in the shared list (the CVV matched as a whole number only).
  canaries: [ODERO_CANARY.apiKey, ODERO_CANARY.secretKey],
  errorPaths,
};
