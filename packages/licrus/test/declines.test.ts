import { ConfigurationError, DECLINE_REASONS, type DeclineReason, declineReasonFromIso8583, PaymentDeclinedError } from '@odeme/core';
import { createLicrusTransport, LICRUS_DECLINE_CODES, LicrusDeclineError, LicrusError, licrusDeclineReason } from '@odeme/licrus';
import { LICRUS_DECLINE_CARDS, LICRUS_SIM_CARDS, LICRUS_SIM_DECLINE_CODES, LICRUS_SIM_DECLINES } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { future, simSetup } from './helpers';

const card = (number: string) => ({ CardHolderName: 'AYŞE YILMAZ', Number: number, ...future, SecurityCode: '123' });
const declineOf = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the payment went through'),
    (e: unknown) => e as LicrusDeclineError,
  );

describe('Licrus declines carry the shared reason', () => {
  it('Licrus documents no decline code: the SDK maps none by itself', () => {
    expect(Object.keys(LICRUS_DECLINE_CODES)).toEqual([]);
    expect(licrusDeclineReason(['SIM-BNK0051', 'INT-PRD1001'])).toBe('other');
    expect(licrusDeclineReason([])).toBe('other');
  });

  it('a tenant table maps the first code it knows, in the order the codes were found', () => {
    const table = { 'POS-0051': 'insufficient_funds', 'POS-0005': declineReasonFromIso8583('05') } as const;
    expect(licrusDeclineReason(['INT-PAY1000', 'POS-0005', 'POS-0051'], table)).toBe('do_not_honor');
    expect(licrusDeclineReason(['INT-PAY1000'], table)).toBe('other');
    // Inherited keys are not codes.
    expect(licrusDeclineReason(['toString', 'constructor'], table)).toBe('other');
  });

  it('the simulator has a card for every reason a Licrus payment can express, each answered with its own code', () => {
    const expressible = DECLINE_REASONS.filter((r) => r !== 'installment_not_allowed');
    expect(Object.keys(LICRUS_DECLINE_CARDS).sort()).toEqual([...expressible].sort());
    const numbers = Object.values(LICRUS_DECLINE_CARDS);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const [reason, number] of Object.entries(LICRUS_DECLINE_CARDS)) {
      const code = LICRUS_SIM_DECLINES[number].split(':')[0] as string;
      expect(LICRUS_SIM_DECLINE_CODES[code] ?? 'other', reason).toBe(reason);
    }
  });

  it.each(Object.entries(LICRUS_DECLINE_CARDS))(
    '%s: the simulator declines its card; with the tenant table the client names the reason',
    async (reason, number) => {
      const { sim, client } = simSetup({ declineCodes: LICRUS_SIM_DECLINE_CODES as Record<string, DeclineReason> });
      const order = sim.approveOrder({ amountKurus: 12_500 });
      const e = await declineOf(client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(number) }, { maxRetries: 3 }));
      const text = LICRUS_SIM_DECLINES[number];
      expect(e).toBeInstanceOf(PaymentDeclinedError);
      expect(e).toBeInstanceOf(LicrusDeclineError);
      expect(e).toMatchObject({
        code: 'payment_declined',
        reason,
        providerCode: text.split(':')[0],
        providerMessage: text,
        outcome: 'rejected',
        reference: order.paymentRequestCode,
        status: 200,
      });
      expect(e.codes).toEqual([text.split(':')[0]]);
      expect(e.messages).toEqual([{ Type: 0, Message: text, kind: 'Error', code: text.split(':')[0] }]);
      expect(e.message).toBe(`Licrus declined the payment (payments.pay): ${text}`);
      expect(e.shopperMessage('tr')).not.toContain(number);
      // Sent once, no new login, the order still unpaid.
      expect(sim.count('POST', '/api/ERP/Payment')).toBe(1);
      expect(sim.logins).toBe(1);
      expect(order.paid).toBe(false);
    },
  );

  it('without a table every decline is `other`, its code kept; the English 3-D Secure card too', async () => {
    const { sim, client } = simSetup();
    for (const number of [LICRUS_DECLINE_CARDS.insufficient_funds, LICRUS_SIM_CARDS.issuerSessionExpired]) {
      const order = sim.approveOrder({ amountKurus: 1_000 });
      const e = await declineOf(client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(number) }));
      expect(e).toMatchObject({ reason: 'other', providerCode: LICRUS_SIM_DECLINES[number].split(':')[0] });
      expect(e.retryWithAnotherCard).toBe(true);
    }
    const mapped = simSetup({ declineCodes: LICRUS_SIM_DECLINE_CODES as Record<string, DeclineReason> });
    const order = mapped.sim.approveOrder({ amountKurus: 1_000 });
    const threeDs = await declineOf(
      mapped.client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.issuerSessionExpired) }),
    );
    expect(threeDs).toMatchObject({ reason: 'three_ds_failed', providerCode: 'SIM-BNK0083' });
    expect(threeDs.retryWithAnotherCard).toBe(false);
  });

  it('only Payment declines: a refusal of a method that moves no money stays a LicrusError', async () => {
    const { client } = simSetup({ declineCodes: { 'INT-PRD1001': 'do_not_honor' } });
    const e = await client.products.save({ Entity: { Code: 'TESTCOD8', Name: 'Kombi' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LicrusError);
    expect(e).not.toBeInstanceOf(PaymentDeclinedError);
  });

  it('declineCodes is checked when the client is built: a reason outside the vocabulary is refused', () => {
    const base = { baseUrl: 'https://tenant-api.licrus.test' };
    expect(() => createLicrusTransport({ ...base, declineCodes: { 'POS-51': 'no_money' as DeclineReason } })).toThrow(
      /declineCodes\["POS-51"\] must be one of insufficient_funds, do_not_honor/,
    );
    expect(() => createLicrusTransport({ ...base, declineCodes: ['x'] as never })).toThrow(ConfigurationError);
    expect(() => simSetup({ declineCodes: null as never })).toThrow('declineCodes must map decline codes to decline reasons');
    expect(() => createLicrusTransport({ ...base, declineCodes: { 'POS-51': 'insufficient_funds' } })).not.toThrow();
  });
});
