// Payment product management (§4.4, #45–#47) on the wire: the private pair only, PaymentPrivateAPI by default and
// PaymentAPI with `productHost: 'payment'` (PayWall has not published which serves it), exact bodies, refusals
// before sending, and the money rows sent once on a lost answer.
import { ConfigurationError, type PaymentProductRecord, ValidationError } from '@odeme/paywall';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { creds } from './helpers';
import { capture, paramHeaders } from './wire-capture';

const PRIVATE = 'https://test-payment-private-api.itspaywall.com/api/paywall/';
const PAYMENT = 'https://test-payment-api.itspaywall.com/api/paywall/';
const PID = 81234;

describe('PayWall payment products on the wire', () => {
  it('lists a payment’s products on PaymentPrivateAPI with the private pair and the paymentid header', async () => {
    const { pw, sent } = capture({}, () => ({
      body: [
        {
          Id: 5512,
          MemberId: 42,
          ProductId: 'tea-01',
          ProductName: 'Çay',
          ProductAmount: 150,
          IsMarketPlaceSales: true,
          Cargo: { CurrencyId: 1, CargoOwnerType: 1, CargoCost: 9.9 },
          Discount: null,
          Extra: 'kept',
        },
      ],
    }));
    const products = await pw.paymentProducts.list({ PaymentId: PID });
    expectTypeOf(products).toEqualTypeOf<PaymentProductRecord[]>();
    expect(products[0]).toMatchObject({ Id: 5512, MemberId: 42, ProductId: 'tea-01', Cargo: { CargoCost: 9.9 }, Extra: 'kept' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.url).toBe(`${PRIVATE}product`);
    expect(paramHeaders(sent[0])).toEqual({ paymentid: '81234' });
    expect(sent[0]?.headers).toMatchObject({ apikeyprivate: creds.apiKeyPrivate, apiclientprivate: creds.apiClientPrivate });
    expect(sent[0]?.headers.apikeypublic).toBeUndefined();
  });

  it('raises and lowers a sub-merchant earning with the exact body, amounts as JSON numbers', async () => {
    const { pw, sent } = capture();
    const up = await pw.paymentProducts.increaseMemberEarning({ PaymentId: PID, ProductId: 5512, Earning: '12.50' });
    expect(up.reference).toBe('81234');
    await pw.paymentProducts.decreaseMemberEarning({ PaymentId: PID, ProductId: 'tea-01', Earning: 1 });
    expect(sent.map((r) => [r.method, r.url, r.body])).toEqual([
      ['PUT', `${PRIVATE}product/member/earning/increase`, '{"PaymentId":81234,"ProductId":5512,"Earning":12.5}'],
      ['PUT', `${PRIVATE}product/member/earning/decrease`, '{"PaymentId":81234,"ProductId":"tea-01","Earning":1}'],
    ]);
  });

  it("goes to PaymentAPI with productHost: 'payment', still with the private pair only", async () => {
    const { pw, sent } = capture({ productHost: 'payment' });
    await pw.paymentProducts.list({ PaymentId: PID });
    await pw.paymentProducts.increaseMemberEarning({ PaymentId: PID, ProductId: 5512, Earning: 1 });
    expect(sent.map((r) => r.url)).toEqual([`${PAYMENT}product`, `${PAYMENT}product/member/earning/increase`]);
    for (const r of sent) {
      expect(r.headers.apikeypublic).toBeUndefined();
      expect(r.headers.apikeyprivate).toBe(creds.apiKeyPrivate);
    }
    // Other rows keep their own API.
    await pw.marketplace.approvalReport({ PaymentId: PID });
    expect(sent.at(-1)?.url).toBe(`${PAYMENT}marketplace/report/approval`);
  });

  it('follows baseUrls and the Turkey data centre like the other private rows', async () => {
    const turkey = capture({ environment: 'production', dataCenter: 'turkey' });
    await turkey.pw.paymentProducts.list({ PaymentId: PID });
    expect(turkey.sent[0]?.url).toBe('https://payment-private-api.paywall.com.tr/api/paywall/product');
    const own = capture({ productHost: 'payment', baseUrls: { payment: 'https://proxy.example/pw/' } });
    await own.pw.paymentProducts.list({ PaymentId: PID });
    expect(own.sent[0]?.url).toBe('https://proxy.example/pw/product');
  });

  it('needs the private pair: refused with a ConfigurationError before anything is sent', async () => {
    const { pw, sent } = capture({ apiKeyPrivate: undefined, apiClientPrivate: undefined });
    await expect(pw.paymentProducts.list({ PaymentId: PID })).rejects.toBeInstanceOf(ConfigurationError);
    expect(sent).toHaveLength(0);
  });

  it('refuses bad input before sending', async () => {
    const { pw, sent } = capture();
    const fields = (p: Promise<unknown>) =>
      p.then(
        () => expect.unreachable('accepted'),
        (e: unknown) => {
          expect(e).toBeInstanceOf(ValidationError);
          return (e as ValidationError).fields;
        },
      );
    expect(await fields(pw.paymentProducts.list({ PaymentId: 0 }))).toEqual(['PaymentId']);
    expect(await fields(pw.paymentProducts.increaseMemberEarning({ PaymentId: PID, ProductId: 5512, Earning: '0.001' }))).toEqual(['Earning']);
    expect(await fields(pw.paymentProducts.decreaseMemberEarning({ PaymentId: PID, ProductId: '', Earning: 1 }))).toEqual(['ProductId']);
    expect(await fields(pw.paymentProducts.decreaseMemberEarning({ PaymentId: PID, ProductId: 1, Earning: -2 }))).toEqual(['Earning']);
    expect(sent).toHaveLength(0);
  });

  it('sends an earning change once on a 502: outcome unknown, reference the PaymentId, the lookup named', async () => {
    const { pw, sent } = capture({}, () => ({ status: 502 }));
    const e = (await pw.paymentProducts.increaseMemberEarning({ PaymentId: PID, ProductId: 5512, Earning: 3 }).catch((x: unknown) => x)) as {
      outcome: string;
      reference: string;
      message: string;
    };
    expect(sent).toHaveLength(1);
    expect([e.outcome, e.reference]).toEqual(['unknown', '81234']);
    expect(e.message).toContain('paymentProducts.list');
  });
});
