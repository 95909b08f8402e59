/**
 * Issue "Turkish payments layer", done when: the same decline gives the same `reason` through every provider that
 * can express it, and a wrong key gives `AuthenticationError` through every provider. Each provider is driven
 * through its own simulator, with the test card (or trigger) its simulator documents for the reason.
 */
import { AuthenticationError, type DeclineReason, PaymentDeclinedError, ValidationError } from '@odeme/core';
import { LICRUS_DECLINE_CARDS, LICRUS_SIM_DECLINE_CODES, ODEROPAY_DECLINE_CARDS, PAYWALL_DECLINE_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { provokeDecline as bipDecline, setup as bipSetup } from '../../packages/bip/test/helpers';
import { simAndClient as hasoSetup, provokeDecline, shopper } from '../../packages/haso/test/helpers';
import { future, simSetup as licrusSetup } from '../../packages/licrus/test/helpers';
import { basket, card, setup as oderoSetup } from '../../packages/oderopay/test/helpers';
import { directPayment, makeClient as payWallClient, makeSim as payWallSim, uniqueCode } from '../../packages/paywall/test/helpers';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e,
  );

/** One way per provider to be declined for `reason` (undefined: the provider cannot express it). */
const DECLINERS: Record<string, (reason: DeclineReason) => (() => Promise<unknown>) | undefined> = {
  // BiP charges a phone bill: the listener's failed payment carries the decline (no card reasons).
  bip: (reason) => (['do_not_honor', 'invalid_card', 'other'].includes(reason) ? () => bipDecline(reason as Parameters<typeof bipDecline>[0]) : undefined),
  oderopay: (reason) => {
    const number = (ODEROPAY_DECLINE_CARDS as Partial<Record<DeclineReason, string>>)[reason];
    if (!number) return undefined;
    return () => oderoSetup().odero.payments.create({ ...basket(), card: card(number) });
  },
  haso: (reason) => {
    const expressible: readonly DeclineReason[] = ['insufficient_funds', 'limit_exceeded', 'do_not_honor', 'restricted_card', 'invalid_card', 'other'];
    if (!expressible.includes(reason)) return undefined;
    return () => provokeDecline(reason as Parameters<typeof provokeDecline>[0]);
  },
  licrus: (reason) => {
    const number = (LICRUS_DECLINE_CARDS as Partial<Record<DeclineReason, string>>)[reason];
    if (!number) return undefined;
    // Licrus publishes no decline codes: a tenant maps its own (here the simulator's) with `declineCodes`.
    const { sim, client } = licrusSetup({ declineCodes: LICRUS_SIM_DECLINE_CODES as Record<string, DeclineReason> });
    const order = sim.approveOrder({ amountKurus: 12_500 });
    return () =>
      client.payments.pay({
        PaymentRequestCode: order.paymentRequestCode,
        Card: { CardHolderName: 'AYŞE YILMAZ', Number: number, ...future, SecurityCode: '123' },
      });
  },
  paywall: (reason) => {
    const number = PAYWALL_DECLINE_CARDS[reason];
    if (!number || reason === 'three_ds_failed' || reason === 'installment_not_allowed') return undefined;
    return () => payWallClient(payWallSim()).payments.startDirect(directPayment(uniqueCode('same'), number));
  },
};

const WRONG_KEYS: Record<string, () => Promise<unknown>> = {
  bip: () => bipSetup({}, { password: 'not-the-password' }).bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] }),
  oderopay: () => oderoSetup({}, { secretKey: 'not-the-secret' }).odero.payments.create({ ...basket(), card: card() }),
  haso: () => hasoSetup({ merchantSalt: 'not-the-salt' }).haso.limits.start(shopper),
  licrus: () => {
    const { sim, client } = licrusSetup({ password: 'not-the-password' });
    const order = sim.approveOrder({ amountKurus: 12_500 });
    return client.payments.pay({
      PaymentRequestCode: order.paymentRequestCode,
      Card: { CardHolderName: 'AYŞE YILMAZ', Number: '4111111111111111', ...future, SecurityCode: '123' },
    });
  },
  paywall: () => payWallClient(payWallSim(), { apiKeyPublic: 'pk_wrong' }).payments.startDirect(directPayment(uniqueCode('key'))),
};

describe('one decline vocabulary across providers', () => {
  it('insufficient funds is insufficient_funds through ÖderoPay, PayWall, HASO and Licrus, with the provider code kept', async () => {
    for (const provider of ['oderopay', 'paywall', 'haso', 'licrus']) {
      const decliner = DECLINERS[provider] as (typeof DECLINERS)[string];
      const call = decliner('insufficient_funds');
      expect(call, provider).toBeDefined();
      const error = (await failure((call as () => Promise<unknown>)())) as PaymentDeclinedError;
      expect(error, provider).toBeInstanceOf(PaymentDeclinedError);
      expect(error.reason, provider).toBe('insufficient_funds');
      expect(error.providerCode, provider).toBeTruthy();
      expect(error.shopperMessage('tr')).toBe('Kartınızın bakiyesi veya limiti bu ödeme için yeterli değil. Başka bir kartla deneyebilirsiniz.');
    }
  });

  it('every reason two providers can both express comes out the same through both', async () => {
    const reasons: DeclineReason[] = ['do_not_honor', 'expired_card', 'invalid_cvc', 'lost_or_stolen', 'fraud_suspected', 'restricted_card', 'invalid_card'];
    for (const reason of reasons) {
      const through = Object.entries(DECLINERS).filter(([, d]) => d(reason));
      for (const [provider, decliner] of through) {
        const error = (await failure((decliner(reason) as () => Promise<unknown>)())) as PaymentDeclinedError;
        expect(error, `${provider} ${reason}`).toBeInstanceOf(PaymentDeclinedError);
        expect(error.reason, `${provider} ${reason}`).toBe(reason);
      }
    }
  });
});

describe('a wrong key is an AuthenticationError through every provider', () => {
  it.each(Object.entries(WRONG_KEYS))('%s', async (_provider, call) => {
    const error = (await failure(call())) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe('authentication_failed');
    expect(error.message).toMatch(/check your keys and environment/);
  });
});

describe("the issue's own examples are refused before anything is sent", () => {
  it("ÖderoPay: iban 'TR00 not an iban', a TCKN with a bad checksum, gsmNumber 'abc'", async () => {
    let sent = 0;
    const { odero } = oderoSetup({}, { fetch: async () => (sent++, new Response('{}')) });
    const refused = async (p: Promise<unknown>) => {
      const e = (await failure(p)) as ValidationError;
      expect(e).toBeInstanceOf(ValidationError);
      return e.fields;
    };
    expect(await refused(odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Usta', iban: 'TR00 not an iban' }))).toEqual(['iban']);
    expect(await refused(odero.onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz', identityNumber: '10000000147' }))).toEqual(['identityNumber']);
    expect(await refused(odero.onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz', gsmNumber: 'abc' }))).toEqual(['gsmNumber']);
    expect(sent).toBe(0);
  });
});
