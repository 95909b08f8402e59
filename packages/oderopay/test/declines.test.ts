import { DECLINE_REASONS, luhnValid, PaymentDeclinedError, ProviderError } from '@odeme/core';
import { DECLINE_GROUPS, ODEROPAY_DECLINE_TABLE, OderoPay, oderoPayDeclineReason } from '@odeme/oderopay';
import { ODEROPAY_DECLINE_CARDS, ODEROPAY_DECLINES, ODEROPAY_TEST_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { basket, card, creds, setup } from './helpers';

const declined = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PaymentDeclinedError);
  return error as PaymentDeclinedError;
};

/** A client whose every answer is the given `errors` object, with the given status. */
const answering = (errors: Record<string, unknown>, status = 422) =>
  new OderoPay({ ...creds, environment: 'sandbox', logLevel: 'off', fetch: async () => Response.json({ errors }, { status }) });

describe('declines: ÖderoPay error groups → DeclineReason', () => {
  it('every published group has an entry, each published code is a bank code (10000 and up) and maps back to its group', () => {
    expect(Object.keys(ODEROPAY_DECLINE_TABLE).sort()).toEqual([...DECLINE_GROUPS].sort());
    for (const [group, { code, reason }] of Object.entries(ODEROPAY_DECLINE_TABLE)) {
      expect(DECLINE_REASONS).toContain(reason);
      expect(oderoPayDeclineReason({ errorGroup: group })).toBe(reason);
      if (code === undefined) continue;
      expect(Number(code)).toBeGreaterThanOrEqual(10000);
      expect(oderoPayDeclineReason({ errorCode: code })).toBe(reason);
    }
  });

  it('reads an unpublished code from 10001 to 10099 as the ISO 8583 bank code after 100, and anything else as other', () => {
    expect(oderoPayDeclineReason({ errorCode: '10014' })).toBe('invalid_card');
    expect(oderoPayDeclineReason({ errorCode: '10061' })).toBe('limit_exceeded');
    expect(oderoPayDeclineReason({ errorCode: '10091' })).toBe('issuer_unavailable');
    expect(oderoPayDeclineReason({ errorCode: '10055' })).toBe('invalid_cvc');
    for (const errorCode of ['10000', '10013', '10100', '10999', '9999', '51', 'E10051', undefined]) expect(oderoPayDeclineReason({ errorCode })).toBe('other');
    // The group wins over the code: it is what ÖderoPay tells merchants to branch on.
    expect(oderoPayDeclineReason({ errorCode: '10051', errorGroup: 'STOLEN_CARD' })).toBe('lost_or_stolen');
    expect(oderoPayDeclineReason({ errorCode: '10051', errorGroup: 'SOMETHING_NEW' })).toBe('insufficient_funds');
  });

  it('the simulator has a Luhn-valid card for exactly the reasons a published group expresses', () => {
    const expressible = new Set(Object.values(ODEROPAY_DECLINE_TABLE).flatMap((d) => (d.code === undefined ? [] : [d.reason])));
    expect(new Set(Object.keys(ODEROPAY_DECLINE_CARDS))).toEqual(expressible);
    for (const n of Object.values(ODEROPAY_DECLINE_CARDS)) expect(luhnValid(n)).toBe(true);
  });

  it.each(Object.entries(ODEROPAY_DECLINE_CARDS))(
    '%s: the simulator card is declined with that reason, its code and group kept',
    async (reason, cardNumber) => {
      const { odero, sim } = setup();
      const error = await declined(odero.payments.create({ ...basket(), card: card(cardNumber) }));
      const sent = ODEROPAY_DECLINES[cardNumber];
      expect(error).toMatchObject({ reason, providerCode: sent?.errorCode, group: sent?.errorGroup, providerMessage: sent?.errorDescription, status: 422 });
      expect(error.outcome).toBe('rejected');
      expect(error.shopperMessage('tr')).not.toMatch(/\d/);
      expect(sim.payments.size).toBe(0);
    },
  );

  it('a failed 3DS step is what ÖderoPay says it is: DO_NOT_HONOUR, do_not_honor', async () => {
    const { odero, sim } = setup();
    await odero.threeDS.init({ ...basket(), card: card(ODEROPAY_TEST_CARDS.threeDSFailure), callbackUrl: 'https://shop.example/3ds' });
    const { fields } = sim.simulateBankCallback();
    expect(await declined(odero.threeDS.complete({ paymentId: fields.paymentId as string }))).toMatchObject({ reason: 'do_not_honor', group: 'DO_NOT_HONOUR' });
  });

  it('declines answered with HTTP 200 keep their reason', async () => {
    const { odero } = setup({ errorsWithHttp200: true });
    const error = await declined(odero.payments.create({ ...basket(), card: card(ODEROPAY_DECLINE_CARDS.expired_card) }));
    expect(error).toMatchObject({ reason: 'expired_card', status: 200 });
  });

  it('a published group without a code, an unpublished bank code and an unknown group are declines too', async () => {
    const charge = (errors: Record<string, unknown>) => answering(errors).payments.create({ ...basket(), card: card() });
    expect(await declined(charge({ errorDescription: 'Karta el koyunuz', errorGroup: 'PICKUP_CARD' }))).toMatchObject({ reason: 'restricted_card' });
    expect(await declined(charge({ errorCode: '10014', errorDescription: 'Geçersiz kart' }))).toMatchObject({ reason: 'invalid_card', group: undefined });
    expect(await declined(charge({ errorCode: '10999', errorDescription: 'Yeni', errorGroup: 'NEW_GROUP' }))).toMatchObject({
      reason: 'other',
      group: 'NEW_GROUP',
    });
    // Below 10000 without a payment group: a refusal of the request, not of the card.
    const refusal = await charge({ errorCode: '4152', errorDescription: 'Geçersiz son kullanma yılı' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProviderError);
    expect(refusal).not.toBeInstanceOf(PaymentDeclinedError);
  });
});
