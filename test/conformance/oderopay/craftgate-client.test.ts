import craftgate from '@craftgate/craftgate';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import { type Listening, listen } from '@odeme/testkit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_SHARED, SHARED } from './craftgate-operations.js';

// `@craftgate/craftgate`, the sibling platform's own client, driven against our ÖderoPay simulator over a real socket for
// every operation the two share. Its signatures, query serialiser (repeated keys, `toISOString()` dates) and bodies are
// not ours: a refusal by the simulator of what it sends is a simulator bug, unless the spec proves otherwise.

const keys = { apiKey: 'cg-api-key-0001', secretKey: 'cg-secret-key-0001' };
const card = { cardHolderName: 'Ayşe Yılmaz', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2035', expireMonth: '07', cvc: '123' };
const items = [
  { name: 'Kitap', price: 100.25, externalId: 'sku-1' },
  { name: 'Kalem', price: 50.25, externalId: 'sku-2' },
];
const payment = { price: 150.5, paidPrice: 150.5, walletPrice: 0, installment: 1, currency: 'TRY', paymentGroup: 'PRODUCT', items };

// biome-ignore lint/suspicious/noExplicitAny: the official client's request types use TypeScript enums; its answers are read loosely.
type Loose = any;

let sim: OderoPaySimulator;
let server: Listening;
let cg: Loose;
const called = new Set<string>();

/** Runs a Craftgate method and notes that it reached the simulator and was answered 2xx. */
async function run(name: (typeof SHARED)[number], call: () => Promise<Loose>): Promise<Loose> {
  const before = sim.requests.length;
  const out = await call();
  const answered = sim.requests.slice(before);
  expect(answered.length, name).toBe(1);
  expect(answered[0]?.status, name).toBeLessThan(300);
  called.add(name);
  return out;
}

beforeAll(async () => {
  sim = new OderoPaySimulator(keys);
  server = await listen(sim);
  cg = new craftgate.Client({ ...keys, baseUrl: server.url });
});
afterAll(() => server.close());

describe('conformance: the Craftgate client against the ÖderoPay simulator (loopback)', () => {
  it('card payment, retrieve, refunds by line and whole, approvals', async () => {
    const p = await run('payment.createPayment', () => cg.payment().createPayment({ ...payment, conversationId: 'cg-1', card }));
    expect(p).toMatchObject({ paymentStatus: 'SUCCESS', paidPrice: 150.5, conversationId: 'cg-1' });
    expect((await run('payment.retrievePayment', () => cg.payment().retrievePayment(p.id))).id).toBe(p.id);
    const lines = p.paymentTransactions.map((t: { id: number }) => t.id);
    const approved = await run('payment.approvePaymentTransactions', () =>
      cg.payment().approvePaymentTransactions({ paymentTransactionIds: lines, isTransactional: true }),
    );
    expect(approved.items.map((i: { approvalStatus: string }) => i.approvalStatus)).toEqual(['SUCCESS', 'SUCCESS']);
    await run('payment.disapprovePaymentTransactions', () => cg.payment().disapprovePaymentTransactions({ paymentTransactionIds: [lines[0]] }));
    const line = await run('payment.refundPaymentTransaction', () =>
      cg.payment().refundPaymentTransaction({ paymentTransactionId: lines[0], refundPrice: 10.25 }),
    );
    expect(line).toMatchObject({ status: 'SUCCESS', refundPrice: 10.25 });
    expect((await run('payment.retrievePaymentTransactionRefund', () => cg.payment().retrievePaymentTransactionRefund(line.id))).id).toBe(line.id);
    const whole = await run('payment.refundPayment', () => cg.payment().refundPayment({ paymentId: p.id, conversationId: 'cg-refund' }));
    expect(whole).toMatchObject({ status: 'SUCCESS', refundPrice: 140.25 });
    const again = await cg
      .payment()
      .refundPayment({ paymentId: p.id })
      .catch((e: unknown) => e);
    expect(again.getErrorCode()).toBe('5');
    // A whole refund answers without an id when it is a REFUND (not a same-day CANCEL): read a CANCEL back by id.
    const q = await cg.payment().createPayment({ ...payment, card });
    const cancel = await cg.payment().refundPayment({ paymentId: q.id });
    expect((await run('payment.retrievePaymentRefund', () => cg.payment().retrievePaymentRefund(cancel.id))).refundType).toBe('CANCEL');
  });

  it('3D Secure init and complete; pre-auth and post-auth', async () => {
    const init = await run('payment.init3DSPayment', () => cg.payment().init3DSPayment({ ...payment, card, callbackUrl: 'https://shop.example/3ds' }));
    expect(Buffer.from(init.htmlContent, 'base64').toString()).toContain('<form');
    const callback = sim.simulateBankCallback();
    const done = await run('payment.complete3DSPayment', () => cg.payment().complete3DSPayment({ paymentId: Number(callback.fields.paymentId) }));
    expect(done).toMatchObject({ paymentStatus: 'SUCCESS', isThreeDS: true });
    const pre = await cg.payment().createPayment({ ...payment, paymentPhase: 'PRE_AUTH', card });
    const post = await run('payment.postAuthPayment', () => cg.payment().postAuthPayment(pre.id, { paidPrice: 120.4 }));
    expect(post).toMatchObject({ paymentPhase: 'POST_AUTH', paidPrice: 120.4 });
  });

  it('checkout init and retrieve', async () => {
    const { walletPrice: _w, installment: _i, ...shared } = payment;
    const init = await run('payment.initCheckoutPayment', () =>
      cg.payment().initCheckoutPayment({ ...shared, conversationId: 'cg-chk', callbackUrl: 'https://shop.example/chk' }),
    );
    sim.simulateCheckoutPayment(init.token);
    expect(await run('payment.retrieveCheckoutPayment', () => cg.payment().retrieveCheckoutPayment(init.token))).toMatchObject({
      paymentStatus: 'SUCCESS',
      conversationId: 'cg-chk',
    });
  });

  it('stored cards, installments and BIN', async () => {
    const p = await cg.payment().createPayment({ ...payment, card: { ...card, storeCardAfterSuccessPayment: true } });
    const cards = await run('payment.searchStoredCards', () => cg.payment().searchStoredCards({ cardUserKey: p.cardUserKey, page: 0, size: 10 }));
    expect(cards.items.map((c: { cardToken: string }) => c.cardToken)).toEqual([p.cardToken]);
    const options = await run('installment.searchInstallments', () =>
      cg.installment().searchInstallments({ binNumber: '552879', price: 100, currency: 'TRY' }),
    );
    expect(options.items[0].installmentPrices.length).toBeGreaterThan(1);
    expect(await run('installment.retrieveBinNumber', () => cg.installment().retrieveBinNumber('552879'))).toMatchObject({ cardAssociation: 'MASTER_CARD' });
  });

  it('reporting: "until now" with toISOString() dates loses nothing; bounced rows take Dates', async () => {
    const p = await cg.payment().createPayment({ ...payment, conversationId: 'cg-report', card });
    const found = await run('paymentReporting.searchPayments', () =>
      cg
        .paymentReporting()
        .searchPayments({ conversationId: 'cg-report', minCreatedDate: new Date(Date.now() - 60_000), maxCreatedDate: new Date(), page: 0, size: 10 }),
    );
    expect(found.items.map((x: { id: number }) => x.id)).toEqual([p.id]);
    expect(sim.requests.at(-1)?.url).toMatch(/maxCreatedDate=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A\d\d\.\d{3}Z/);
    const detail = await run('paymentReporting.retrievePayment', () => cg.paymentReporting().retrievePayment(p.id));
    expect(detail.paymentTransactions[0]).toMatchObject({ price: 100.25, externalId: 'sku-1' });
    const rows = await run('settlementReporting.searchBouncedPayoutTransactions', () =>
      cg.settlementReporting().searchBouncedPayoutTransactions({ startDate: new Date(Date.now() - 86_400_000), endDate: new Date() }),
    );
    expect(rows.items).toEqual([]);
  });

  it("a declined card reaches Craftgate as its error, with ÖderoPay's code and group", async () => {
    const e = await cg
      .payment()
      .createPayment({ ...payment, card: { ...card, cardNumber: ODEROPAY_TEST_CARDS.lostCard } })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(craftgate.CraftgateError);
    expect([e.getErrorCode(), e.getErrorData().errorGroup]).toEqual(['10041', 'LOST_CARD']);
  });

  it('covered every shared operation; the rest are listed with their reason', () => {
    expect([...called].sort()).toEqual([...SHARED].sort());
    expect(Object.values(NOT_SHARED).every((why) => why.length > 20)).toBe(true);
  });
});
