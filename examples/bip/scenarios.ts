import { fromKurus } from '@odeme/core';
import { BipSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';
import { createShop, type Deliver, type Env, type WorkerContext } from './worker';

const env: Env = {
  BIP_USERNAME: 'bip-demo-service',
  BIP_PASSWORD: 'bip-demo-password-1',
  BIP_LISTENER_USERNAME: 'turkcell-listener',
  BIP_LISTENER_PASSWORD: 'listener-demo-secret',
  BIP_BASE_URL: 'https://apigw.tvoip.turkcell.com.tr/pgw',
};

/** A simulated Turkcell gateway wired to the example Worker, with a Worker-like `waitUntil`. */
function world(deliver: Deliver = async () => true, listenerPassword = env.BIP_LISTENER_PASSWORD) {
  const sim = new BipSimulator({
    username: env.BIP_USERNAME,
    password: env.BIP_PASSWORD,
    listenerCredentials: { username: env.BIP_LISTENER_USERNAME, password: listenerPassword },
  });
  const shop = createShop(env, deliver, { fetch: sim.fetch, logLevel: 'off' });
  const pending: Promise<unknown>[] = [];
  const ctx: WorkerContext = { waitUntil: (p) => void pending.push(p) };
  sim.setListener({ url: 'https://shop.example/bip/listener', handler: (request) => shop.fetch(request, env, ctx) });
  const buy = async (body: Record<string, unknown>) => {
    const res = await shop.fetch(new Request('https://shop.example/buy', { method: 'POST', body: JSON.stringify(body) }), env, ctx);
    check(res.status === 202, `buy answered ${res.status}`);
    return (await res.json()) as { transactionId: string };
  };
  return { sim, shop, buy, settle: () => Promise.all(pending.splice(0)) };
}

export const scenarios: Scenario[] = [
  {
    name: 'BiP credit card (channel 40): approved → listener',
    provider: 'bip',
    async run({ step, log }) {
      const { sim, shop, buy } = world();
      step('start a payment for 2 × product 50 with a local number');
      const { transactionId } = await buy({ msisdn: '0532 123 45 67', productId: 50, count: 2, channelId: 40 });
      check(shop.orders.get(transactionId)?.status === 'awaiting_consent', 'order must wait for consent');
      check(sim.transaction(transactionId).msisdn === '905321234567', 'msisdn must be sent as 90XXXXXXXXXX');
      step('the user approves in BiP; Turkcell calls the listener');
      const delivery = await sim.approve(transactionId);
      check(delivery.acknowledged, 'listener must answer resultCode 0');
      const order = shop.orders.get(transactionId);
      check(order?.status === 'paid', `order must be paid, is ${order?.status}`);
      check(order.totalKurus === 11200, `total must be 112.00 TL, got ${order.totalKurus}`);
      log(`order ${transactionId}: paid ${fromKurus(order.totalKurus)} TL`);
    },
  },
  {
    name: 'BiP invoice reserve & commit (channel 10): listener → deliver → commit',
    provider: 'bip',
    async run({ step, log }) {
      const delivered: string[] = [];
      const { sim, shop, buy, settle } = world(async (o) => {
        delivered.push(o.transactionId);
        return true;
      });
      step('reserve product 51 on the invoice');
      const { transactionId } = await buy({ msisdn: '5321234567', productId: 51 });
      step('the user approves; the listener receives the commitToken');
      const delivery = await sim.approve(transactionId);
      check(delivery.acknowledged, 'listener must acknowledge before delivering');
      step('deliver after the answer (waitUntil), then commit');
      await settle();
      check(delivered.includes(transactionId), 'the benefit must be delivered');
      check(shop.orders.get(transactionId)?.status === 'committed', 'order must be committed');
      check(sim.transaction(transactionId).state === 'committed' && sim.commitCount === 1, 'the gateway must see exactly one commit');
      step('a repeated callback changes nothing');
      await sim.redeliver(transactionId);
      await settle();
      check(sim.commitCount === 1, 'a repeated callback must not commit twice');
      log(`order ${transactionId}: delivered and committed once`);
    },
  },
  {
    name: 'BiP channel 10: delivery fails → no commit, user not charged',
    provider: 'bip',
    async run({ step }) {
      const { sim, shop, buy, settle } = world(async () => false);
      step('reserve and approve');
      const { transactionId } = await buy({ msisdn: '905321234567', productId: 52 });
      await sim.approve(transactionId);
      await settle();
      step('the shop could not deliver, so it did not commit');
      check(shop.orders.get(transactionId)?.status === 'not_delivered', 'order must be marked not delivered');
      check(sim.transaction(transactionId).state === 'reserved' && sim.commitCount === 0, 'the reservation must stay uncommitted');
    },
  },
  {
    name: 'BiP rejection: 4010101 reaches the listener as a failed order',
    provider: 'bip',
    async run({ step }) {
      const { sim, shop, buy } = world();
      const { transactionId } = await buy({ msisdn: '905321234567', productId: 50, channelId: 11 });
      step('the charge cannot be put on the invoice');
      await sim.reject(transactionId, { resultCode: 4010101 });
      const order = shop.orders.get(transactionId);
      check(order?.status === 'failed' && order.failure === 'INVOICE_CHARGE_FAILED', `order must fail with INVOICE_CHARGE_FAILED, got ${order?.failure}`);
    },
  },
  {
    name: 'BiP listener refuses a forged Basic header',
    provider: 'bip',
    async run({ step }) {
      const { sim, shop, buy } = world(async () => true, 'not-the-listener-secret');
      const { transactionId } = await buy({ msisdn: '905321234567', productId: 50, channelId: 40 });
      step('a caller with the wrong password posts a success');
      const delivery = await sim.approve(transactionId);
      check(delivery.status === 401 && !delivery.acknowledged, `listener must answer 401, got ${delivery.status}`);
      check(shop.orders.get(transactionId)?.status === 'awaiting_consent', 'the order must be untouched');
    },
  },
];
