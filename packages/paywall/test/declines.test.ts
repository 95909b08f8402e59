import { DECLINE_REASONS, luhnValid, PaymentDeclinedError, ProviderError, shopperMessage } from '@odeme/core';
import { PAYWALL_DECLINE_CODES, payWallCodeReason, payWallDeclineReason, threeDReturnDeclineReason } from '@odeme/paywall';
import { PAYWALL_DECLINE_CARDS, PAYWALL_SIM_CARDS, PAYWALL_SIM_DECLINES } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { directPayment, makeClient, makeSim, threeDPayment, uniqueCode } from './helpers';

const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');
const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e,
  );

/** The simulator behind a fetch that keeps every answer's JSON, to check the envelope PayWall would send. */
function recorded() {
  const sim = makeSim();
  const answers: { url: string; status: number; json: Record<string, unknown> }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await sim.fetch(input, init);
    answers.push({ url: String(input instanceof Request ? input.url : input), status: res.status, json: await res.clone().json() });
    return res;
  };
  return { sim, answers, pw: makeClient(undefined, { fetch }) };
}

// Bank declines: every reason but the two that need more than the card.
const BANK_DECLINES = Object.entries(PAYWALL_DECLINE_CARDS).filter(([reason]) => reason !== 'three_ds_failed' && reason !== 'installment_not_allowed');

