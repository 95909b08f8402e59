import { ValidationError } from '@odeme/core';
import { PayWallCardModel, PayWallCurrency, payWallSchemas } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import { card, customer, directPayment, makeClient, makeSim, uniqueCode } from './helpers';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as ValidationError,
  );

/** A client whose fetch records each body and answers a paid payment. */
function capturing() {
  const bodies: Record<string, unknown>[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body ?? '{}')));
    return new Response(JSON.stringify({ ErrorCode: 0, Result: true, Message: '', Body: { Payment: { PaymentId: 1 } } }));
  };
  const phoneSent = () => (bodies.at(-1)?.Customer as { Phone?: string } | undefined)?.Phone;
  return { bodies, phoneSent, pw: makeClient(undefined, { fetch }) };
}
const withCustomer = (patch: Record<string, unknown>) => ({ ...directPayment(), Customer: { ...customer, ...patch } });

describe('PayWall identifiers: Customer.Phone', () => {
  it('a buyer in Turkey: any common writing of a Turkish mobile number is sent as 5XXXXXXXXX, the form of the docs', async () => {
    const { pw, phoneSent } = capturing();
    for (const [country, phone] of [
      ['Türkiye', '0532 123 45 67'],
      ['TÜRKİYE', '+90 (532) 123 45 67'],
      ['Turkey', '0090 532 123 4567'],
      ['TR', '905321234567'],
      ['turkiye', '5321234567'],
    ]) {
      await pw.payments.startDirect(withCustomer({ Country: country, Phone: phone }));
      expect(phoneSent(), `${country} ${phone}`).toBe('5321234567');
    }
  });

  it('a buyer in Turkey with a landline or a short number is refused before sending, by the rule and never the value', async () => {
    const { pw, bodies } = capturing();
    for (const phone of ['0212 123 45 67', '53212345', '+49 151 23456789', 'telefon yok']) {
      const e = await fail(pw.payments.startDirect(withCustomer({ Phone: phone })));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.fields).toEqual(['Customer.Phone']);
      expect(e.issues[0]?.message).toBe('must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090');
      expect(e.message).not.toContain(phone);
      expect(e.outcome).toBe('not_sent');
    }
    expect(bodies).toHaveLength(0);
  });

  it('a buyer elsewhere (PayWall also takes BAM, MKD, ALL) keeps the number as given', async () => {
    const { pw, phoneSent } = capturing();
    for (const [country, phone] of [
      ['Bosna i Hercegovina', '+387 61 123 456'],
      ['North Macedonia', '070 123 456'],
      ['Deutschland', '+49 151 23456789'],
    ]) {
      await pw.payments.startDirect(withCustomer({ Country: country, Phone: phone }));
      expect(phoneSent()).toBe(phone);
    }
  });

  it('split payment parts check each buyer the same way', async () => {
    const { pw } = capturing();
    const part = (phone: string) => ({
      Customer: { ...customer, Phone: phone },
      Product: { ProductId: 'a', ProductName: 'A', ProductAmount: '10.00' },
      Card: card(),
    });
    const input = {
      PaymentDetail: {
        Amount: '20.00',
        MerchantUniqueCode: uniqueCode('split'),
        CurrencyId: PayWallCurrency.TRY,
        Installment: 1,
        ClientIP: '203.0.113.7',
        CallbackAddress: 'https://shop.example/cb',
      },
      CardModel: PayWallCardModel.ECommerce,
      Payments: [part('0532 123 45 67'), part('0212 123 45 67')],
    };
    const e = await fail(pw.payments.startSplit(input));
    expect(e.fields).toEqual(['Payments.1.Customer.Phone']);
  });

  it('names Turkey in the usual writings only', () => {
    for (const c of ['Türkiye', 'TÜRKİYE', 'TURKIYE', 'Turkey', ' tr ', 'TUR', 'Türkiye Cumhuriyeti', 'Republic of Türkiye'])
      expect(payWallSchemas.namesTurkey(c), c).toBe(true);
    for (const c of ['Turkmenistan', 'Germany', 'Kıbrıs', 'Country', '']) expect(payWallSchemas.namesTurkey(c), c).toBe(false);
  });
});

describe('PayWall identifiers: identity numbers are sent as given', () => {
  it("PayWall's own examples send placeholders that fail the TCKN checksum: they still reach PayWall", async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('id');
    await pw.payments.startDirect({ ...directPayment(code), Customer: { ...customer, IdentityNumber: '11111111111', TaxNumber: 'TaxNumber' } });
    const insurance = {
      OwnerName: 'Mehmet Öz',
      CardNoFirst: '48249048',
      CardNoLast: '8012',
      IdentityNumber: '21234567890',
      ExpireMonth: '12',
      ExpireYear: '2030',
    };
    await pw.payments.startDirectInsurance({ ...directPayment(uniqueCode('ins')), Card: insurance });
    expect(sim.byMerchantCode(code)?.statusId).toBe(4);
  });
});
