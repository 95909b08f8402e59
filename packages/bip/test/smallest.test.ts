import { Bip, BipChannel, type BipListenerEvent, createBipListener, createBipTransport, paymentsCommit, paymentsStart, startBipPayment } from '@odeme/bip';
import { ConfigurationError, ValidationError } from '@odeme/core';
import { BipSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { creds, sentBody } from './helpers';

const BASE = 'https://apigw.tvoip.turkcell.com.tr/pgw';

/** The smallest form: a transport from the factory and the one function that starts a payment. */
function smallest(simOptions: Partial<ConstructorParameters<typeof BipSimulator>[0]> = {}) {
  const sim = new BipSimulator({ ...creds, ...simOptions });
  const transport = createBipTransport({ ...creds, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off' });
  return { sim, transport };
}

describe('smallest form: createBipTransport + startBipPayment', () => {
  it('starts a payment on the simulator with a generated transactionId, and the listener receives that id', async () => {
    const events: BipListenerEvent[] = [];
    const handler = createBipListener({ allowUnauthenticated: true, onPayment: (e) => void events.push(e), logLevel: 'off' });
    const { sim, transport } = smallest({ listener: { handler } });
    const started = await startBipPayment(transport, { msisdn: '0532 123 45 67', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 2 }] });
    expect(started).toMatchObject({ status: 'awaiting_consent', resultCode: 1103, msisdn: '905321234567', channelId: 40, needsCommit: false });
    expect(started.reference).toBe(started.transactionId);
    expect(started.transactionId).toMatch(/^[1-9]\d{15}$/);
    expect(sentBody(sim)).toMatchObject({ transactionId: started.transactionId, msisdn: '905321234567', channelId: 40, paymentMethod: 'reserve' });
    expect(sim.transaction(started.transactionId).state).toBe('consent_requested');
    await sim.approve(started.transactionId);
    expect(events[0]).toMatchObject({ succeeded: true, transactionId: started.transactionId, totalAmountKurus: 11200 });
  });

  it('keeps a given transactionId and takes a custom generator', async () => {
    const { sim, transport } = smallest();
    const own = await startBipPayment(transport, { transactionId: 'order-7', msisdn: '5321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] });
    expect(own).toMatchObject({ transactionId: 'order-7', needsCommit: true });
    const made = await startBipPayment(
      transport,
      { msisdn: '5321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] },
      { generateTransactionId: () => 'gen-1' },
    );
    expect(made.transactionId).toBe('gen-1');
    expect(sim.transactions.size).toBe(2);
    // A generator's id is checked like a caller's: a blank one is refused before sending.
    const blank = await startBipPayment(
      transport,
      { msisdn: '5321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] },
      { generateTransactionId: () => ' ' },
    ).catch((e: unknown) => e);
    expect(blank).toBeInstanceOf(ConfigurationError);
    expect((blank as ConfigurationError).outcome).toBe('not_sent');
    expect(sim.requests).toHaveLength(2);
  });

  it('its typed input refuses a bad one with a ValidationError before any request', async () => {
    const { sim, transport } = smallest();
    // @ts-expect-error itemList is required
    const missing = await startBipPayment(transport, { msisdn: '5321234567', channelId: 40 }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).issues).toEqual([{ path: 'itemList', message: 'required (array)', code: 'invalid_type' }]);
    // Typed right, refused by the rules: a landline and a count of zero.
    const landline = await startBipPayment(transport, { msisdn: '0212 123 45 67', channelId: 40, itemList: [{ id: 50, count: 0 }] }).catch((e: unknown) => e);
    expect(landline).toBeInstanceOf(ValidationError);
    expect((landline as ValidationError).fields).toEqual(['msisdn', 'itemList.0.count']);
    expect((landline as ValidationError).issues[1]?.message).toBe('must be more than 0');
    expect(sim.requests).toHaveLength(0);
  });

  it('the bare row generates the transactionId (its reference) before sending, and keeps a given one as is', async () => {
    const { sim, transport } = smallest();
    const made = await transport.call(paymentsStart, { msisdn: '5321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect(made.reference).toMatch(/^[1-9]\d{15}$/);
    expect(sentBody(sim).transactionId).toBe(made.reference);
    const answer = await transport.call(paymentsStart, { transactionId: 'row-1', msisdn: '5321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect(answer).toMatchObject({ resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: 'row-1', reference: 'row-1' });
    // Sent as given: surrounding whitespace is refused, never trimmed into another id.
    const spaced = await transport
      .call(paymentsStart, { transactionId: ' row-2', msisdn: '5321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] })
      .catch((e: unknown) => e);
    expect(spaced).toBeInstanceOf(ValidationError);
    expect((spaced as ValidationError).fields).toEqual(['transactionId']);
    expect(sim.requests).toHaveLength(2);
  });

  it('commits a channel 10 reservation with the commit row on the same transport', async () => {
    const events: BipListenerEvent[] = [];
    const handler = createBipListener({ allowUnauthenticated: true, onPayment: (e) => void events.push(e), logLevel: 'off' });
    const { sim, transport } = smallest({ listener: { handler } });
    const started = await startBipPayment(transport, { msisdn: '5321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] });
    await sim.approve(started.transactionId);
    const done = await transport.call(paymentsCommit, {
      transactionId: started.transactionId,
      msisdn: started.msisdn,
      commitToken: events[0]?.commitToken as string,
    });
    expect(done).toMatchObject({ resultCode: 0, resultDesc: 'SUCCESS', reference: started.transactionId });
    expect(sentBody(sim)).toEqual({ transactionId: started.transactionId, msisdn: '905321234567', commitToken: events[0]?.commitToken, channelId: 10 });
    expect(sim.commitCount).toBe(1);
  });

  it('checks its options like the client does', () => {
    expect(() => createBipTransport({ username: 'u', password: '' })).toThrow(ConfigurationError);
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller without options
    expect(() => createBipTransport(undefined as any)).toThrow(ConfigurationError);
    expect(() => createBipTransport({ ...creds, commitChannelKey: 'chan nel' })).toThrow(ConfigurationError);
    // HTTP Basic cannot carry a ':' in the username (RFC 7617 §2): refused at construction, by the client too.
    expect(() => createBipTransport({ ...creds, username: 'svc:demo' })).toThrow(/must not contain ':'/);
    expect(() => new Bip({ ...creds, username: ':svc' })).toThrow(ConfigurationError);
    expect(createBipTransport({ ...creds, password: 'pass:with:colons' }).provider).toBe('bip');
    expect(createBipTransport(creds).provider).toBe('bip');
  });
});
