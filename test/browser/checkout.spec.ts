// The checkout example in real Chromium: a shopper buys with the test card through ÖderoPay's 3-D Secure (the
// simulator's bank page, on its own origin), gets declined, mistypes the SMS code, cancels, and refunds from the
// order page. Each flow checks the shop's order and the simulator's ledger, and saves a screenshot of every step.
import { existsSync } from 'node:fs';
import { toKurus } from '@odeme/core';
import { ODEROPAY_TEST_CARDS, SIM_SMS_CODE } from '@odeme/testkit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShop } from '../../examples/checkout/server';
import { CHROMIUM, launch, shot } from './chromium';

const strict = process.env.ODEME_BROWSER_STRICT === '1';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && strict) throw new Error(`Chromium is required at ${CHROMIUM}`);

let browser: Browser;
let running: Awaited<ReturnType<typeof startShop>>;

beforeAll(async () => {
  if (!haveChromium) return;
  browser = await launch();
  running = await startShop();
});
afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** A fresh page that fails the test on any Content-Security-Policy violation or page error. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'tr-TR' });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/** From the product list to the bank page, with `card` and the installment count. */
async function checkout(page: Page, flow: string, card: string, installments = 1): Promise<void> {
  await page.goto(running.url);
  await shot(page, flow, 1, 'products');
  await page.getByRole('link', { name: 'Satın al' }).first().click();
  await page.getByLabel('Kart üzerindeki isim').fill('Ayşe Yılmaz');
  await page.getByLabel(/Kart numarası/).pressSequentially(card);
  await page.getByLabel('Yıl').selectOption(String(new Date().getFullYear() + 3));
  await page.getByLabel('CVC').fill('000');
  // The installment table arrives from the shop's server once six digits are typed.
  await expect.poll(() => page.locator('#installment option').count()).toBeGreaterThan(1);
  await page.getByLabel('Taksit').selectOption(String(installments));
  await shot(page, flow, 2, 'card-form');
  await page.getByRole('button', { name: /öde$/ }).click();
  await page.waitForURL(/\/sim\/oderopay\/3ds\/\d+/);
  await shot(page, flow, 3, 'bank-page');
}

/** Answers on the bank page; then the shopper presses "Mağazaya dön" and lands on the order page. */
async function atBank(page: Page, flow: string, answer: 'approve' | 'cancel' | 'timeout', code = SIM_SMS_CODE): Promise<string> {
  if (answer === 'approve') {
    await page.getByLabel(/doğrulama kodu/).fill(code);
    await page.getByRole('button', { name: 'Onayla' }).click();
  } else await page.getByRole('button', { name: answer === 'cancel' ? 'İptal' : /Zaman aşımı/ }).click();
  await page.getByRole('button', { name: 'Mağazaya dön' }).waitFor();
  await shot(page, flow, 4, 'bank-answer');
  await page.getByRole('button', { name: 'Mağazaya dön' }).click();
  await page.waitForURL(/\/siparis\/SIP-/);
  await shot(page, flow, 5, 'order');
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() as string);
}

