/**
 * Portable smoke scenario of @odeme/oderopay against @odeme/testkit's OderoPaySimulator.
 * Contract: see ecosystem/scenarios/README.md. Packages arrive in `pkgs`, so this file imports nothing.
 */

export const requires = {
  '@odeme/core': [
    'sha256Base64',
    'toKurus',
    'fromKurus',
    'sumKurus',
    'isOdemeError',
    'OdemeError',
    'ProviderError',
    'PaymentDeclinedError',
    'ValidationError',
    'ConfigurationError',
  ],
  '@odeme/oderopay': ['OderoPay', 'computeSignature', 'signatureBase', 'createOderoPayTransport', 'paymentsCreate'],
  '@odeme/testkit': ['OderoPaySimulator', 'ODEROPAY_TEST_CARDS'],
};

/**
 * One client, one payment operation: the transport factory and the `paymentsCreate` row, no client class. Every
 * other row must be dropped (a sibling row of the same module, rows of other modules), and so must the other
 * providers, the testkit and the standalone 3DS helpers.
 */
export const bundle = {
  smallest: {
    code: "import { createOderoPayTransport, paymentsCreate } from '@odeme/oderopay'; export const pay = (options, input) => createOderoPayTransport(options).call(paymentsCreate, input);",
    absentPackages: ['@odeme/testkit', '@odeme/haso', '@odeme/paywall', '@odeme/licrus', '@odeme/bip'],
    absent: [
      '/payment/v1/card-payments/{id}',
      '/payment/v1/card-payments/3ds-init',
      '/payment/v1/refunds',
      'htmlContent is not base64 of UTF-8 HTML',
      'the 3DS callback body is neither form-encoded nor JSON',
    ],
  },
};

const CREDENTIALS = { apiKey: 'sandbox-api-key-0001', secretKey: 'sandbox-secret-key-0001' };

const card = (cardNumber) => ({ cardHolderName: 'Ayşe Yılmaz', cardNumber, expireYear: '2035', expireMonth: '07', cvc: '123' });
const basket = (conversationId) => ({
  conversationId,
  price: '150.50',
  paidPrice: '150.50',
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  items: [
    { name: 'Kitap', price: '100.25', externalId: 'sku-1' },
    { name: 'Kalem', price: '50.25', externalId: 'sku-2' },
  ],
});

/** Used by the harness for the browser guard. */
export function secretClient(pkgs, options) {
  const sim = new pkgs['@odeme/testkit'].OderoPaySimulator(CREDENTIALS);
  return new pkgs['@odeme/oderopay'].OderoPay({ ...CREDENTIALS, environment: 'sandbox', fetch: sim.fetch, ...options });
}

