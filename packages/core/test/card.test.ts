import { describe, expect, it } from 'vitest';
import { cardBin, cardLastFour, checkCardExpiry, cvvValid, detectCardBrand, luhnValid, maskCardNumber, normaliseCardNumber } from '../src/index';

describe('card helpers', () => {
  it('Luhn accepts published test numbers and refuses a changed digit', () => {
    for (const n of ['4111111111111111', '5528790000000008', '378282246310005', '9792030394440796', '5555555555554444']) expect(luhnValid(n)).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('4111 1111 1111 1111')).toBe(false);
    expect(luhnValid('12345678901')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('detects brands', () => {
    expect(detectCardBrand('4111111111111111')).toBe('visa');
    expect(detectCardBrand('5528790000000008')).toBe('mastercard');
    expect(detectCardBrand('2221000000000009')).toBe('mastercard');
    expect(detectCardBrand('378282246310005')).toBe('amex');
    expect(detectCardBrand('9792 0303 9444 0796')).toBe('troy');
    expect(detectCardBrand('6011111111111117')).toBe('unknown');
  });

  it('BIN, last four, masking, normalising', () => {
    expect(normaliseCardNumber('5528-7900 0000-0008')).toBe('5528790000000008');
    expect(cardBin('5528 7900 0000 0008')).toBe('552879');
    expect(cardBin('5528790000000008', 8)).toBe('55287900');
    expect(cardLastFour('5528790000000008')).toBe('0008');
    expect(maskCardNumber('5528 7900 0000 0008')).toBe('552879******0008');
    expect(maskCardNumber('12345')).toBe('*****');
  });

  it('expiry: month range, 2- and 4-digit years, end of month inclusive', () => {
    const now = new Date(Date.UTC(2026, 10, 22));
    expect(checkCardExpiry(11, 2026, now)).toEqual({ ok: true });
    expect(checkCardExpiry('11', '26', now)).toEqual({ ok: true });
    expect(checkCardExpiry(10, 2026, now)).toEqual({ ok: false, reason: 'expired' });
    expect(checkCardExpiry(2025, 7, now)).toEqual({ ok: false, reason: 'month' });
    expect(checkCardExpiry(0, 2030, now)).toEqual({ ok: false, reason: 'month' });
    expect(checkCardExpiry(1, 1999, now)).toEqual({ ok: false, reason: 'year' });
    expect(checkCardExpiry(1, 'xx', now)).toEqual({ ok: false, reason: 'year' });
  });

  it('CVV shape per brand', () => {
    expect(cvvValid('123', 'visa')).toBe(true);
    expect(cvvValid('1234', 'visa')).toBe(false);
    expect(cvvValid('1234', 'amex')).toBe(true);
    expect(cvvValid('123', 'amex')).toBe(false);
    expect(cvvValid('12a')).toBe(false);
    expect(cvvValid('1234')).toBe(true);
  });
});