describe.skipIf(!haveChromium)('checkout example in Chromium', () => {
  it('pays in three installments through the bank page, then refunds from the order page', async () => {
    const { page, problems } = await openPage();
    await checkout(page, 'paid', ODEROPAY_TEST_CARDS.success, 3);
    const bankAmount = await page.locator('.amount').textContent();
    expect(bankAmount).toMatch(/^₺1\.2\d\d,\d\d$/);
    expect(bankAmount).not.toBe('₺1.249,90'); // the installment charge is in it
    const orderId = await atBank(page, 'paid', 'approve');
    expect(await page.locator('#order-status').textContent()).toBe('Ödendi');
    const order = running.shop.orders.get(orderId);
    expect(order).toMatchObject({ status: 'paid', installment: 3 });
    const payment = running.simulator.payments.get(order?.paymentId as number);
    expect(payment?.paymentStatus).toBe('SUCCESS');
    expect(payment?.conversationId).toBe(orderId);
    expect(payment?.installment).toBe(3);
    // The card was charged the three-installment total, as the bank page showed it.
    expect(await page.locator('dt:text-is("Kartınızdan çekilen") + dd').textContent()).toBe(bankAmount);
    expect(payment?.paidPrice).toBe(toKurus(order?.paidPrice as string)); // the simulator keeps kuruş

    await page.getByRole('button', { name: 'Siparişi iade et' }).click();
    await page.waitForURL(/iade=1/);
    await shot(page, 'paid', 6, 'refunded');
    expect(await page.locator('#order-status').textContent()).toBe('İade edildi');
    expect(running.shop.orders.get(orderId)?.status).toBe('refunded');
    expect([...running.simulator.refunds.values()].some((r) => (r as { paymentId?: number }).paymentId === order?.paymentId)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a declined card ends on the order page with the Turkish reason, and nothing is charged', async () => {
    const { page, problems } = await openPage();
    await checkout(page, 'declined', ODEROPAY_TEST_CARDS.insufficientFunds);
    const orderId = await atBank(page, 'declined', 'approve');
    expect(await page.locator('#order-status').textContent()).toBe('Ödeme alınamadı');
    expect(await page.locator('.error').textContent()).toMatch(/bakiye|limit/i);
    expect(await page.getByText('Kartınızdan çekilen').count()).toBe(0);
    const order = running.shop.orders.get(orderId);
    expect(order).toMatchObject({ status: 'declined', decline: { reason: 'insufficient_funds' } });
    expect(running.simulator.payments.get(order?.paymentId as number)?.paymentStatus).toBe('FAILURE');
    expect(problems).toEqual([]);
  });

  it('a wrong SMS code is shown with the attempts left; three fail the payment', async () => {
    const { page, problems } = await openPage();
    await checkout(page, 'wrong-code', ODEROPAY_TEST_CARDS.success);
    await page.getByLabel(/doğrulama kodu/).fill('000000');
    await page.getByRole('button', { name: 'Onayla' }).click();
    await page.getByText('2 deneme hakkınız kaldı').waitFor();
    await shot(page, 'wrong-code', 4, 'wrong-code-once');
    await page.getByLabel(/doğrulama kodu/).fill('111111');
    await page.getByRole('button', { name: 'Onayla' }).click();
    await page.getByText('1 deneme hakkınız kaldı').waitFor();
    const orderId = await atBank(page, 'wrong-code', 'approve', '222222');
    expect(await page.locator('#order-status').textContent()).toBe('Ödeme alınamadı');
    const order = running.shop.orders.get(orderId);
    expect(order?.status).toBe('declined');
    const session = running.simulator.threeDSSessions.get(order?.paymentId as number);
    expect(session?.bankOutcome).toBe('wrong_code');
    expect(problems).toEqual([]);
  });

  it('a cancelled challenge declines the order, and the live card checks speak before anything is sent', async () => {
    const { page, problems } = await openPage();
    await checkout(page, 'cancelled', ODEROPAY_TEST_CARDS.success);
    const orderId = await atBank(page, 'cancelled', 'cancel');
    const order = running.shop.orders.get(orderId);
    expect(order?.status).toBe('declined');
    expect(running.simulator.threeDSSessions.get(order?.paymentId as number)?.bankOutcome).toBe('cancelled');

    // Core's Luhn check, in the browser: one digit off is caught as it is typed, and the form is not sent.
    await page.goto(`${running.url}/odeme?urun=ince-belli`);
    await page.getByLabel(/Kart numarası/).pressSequentially('5528790000000009');
    await page.getByText('son hane tutmuyor').waitFor();
    expect(await page.locator('#brand').textContent()).toBe('Mastercard');
    await shot(page, 'live-checks', 1, 'bad-number');
    const before = running.simulator.requests.length;
    await page.getByRole('button', { name: /öde$/ }).click();
    expect(page.url()).toContain('/odeme?urun=ince-belli');
    expect(running.simulator.requests.length).toBe(before);
    expect(problems).toEqual([]);
  });
});
