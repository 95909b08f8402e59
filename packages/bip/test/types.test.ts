import {
  Bip,
  type BipAwaitingConsent,
  BipChannel,
  type BipCommitted,
  type BipListenerEvent,
  type BipListenerOptions,
  type BipResultEnvelope,
  bipOperations,
  type CommitParams,
  responseOf,
  type StartPaymentParams,
} from '@odeme/bip';
import type { Answer, OperationInput, OperationOutput, Same } from '@odeme/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { listenerCreds, setupWithListener } from './helpers';

// BiP's two rows are wrapped, not bound: `startPayment` and `commit` shape the answer (status, reference, the number
// that was charged, whether a commit is needed). So the check here is per row: a method of the same name, taking
// exactly the row's input (the channel widened to the known constants for autocompletion), returning the row's
// answer inside `response`.
type Method<K extends keyof Bip> = Bip[K] extends (...args: infer A) => infer R ? { input: A[0]; result: Awaited<R> } : never;

describe('BiP client methods and their rows', () => {
  it('take exactly the rows’ inputs and carry the rows’ answers', () => {
    expectTypeOf<Same<Method<'startPayment'>['input'], OperationInput<typeof bipOperations.startPayment>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Method<'commit'>['input'], OperationInput<typeof bipOperations.commit>>>().toEqualTypeOf<true>();
    expectTypeOf<Method<'startPayment'>['result']>().toEqualTypeOf<BipAwaitingConsent>();
    expectTypeOf<Method<'commit'>['result']>().toEqualTypeOf<BipCommitted>();
    // What each row parses is what `response` holds (less the reference, which is on the result itself).
    expectTypeOf<Answer<OperationOutput<typeof bipOperations.commit>>>().toMatchTypeOf<BipCommitted['response']>();
    expectTypeOf<Answer<OperationOutput<typeof bipOperations.startPayment>>>().toMatchTypeOf<BipAwaitingConsent['response']>();
    expectTypeOf<BipAwaitingConsent['response']>().toEqualTypeOf<BipResultEnvelope>();
  });

  it('name the row inputs and refuse what the provider refuses, at compile time', () => {
    expectTypeOf<StartPaymentParams>().toMatchTypeOf<OperationInput<typeof bipOperations.startPayment>>();
    expectTypeOf<CommitParams>().toEqualTypeOf<OperationInput<typeof bipOperations.commit>>();
    const ok: StartPaymentParams = { msisdn: '05321234567', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] };
    // @ts-expect-error the method is always `reserve`
    const other: StartPaymentParams = { ...ok, paymentMethod: 'charge' };
    // @ts-expect-error an item has no price: Turkcell prices it
    const priced: StartPaymentParams = { ...ok, itemList: [{ id: 50, count: 1, price: 10 }] };
    expect([ok, other, priced]).toHaveLength(3);
  });

  it('every row is a method of the client and every method of the client a row', () => {
    const methods = Object.getOwnPropertyNames(Bip.prototype).filter((n) => n !== 'constructor');
    expect(methods.sort()).toEqual(Object.keys(bipOperations).sort());
  });

  it('closes answers and listener events to the compiler, and keeps what they do not model reachable', async () => {
    const seen: { event: BipListenerEvent; body: unknown }[] = [];
    const onPayment: BipListenerOptions['onPayment'] = (event, { body }) => void seen.push({ event, body });
    const { sim, bip } = setupWithListener({}, { credentials: listenerCreds, onPayment });
    const started = await bip.startPayment({ msisdn: '05321234567', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] });
    // @ts-expect-error a misspelt field of the answer does not compile
    void started.response.resultCod;
    // The HTTP facts of the call and BiP's answer as sent, as for any other call of the SDK.
    const info = responseOf(started);
    expect(info?.status).toBe(200);
    expect(info?.data).toMatchObject({ resultCode: 1103 });
    await sim.approve(started.transactionId);
    const { event, body } = seen[0] as (typeof seen)[number];
    expect(event.transactionId).toBe(started.transactionId);
    // @ts-expect-error a misspelt field of the event does not compile
    void event.totalAmountKurs;
    // The callback as sent: every field Turkcell posted, modelled or not.
    expect(body).toMatchObject({ transactionId: started.transactionId, resultCode: 0 });
    expect(Object.keys(body as object)).toEqual(expect.arrayContaining(['itemList', 'totalAmount']));
  });

  it('a commit passes the HTTP facts of its call on, like every result', async () => {
    const { sim, bip, events } = setupWithListener();
    const started = await bip.startPayment({ msisdn: '05321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] });
    await sim.approve(started.transactionId);
    const committed = await bip.commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: events[0]?.commitToken as string });
    expect(committed.status).toBe('committed');
    expect(responseOf(committed)?.data).toMatchObject({ resultCode: 0 });
    expect(responseOf(committed)?.status).toBe(200);
  });
});
