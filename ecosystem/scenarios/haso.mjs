/**
 * Portable smoke scenario of @odeme/haso against @odeme/testkit's HasoSimulator.
 * Contract: see ecosystem/scenarios/README.md. Packages arrive in `pkgs`, so this file imports nothing.
 */

export const requires = {
  '@odeme/core': [
    'hmacSha256Base64',
    'toKurus',
    'fromKurus',
    'sumKurus',
    'isOdemeError',
    'OdemeError',
    'ProviderError',
    'ValidationError',
    'ConfigurationError',
  ],
  '@odeme/haso': ['Haso', 'hasoRequestToken', 'createHasoTransport', 'transactionsCreate', 'limitsSetFromKds'],
  '@odeme/testkit': ['HasoSimulator'],
};

/**
 * One transport, one purchase row (5.3 CreateTransaction, the call that moves money in a purchase). What must go:
 * the other providers, the testkit, the return-post parser, the browser flows and the rows of other modules
 * (limits, refunds, tokens), named by their paths.
 */
export const bundle = {
  smallest: {
    code: "import { createHasoTransport, transactionsCreate } from '@odeme/haso'; export const buy = (options, input) => createHasoTransport(options).call(transactionsCreate, input);",
    absentPackages: ['@odeme/testkit', '@odeme/oderopay', '@odeme/paywall', '@odeme/licrus', '@odeme/bip'],
    absent: [
      'HASO return post is neither a form nor JSON',
      '/RequestV2/RefundTransaction',
      '/RequestV2/HasoAuthSendInfo',
      '/RequestV2/SetPaidPayment',
      '/Index/GetToken',
      '/ServletV2/TransactionMobile',
    ],
  },
};

const CREDENTIALS = { merchantId: 'M10042', merchantKey: 'key_haso_test_1f2e3d', merchantSalt: 'salt_haso_test_9a8b7c' };
const BASE = 'https://haso.test';
const IP = '203.0.113.7';
const SHOPPER = { shopperName: 'Ayşe Nur', shopperSurname: 'Yılmaz', tckn: '10000000146', mobileNumber: '5321112233', email: 'ayse@example.com' };

/** Used by the harness for the browser guard. */
export function secretClient(pkgs, options) {
  const sim = new pkgs['@odeme/testkit'].HasoSimulator({ ...CREDENTIALS, pinCode: '482915' });
  return new pkgs['@odeme/haso'].Haso({ ...CREDENTIALS, baseUrl: BASE, ipAddress: IP, fetch: sim.fetch, ...options });
}

const bodyOf = (record) => JSON.parse(record.body);

