/**
 * Portable smoke scenario of @odeme/paywall against @odeme/testkit's PayWallSimulator.
 * Contract: see ecosystem/scenarios/README.md. Packages arrive in `pkgs`, so this file imports nothing.
 */

export const requires = {
  '@odeme/core': [
    'sha256Hex',
    'toKurus',
    'fromKurus',
    'sumKurus',
    'isOdemeError',
    'OdemeError',
    'ProviderError',
    'PaymentDeclinedError',
    'ValidationError',
    'ConfigurationError',
    'SignatureVerificationError',
  ],
  '@odeme/paywall': ['PayWall', 'payWallHash', 'createPayWallTransport', 'paymentsStartDirect'],
  '@odeme/testkit': ['PayWallSimulator', 'PAYWALL_SIM_CARDS'],
};

/**
 * One client, one payment operation: the transport factory and the direct payment row. The other resources' rows
 * and schemas (refunds, queries, CardWall), the client and the callback verifier must go, with the other providers
 * and the testkit. The payments module stays whole: esbuild does not carry core's no-side-effects mark of
 * `defineOperation` into other modules, so every row of a module it includes is kept.
 */
export const bundle = {
  smallest: {
    code: "import { createPayWallTransport, paymentsStartDirect } from '@odeme/paywall'; export const pay = (options, input) => createPayWallTransport(options).call(paymentsStartDirect, input);",
    absentPackages: ['@odeme/testkit', '@odeme/oderopay', '@odeme/haso', '@odeme/licrus', '@odeme/bip'],
    absent: ['/private/refund', '/private/query', '/card/insurance', 'hash does not verify'],
  },
};

const KEYS = {
  apiKeyPublic: 'pk_test_public_key_1',
  apiClientPublic: 'pc_test_public_client_1',
  apiKeyPrivate: 'sk_test_private_key_1',
  apiClientPrivate: 'sc_test_private_client_1',
};
const HASH_KEYS = { threeD: '3d-hash-key-test', systemWebhook: 'system-webhook-key-test' };

