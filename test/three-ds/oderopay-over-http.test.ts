// ÖderoPay's 3-D Secure over plain HTTP, as a browser walks it: the init's HTML leads to the bank's page on the
// simulator (served on loopback), the shopper answers there, and the bank's page posts back to the merchant. No call
// into the simulator's code between the steps.
import { decodeThreeDSHtml, OderoPay, PaymentDeclinedError, readThreeDSCallback } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator, SIM_SMS_CODE } from '@odeme/testkit';
import { type Listening, listen } from '@odeme/testkit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstForm, submit } from './html-forms';

const keys = { apiKey: 'k-3ds', secretKey: 's-3ds' };
const callbackUrl = 'https://shop.example/odero/3ds';
let sim: OderoPaySimulator;
let server: Listening;
let odero: OderoPay;

beforeAll(async () => {
  sim = new OderoPaySimulator(keys);
  server = await listen(sim);
  odero = new OderoPay({ ...keys, baseUrl: server.url, logLevel: 'off' });
});
afterAll(() => server.close());

let seq = 0;
async function init(cardNumber: string = ODEROPAY_TEST_CARDS.success) {
  seq += 1;
  const started = await odero.threeDS.init({
    price: '120.50',
    paidPrice: '120.50',
    currency: 'TRY',
    installment: 1,
    paymentGroup: 'PRODUCT',
    conversationId: `order-3ds-${seq}`,
    callbackUrl,
    card: { cardHolderName: 'Ayşe Yılmaz', cardNumber, expireYear: '2031', expireMonth: '07', cvc: '000' },
    items: [{ name: 'Çay', price: '120.50' }],
  });
  return firstForm(decodeThreeDSHtml(started), server.url);
}

/** Opens the bank page from the init's HTML; returns its answer form and the page. */
async function openBank(cardNumber?: string) {
  const lead = await init(cardNumber);
  const page = await fetch(submit(lead));
  const html = await page.text();
  return { page, html, form: firstForm(html, page.url || lead.action), paymentId: Number(lead.fields.paymentId) };
}

async function answer(form: ReturnType<typeof firstForm>, typed: Record<string, string>) {
  const res = await fetch(submit(form, typed));
  const html = await res.text();
  return { res, html, form: firstForm(html, form.action) };
}

