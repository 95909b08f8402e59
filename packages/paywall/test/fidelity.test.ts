import { ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { directPayment, makeClient, makeSim, uniqueCode } from './helpers';

// Decisions where the official .NET SDK and the docs disagree (docs/providers/paywall.md, "Assumptions").
describe('PayWall wire decisions taken from the .NET SDK', () => {
  it('DiscountValue and MemberEarning are whole numbers (int in the .NET SDK): a fraction is refused, "10.00" goes out as 10', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const base = directPayment();
    const product = (patch: Record<string, unknown>) => ({ ...base, Products: [{ ...base.Products[0], ...patch }, base.Products[1]] });
    for (const [patch, field] of [
      [{ DiscountType: 1, DiscountValue: 10.5 }, 'Products.0.DiscountValue'],
      [{ DiscountType: 2, DiscountValue: '12.25' }, 'Products.0.DiscountValue'],
      [{ MemberEarning: 0.01 }, 'Products.0.MemberEarning'],
      [{ MemberEarning: 2_147_483_648 }, 'Products.0.MemberEarning'],
    ] as const) {
      const e = await pw.payments.startDirect(product(patch) as never).catch((x: unknown) => x);
      expect(e, field).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fields).toEqual([field]);
      expect((e as ValidationError).message).toContain('whole number');
    }
    expect(sim.requests).toHaveLength(0);
    const code = uniqueCode();
    await pw.payments.startDirect({
      ...base,
      PaymentDetail: { ...base.PaymentDetail, MerchantUniqueCode: code },
      Products: [
        { ProductId: 'p-1', ProductName: 'Çay', ProductAmount: 12.25, DiscountType: 1, DiscountValue: '10.00', MemberEarning: 5 },
        { ProductId: 'p-2', ProductName: 'Kaşık', ProductAmount: '3.25' },
      ],
    });
    const sent = JSON.parse(sim.requests[0]?.body ?? '{}');
    expect(sent.Products[0]).toMatchObject({ DiscountValue: 10, MemberEarning: 5 });
    expect(sim.requests[0]?.body).toContain('"DiscountValue":10,');
  });

  it('the installment query always sends distinctduplicates and endoftheday (false and 0 when left out), as the .NET SDK does', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    await pw.installments.list({ CurrencyId: 1, Amount: 100 });
    expect(sim.requests[0]?.headers).toMatchObject({ currencyid: '1', amount: '100', distinctduplicates: 'false', endoftheday: '0' });
    expect(sim.requests[0]?.headers).not.toHaveProperty('binnumber');
    expect(sim.requests[0]?.headers).not.toHaveProperty('posid');
    await pw.installments.list({ CurrencyId: 1, Amount: 100, DistinctDuplicates: true, EndOfTheDay: 3 });
    expect(sim.requests[1]?.headers).toMatchObject({ distinctduplicates: 'true', endoftheday: '3' });
    // 0 is the wire's "no filter", not a term: it is not an input.
    // @ts-expect-error: the type refuses it as the schema does
    await expect(pw.installments.list({ CurrencyId: 1, Amount: 100, EndOfTheDay: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('a temp token answered as null reads as an empty token, which tempcard refuses before sending', async () => {
    let calls = 0;
    const pw = makeClient(undefined, {
      fetch: async () => {
        calls++;
        return new Response(JSON.stringify({ ErrorCode: 0, Result: true, Message: '', Body: { TempTokenId: 1, Token: null } }));
      },
    });
    const t = await pw.clientSide.createTempToken({ ClientCardSave: false, ThreeDSession: false, ExpiryMin: 5 });
    expect(t.Token).toBe('');
    const e = await pw.clientSide
      .createTempCard({ token: t.Token, CardType: 2, CardOwnerName: 'A', CardNoFirst: '48249048', CardNoLast: '8012', IdentityNumber: '1', ExpiryMin: 5 })
      .catch((x: unknown) => x);
    expect((e as ValidationError).fields).toEqual(['token']);
    expect(calls).toBe(1);
  });
});