const CUSTOMER = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const card = (cardNumber) => ({ OwnerName: 'Ayse Yilmaz', Number: cardNumber, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' });
/** A payment of two products (12.25 + 3.25 = 15.50). */
const payment = (code, cardNumber, extra = {}) => ({
  PaymentDetail: { Amount: '15.50', MerchantUniqueCode: code, CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7', ...extra },
  Card: card(cardNumber),
  Customer: CUSTOMER,
  Products: [
    { ProductId: 'p-1', ProductName: 'Çay bardağı', ProductCategory: 'Ev', ProductDescription: '', ProductAmount: 12.25 },
    { ProductId: 'p-2', ProductName: 'Kaşık', ProductCategory: 'Ev', ProductDescription: '', ProductAmount: '3.25' },
  ],
});

/** Used by the harness for the browser guard. */
export function secretClient(pkgs, options) {
  const sim = new pkgs['@odeme/testkit'].PayWallSimulator({ ...KEYS, hashKeys: HASH_KEYS });
  return new pkgs['@odeme/paywall'].PayWall({ ...KEYS, environment: 'test', hashKeys: HASH_KEYS, fetch: sim.fetch, ...options });
}

export async function run(pkgs, { step, check, clientOptions }) {
  const core = pkgs['@odeme/core'];
  const { PayWall, payWallHash, createPayWallTransport, paymentsStartDirect } = pkgs['@odeme/paywall'];
  const { PayWallSimulator, PAYWALL_SIM_CARDS } = pkgs['@odeme/testkit'];

  await step('signing vectors (§6 callback hash)', async () => {
    // Lower-case hex SHA-256 over `key###paymentId###uniqueCode###amount###installment`, UTF-8; computed with node:crypto.
    const key = 'gizli-3D-anahtar-ğüş';
    const expected = 'c56aa606d3a1ed8c0a812bad932118ff7c6b3e067b1bb3d7fa2f94daf80a038b';
    check.equal(await payWallHash(key, ['1644541', 'sipariş-1001', '1.00', '1']), expected, 'payWallHash');
    check.equal(await core.sha256Hex(`${key}###1644541###sipariş-1001###1.00###1`), expected, 'core SHA-256 over the hand-written template');
    check.equal(await payWallHash('k', []), await core.sha256Hex('k'), 'no values: the key alone');
  });

  await step('money helpers', () => {
    check.equal(core.sumKurus([core.toKurus(12.25), core.toKurus('3.25')]), core.toKurus('15.50'), 'products add up in kuruş');
    check.equal(core.sumKurus([core.toKurus(0.1), core.toKurus(0.2)]), core.toKurus(0.3), '0.1 + 0.2 is exact in kuruş');
    check.equal(core.fromKurus(1550), '15.50', 'fromKurus');
  });

  const sim = new PayWallSimulator({ ...KEYS, hashKeys: HASH_KEYS });
  const pw = new PayWall({
    ...KEYS,
    environment: 'test',
    hashKeys: HASH_KEYS,
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });

  await step('input validation is refused before sending', async () => {
    const before = sim.requests.length;
    const bad = payment('order-bad', PAYWALL_SIM_CARDS.success);
    const e = await pw.payments.startDirect({ ...bad, PaymentDetail: { ...bad.PaymentDetail, Amount: '15.51' } }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e) && e instanceof core.ValidationError, `expected a ValidationError, got ${e}`);
    check.equal(e.code, 'validation_error');
    check.deepEqual(e.fields, ['PaymentDetail.Amount'], 'Amount must equal the sum of ProductAmount');
    const e2 = await pw.payments.startDirect({ ...bad, PaymentDetail: { ...bad.PaymentDetail, Amount: '15.505' } }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(e2 instanceof core.ValidationError, `three decimals are refused, got ${e2}`);
    check.equal(sim.requests.length, before, 'nothing sent');
  });

  await step('smallest form: transport factory and one row', async () => {
    const small = new PayWallSimulator({ ...KEYS, hashKeys: HASH_KEYS });
    const t = createPayWallTransport({
      apiKeyPublic: KEYS.apiKeyPublic,
      apiClientPublic: KEYS.apiClientPublic,
      environment: 'test',
      fetch: small.fetch,
      logLevel: 'off',
      ...clientOptions,
    });
    const paid = await t.call(paymentsStartDirect, payment('order-small-1', PAYWALL_SIM_CARDS.success));
    check.equal(paid.Payment.MerchantUniqueKey, 'order-small-1', 'paid');
    check.equal(paid.reference, 'order-small-1', 'the code is the reference');
    // Left out, a code is generated inside PaymentDetail (where PayWall reads it) and returned as the reference.
    const { MerchantUniqueCode: _left, ...noCode } = payment('unused', PAYWALL_SIM_CARDS.success).PaymentDetail;
    const generated = await t.call(paymentsStartDirect, { ...payment('unused', PAYWALL_SIM_CARDS.success), PaymentDetail: noCode });
    check.ok(/^[0-9a-f-]{36}$/.test(generated.reference), `a generated UUID, got ${generated.reference}`);
    check.equal(generated.Payment.MerchantUniqueKey, generated.reference, 'sent inside PaymentDetail');
    check.equal(small.requests.at(-1).path, '/api/paywall/payment/startdirect', 'sent to PaymentAPI');
    const bad = payment('order-small-2', PAYWALL_SIM_CARDS.success);
    const e = await t.call(paymentsStartDirect, { ...bad, PaymentDetail: { ...bad.PaymentDetail, Amount: '15.51' } }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(e instanceof core.ValidationError, `a bad input is refused, got ${e}`);
    check.equal(small.requests.length, 2, 'nothing sent for the bad input');
  });

  await step('full flow: 3D payment, verified return, partial refund, query', async () => {
    const code = 'order-3d-1';
    const started = await pw.payments.start3d(
      payment(code, PAYWALL_SIM_CARDS.success, {
        MerchantSuccessBackUrl: 'https://shop.example/paywall/ok',
        MerchantFailBackUrl: 'https://shop.example/paywall/fail',
      }),
    );
    check.ok(typeof started.RedirectUrl === 'string', `RedirectUrl, got ${started.RedirectUrl}`);
    const post = await sim.completeThreeD(started.RedirectUrl);
    check.equal(post.url, 'https://shop.example/paywall/ok', 'posted to the success URL');
    // A verified return splits what the hash covers from what it does not (the posted status).
    const ret = await pw.callbacks.verifyThreeDReturn(post.toRequest());
    check.equal(ret.verified.merchantUniqueCode, code, 'the code is covered by the hash');
    check.equal(ret.verified.amountKurus, 1550, 'amountKurus is covered by the hash');
    check.equal(ret.unverified.success, true, 'the posted status, not covered');
    // The hash of the post, recomputed by hand with the §6 template.
    check.equal(
      post.fields.hash.toLowerCase(),
      await core.sha256Hex(`${HASH_KEYS.threeD}###${post.fields.paymentId}###${post.fields.uniqueCode}###${post.fields.amount}###${post.fields.installment}`),
      'return post hash',
    );
    const forged = new URLSearchParams(post.body);
    forged.set('amount', '1.00');
    const f = await pw.callbacks.verifyThreeDReturn(forged).then(
      () => undefined,
      (err) => err,
    );
    check.ok(f instanceof core.SignatureVerificationError && f.code === 'signature_verification_failed', `a forged amount is refused, got ${f}`);

    await pw.refunds.partial({ MerchantUniqueCode: code, Amount: '5.25' });
    const q = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code });
    check.equal(q.Paywall.StatusId, 4, 'successful');
    check.equal(q.Paywall.AnySuccessPartialRefund, true, 'partial refund shows');
    check.equal(core.toKurus(q.Paywall.PaymentAmount), 1550, 'PaymentAmount');
    const tooMuch = await pw.refunds.partial({ MerchantUniqueCode: code, Amount: '10.26' }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(tooMuch instanceof core.ProviderError && tooMuch.providerCode === '112', `refunds are bounded by what is left, got ${tooMuch}`);
    check.ok(
      sim.requests.every((r) => r.headers.apikeypublic === KEYS.apiKeyPublic || r.headers.apikeyprivate === KEYS.apiKeyPrivate || r.path.includes('/sim/')),
      'every API request carries its key pair',
    );
  });

  await step('a bank decline is a typed PaymentDeclinedError, sent once', async () => {
    const before = sim.count('POST');
    const e = await pw.payments.startDirect(payment('order-dec-1', PAYWALL_SIM_CARDS.insufficientFunds)).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e), `expected an odeme error, got ${e}`);
    check.equal(e.code, 'payment_declined');
    check.ok(e instanceof core.PaymentDeclinedError && e instanceof core.ProviderError && e instanceof core.OdemeError, 'class tree');
    check.equal(e.providerCode, '1');
    check.equal(e.provider, 'paywall');
    check.equal(e.details.bankErrorMessage, 'Bakiye yetersiz — İşlem onaylanmadı', 'Base64 bank text decoded as UTF-8');
    check.ok(!JSON.stringify(e).includes(KEYS.apiKeyPrivate), 'secret never in the error');
    check.equal(sim.count('POST') - before, 1, 'a money-moving call is sent once');
  });
}
