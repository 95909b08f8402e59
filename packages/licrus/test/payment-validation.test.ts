import { ValidationError } from '@odeme/core';
import { DEFAULT_CARD_VENDOR, PaymentCardVendor, paymentCard } from '@odeme/licrus';
import { describe, expect, it } from 'vitest';
import { future, simSetup } from './helpers';

const CODE = 'ec38e9381d1440f0a3bb83ab47c37e11';
const card = { CardHolderName: 'SAMPLE CUSTOMER', Number: '4355 0843 5508 4358', ...future, SecurityCode: '123' };

async function refused(input: unknown) {
  const { sim, client } = simSetup();
  const err = await client.payments.pay(input as never).catch((e) => e);
  expect(err).toBeInstanceOf(ValidationError);
  expect(sim.requests).toHaveLength(0); // not even a login
  return err as ValidationError;
}

describe('Payment input validation', () => {
  it("refuses the seed's own sample (dashed test number, year and month swapped), saying which is which", async () => {
    const err = await refused({
      PaymentRequestCode: CODE,
      Card: { CardHolderName: 'SAMPLE CUSTOMER', Number: '1234-1234-1234-1234', ExpireYear: 7, ExpireMonth: 2020, SecurityCode: '123', CardVendor: 'Unknow' },
    });
    expect(err.fields).toEqual(['Card.Number', 'Card.ExpireMonth', 'Card.ExpireYear']);
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i.message]));
    expect(byPath['Card.Number']).toMatch(/Luhn/);
    expect(byPath['Card.ExpireMonth']).toMatch(/ExpireMonth must be a month 1–12; this value is a year/);
    expect(byPath['Card.ExpireYear']).toMatch(/ExpireYear must be a year .*; this value looks like a month/);
    // The rule is stated, the value never quoted.
    expect(err.message).not.toMatch(/2020|\b7\b/);
  });

  it('refuses a month of 13 alone, a past card, and a year out of range', async () => {
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...card, ExpireMonth: 13 } })).fields).toEqual(['Card.ExpireMonth']);
    const past = await refused({ PaymentRequestCode: CODE, Card: { ...card, ExpireMonth: 1, ExpireYear: 2020 } });
    expect(past.issues[0]?.message).toBe('the card has expired: ExpireMonth/ExpireYear must not be in the past');
    expect(past.message).not.toContain('2020');
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...card, ExpireYear: 3030 } })).fields).toEqual(['Card.ExpireYear']);
  });

  it('checks the code (32 hex), the holder, the CVV shape for the vendor', async () => {
    expect((await refused({ PaymentRequestCode: `${CODE}0`, Card: card })).fields).toEqual(['PaymentRequestCode']);
    expect((await refused({ PaymentRequestCode: 'ec38e938-1d14-40f0-a3bb-83ab47c37e11', Card: card })).fields).toEqual(['PaymentRequestCode']);
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...card, CardHolderName: ' ' } })).fields).toEqual(['Card.CardHolderName']);
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...card, SecurityCode: '12' } })).fields).toEqual(['Card.SecurityCode']);
    // Visa takes 3 digits; American Express 4.
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...card, SecurityCode: '1234' } })).fields).toEqual(['Card.SecurityCode']);
  });

  it("words its messages itself: the schema's own first, core's defaults otherwise", async () => {
    const err = await refused({
      PaymentRequestCode: CODE,
      Card: { ...card, CardHolderName: 'A'.repeat(101), ExpireMonth: '12', ExpireYear: 2030.5, SecurityCode: 123 },
    });
    expect(Object.fromEntries(err.issues.map((i) => [i.path, i.message]))).toEqual({
      'Card.CardHolderName': 'must have at most 100 characters',
      'Card.ExpireMonth': 'ExpireMonth must be a number',
      'Card.ExpireYear': 'ExpireYear must be a whole number',
      'Card.SecurityCode': 'expected string, got number',
    });
    expect((await refused({ Card: card })).issues).toEqual([{ path: 'PaymentRequestCode', message: 'required (string)', code: 'invalid_type' }]);
  });

  it('sends the documented Unknow (sic) when CardVendor is left out, whatever the brand; a given value as is', () => {
    expect(PaymentCardVendor).toEqual({ Unknow: 'Unknow' });
    expect(DEFAULT_CARD_VENDOR).toBe('Unknow');
    for (const n of ['4355084355084358', '5555 5555 5555 4444', '9792030000000000', '6011111111111117'])
      expect(paymentCard.parse({ ...card, Number: n }).CardVendor).toBe('Unknow');
    expect(paymentCard.parse({ ...card, CardVendor: 3 }).CardVendor).toBe(3);
    expect(paymentCard.parse({ ...card, CardVendor: 'Visa' }).CardVendor).toBe('Visa');
  });

  it('checks the CVV length against the brand of the number, not the vendor sent', async () => {
    const amex = { ...card, Number: '378282246310005' };
    expect(paymentCard.parse({ ...amex, SecurityCode: '1234' }).SecurityCode).toBe('1234');
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...amex, SecurityCode: '123' } })).fields).toEqual(['Card.SecurityCode']);
    expect((await refused({ PaymentRequestCode: CODE, Card: { ...card, SecurityCode: '1234', CardVendor: 0 } })).fields).toEqual(['Card.SecurityCode']);
  });
});
