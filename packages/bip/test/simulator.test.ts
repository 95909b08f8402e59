import { type BipListenerEvent, createBipListener } from '@odeme/bip';
import { BIP_SIM_CODES, BipSimulator, bipOrderDate, bipSimJavaDouble } from '@odeme/testkit';
import { listen } from '@odeme/testkit/node';
import { describe, expect, it } from 'vitest';
import { creds } from './helpers';

const auth = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
const raw = (sim: BipSimulator, path: string, body: unknown, headers: Record<string, string> = {}) =>
  sim.fetch(`https://apigw.tvoip.turkcell.com.tr/pgw${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: auth, ...headers },
    body: JSON.stringify(body),
  });
const order = { transactionId: 't1', msisdn: '905321234567', channelId: 40, paymentMethod: 'reserve', itemList: [{ id: 50, count: 1 }] };

describe('BipSimulator as an independent gateway', () => {
  it('accepts the documented request with flags as strings, as Turkcell’s sample sends them', async () => {
    const sim = new BipSimulator(creds);
    const res = await raw(sim, '/paymentService', { ...order, isDeliverable: 'false' });
    expect(await res.json()).toEqual({ resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: 't1' });
    expect(sim.transaction('t1').isDeliverable).toBe(false);
    expect(sim.transaction('t1').isBillingRequired).toBe(true);
  });

  it.each([
    [{ ...order, msisdn: '05321234567' }, 'msisdn'],
    [{ ...order, paymentMethod: 'direct' }, 'paymentMethod'],
    [{ ...order, channelId: '40' }, 'channelId'],
    [{ ...order, itemList: [] }, 'itemList'],
  ])('refuses %j with a 400 validation answer', async (body, field) => {
    const sim = new BipSimulator(creds);
    const res = await raw(sim, '/paymentService', body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { resultCode: number; errors: string[] };
    expect(json.resultCode).toBe(BIP_SIM_CODES.VALIDATION_ERROR);
    expect(json.errors.join()).toContain(field);
    expect(sim.transactions.size).toBe(0);
  });

  it('refuses channel 50 with two items, unknown channels, a wrong password and a non-JSON content type', async () => {
    const sim = new BipSimulator(creds);
    expect(
      (await (
        await raw(sim, '/paymentService', {
          ...order,
          channelId: 50,
          itemList: [
            { id: 50, count: 1 },
            { id: 51, count: 1 },
          ],
        })
      ).json()) as object,
    ).toMatchObject({
      resultDesc: 'IN_APP_PURCHASE_TAKES_ONE_ITEM',
    });
    expect(await (await raw(sim, '/paymentService', { ...order, channelId: 30 })).json()).toMatchObject({ resultCode: BIP_SIM_CODES.UNKNOWN_CHANNEL });
    const forged = `Basic ${Buffer.from(`${creds.username}:nope`).toString('base64')}`;
    expect((await raw(sim, '/paymentService', order, { authorization: forged })).status).toBe(401);
    expect((await raw(sim, '/paymentService', order, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(sim.transactions.size).toBe(0);
  });

  it('writes orderDate as dd.MM.yyyy HH:mm:ss in Turkey time', () => {
    expect(bipOrderDate(new Date('2016-11-25T11:36:02Z'))).toBe('25.11.2016 14:36:02');
    expect(bipOrderDate(new Date('2023-12-31T22:00:00Z'))).toBe('01.01.2024 01:00:00');
  });

  it('posts the callback to a real listener URL over HTTP, and can redeliver it', async () => {
    const events: BipListenerEvent[] = [];
    const listenerCreds = { username: 'tc', password: 'listener-pass-77' };
    const server = await listen(createBipListener({ credentials: listenerCreds, onPayment: (e) => void events.push(e) }));
    try {
      const sim = new BipSimulator({ ...creds, listener: { url: `${server.url}/bip/listener` }, listenerCredentials: listenerCreds });
      await raw(sim, '/paymentService', { ...order, channelId: 10 });
      const first = await sim.approve('t1');
      expect(first).toMatchObject({ status: 200, acknowledged: true });
      const second = await sim.redeliver('t1');
      expect(second.acknowledged).toBe(true);
      expect(events.map((e) => e.commitToken)).toEqual([sim.transaction('t1').commitToken, sim.transaction('t1').commitToken]);
      expect(sim.deliveries).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('posts amounts as Turkcell’s Java side writes doubles, and the SDK listener acknowledges them', async () => {
    const events: BipListenerEvent[] = [];
    const listenerCreds = { username: 'tc', password: 'listener-pass-77' };
    const handler = createBipListener({ credentials: listenerCreds, onPayment: (e) => void events.push(e) });
    const sim = new BipSimulator({ ...creds, listener: { handler }, listenerCredentials: listenerCreds });
    await raw(sim, '/paymentService', { ...order, transactionId: 'noise', itemList: [{ id: 54, count: 3 }] });
    const noisy = await sim.approve('noise');
    expect(noisy.body).toContain('"itemPrice":1.1,');
    expect(noisy.body).toContain('"totalAmount":3.3000000000000003,');
    expect(noisy.acknowledged).toBe(true);
    await raw(sim, '/paymentService', { ...order, transactionId: 'round', itemList: [{ id: 50, count: 2 }] });
    const round = await sim.approve('round');
    expect(round.body).toContain('"itemPrice":56.0,');
    expect(round.body).toContain('"totalAmount":112.0,');
    // Integers stay integers, as Java int fields print.
    expect(round.body).toMatch(/"resultCode":0,.*"itemId":50,.*"itemCount":2,.*"channelId":40/);
    expect(events.map((e) => [e.totalAmount, e.totalAmountKurus])).toEqual([
      [3.3000000000000003, 330],
      [112, 11200],
    ]);
    expect(sim.transaction('noise').totalKurus).toBe(330);
  });

  it('prints doubles as Java does', () => {
    expect([56, 1.1, 0.1 + 0.2, 0, -0, 1e7, 1.25e7, 0.001, 0.0001, 1e21, 123456.789].map(bipSimJavaDouble)).toEqual([
      '56.0',
      '1.1',
      '0.30000000000000004',
      '0.0',
      '-0.0',
      '1.0E7',
      '1.25E7',
      '0.001',
      '1.0E-4',
      '1.0E21',
      '123456.789',
    ]);
  });

  it('fails loudly when no listener is configured', async () => {
    const sim = new BipSimulator(creds);
    await raw(sim, '/paymentService', order);
    await expect(sim.approve('t1')).rejects.toThrow(/no listener/);
  });
});
