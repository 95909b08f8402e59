// HASO's browser flow over plain HTTP, as the shopper's browser walks it: the SDK's signed form, posted to the
// simulator (served on loopback), opens HASO's screen; the shopper picks a plan and confirms with the SMS code; the
// screen posts to okUrl or failUrl, which the SDK's return reader parses. No call into the simulator between steps.
import { Haso, parseHasoReturn } from '@odeme/haso';
import { HasoSimulator, SIM_SMS_CODE } from '@odeme/testkit';
import { type Listening, listen } from '@odeme/testkit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstForm, submit } from './html-forms';

const creds = { merchantId: 'M-HTTP-1', merchantKey: 'key-http', merchantSalt: 'salt-http' };
const shopper = { shopperName: 'Ayşe Nur', shopperSurname: 'Yılmaz', tckn: '10000000146', mobileNumber: '5321112233', email: 'ayse@example.com' };
const urls = { okUrl: 'https://shop.example/haso/ok', failUrl: 'https://shop.example/haso/fail', callbackUrl: 'https://shop.example/haso/cb' };
let sim: HasoSimulator;
let server: Listening;
let haso: Haso;
let customerId: string;

beforeAll(async () => {
  sim = new HasoSimulator({ ...creds, pinCode: '482915' });
  server = await listen(sim);
  haso = new Haso({ ...creds, baseUrl: server.url, ipAddress: '203.0.113.7', logLevel: 'off' });
  const started = await haso.limits.start(shopper);
  const confirmed = await haso.limits.confirmPin({ kkbRefNo: started.KkbRefNo as string, pinCode: sim.pinFor(started.KkbRefNo as string) as string });
  customerId = confirmed.CustomerInfo?.CustomerId as string;
});
afterAll(() => server.close());

let seq = 0;
async function openScreen(withCustomer: boolean, orderAmount = 125_000) {
  seq += 1;
  const merchantOid = `WEB-${seq}-${Date.now().toString(36)}`.slice(0, 20);
  const { Token } = await haso.tokens.get({ merchantOid, orderAmount });
  const form = haso.browser.transaction({ token: Token as string, ...urls, merchantOid, orderAmount, ...(withCustomer ? { customerId } : {}) });
  const page = await fetch(submit(firstForm(form.html, server.url)));
  const html = await page.text();
  return { page, html, screen: firstForm(html, server.url), merchantOid };
}

describe('HASO browser flow over HTTP', () => {
  it('a known customer picks six installments, confirms with the code, and the shop gets the order back', async () => {
    const { page, html, screen, merchantOid } = await openScreen(true);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(html).toContain('₺1.250,00');
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    const back = firstForm(await (await fetch(submit(screen, { plan: '6', code: SIM_SMS_CODE, action: 'approve' }))).text(), server.url);
    expect(back.action).toBe(urls.okUrl);
    const ret = parseHasoReturn(new URLSearchParams(back.fields).toString(), 'ok');
    expect(ret).toMatchObject({ merchantOid, customerId });
    const plan = await haso.transactions.paymentPlan({ merchantOid, transactionCode: ret.transactionCode as string });
    expect(plan.PaymentPlan).toHaveLength(6);
  });

  it('a shopper known only by TCKN is found; a used token does not open a second screen', async () => {
    const { screen } = await openScreen(false);
    const back = firstForm(await (await fetch(submit(screen, { tckn: shopper.tckn, plan: '3', code: SIM_SMS_CODE, action: 'approve' }))).text(), server.url);
    expect(back.action).toBe(urls.okUrl);
    expect(back.fields.customerId).toBe(customerId);
    const { Token } = await haso.tokens.get({ merchantOid: 'WEB-REUSE', orderAmount: 100 });
    const form = firstForm(
      haso.browser.transaction({ token: Token as string, ...urls, merchantOid: 'WEB-REUSE', orderAmount: 100, customerId }).html,
      server.url,
    );
    expect((await fetch(submit(form))).status).toBe(200);
    expect((await fetch(submit(form))).status).toBe(401);
  });

  it.each([
    ['cancel', 'iptal'],
    ['timeout', 'zaman aşımına'],
  ] as const)('%s posts to failUrl with the reason, and no order is made', async (action, text) => {
    const { screen, merchantOid } = await openScreen(true);
    const back = firstForm(await (await fetch(submit(screen, { action }))).text(), server.url);
    expect(back.action).toBe(urls.failUrl);
    expect(back.fields.errorMessage).toContain(text);
    expect([...sim.state.transactions.values()].some((t) => t.merchantOid === merchantOid)).toBe(false);
  });

  it('three wrong codes fail the order; a limit too small fails it with HASO’s code', async () => {
    let { screen } = await openScreen(true);
    for (const code of ['000000', '111111']) {
      const page = await (await fetch(submit(screen, { code, action: 'approve' }))).text();
      expect(page).toContain('deneme hakkınız kaldı');
      screen = firstForm(page, server.url);
    }
    const back = firstForm(await (await fetch(submit(screen, { code: '222222', action: 'approve' }))).text(), server.url);
    expect(back.action).toBe(urls.failUrl);

    // 20,000 TL is over the customer's limit: HASO's screen refuses it with H901, as CreateTransaction does.
    const big = await openScreen(true, 2_000_000);
    const refused = firstForm(await (await fetch(submit(big.screen, { code: SIM_SMS_CODE, action: 'approve' }))).text(), server.url);
    expect(refused.action).toBe(urls.failUrl);
    expect(refused.fields.errorMessage).toContain('H901');
  });
});
