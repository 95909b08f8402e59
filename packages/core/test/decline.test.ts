import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  DECLINE_REASONS,
  type DeclineReason,
  declineReasonFromIso8583,
  isDeclineReason,
  isOdemeError,
  PaymentDeclinedError,
  ProviderError,
  shopperMessage,
  suggestsAnotherCard,
} from '../src/index';

describe('decline vocabulary', () => {
  it('is the closed set, each with a Turkish and an English text', () => {
    expect(DECLINE_REASONS).toEqual([
      'insufficient_funds',
      'do_not_honor',
      'expired_card',
      'invalid_cvc',
      'invalid_card',
      'lost_or_stolen',
      'fraud_suspected',
      'limit_exceeded',
      'three_ds_failed',
      'installment_not_allowed',
      'restricted_card',
      'issuer_unavailable',
      'other',
    ]);
    const tr = new Set(DECLINE_REASONS.map((r) => shopperMessage(r, 'tr')));
    const en = new Set(DECLINE_REASONS.map((r) => shopperMessage(r, 'en')));
    expect(tr.size).toBe(DECLINE_REASONS.length);
    expect(en.size).toBe(DECLINE_REASONS.length);
    for (const text of [...tr, ...en]) {
      expect(text.length).toBeLessThan(140);
      expect(text).not.toMatch(/\d{2}|_/); // no codes, no identifiers
    }
    expect(shopperMessage('insufficient_funds', 'tr')).toMatch(/^Kartınızın bakiyesi veya limiti/);
    expect(shopperMessage('expired_card', 'en')).toBe('Your card has expired. Please use a valid card.');
    expect(isDeclineReason('other')).toBe(true);
    expect(isDeclineReason('toString')).toBe(false);
  });

  it('suggests another card only where another card can help', () => {
    const same = DECLINE_REASONS.filter((r) => !suggestsAnotherCard(r));
    expect(same).toEqual(['invalid_cvc', 'fraud_suspected', 'three_ds_failed', 'issuer_unavailable']);
  });

  it('maps ISO 8583 field 39 codes', () => {
    const cases: [string | number | undefined, DeclineReason][] = [
      ['05', 'do_not_honor'],
      [5, 'do_not_honor'],
      [' 51 ', 'insufficient_funds'],
      ['12', 'other'],
      ['14', 'invalid_card'],
      ['33', 'expired_card'],
      ['54', 'expired_card'],
      ['41', 'lost_or_stolen'],
      ['43', 'lost_or_stolen'],
      ['55', 'invalid_cvc'],
      ['57', 'restricted_card'],
      ['58', 'restricted_card'],
      ['61', 'limit_exceeded'],
      ['62', 'restricted_card'],
      ['65', 'limit_exceeded'],
      ['59', 'fraud_suspected'],
      ['91', 'issuer_unavailable'],
      ['96', 'issuer_unavailable'],
      ['00', 'other'],
      ['N7', 'other'],
      ['constructor', 'other'],
      [undefined, 'other'],
    ];
    for (const [code, reason] of cases) expect(declineReasonFromIso8583(code), String(code)).toBe(reason);
  });
});

describe('PaymentDeclinedError.reason', () => {
  it('defaults to other and keeps the provider fields', () => {
    const e = new PaymentDeclinedError('declined', { provider: 'paywall', providerCode: '51', group: 'failure' });
    expect(e.reason).toBe('other');
    expect(e.providerCode).toBe('51');
    expect(e.group).toBe('failure');
    expect(e.retryWithAnotherCard).toBe(true);
  });

  it('carries a mapped reason, its texts and hint, and logs it', () => {
    const e = new PaymentDeclinedError('declined', { providerCode: '51', reason: declineReasonFromIso8583('51') });
    expect(e.reason).toBe('insufficient_funds');
    expect(e.shopperMessage('tr')).toBe(shopperMessage('insufficient_funds', 'tr'));
    expect(e.shopperMessage('en')).toMatch(/enough balance/);
    expect(e.toJSON()).toMatchObject({ code: 'payment_declined', reason: 'insufficient_funds', providerCode: '51' });
    expect(new PaymentDeclinedError('declined', { reason: 'invalid_cvc' }).retryWithAnotherCard).toBe(false);
    expect(new PaymentDeclinedError('declined', { reason: 'nonsense' as DeclineReason }).reason).toBe('other');
  });
});

describe('AuthenticationError', () => {
  it('is a provider error with its own code and the keys hint', () => {
    const e = new AuthenticationError('signature does not verify', { provider: 'oderopay', status: 401, providerCode: '1' });
    expect(e).toBeInstanceOf(ProviderError);
    expect(isOdemeError(e)).toBe(true);
    expect(e.code).toBe('authentication_failed');
    expect(e.name).toBe('AuthenticationError');
    expect(e.status).toBe(401);
    expect(e.message).toBe('signature does not verify: check your keys and environment (sandbox or production)');
    expect(new AuthenticationError(e.message).message).toBe(e.message);
    expect(new AuthenticationError('HTTP 401.').message).toBe('HTTP 401: check your keys and environment (sandbox or production)');
  });
});