describe('PayWall declines: one reason for every decline PayWall can express', () => {
  it('the simulator has a Luhn-valid test card for every DeclineReason', () => {
    expect(Object.keys(PAYWALL_DECLINE_CARDS).sort()).toEqual([...DECLINE_REASONS].sort());
    for (const card of Object.values(PAYWALL_DECLINE_CARDS)) expect(luhnValid(card), card).toBe(true);
    expect(new Set(Object.values(PAYWALL_DECLINE_CARDS)).size).toBe(DECLINE_REASONS.length);
  });

  it.each(BANK_DECLINES)('%s: error 1 with the bank code in Base64, read into a PaymentDeclinedError with that reason', async (reason, card) => {
    const { pw, answers } = recorded();
    const e = (await fail(pw.payments.startDirect(directPayment(uniqueCode('dec'), card)))) as PaymentDeclinedError;
    const sent = PAYWALL_SIM_DECLINES[card];
    // What PayWall answers: HTTP 200, ErrorCode 1 ("failure"), the four Error fields Base64-encoded.
    const answer = answers.at(-1);
    expect(answer?.status).toBe(200);
    expect(answer?.json).toMatchObject({
      ErrorCode: 1,
      Result: false,
      Body: { Error: { BankErrorCode: b64(sent?.bankCode ?? ''), ProviderErrorCode: b64(sent?.providerCode ?? '') } },
    });
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e).toMatchObject({ code: 'payment_declined', reason, providerCode: '1', group: 'failure', outcome: 'rejected' });
    expect(e.details).toMatchObject({ bankErrorCode: sent?.bankCode, providerErrorCode: sent?.providerCode, bankErrorMessage: sent?.bankMessage });
    expect(e.shopperMessage('tr')).toBe(shopperMessage(reason as never, 'tr'));
  });

  it('installment_not_allowed: the debit card with 3 installments is refused with PayWall error 9', async () => {
    const { pw, answers } = recorded();
    const input = directPayment(uniqueCode('inst'), PAYWALL_DECLINE_CARDS.installment_not_allowed);
    const e = (await fail(pw.payments.startDirect({ ...input, PaymentDetail: { ...input.PaymentDetail, Installment: 3 } }))) as PaymentDeclinedError;
    expect(answers.at(-1)?.json).toMatchObject({ ErrorCode: 9, Result: false });
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e).toMatchObject({ reason: 'installment_not_allowed', providerCode: '9', group: 'unexpected installment', retryWithAnotherCard: true });
    // A single payment with the same card goes through.
    expect((await pw.payments.startDirect(directPayment(uniqueCode('inst1'), PAYWALL_DECLINE_CARDS.installment_not_allowed))).Payment?.PaymentId).toBeTypeOf(
      'number',
    );
  });

  it('three_ds_failed: the 3D step fails and posts to the fail URL without a bank code; without 3D the card pays', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const card = PAYWALL_DECLINE_CARDS.three_ds_failed;
    const started = await pw.payments.start3d(threeDPayment(uniqueCode('3ds'), card));
    const post = await sim.completeThreeD(started.RedirectUrl as string);
    expect(post.url).toBe('https://shop.example/paywall/fail');
    expect(post.fields).toMatchObject({ status: 'Unsuccessful', errorCode: '1', providerBankErrorCode: '' });
    const ret = await pw.callbacks.verifyThreeDReturn(post.toRequest());
    expect(ret.unverified).toMatchObject({ success: false, declineReason: 'three_ds_failed' });
    expect((await pw.payments.startDirect(directPayment(uniqueCode('no3d'), card))).Payment?.PaymentId).toBeTypeOf('number');
  });

  it('a 3D payment declined by the bank posts the bank code, read into the same reason; a success has none', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    for (const [reason, card] of [
      ['insufficient_funds', PAYWALL_DECLINE_CARDS.insufficient_funds],
      ['lost_or_stolen', PAYWALL_DECLINE_CARDS.lost_or_stolen],
      [undefined, PAYWALL_SIM_CARDS.success],
    ] as const) {
      const started = await pw.payments.start3d(threeDPayment(uniqueCode('3db'), card));
      const ret = await pw.callbacks.verifyThreeDReturn((await sim.completeThreeD(started.RedirectUrl as string)).toRequest());
      expect(ret.unverified.declineReason, card).toBe(reason);
    }
  });

  it('PayWall codes about the card are declines on a payment start, ProviderErrors elsewhere', async () => {
    const answer = (code: number) => async () => new Response(JSON.stringify({ ErrorCode: code, Result: false, Message: 'refused', Body: null }));
    const cases: [number, string, string][] = [
      [19, 'expired_card', 'card expired'],
      [14, 'invalid_card', 'unexpected card number'],
      [9, 'installment_not_allowed', 'unexpected installment'],
      [106, 'expired_card', 'UnexpectedCardExpired'],
      [50, 'invalid_card', 'InvalidCardNumber'],
    ];
    for (const [code, reason, group] of cases) {
      const pw = makeClient(undefined, { fetch: answer(code) });
      const e = await fail(pw.payments.startDirect(directPayment()));
      expect(e, String(code)).toBeInstanceOf(PaymentDeclinedError);
      expect(e).toMatchObject({ reason, providerCode: String(code), group });
      // The same code on a refund says nothing about a card.
      const refund = await fail(pw.refunds.create({ MerchantUniqueCode: 'm-1' }));
      expect(refund).toBeInstanceOf(ProviderError);
      expect(refund).not.toBeInstanceOf(PaymentDeclinedError);
    }
    // A code that is not about the card stays a ProviderError on a payment start too.
    const other = await fail(makeClient(undefined, { fetch: answer(26) }).payments.startDirect(directPayment()));
    expect(other).not.toBeInstanceOf(PaymentDeclinedError);
  });

  it('the bank code wins over PayWall code; an unmapped bank code falls back to it, then to other', () => {
    expect(payWallDeclineReason({ errorCode: 1, bankErrorCode: '51' })).toBe('insufficient_funds');
    expect(payWallDeclineReason({ errorCode: 1, bankErrorCode: b64('51') })).toBe('insufficient_funds');
    expect(payWallDeclineReason({ errorCode: 19, bankErrorCode: '12' })).toBe('expired_card');
    expect(payWallDeclineReason({ errorCode: 1, bankErrorCode: '12' })).toBe('other');
    expect(payWallDeclineReason({ errorCode: 1 })).toBe('other');
    expect(payWallDeclineReason({})).toBe('other');
  });

  it('a code is read with the numbering the error is named from', () => {
    // 9 is "unexpected installment" in the Payment API list, InvalidPassword in the .NET list.
    expect(payWallCodeReason(9, 'payment')).toBe('installment_not_allowed');
    expect(payWallCodeReason(9, 'common')).toBeUndefined();
    // 50 is not in the public Payment API list: its .NET name decides.
    expect(payWallCodeReason(50, 'payment')).toBe('invalid_card');
    expect(payWallCodeReason(1, 'payment')).toBeUndefined();
    for (const table of Object.values(PAYWALL_DECLINE_CODES)) for (const reason of Object.values(table)) expect(DECLINE_REASONS).toContain(reason);
  });

  it('a 3D return: a bank code names the reason, a failure without one is three_ds_failed, success none', () => {
    expect(threeDReturnDeclineReason(true, '51')).toBeUndefined();
    expect(threeDReturnDeclineReason(false, '05')).toBe('do_not_honor');
    expect(threeDReturnDeclineReason(false, undefined)).toBe('three_ds_failed');
    expect(threeDReturnDeclineReason(false, ' ')).toBe('three_ds_failed');
    expect(threeDReturnDeclineReason(false, '12')).toBe('other');
  });
});