describe('ÖderoPay 3-D Secure over HTTP', () => {
  it('the bank page shows the payment, works under its strict policy, and the right code pays', async () => {
    const { page, html, form, paymentId } = await openBank();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(html).toContain('₺120,50');
    expect(html).toContain('5528 79** **** 0008');
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    const css = await fetch(new URL('/sim/assets/challenge.css', server.url));
    expect(css.headers.get('content-type')).toContain('text/css');

    const back = await answer(form, { code: SIM_SMS_CODE, action: 'approve' });
    expect(back.form.action).toBe(callbackUrl);
    expect(back.form.fields).toMatchObject({ paymentId: String(paymentId), status: 'SUCCESS', mdStatus: '1' });
    // The merchant's route reads the post and completes the payment.
    const post = await readThreeDSCallback(new Request(callbackUrl, submit(back.form)));
    const done = await odero.threeDS.complete({ paymentId: post.paymentId as string });
    expect(done.paymentStatus).toBe('SUCCESS');
    expect(sim.threeDSSessions.get(paymentId)).toMatchObject({ state: 'COMPLETED', bankOutcome: 'approved' });
  });

  it('a wrong code shows the page again with the attempts left; three wrong codes fail the payment', async () => {
    const { form, paymentId } = await openBank();
    const first = await answer(form, { code: '000000', action: 'approve' });
    expect(first.html).toContain('2 deneme hakkınız kaldı');
    expect(first.form.action).toContain(`/sim/oderopay/3ds/${paymentId}/answer`);
    const second = await answer(first.form, { code: '111111', action: 'approve' });
    const third = await answer(second.form, { code: '222222', action: 'approve' });
    expect(third.form.action).toBe(callbackUrl);
    expect(third.form.fields).toMatchObject({ status: 'FAILURE', mdStatus: '0' });
    expect(sim.threeDSSessions.get(paymentId)?.bankOutcome).toBe('wrong_code');
    const error = await odero.threeDS.complete({ paymentId: String(paymentId) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentDeclinedError);
  });

  it.each([
    ['cancel', 'cancelled', 'iptal ettiniz'],
    ['timeout', 'timed_out', 'zaman aşımına'],
  ] as const)('%s at the bank posts a failure back and the payment is declined', async (action, outcome, text) => {
    const { form, paymentId } = await openBank();
    const back = await answer(form, { action });
    expect(back.html).toContain(text);
    expect(back.form.fields.status).toBe('FAILURE');
    expect(sim.threeDSSessions.get(paymentId)?.bankOutcome).toBe(outcome);
    expect(sim.payments.get(paymentId)?.paymentStatus).toBe('FAILURE');
    await expect(odero.threeDS.complete({ paymentId: String(paymentId) })).rejects.toBeInstanceOf(PaymentDeclinedError);
  });

  it('a finished session cannot be answered twice, and a nonce makes the pages submit by themselves', async () => {
    const { form } = await openBank();
    await answer(form, { code: SIM_SMS_CODE, action: 'approve' });
    const again = await fetch(submit(form, { code: SIM_SMS_CODE, action: 'approve' }));
    expect(again.status).toBe(409);

    const withNonce = new OderoPaySimulator({ ...keys, pageNonce: 'n0nce-42' });
    const s = await listen(withNonce);
    try {
      const client = new OderoPay({ ...keys, baseUrl: s.url, logLevel: 'off' });
      const started = await client.threeDS.init({
        price: '10.00',
        paidPrice: '10.00',
        currency: 'TRY',
        installment: 1,
        paymentGroup: 'PRODUCT',
        callbackUrl,
        card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2031', expireMonth: '07', cvc: '000' },
        items: [{ name: 'Çay', price: '10.00' }],
      });
      expect(decodeThreeDSHtml(started)).toContain('<script nonce="n0nce-42">');
      const bank = await fetch(submit(firstForm(decodeThreeDSHtml(started), s.url)));
      const back = await fetch(submit(firstForm(await bank.text(), bank.url || s.url), { code: SIM_SMS_CODE, action: 'approve' }));
      expect(back.headers.get('content-security-policy')).toContain("'nonce-n0nce-42'");
      expect(await back.text()).toContain('<script nonce="n0nce-42">');
    } finally {
      await s.close();
    }
  });
});

describe('ÖderoPay hosted checkout over HTTP', () => {
  const start = () =>
    odero.checkout.init({
      price: '89.90',
      paidPrice: '89.90',
      currency: 'TRY',
      paymentGroup: 'PRODUCT',
      conversationId: `order-co-${Date.now()}`,
      callbackUrl: 'https://shop.example/odero/checkout-done',
      items: [{ name: 'Demlik', price: '89.90' }],
    });

  it('the page takes a card, refuses a declined one with the reason, runs the bank challenge, and posts the token back', async () => {
    const { token, pageUrl } = await start();
    expect(pageUrl).toBe(`${server.url}/?token=${token}`);
    const page = await fetch(pageUrl);
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(html).toContain('₺89,90');
    const form = firstForm(html, pageUrl);
    const card = { holder: 'Ayşe Yılmaz', month: '07', year: String(new Date().getFullYear() + 2), cvc: '000' };

    const refused = await (await fetch(submit(form, { ...card, number: ODEROPAY_TEST_CARDS.insufficientFunds }))).text();
    expect(refused).toContain('Kartınız reddedildi');
    expect(sim.checkouts.get(token)?.paymentId).toBeUndefined();

    const bank = await (await fetch(submit(form, { ...card, number: ODEROPAY_TEST_CARDS.success }))).text();
    expect(bank).toContain('₺89,90');
    const back = firstForm(await (await fetch(submit(firstForm(bank, pageUrl), { code: SIM_SMS_CODE, action: 'approve' }))).text(), pageUrl);
    expect(back).toMatchObject({ action: 'https://shop.example/odero/checkout-done', fields: { token } });
    const paid = await odero.checkout.retrieve({ token });
    expect(paid.paymentStatus).toBe('SUCCESS');
    expect((await fetch(pageUrl)).status).toBe(409);
  });

  it('a cancelled challenge returns to the page with the reason, and nothing is paid', async () => {
    const { token, pageUrl } = await start();
    const form = firstForm(await (await fetch(pageUrl)).text(), pageUrl);
    const bank = await (
      await fetch(
        submit(form, { holder: 'Ayşe Yılmaz', number: ODEROPAY_TEST_CARDS.success, month: '07', year: String(new Date().getFullYear() + 2), cvc: '000' }),
      )
    ).text();
    const again = await (await fetch(submit(firstForm(bank, pageUrl), { action: 'cancel' }))).text();
    expect(again).toContain('doğrulaması tamamlanamadı');
    expect(sim.checkouts.get(token)?.paymentId).toBeUndefined();
    await expect(odero.checkout.retrieve({ token })).rejects.toThrow();
  });
});