export async function run(pkgs, { step, check, clientOptions }) {
  const core = pkgs['@odeme/core'];
  const { Haso, hasoRequestToken, createHasoTransport, transactionsCreate, limitsSetFromKds } = pkgs['@odeme/haso'];
  const { HasoSimulator } = pkgs['@odeme/testkit'];
  const { merchantId: M, merchantKey: K, merchantSalt: S } = CREDENTIALS;

  await step('signing vectors (requestToken)', async () => {
    // base64(HMAC-SHA256(merchantKey, fields in HASO's order + salt)); vector computed independently (node:crypto).
    const text = 'M10042ORD-1TX9500001234585.105.1.1salt';
    check.equal(await core.hmacSha256Base64('key', text), '4Q9OPGTSpHy8d8L4Qki3u3AcAEF1MJooVjmBDoMmK9o=', 'core HMAC over the hand-written text');
    check.equal(
      await hasoRequestToken(['M10042', 'ORD-1', 'TX9', '50000', '12345', '85.105.1.1'], 'salt', 'key'),
      '4Q9OPGTSpHy8d8L4Qki3u3AcAEF1MJooVjmBDoMmK9o=',
      'hasoRequestToken (5.14 order)',
    );
    check.equal(
      await core.hmacSha256Base64(K, `${M}AliVeli100000001465161112233${IP}${S}`),
      'H+MBajJswHion21jKlwfHRKkU4NURrCGD2qaV7z3Ogo=',
      'HasoAuthSendInfo token text',
    );
  });

  await step('money helpers', () => {
    check.equal(core.toKurus('1250.00'), 125_000, 'orderAmount in kuruş');
    check.equal(core.fromKurus(33_334), '333.34', 'fromKurus');
    check.equal(core.sumKurus([33_334, 33_333, 33_333]), 100_000, 'a plan adds up');
  });

  const sim = new HasoSimulator({ ...CREDENTIALS, pinCode: '482915' });
  const haso = new Haso({
    ...CREDENTIALS,
    baseUrl: BASE,
    ipAddress: IP,
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });

  await step('input validation is refused before sending', async () => {
    const before = sim.requests.length;
    const e = await haso.transactions.create({ merchantOid: 'ORD-BAD', orderAmount: 12.5, selectedInstallment: 3, customerId: '5004' }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e) && e instanceof core.ValidationError, `expected a ValidationError, got ${e}`);
    check.equal(e.code, 'validation_error');
    check.ok(e.fields.includes('orderAmount'), `fields name orderAmount, got ${JSON.stringify(e.fields)}`);
    const e2 = await haso.limits.start({ ...SHOPPER, tckn: '10000000147' }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(e2 instanceof core.ValidationError && e2.fields.includes('tckn'), `a bad TCKN checksum is refused, got ${e2}`);
    check.equal(sim.requests.length, before, 'nothing sent');
  });

  const flow = await step('full flow: KKB limit, purchase in 3, paid installment, partial refund', async () => {
    const started = await haso.limits.start(SHOPPER);
    const kkbRefNo = started.KkbRefNo;
    check.ok(typeof kkbRefNo === 'string' && kkbRefNo.length > 0, `KkbRefNo, got ${kkbRefNo}`);
    // The token on the wire: HASO's 5.2.1 order, concatenated by hand and signed with core's HMAC.
    const startBody = bodyOf(sim.requests.at(-1));
    check.equal(
      startBody.requestToken,
      await core.hmacSha256Base64(K, `${M}${SHOPPER.shopperName}${SHOPPER.shopperSurname}${SHOPPER.tckn}${SHOPPER.mobileNumber}${IP}${S}`),
      'requestToken of HasoAuthSendInfo',
    );
    const confirmed = await haso.limits.confirmPin({ kkbRefNo, pinCode: sim.pinFor(kkbRefNo) });
    const customerId = confirmed.CustomerInfo.CustomerId;
    check.ok(confirmed.CustomerInfo.CustomerLimitKurus >= 125_000, `a limit, got ${confirmed.CustomerInfo.CustomerLimitKurus}`);

    const orderAmount = core.toKurus('1250.00');
    const tx = await haso.transactions.create({ merchantOid: 'ORD-1001', orderAmount, selectedInstallment: 3, customerId });
    const txBody = bodyOf(sim.requests.at(-1));
    check.equal(txBody.orderAmount, '125000', 'amount sent ×100 as a digit string');
    check.equal(txBody.requestToken, await core.hmacSha256Base64(K, `${M}ORD-1001${customerId}1250003${IP}${S}`), 'requestToken of CreateTransaction');
    const plan = tx.PaymentPlan;
    check.equal(plan.length, 3, 'three installments');
    check.equal(core.sumKurus(plan.map((p) => p.installmentPaymentKurus)), orderAmount, 'plan adds up to the order in kuruş');

    const paid = await haso.payments.setPaid({
      merchantOid: 'ORD-1001',
      paymentCode: plan[0].paymentCode,
      paymentDate: '2026-02-20',
      paymentReferenceCode: 'EFT-77',
    });
    check.equal(paid.Message, 'RS100');
    const refundId = `RF-${tx.transactionCode}`;
    const refund = await haso.refunds.create({ refundId, merchantOid: 'ORD-1001', transactionCode: tx.transactionCode, refundAmount: core.toKurus('250') });
    check.equal(refund.Message, 'RS100');
    const checked = await haso.refunds.check({ refundId });
    check.equal(checked.RefundStatus, 'Succeeded');
    const after = await haso.transactions.paymentPlan({ merchantOid: 'ORD-1001', transactionCode: tx.transactionCode });
    check.equal(core.sumKurus(after.PaymentPlan.map((p) => p.installmentPaymentKurus)), orderAmount - 25_000, 'plan less the refund');
    check.ok(
      sim.requests.every((r) => typeof bodyOf(r).requestToken === 'string'),
      'every request carries a requestToken',
    );
    return { refundId, transactionCode: tx.transactionCode };
  });

  await step('smallest form: createHasoTransport + the transactionsCreate row', async () => {
    const own = new HasoSimulator({ ...CREDENTIALS, pinCode: '482915' });
    const t = createHasoTransport({ ...CREDENTIALS, baseUrl: BASE, ipAddress: IP, fetch: own.fetch, logLevel: 'off', ...clientOptions });
    const limit = await t.call(limitsSetFromKds, { ...SHOPPER, birthDate: '1990-05-17', dealerSegment: 'GOLD', kdsLimit: 500_000 });
    const customerId = limit.CustomerInfo.CustomerId;
    const bad = await t.call(transactionsCreate, { merchantOid: 'ORD-S0', orderAmount: '1250.00', selectedInstallment: 3, customerId }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(bad instanceof core.ValidationError && bad.fields.includes('orderAmount'), `a TL string amount is refused, got ${bad}`);
    check.equal(own.count('POST', '/RequestV2/CreateTransaction'), 0, 'nothing sent for the bad input');
    const tx = await t.call(transactionsCreate, { merchantOid: 'ORD-S1', orderAmount: 125_000, selectedInstallment: 3, customerId });
    check.equal(core.sumKurus(tx.PaymentPlan.map((p) => p.installmentPaymentKurus)), 125_000, 'plan adds up to the order in kuruş');
    const body = bodyOf(own.requests.at(-1));
    check.equal(body.requestToken, await core.hmacSha256Base64(K, `${M}ORD-S1${customerId}1250003${IP}${S}`), 'requestToken of CreateTransaction');
  });

  await step('a provider refusal is a typed ProviderError (H307 repeated refund), sent once', async () => {
    const before = sim.requests.length;
    const e = await haso.refunds.create({ refundId: flow.refundId, merchantOid: 'ORD-1001', transactionCode: flow.transactionCode, refundAmount: 100 }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e), `expected an odeme error, got ${e}`);
    check.equal(e.code, 'provider_error');
    check.ok(e instanceof core.ProviderError && e instanceof core.OdemeError, 'class tree');
    check.equal(e.providerCode, 'H307');
    check.equal(e.provider, 'haso');
    check.ok(!JSON.stringify(e).includes(K) && !JSON.stringify(e).includes(S), 'secrets never in the error');
    check.equal(sim.requests.length - before, 1, 'a money-moving call is sent once');
  });
}