export async function run(pkgs, { step, check, clientOptions }) {
  const core = pkgs['@odeme/core'];
  const { OderoPay, computeSignature, signatureBase, createOderoPayTransport, paymentsCreate } = pkgs['@odeme/oderopay'];
  const { OderoPaySimulator, ODEROPAY_TEST_CARDS } = pkgs['@odeme/testkit'];

  await step('signing vectors (spec A.4)', async () => {
    // ÖderoPay/TokenPay PHP client test vectors: base64(SHA-256(url + apiKey + secretKey + rnd + body)).
    const vectors = [
      ['http://localhost:8000/installment/v1/installments', undefined, 'uK7LkWOEzVH+Px/YOiMuSXvPkHLR4KoA7PuykXcYovQ='],
      ['http://localhost:8000/payment/v1/cards', '{"cardUserKey":"de050909-39a9-473c-a81a-f186dd55cfef"}', 'kQm62AfjXCw6rS6QBCLXta9tV1GqD/SXsAlYP+cEhG8='],
      ['http://localhost:8000/onboarding/v1/members?name=Zeytinya%C4%9F%C4%B1%20%C3%9Cretim', undefined, 'vxYA+5LH3F4m8tHQA2LpVBwzVgCqGRHue4XAgcVjjYQ='],
    ];
    for (const [url, body, expected] of vectors) {
      const sig = await computeSignature({ url, apiKey: 'api-key', secretKey: 'secret-key', randomKey: '1234', body });
      check.equal(sig, expected, `computeSignature ${url}`);
      // The same value from core's SHA-256 over the documented concatenation, written out by hand.
      check.equal(await core.sha256Base64(`${decodeURIComponent(url)}api-keysecret-key1234${body ?? ''}`), expected, `hand-written concatenation ${url}`);
    }
    check.equal(
      signatureBase({ url: 'https://h/p?q=%C3%BC', apiKey: 'a', secretKey: 's', randomKey: 'r', body: '{}' }),
      'https://h/p?q=üasr{}',
      'signature base',
    );
  });

  await step('money helpers', () => {
    check.equal(core.toKurus('150.50'), 15050, 'toKurus("150.50")');
    check.equal(core.sumKurus([core.toKurus('100.25'), core.toKurus('50.25')]), core.toKurus('150.50'), 'items add up in kuruş');
    check.equal(core.fromKurus(15050), '150.50', 'fromKurus');
    check.equal(core.toKurus(150.5), 15050, 'a response number');
  });

  const sim = new OderoPaySimulator(CREDENTIALS);
  const odero = new OderoPay({
    ...CREDENTIALS,
    environment: 'sandbox',
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });

  await step('input validation is refused before sending', async () => {
    const before = sim.requests.length;
    const e = await odero.payments.create({ ...basket('order-bad'), price: '150.51', paidPrice: '150.51', card: card(ODEROPAY_TEST_CARDS.success) }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e) && e instanceof core.ValidationError, `expected a ValidationError, got ${e}`);
    check.equal(e.code, 'validation_error');
    check.ok(e.fields.includes('price'), `fields name price, got ${JSON.stringify(e.fields)}`);
    const e2 = await odero.payments.create({ ...basket('order-bad-2'), card: card('5528790000000009') }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(e2 instanceof core.ValidationError && e2.fields.includes('card.cardNumber'), `a Luhn-invalid card is refused, got ${e2}`);
    check.equal(sim.requests.length, before, 'nothing sent');
  });

  await step('full flow: pay, retrieve, partial refund, refund the rest', async () => {
    const p = await odero.payments.create({ ...basket('order-1001'), card: card(ODEROPAY_TEST_CARDS.success) });
    check.equal(p.paymentStatus, 'SUCCESS');
    check.equal(core.toKurus(p.paidPrice), 15050, 'paidPrice');
    check.equal(core.sumKurus(p.paymentTransactions.map((t) => core.toKurus(t.paidPrice))), 15050, 'lines add up to paidPrice');
    const got = await odero.payments.retrieve({ id: p.id });
    check.equal(got.id, p.id, 'retrieve');
    const line = p.paymentTransactions[0];
    const partial = await odero.refunds.createTransaction({ paymentTransactionId: line.id, refundPrice: '20.00' });
    check.equal(partial.status, 'SUCCESS');
    const rest = await odero.refunds.create({ paymentId: p.id });
    check.equal(rest.refundType, 'REFUND', 'a refund after a partial one is a REFUND');
    check.equal(core.toKurus(partial.refundPrice) + core.toKurus(rest.refundPrice), 15050, 'refunds add up to what was paid');

    // The signature on the wire is the documented one, recomputed from what the simulator received.
    const sent = sim.requests.find((r) => r.method === 'POST' && r.path === '/payment/v1/card-payments');
    check.equal(
      sent.headers['x-signature'],
      await computeSignature({
        url: sent.url,
        apiKey: CREDENTIALS.apiKey,
        secretKey: CREDENTIALS.secretKey,
        randomKey: sent.headers['x-rnd-key'],
        body: sent.body,
      }),
      'x-signature of the card payment',
    );
    check.ok(
      sim.requests.every((r) => r.headers['x-api-key'] === CREDENTIALS.apiKey && r.status !== 401),
      'every request signed and accepted',
    );
  });

  await step('a decline is a typed PaymentDeclinedError, sent once', async () => {
    const before = sim.count('POST', '/payment/v1/card-payments');
    const e = await odero.payments.create({ ...basket('order-1002'), card: card(ODEROPAY_TEST_CARDS.insufficientFunds) }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e), `expected an odeme error, got ${e}`);
    check.equal(e.code, 'payment_declined');
    check.ok(e instanceof core.PaymentDeclinedError && e instanceof core.ProviderError && e instanceof core.OdemeError, 'class tree');
    check.equal(e.providerCode, '10051');
    check.equal(e.group, 'NOT_SUFFICIENT_FUNDS');
    check.equal(e.provider, 'oderopay');
    check.ok(!JSON.stringify(e).includes(CREDENTIALS.secretKey), 'secret never in the error');
    check.equal(sim.count('POST', '/payment/v1/card-payments') - before, 1, 'a money-moving call is sent once');
  });

  await step('smallest form: one transport, one row', async () => {
    const small = new OderoPaySimulator(CREDENTIALS);
    const transport = createOderoPayTransport({ ...CREDENTIALS, environment: 'sandbox', fetch: small.fetch, logLevel: 'off', ...clientOptions });
    const p = await transport.call(paymentsCreate, { ...basket('order-1003'), card: card(ODEROPAY_TEST_CARDS.success) });
    check.equal(p.paymentStatus, 'SUCCESS');
    check.equal(core.toKurus(p.paidPrice), 15050, 'paidPrice');
    const e = await transport
      .call(paymentsCreate, { ...basket('order-1004'), price: '150.51', paidPrice: '150.51', card: card(ODEROPAY_TEST_CARDS.success) })
      .then(
        () => undefined,
        (err) => err,
      );
    check.ok(e instanceof core.ValidationError && e.fields.includes('price'), `a bad input is refused, got ${e}`);
    check.equal(small.requests.length, 1, 'only the valid payment was sent');
  });
}
