import { createBipListener, generateTransactionId, normaliseMsisdn, parseListenerPayload } from '@odeme/bip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const national = fc.stringMatching(/^5\d{9}$/);

describe('properties', () => {
  it('every written form of a mobile number normalises to 90 + the national number', () => {
    fc.assert(
      fc.property(national, fc.constantFrom('90', '+90', '0090', '0', '', '+90 '), (n, prefix) => {
        expect(normaliseMsisdn(`${prefix}${n}`)).toBe(`90${n}`);
        expect(normaliseMsisdn(`${prefix}${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`)).toBe(`90${n}`);
      }),
    );
  });

  it('numbers that are not Turkish mobiles are refused', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-46-9]\d{9}$/), (n) => {
        expect(normaliseMsisdn(n)).toBeUndefined();
        expect(normaliseMsisdn(`0${n}`)).toBeUndefined();
        expect(normaliseMsisdn(`90${n}`)).toBeUndefined();
      }),
    );
  });

  it('listener prices become exact kuruş for any whole-kuruş amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 1, max: 99 }), (k, count) => {
        const e = parseListenerPayload({
          transactionId: '1',
          resultCode: 0,
          itemList: [{ itemId: 1, itemName: 'x', itemPrice: k / 100, currency: 'TL', itemCount: count }],
          totalAmount: (k * count) / 100,
        });
        expect(e.itemList?.[0]?.itemPriceKurus).toBe(k);
        expect(e.totalAmountKurus).toBe(k * count);
      }),
    );
  });

  it('generated transaction ids are 16 digits without a leading zero', () => {
    for (let i = 0; i < 500; i++) expect(generateTransactionId()).toMatch(/^[1-9]\d{15}$/);
  });

  it('a listener built with allowUnauthenticated accepts calls without Authorization, marked unauthenticated', async () => {
    const seen: boolean[] = [];
    const handler = createBipListener({
      allowUnauthenticated: true,
      logLevel: 'off',
      onPayment: (_e, c) => {
        seen.push(c.authenticated);
      },
    });
    const res = await handler(new Request('https://m.example/l', { method: 'POST', body: '{"transactionId":"7","resultCode":0,"resultDesc":"SUCCESS"}' }));
    expect(res.status).toBe(200);
    expect(seen).toEqual([false]);
  });
});
