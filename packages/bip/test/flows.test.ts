import { BipChannel, type BipListenerEvent, createBipListener } from '@odeme/bip';
import { AuthenticationError, ProviderError, sumKurus } from '@odeme/core';
import { BIP_SIM_CODES } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const listenerCreds = { username: 'turkcell-caller', password: 'listener-secret-42' };

/** A simulator posting to a real createBipListener handler, and what the handler saw. */
function world(simExtra: Parameters<typeof setup>[0] = {}, listenerCredentials = listenerCreds) {
  const events: BipListenerEvent[] = [];
  const handler = createBipListener({ credentials: listenerCreds, onPayment: (e) => void events.push(e), logLevel: 'off' });
  const { sim, bip } = setup({ listener: { handler }, listenerCredentials, ...simExtra });
  return { sim, bip, events };
}

describe('BiP flows through the simulator', () => {
  it('channel 40: start → 1103 → user approves → listener gets the priced order and acknowledges', async () => {
    const { sim, bip, events } = world();
    const started = await bip.startPayment({
      msisdn: '0532 123 45 67',
      channelId: BipChannel.CREDIT_CARD,
      itemList: [
        { id: 50, count: 2 },
        { id: 53, count: 3 },
      ],
    });
    expect(started).toMatchObject({ status: 'awaiting_consent', resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', needsCommit: false });
    expect(sim.transaction(started.transactionId).state).toBe('consent_requested');
    expect(events).toHaveLength(0);

    const delivery = await sim.approve(started.transactionId);
    expect(delivery.acknowledged).toBe(true);
    expect(delivery.response).toEqual({ transactionId: started.transactionId, resultCode: 0, resultDesc: 'SUCCESS' });
    expect(events).toHaveLength(1);
    const e = events[0] as BipListenerEvent;
    expect(e).toMatchObject({ succeeded: true, transactionId: started.transactionId, channelId: 40, paymentMethod: 'reserve', currency: 'TL' });
    // Channel 40 collects delivery and billing addresses by default.
    expect(e.shippingAddress?.city).toBe('Istanbul');
    expect(e.billingAddress).toBeDefined();
    // 2 × 56.00 + 3 × 5.25 = 127.75 TL, checked in kuruş against the items.
    expect(e.totalAmountKurus).toBe(12775);
    expect(sumKurus((e.itemList ?? []).map((i) => i.itemPriceKurus * i.itemCount))).toBe(e.totalAmountKurus);
    expect(e.orderDate).toBeInstanceOf(Date);
    expect(Math.abs((e.orderDate as Date).getTime() - Date.now())).toBeLessThan(5_000);
    expect(e.commitToken).toBeUndefined();
    expect(sim.transaction(started.transactionId).state).toBe('approved');
  });

  it('channel 10: reserve → listener with commitToken → commit exactly once with the right token', async () => {
    const { sim, bip, events } = world();
    const started = await bip.startPayment({ msisdn: '5321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] });
    expect(started.needsCommit).toBe(true);
    await sim.approve(started.transactionId);
    const e = events[0] as BipListenerEvent;
    expect(e.commitToken).toBe(sim.transaction(started.transactionId).commitToken);
    expect(sim.transaction(started.transactionId).state).toBe('reserved');
    expect(e.shippingAddress).toBeUndefined();

    const wrong = await bip.commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: `${e.commitToken}0` }).catch((x: unknown) => x);
    expect(wrong).toBeInstanceOf(ProviderError);
    expect(wrong).toMatchObject({ providerCode: String(BIP_SIM_CODES.INVALID_COMMIT_TOKEN) });
    expect(sim.transaction(started.transactionId).state).toBe('reserved');

    const done = await bip.commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: e.commitToken as string });
    expect(done).toMatchObject({ status: 'committed', resultCode: 0, resultDesc: 'SUCCESS' });
    expect(sim.transaction(started.transactionId)).toMatchObject({ state: 'committed', commits: 1 });

    const again = await bip
      .commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: e.commitToken as string })
      .catch((x: unknown) => x);
    expect(again).toMatchObject({ providerCode: String(BIP_SIM_CODES.ALREADY_COMMITTED) });
    expect(sim.commitCount).toBe(1);
  });

  it('the simulator refuses a commit sent under a key it does not read', async () => {
    const { sim, bip, events } = world({ commitChannelKey: 'channeId' });
    const started = await bip.startPayment({ msisdn: '905321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] });
    await sim.approve(started.transactionId);
    const input = { transactionId: started.transactionId, msisdn: started.msisdn, commitToken: events[0]?.commitToken as string };
    await expect(bip.commit(input)).rejects.toMatchObject({ providerCode: String(BIP_SIM_CODES.VALIDATION_ERROR), status: 400 });
    const { Bip } = await import('@odeme/bip');
    const matching = new Bip({ username: 'bip-svc-demo', password: 'bip-secret-0001', commitChannelKey: 'channeId', fetch: sim.fetch, logLevel: 'off' });
    await expect(matching.commit(input)).resolves.toMatchObject({ status: 'committed' });
  });

  it('a channel 40 payment cannot be committed', async () => {
    const { sim, bip } = world();
    const started = await bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    await sim.approve(started.transactionId);
    await expect(bip.commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: '1', channelId: 40 })).rejects.toMatchObject({
      providerCode: String(BIP_SIM_CODES.NOT_COMMITTABLE),
    });
  });

  it('rejection: the listener receives 4010101 as a failed event, and nothing can be committed', async () => {
    const { sim, bip, events } = world();
    const started = await bip.startPayment({ msisdn: '905321234567', channelId: 10, itemList: [{ id: 52, count: 4 }] });
    const delivery = await sim.reject(started.transactionId);
    expect(delivery.acknowledged).toBe(true);
    expect(events[0]).toMatchObject({ succeeded: false, resultCode: 4010101, resultName: 'INVOICE_CHARGE_FAILED', transactionId: started.transactionId });
    expect(events[0]?.commitToken).toBeUndefined();
    await expect(bip.commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: '12345432' })).rejects.toMatchObject({
      providerCode: String(BIP_SIM_CODES.NOT_RESERVED),
    });
    expect(sim.commitCount).toBe(0);
  });

  it('timeout: the listener receives -1101', async () => {
    const { sim, bip, events } = world();
    const started = await bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] });
    await sim.timeout(started.transactionId);
    expect(events[0]).toMatchObject({ succeeded: false, resultCode: -1101, resultName: 'CANCELLED_OR_TIMED_OUT' });
    await expect(sim.approve(started.transactionId)).rejects.toThrow(/timed_out/);
  });

  it('a listener receiving a forged Basic header refuses it and onPayment never runs', async () => {
    const { sim, bip, events } = world({}, { username: listenerCreds.username, password: 'guessed-password' });
    const started = await bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    const delivery = await sim.approve(started.transactionId);
    expect(delivery).toMatchObject({ status: 401, acknowledged: false });
    expect(events).toHaveLength(0);
  });

  it('a duplicate transactionId is refused by the gateway', async () => {
    const { sim, bip } = world();
    const input = { transactionId: 'order-1', msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] };
    await bip.startPayment(input);
    const err = await bip.startPayment(input).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ providerCode: String(BIP_SIM_CODES.DUPLICATE_TRANSACTION), providerMessage: 'DUPLICATE_TRANSACTION' });
    expect(sim.transactions.size).toBe(1);
  });

  it('generated transaction ids never collide', async () => {
    const { sim, bip } = world();
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) ids.add((await bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] })).transactionId);
    expect(ids.size).toBe(50);
    expect(sim.transactions.size).toBe(50);
  });

  it('wrong gateway credentials get the gateway 401 as AuthenticationError', async () => {
    const { sim } = world();
    const { Bip } = await import('@odeme/bip');
    const bad = new Bip({ username: 'bip-svc-demo', password: 'wrong-password', fetch: sim.fetch, logLevel: 'off' });
    const err = await bad.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] }).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 401 });
    expect(sim.transactions.size).toBe(0);
  });

  it('an unknown product id is a ProviderError, a forced 4010403 answer a PaymentDeclinedError', async () => {
    const { sim, bip } = world();
    await expect(bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 999, count: 1 }] })).rejects.toMatchObject({
      providerCode: String(BIP_SIM_CODES.UNKNOWN_PRODUCT),
    });
    sim.queueStartResult({ resultCode: 4010403, resultDesc: 'NOT_A_TURKCELL_SUBSCRIBER' });
    await expect(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] })).rejects.toMatchObject({
      providerCode: '4010403',
      group: 'NOT_TURKCELL_SUBSCRIBER',
      reason: 'invalid_card',
    });
  });

  it('the user may drop removable items; the listener total follows', async () => {
    const { sim, bip, events } = world();
    const started = await bip.startPayment({
      msisdn: '905321234567',
      channelId: 40,
      itemList: [
        { id: 50, count: 1, isRemovable: false },
        { id: 51, count: 2 },
      ],
    });
    await expect(sim.approve(started.transactionId, { removeItems: [50] })).rejects.toThrow(/not removable/);
    await sim.approve(started.transactionId, { removeItems: [51] });
    expect(events[0]?.itemList).toHaveLength(1);
    expect(events[0]?.totalAmountKurus).toBe(5600);
  });

  it('a dropped answer to startPayment is not retried (the user may already have been asked)', async () => {
    const { sim, bip } = world();
    sim.injectFault({ kind: 'drop-response' });
    await expect(bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] }, { maxRetries: 3 })).rejects.toMatchObject({
      code: 'network_error',
    });
    expect(sim.count('POST')).toBe(1);
    expect(sim.transactions.size).toBe(1);
  });
});
