/**
 * Portable smoke scenario of @odeme/bip against @odeme/testkit's BipSimulator (posting to a real createBipListener).
 * Contract: see ecosystem/scenarios/README.md. Packages arrive in `pkgs`, so this file imports nothing.
 */

export const requires = {
  '@odeme/core': [
    'basicAuthHeader',
    'base64Encode',
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
  '@odeme/bip': ['Bip', 'BipChannel', 'createBipListener', 'normaliseMsisdn', 'createBipTransport', 'startBipPayment', 'paymentsStart'],
  '@odeme/testkit': ['BipSimulator', 'BIP_SIM_CODES'],
};

/**
 * One transport, one payment operation: start a payment (`startBipPayment` generates the transactionId, then calls
 * the `payments.start` row). The commit row (`/commitService`) and the listener (separate exports) must not come
 * along, nor the other providers or the testkit.
 */
export const bundle = {
  smallest: {
    code: "import { createBipTransport, startBipPayment } from '@odeme/bip'; export const start = (options, input) => startBipPayment(createBipTransport(options), input);",
    absentPackages: ['@odeme/testkit', '@odeme/oderopay', '@odeme/haso', '@odeme/paywall', '@odeme/licrus'],
    absent: ['/commitService', 'payments.commit', 'LISTENER_ERROR', 'INVALID_PAYLOAD', 'www-authenticate'],
  },
};

const CREDENTIALS = { username: 'bip-svc-demo', password: 'bip-secret-0001' };
const LISTENER_CREDENTIALS = { username: 'turkcell-caller', password: 'listener-secret-42' };
const BASE = 'https://apigw.tvoip.turkcell.com.tr/pgw';

/** Used by the harness for the browser guard. */
export function secretClient(pkgs, options) {
  const sim = new pkgs['@odeme/testkit'].BipSimulator(CREDENTIALS);
  return new pkgs['@odeme/bip'].Bip({ ...CREDENTIALS, baseUrl: BASE, fetch: sim.fetch, ...options });
}

export async function run(pkgs, { step, check, clientOptions }) {
  const core = pkgs['@odeme/core'];
  const { Bip, BipChannel, createBipListener, normaliseMsisdn, createBipTransport, startBipPayment, paymentsStart } = pkgs['@odeme/bip'];
  const { BipSimulator, BIP_SIM_CODES } = pkgs['@odeme/testkit'];
  const EXPECTED_BASIC = 'Basic YmlwLXN2Yy1kZW1vOmJpcC1zZWNyZXQtMDAwMQ=='; // base64("bip-svc-demo:bip-secret-0001"), node:crypto-free

  await step('signing vectors (HTTP Basic)', () => {
    check.equal(core.basicAuthHeader('Aladdin', 'open sesame'), 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'RFC 7617');
    check.equal(core.basicAuthHeader(CREDENTIALS.username, CREDENTIALS.password), EXPECTED_BASIC, 'service credentials');
    check.equal(`Basic ${core.base64Encode(`${CREDENTIALS.username}:${CREDENTIALS.password}`)}`, EXPECTED_BASIC, 'hand-written');
    check.equal(normaliseMsisdn('0532 123 45 67'), '905321234567', 'msisdn normalised');
  });

  await step('money helpers', () => {
    check.equal(core.toKurus('56.00'), 5600, 'toKurus');
    check.equal(core.sumKurus([2 * 5600, 3 * 525]), 12_775, '2 × 56.00 + 3 × 5.25');
    check.equal(core.fromKurus(12_775), '127.75', 'fromKurus');
  });

  const events = [];
  const listener = createBipListener({ credentials: LISTENER_CREDENTIALS, onPayment: (e) => void events.push(e), logLevel: 'off' });
  const sim = new BipSimulator({ ...CREDENTIALS, listener: { handler: listener }, listenerCredentials: LISTENER_CREDENTIALS });
  const bip = new Bip({ ...CREDENTIALS, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 5 }, ...clientOptions });

  await step('input validation is refused before sending', async () => {
    const before = sim.requests.length;
    const e = await bip.startPayment({ msisdn: '0212 123 45 67', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e) && e instanceof core.ValidationError, `expected a ValidationError, got ${e}`);
    check.equal(e.code, 'validation_error');
    check.deepEqual(e.fields, ['msisdn'], 'a landline is refused');
    const e2 = await bip
      .startPayment({
        msisdn: '5321234567',
        channelId: BipChannel.IN_APP_PURCHASE,
        itemList: [
          { id: 50, count: 1 },
          { id: 51, count: 1 },
        ],
      })
      .then(
        () => undefined,
        (err) => err,
      );
    check.ok(e2 instanceof core.ValidationError, `channel 50 takes exactly one item, got ${e2}`);
    check.equal(sim.requests.length, before, 'nothing sent');
  });

  await step('full flow: channel 40 priced by the listener; channel 10 reserve, listener, commit once', async () => {
    const card = await bip.startPayment({
      msisdn: '0532 123 45 67',
      channelId: BipChannel.CREDIT_CARD,
      itemList: [
        { id: 50, count: 2 },
        { id: 53, count: 3 },
      ],
    });
    check.equal(card.status, 'awaiting_consent');
    check.equal(card.resultCode, 1103);
    check.equal(card.msisdn, '905321234567');
    check.equal(sim.requests.at(-1).headers.authorization, EXPECTED_BASIC, 'Basic header on the wire');
    const delivered = await sim.approve(card.transactionId);
    check.ok(delivered.acknowledged, 'listener answers resultCode 0');
    const paid = events.at(-1);
    check.ok(paid.succeeded && paid.transactionId === card.transactionId, 'listener event');
    check.equal(paid.totalAmountKurus, 12_775, 'total in kuruş');
    check.equal(core.sumKurus(paid.itemList.map((i) => i.itemPriceKurus * i.itemCount)), paid.totalAmountKurus, 'items add up');
    check.ok(paid.orderDate instanceof Date, 'orderDate is a Date');

    const reserve = await bip.startPayment({ msisdn: '5321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] });
    check.equal(reserve.needsCommit, true);
    await sim.approve(reserve.transactionId);
    const reserved = events.at(-1);
    check.ok(typeof reserved.commitToken === 'string', 'channel 10 callback carries a commitToken');
    const done = await bip.commit({ transactionId: reserve.transactionId, msisdn: reserve.msisdn, commitToken: reserved.commitToken });
    check.equal(done.status, 'committed');
    check.equal(sim.commitCount, 1, 'one commit');
    check.equal(sim.requests.at(-1).headers.authorization, EXPECTED_BASIC, 'Basic header on the commit');
    const again = await bip.commit({ transactionId: reserve.transactionId, msisdn: reserve.msisdn, commitToken: reserved.commitToken }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(again instanceof core.ProviderError && again.providerCode === String(BIP_SIM_CODES.ALREADY_COMMITTED), `a second commit is refused, got ${again}`);

    const forged = await listener(
      new Request('https://shop.example/bip/listener', {
        method: 'POST',
        headers: { authorization: core.basicAuthHeader(LISTENER_CREDENTIALS.username, 'nope'), 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    check.equal(forged.status, 401, 'the listener refuses a forged Basic header');
  });

  await step('smallest form: createBipTransport + startBipPayment (generated id); the bare row generates one too, before sending', async () => {
    const transport = createBipTransport({ ...CREDENTIALS, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off', ...clientOptions });
    const before = sim.requests.length;
    const bad = await startBipPayment(transport, { msisdn: '5321234567', channelId: BipChannel.CREDIT_CARD }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(bad instanceof core.ValidationError, `itemList is required, got ${bad}`);
    check.deepEqual(bad.fields, ['itemList'], 'names the field');
    check.equal(sim.requests.length, before, 'nothing sent');
    const bare = await transport.call(paymentsStart, { msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    check.ok(/^[1-9]\d{15}$/.test(bare.reference), `the row generated a transactionId, got ${bare.reference}`);
    check.equal(JSON.parse(sim.requests.at(-1).body).transactionId, bare.reference, 'the generated id is the one on the wire');
    const started = await startBipPayment(transport, { msisdn: '0532 123 45 67', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] });
    check.equal(started.status, 'awaiting_consent');
    check.ok(/^[1-9]\d{15}$/.test(started.transactionId), `generated id, got ${started.transactionId}`);
    check.equal(sim.transaction(started.transactionId).msisdn, '905321234567', 'the gateway has it');
    check.equal(sim.requests.at(-1).headers.authorization, EXPECTED_BASIC, 'Basic header on the wire');
  });

  await step('a refused start is a typed PaymentDeclinedError, sent once; a rejection reaches the listener', async () => {
    sim.queueStartResult({ resultCode: 4010403, resultDesc: 'NOT_A_TURKCELL_SUBSCRIBER' });
    const before = sim.count('POST', '/pgw/paymentService');
    const e = await bip.startPayment({ msisdn: '905321234567', channelId: BipChannel.INVOICE_DIRECT, itemList: [{ id: 50, count: 1 }] }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e), `expected an odeme error, got ${e}`);
    check.equal(e.code, 'payment_declined');
    check.ok(e instanceof core.PaymentDeclinedError && e instanceof core.ProviderError && e instanceof core.OdemeError, 'class tree');
    check.equal(e.reason, 'invalid_card', 'not a Turkcell subscriber: no line to charge');
    check.equal(e.providerCode, '4010403');
    check.equal(e.group, 'NOT_TURKCELL_SUBSCRIBER');
    check.equal(e.provider, 'bip');
    check.ok(!JSON.stringify(e).includes(CREDENTIALS.password), 'secret never in the error');
    check.equal(sim.count('POST', '/pgw/paymentService') - before, 1, 'a money-moving call is sent once');

    const started = await bip.startPayment({ msisdn: '905321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 52, count: 4 }] });
    await sim.reject(started.transactionId);
    const failed = events.at(-1);
    check.ok(!failed.succeeded && failed.resultCode === 4010101 && failed.resultName === 'INVOICE_CHARGE_FAILED', 'a rejection is a failed event');
    check.equal(failed.commitToken, undefined, 'nothing to commit');
  });
}
