/**
 * Portable smoke scenario of @odeme/licrus against @odeme/testkit's LicrusSimulator.
 * Contract: see ecosystem/scenarios/README.md. Packages arrive in `pkgs`, so this file imports nothing.
 */

export const requires = {
  '@odeme/core': ['toKurus', 'fromKurus', 'sumKurus', 'formatTRY', 'isOdemeError', 'OdemeError', 'ProviderError', 'PaymentDeclinedError', 'ValidationError', 'ConfigurationError'],
  '@odeme/licrus': ['Licrus', 'LicrusError', 'LicrusDeclineError', 'createLicrusTransport', 'callWithTicket', 'paymentsPay'],
  '@odeme/testkit': ['LicrusSimulator', 'LICRUS_SIM_USER', 'LICRUS_SIM_CARDS'],
};

/**
 * One tenant transport, one payment row, and the function that puts the AuthTicket in its body (logging in when
 * given credentials). The client, the other rows and the path table must go, with the other providers and the testkit.
 */
export const bundle = {
  smallest: {
    code: "import { callWithTicket, createLicrusTransport, paymentsPay } from '@odeme/licrus'; export const pay = (options, input, auth) => callWithTicket(createLicrusTransport(options), paymentsPay, input, auth);",
    absentPackages: ['@odeme/testkit', '@odeme/oderopay', '@odeme/haso', '@odeme/paywall', '@odeme/bip'],
    absent: [
      // Paths of other operations: their rows were dropped.
      '/api/ERP/GetApprovedOrders',
      '/address/City/GetAll',
      '/api/ERP/SavePriceList',
      // The client's configuration check and its ticket renewal: the client was dropped.
      'give name and password',
      'logging in again and resending once',
    ],
  },
};

const BASE = 'https://tenant-api.licrus.test';
// Computed at call time, never at module scope: workerd's clock reads 1970 until a request is being handled.
const card = (cardNumber) => ({
  CardHolderName: 'AYŞE YILMAZ',
  Number: cardNumber,
  ExpireMonth: 12,
  ExpireYear: new Date().getUTCFullYear() + 3,
  SecurityCode: '123',
});

/** Used by the harness for the browser guard. */
export function secretClient(pkgs, options) {
  const { LicrusSimulator, LICRUS_SIM_USER } = pkgs['@odeme/testkit'];
  const sim = new LicrusSimulator({});
  return new pkgs['@odeme/licrus'].Licrus({ baseUrl: BASE, name: LICRUS_SIM_USER.name, password: LICRUS_SIM_USER.password, fetch: sim.fetch, ...options });
}

const bodyOf = (record) => JSON.parse(record.body);

