import { BIP_DECLINE_CODES, Bip, BipResultCode, bipDeclineReason, parseListenerPayload } from '@odeme/bip';
import { tr } from '@odeme/bip/tr';
import { DECLINE_REASONS, type DeclineReason, PaymentDeclinedError, ProviderError } from '@odeme/core';
import { BIP_DECLINE_TRIGGERS, BIP_SIM_CODES, type BipSimDeclineReason } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { provokeDecline, setupWithListener } from './helpers';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as PaymentDeclinedError,
  );
const triggers = Object.entries(BIP_DECLINE_TRIGGERS) as [BipSimDeclineReason, (typeof BIP_DECLINE_TRIGGERS)[BipSimDeclineReason]][];

describe('the decline table', () => {
  it('maps each known failure code to a shared reason, and any other code to other', () => {
    expect(BIP_DECLINE_CODES).toEqual({ 4010101: 'do_not_honor', 4010403: 'invalid_card', [-1101]: 'other' });
    for (const reason of Object.values(BIP_DECLINE_CODES)) expect(DECLINE_REASONS).toContain(reason);
    expect(bipDeclineReason(BipResultCode.INVOICE_CHARGE_FAILED)).toBe('do_not_honor');
    expect(bipDeclineReason(777)).toBe('other');
    expect(bipDeclineReason(BipResultCode.CONSENT_REQUESTED)).toBe('other');
  });

  it('the simulator has a trigger for exactly the reasons the table can give, answered with the table’s code', () => {
    expect(new Set(Object.keys(BIP_DECLINE_TRIGGERS))).toEqual(new Set(Object.values(BIP_DECLINE_CODES)));
    for (const [reason, t] of triggers) expect(bipDeclineReason(t.resultCode), reason).toBe(reason);
  });
});

describe('every reason BiP can express, end to end: client → simulator → user → listener', () => {
  it.each(triggers)('%s', async (reason, trigger) => {
    for (const channelId of [10, 11, 40, 50]) {
      const { sim, bip, events } = setupWithListener();
      const started = await bip.startPayment({ msisdn: trigger.msisdn, channelId, itemList: [{ id: 50, count: 1 }] });
      expect(started.status).toBe('awaiting_consent');
      const delivery = await sim.approve(started.transactionId);
      // The failure is reported in BiP's envelope, and the listener still acknowledges it as Turkcell expects.
      expect(delivery.payload).toEqual({ resultCode: trigger.resultCode, resultDesc: trigger.resultDesc, transactionId: started.transactionId, channelId });
      expect(delivery.acknowledged).toBe(true);
      const [event] = events;
      expect(event?.succeeded).toBe(false);
      expect(event?.commitToken).toBeUndefined();
      const decline = event?.decline as PaymentDeclinedError;
      expect(decline).toBeInstanceOf(PaymentDeclinedError);
      expect(decline).toMatchObject({
        reason,
        providerCode: String(trigger.resultCode),
        providerMessage: trigger.resultDesc,
        group: event?.resultName,
        provider: 'bip',
        operation: 'listener',
        outcome: 'rejected',
        reference: started.transactionId,
      });
      expect(decline.message).toBe(
        `bip listener: the payment failed in BiP: ${trigger.resultCode} ${trigger.resultDesc}${event?.resultName === trigger.resultDesc ? '' : ` (${event?.resultName})`}`,
      );
      expect(sim.transaction(started.transactionId).state).toBe('rejected');
    }
  });

  it('a successful payment carries no decline', async () => {
    const { sim, bip, events } = setupWithListener();
    const started = await bip.startPayment({ msisdn: '0532 123 45 67', channelId: 11, itemList: [{ id: 50, count: 1 }] });
    await sim.approve(started.transactionId);
    expect(events[0]).toMatchObject({ succeeded: true, decline: undefined });
  });

  it('provokeDecline gives the same reason (the helper the cross-provider test uses)', async () => {
    for (const [reason] of triggers) {
      const e = await failure(provokeDecline(reason));
      expect(e).toBeInstanceOf(PaymentDeclinedError);
      expect(e.reason).toBe(reason);
    }
  });

  it('a failure code outside the table still declines on the listener, as other', () => {
    const e = parseListenerPayload({ transactionId: 'T-9', resultCode: 5001, resultDesc: 'SOMETHING' });
    expect(e.decline).toBeInstanceOf(PaymentDeclinedError);
    expect(e.decline).toMatchObject({ reason: 'other', providerCode: '5001', group: undefined, retryWithAnotherCard: true });
  });

  it('the listener’s decline speaks Turkish with locale tr; the shopper text comes from the reason', async () => {
    const { sim, bip, events } = setupWithListener({}, { locale: tr });
    const started = await bip.startPayment({ msisdn: BIP_DECLINE_TRIGGERS.do_not_honor.msisdn, channelId: 10, itemList: [{ id: 51, count: 1 }] });
    await sim.approve(started.transactionId);
    const decline = events[0]?.decline as PaymentDeclinedError;
    expect(decline.message).toBe('BiP listener: ödeme BiP’te gerçekleşmedi: 4010101 INVOICE_CHARGE_FAILED');
    expect(decline.shopperMessage('tr')).toBe('Ödemeniz bankanız tarafından onaylanmadı. Bankanızla görüşebilir ya da başka bir kartla deneyebilirsiniz.');
  });
});

describe('failure codes in the synchronous answers', () => {
  const expected: [number, DeclineReason][] = Object.entries(BIP_DECLINE_CODES).map(([code, reason]) => [Number(code), reason]);

  it.each(expected)('startPayment answered %i is a PaymentDeclinedError (%s), not sent again', async (code, reason) => {
    const { sim, bip } = setupWithListener();
    sim.queueStartResult({ resultCode: code, resultDesc: 'FAIL' });
    const e = await failure(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] }, { maxRetries: 3 }));
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e).toMatchObject({ reason, providerCode: String(code), providerMessage: 'FAIL', outcome: 'rejected' });
    expect(e.reference).toBe(JSON.parse(sim.requests[0]?.body ?? '{}').transactionId);
    expect(sim.count('POST')).toBe(1);
  });

  it('commit answered 4010101 (the invoice charge failed) is a PaymentDeclinedError', async () => {
    const bip = new Bip({ username: 'u', password: 'p', logLevel: 'off', fetch: async () => Response.json({ resultCode: 4010101, resultDesc: 'FAIL' }) });
    const e = await failure(bip.commit({ transactionId: 'T-1', msisdn: '905321234567', commitToken: '11234567' }));
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e).toMatchObject({ reason: 'do_not_honor', group: 'INVOICE_CHARGE_FAILED', reference: 'T-1' });
  });

  it('a refusal that is not a payment failure stays a ProviderError (an unknown product, a bad commit token)', async () => {
    const { sim, bip } = setupWithListener();
    const e = await failure(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 999, count: 1 }] }));
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).not.toBeInstanceOf(PaymentDeclinedError);
    expect(e.providerCode).toBe(String(BIP_SIM_CODES.UNKNOWN_PRODUCT));
    const started = await bip.startPayment({ msisdn: '905321234567', channelId: 10, itemList: [{ id: 51, count: 1 }] });
    await sim.approve(started.transactionId);
    const bad = await failure(bip.commit({ transactionId: started.transactionId, msisdn: started.msisdn, commitToken: 'not-the-token' }));
    expect(bad).not.toBeInstanceOf(PaymentDeclinedError);
    expect(bad.providerCode).toBe(String(BIP_SIM_CODES.INVALID_COMMIT_TOKEN));
  });
});
