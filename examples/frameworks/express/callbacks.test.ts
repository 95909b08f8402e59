// The callback routes of an Express app, called over real HTTP: BiP's simulated gateway posts to the listener, and
// the shopper's browser walk of ÖderoPay's 3-D Secure (the simulator served on loopback) ends on the 3DS route.
import type { AddressInfo } from 'node:net';
import type { BipListenerEvent } from '@odeme/bip';
import { decodeThreeDSHtml, OderoPay } from '@odeme/oderopay';
import { BipSimulator, ODEROPAY_TEST_CARDS, OderoPaySimulator, SIM_SMS_CODE } from '@odeme/testkit';
import { type Listening, listen } from '@odeme/testkit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstForm, submit } from '../../../test/three-ds/html-forms';
import { createCallbackApp } from './bip-listener';

const bipKeys = { username: 'bip-svc', password: 'bip-pass-1' };
const listenerCreds = { username: 'turkcell', password: 'listener-pass-9' };
const oderoKeys = { apiKey: 'k-express', secretKey: 's-express' };

let base = '';
let close: () => Promise<void>;
let oderoServer: Listening;
let odero: OderoPay;
const bipEvents: BipListenerEvent[] = [];
const paid: string[] = [];

beforeAll(async () => {
  oderoServer = await listen(new OderoPaySimulator(oderoKeys));
  odero = new OderoPay({ ...oderoKeys, baseUrl: oderoServer.url, logLevel: 'off' });
  const app = createCallbackApp({
    bipListenerCredentials: listenerCreds,
    odero,
    onBipPayment: (e) => void bipEvents.push(e),
    onPaid: (id) => void paid.push(id),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  await oderoServer.close();
});

describe('Express callback routes through the Node adapter', () => {
  it('the BiP listener acknowledges a real gateway post and refuses a wrong password', async () => {
    const sim = new BipSimulator({ ...bipKeys, listener: { url: `${base}/bip/listener` }, listenerCredentials: listenerCreds });
    const bip = await import('@odeme/bip').then((m) => new m.Bip({ ...bipKeys, fetch: sim.fetch, logLevel: 'off' }));
    const started = await bip.startPayment({ msisdn: '05321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    const delivery = await sim.approve(started.transactionId);
    expect(delivery).toMatchObject({ status: 200, acknowledged: true });
    expect(bipEvents.at(-1)).toMatchObject({ transactionId: started.transactionId, succeeded: true });

    const forged = new BipSimulator({ ...bipKeys, listener: { url: `${base}/bip/listener` }, listenerCredentials: { ...listenerCreds, password: 'guess' } });
    const other = await import('@odeme/bip').then((m) => new m.Bip({ ...bipKeys, fetch: forged.fetch, logLevel: 'off' }));
    const second = await other.startPayment({ msisdn: '05321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect((await forged.approve(second.transactionId)).status).toBe(401);
    expect(bipEvents).toHaveLength(1);
  });

  it.each([
    ['approve', 200, 'Ödemeniz alındı'],
    ['cancel', 402, ''],
  ] as const)('the 3-D Secure route completes what the bank approved (%s)', async (action, status, text) => {
    const started = await odero.threeDS.init({
      price: '75.00',
      paidPrice: '75.00',
      currency: 'TRY',
      installment: 1,
      paymentGroup: 'PRODUCT',
      callbackUrl: `${base}/odero/3ds`,
      card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2031', expireMonth: '07', cvc: '000' },
      items: [{ name: 'Defter', price: '75.00' }],
    });
    const lead = firstForm(decodeThreeDSHtml(started), oderoServer.url);
    const bank = await fetch(submit(lead));
    const back = await fetch(submit(firstForm(await bank.text(), lead.action), { code: SIM_SMS_CODE, action }));
    const toShop = firstForm(await back.text(), lead.action);
    expect(toShop.action).toBe(`${base}/odero/3ds`);
    const shop = await fetch(submit(toShop));
    expect(shop.status).toBe(status);
    const body = await shop.text();
    if (text) expect(body).toBe(text);
    else expect(body.length).toBeGreaterThan(0); // the shopper's Turkish decline text
    expect(paid.includes(toShop.fields.paymentId as string)).toBe(action === 'approve');
  });
});