export async function run(pkgs, { step, check, clientOptions }) {
  const core = pkgs['@odeme/core'];
  const { Licrus, LicrusDeclineError } = pkgs['@odeme/licrus'];
  const { LicrusSimulator, LICRUS_SIM_USER, LICRUS_SIM_CARDS } = pkgs['@odeme/testkit'];

  await step('money helpers', () => {
    check.equal(core.toKurus('1249.90'), 124_990, 'toKurus("1249.90")');
    check.equal(core.fromKurus(124_990), '1249.90', 'fromKurus');
    check.ok(core.formatTRY(124_990).includes('1.249,90'), `formatTRY in tr-TR, got ${core.formatTRY(124_990)}`);
    check.equal(core.sumKurus([124_990, 10]), 125_000, 'sumKurus');
  });

  const sim = new LicrusSimulator({ ticketTtlMs: 60_000 });
  const licrus = new Licrus({
    baseUrl: BASE,
    name: LICRUS_SIM_USER.name,
    password: LICRUS_SIM_USER.password,
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });

  await step('input validation is refused before sending (not even a login)', async () => {
    const order = sim.approveOrder({ amountKurus: 49_900 });
    // The provider's own sample swaps month and year.
    const e = await licrus.payments
      .pay({ PaymentRequestCode: order.paymentRequestCode, Card: { ...card(LICRUS_SIM_CARDS.approved), ExpireMonth: 2020, ExpireYear: 7 } })
      .then(
        () => undefined,
        (err) => err,
      );
    check.ok(core.isOdemeError(e) && e instanceof core.ValidationError, `expected a ValidationError, got ${e}`);
    check.equal(e.code, 'validation_error');
    check.ok(e.fields.includes('Card.ExpireMonth') && e.fields.includes('Card.ExpireYear'), `fields, got ${JSON.stringify(e.fields)}`);
    const e2 = await licrus.payments.pay({ PaymentRequestCode: `${order.paymentRequestCode}0`, Card: card('4355084355084359') }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(e2 instanceof core.ValidationError && e2.fields.includes('PaymentRequestCode') && e2.fields.includes('Card.Number'), `code and Luhn, got ${e2}`);
    check.equal(sim.requests.length, 0, 'nothing sent');
    check.equal(sim.logins, 0, 'no login either');
  });

  await step('signing: AuthTicket session (lazy login, ticket in every body, renewal once on expiry)', async () => {
    await licrus.addresses.cities({ Culture: 'tr-TR' });
    check.equal(sim.logins, 1, 'one lazy login');
    const [login, first] = sim.requests;
    check.equal(login.path, '/api/EAM/login', 'the first request is the login');
    check.deepEqual([bodyOf(login).Name, bodyOf(login).Password], [LICRUS_SIM_USER.name, LICRUS_SIM_USER.password], 'login body');
    const ticket = bodyOf(first).AuthTicket;
    check.ok(typeof ticket === 'string' && ticket.length > 0, 'the call carries AuthTicket in its JSON body');
    check.equal(first.headers.authorization, undefined, 'no auth header');
    await licrus.orders.listApproved({ OrderType: 1 });
    check.equal(bodyOf(sim.requests.at(-1)).AuthTicket, ticket, 'the cached ticket is reused');
    check.equal(sim.logins, 1, 'still one login');

    sim.advance(120_000);
    const before = sim.requests.length;
    await licrus.orders.listApproved({ OrderType: 1 });
    check.equal(sim.logins, 2, 'an expired ticket logs in again');
    check.equal(sim.requests.length - before, 3, 'refused call, login, the call resent once');
    const renewed = bodyOf(sim.requests.at(-1)).AuthTicket;
    check.ok(renewed !== ticket, 'a new ticket');

    const forced = await licrus.login();
    await licrus.addresses.cities({ Culture: 'tr-TR' });
    check.equal(bodyOf(sim.requests.at(-1)).AuthTicket, forced, 'login() returns the ticket the next call carries');
  });

  await step('full flow: pay an approved order with its payment request code', async () => {
    const order = sim.approveOrder({ amountKurus: core.toKurus('1249.90'), description: 'Ek garanti (2 yıl)' });
    const res = await licrus.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card('4355-0843-5508-4358') });
    check.equal(res.HasError, false);
    check.equal(res.MessageList[0].kind, 'Info', 'message kind');
    check.ok(res.MessageList[0].Message.includes('1.249,90 TL'), `message names the amount, got ${res.MessageList[0].Message}`);
    check.equal(sim.payments.length, 1, 'one payment');
    check.equal(sim.payments[0].amountKurus, order.amountKurus, 'for the order amount');
    check.equal(bodyOf(sim.requests.at(-1)).Card.CardVendor, 'Unknow', 'a left-out vendor is sent as the documented Unknow, never guessed');
    const sent = bodyOf(sim.requests.at(-1));
    check.equal(sent.Card.Number, LICRUS_SIM_CARDS.approved, 'spaces and dashes removed');
    check.equal(order.paid, true, 'order paid');
  });

  await step('smallest form: createLicrusTransport + callWithTicket + paymentsPay', async () => {
    const { createLicrusTransport, callWithTicket, paymentsPay } = pkgs['@odeme/licrus'];
    const tenant = new LicrusSimulator({});
    const transport = createLicrusTransport({ baseUrl: BASE, fetch: tenant.fetch, logLevel: 'off', ...clientOptions });
    const credentials = { name: LICRUS_SIM_USER.name, password: LICRUS_SIM_USER.password };
    const order = tenant.approveOrder({ amountKurus: 49_900 });
    const bad = await callWithTicket(
      transport,
      paymentsPay,
      { PaymentRequestCode: order.paymentRequestCode, Card: card('4355084355084359') },
      credentials,
    ).then(
      () => undefined,
      (err) => err,
    );
    check.ok(bad instanceof core.ValidationError && bad.fields.includes('Card.Number'), `Luhn refused, got ${bad}`);
    check.equal(tenant.requests.length, 0, 'nothing sent, not even a login');
    const res = await callWithTicket(
      transport,
      paymentsPay,
      { PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.approved) },
      credentials,
    );
    check.equal(res.HasError, false);
    check.deepEqual(
      tenant.requests.map((r) => r.path),
      ['/api/EAM/login', '/api/ERP/Payment'],
      'a login, then the payment',
    );
    check.equal(Object.keys(bodyOf(tenant.requests[1]))[0], 'AuthTicket', 'the ticket comes first in the body');
    check.equal(order.paid, true, 'order paid');
  });

  await step('a decline is a typed LicrusDeclineError (PaymentDeclinedError), sent once', async () => {
    const order = sim.approveOrder({ amountKurus: 1000 });
    const before = sim.count('POST', '/api/ERP/Payment');
    const e = await licrus.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.declined) }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e), `expected an odeme error, got ${e}`);
    check.equal(e.code, 'payment_declined');
    check.ok(e instanceof LicrusDeclineError && e instanceof core.PaymentDeclinedError && e instanceof core.ProviderError, 'class tree');
    check.equal(e.reason, 'other', 'Licrus publishes no decline codes: without a tenant table the reason is other');
    check.equal(e.providerCode, 'SIM-BNK0005');
    check.deepEqual(e.codes, ['SIM-BNK0005'], 'codes');
    check.equal(e.provider, 'licrus');
    check.ok(!JSON.stringify(e).includes(LICRUS_SIM_USER.password), 'password never in the error');
    check.equal(sim.count('POST', '/api/ERP/Payment') - before, 1, 'a money-moving call is sent once');
    check.equal(order.paid, false, 'the order stays unpaid');
  });
}
