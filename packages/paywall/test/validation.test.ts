import { ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { directPayment, makeClient, makeSim, threeDPayment, uniqueCode } from './helpers';

async function refused(run: () => Promise<unknown>): Promise<ValidationError> {
  const e = await run().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return e as ValidationError;
}

describe('PayWall rules before sending', () => {
  const sim = makeSim();
  const pw = makeClient(sim);
  const base = directPayment();

  it('Amount must equal the exact sum of ProductAmount (error 26), compared in kuruş', async () => {
    const e = await refused(() => pw.payments.startDirect({ ...base, PaymentDetail: { ...base.PaymentDetail, Amount: '15.51' } }));
    expect(e.fields).toEqual(['PaymentDetail.Amount']);
    expect(e.message).toContain('26');
    // 0.1 + 0.2 style sums still add up exactly in kuruş.
    const ok = {
      ...base,
      PaymentDetail: { ...base.PaymentDetail, Amount: 0.3, MerchantUniqueCode: uniqueCode() },
      Products: [
        { ProductId: 'a', ProductName: 'A', ProductAmount: 0.1 },
        { ProductId: 'b', ProductName: 'B', ProductAmount: 0.2 },
      ],
    };
    await expect(pw.payments.startDirect(ok)).resolves.toBeTruthy();
  });

  it('refuses bad fields by name, and nothing reaches the simulator', async () => {
    const before = sim.requests.length;
    const d = base.PaymentDetail;
    const cases: [unknown, string][] = [
      [{ ...base, PaymentDetail: { ...d, MerchantUniqueCode: 'x'.repeat(251) } }, 'PaymentDetail.MerchantUniqueCode'],
      [{ ...base, PaymentDetail: { ...d, ClientIP: '2001:db8::1234:5678' } }, 'PaymentDetail.ClientIP'],
      [{ ...base, PaymentDetail: { ...d, Amount: '15.505' } }, 'PaymentDetail.Amount'],
      [{ ...base, PaymentDetail: { ...d, Installment: undefined } }, 'PaymentDetail.Installment'],
      [{ ...base, PaymentDetail: { ...d, Installment: 2, Installement: 3 } }, 'PaymentDetail.Installement'],
      [{ ...base, PaymentDetail: { ...d, Instalment: 1 } }, 'PaymentDetail'],
      [{ ...base, Card: { ...base.Card, Number: '5528790000000009' } }, 'Card.Number'],
      [{ ...base, Card: { ...base.Card, OwnerName: 'Ç'.repeat(61) } }, 'Card.OwnerName'],
      [{ ...base, Card: { ...base.Card, ExpireMonth: '2030', ExpireYear: '12' } }, 'Card.ExpireMonth'],
      [{ ...base, Card: { ...base.Card, ExpireYear: '2020' } }, 'Card.ExpireYear'],
      [{ ...base, Card: { ...base.Card, Cvv: '12' } }, 'Card.Cvv'],
      [{ ...base, Card: { UniqueCode: 'abc', Number: '5528790000000008' } }, 'Card.Number'],
      [{ ...base, Products: [] }, 'Products'],
      [{ ...base, Products: [{ ...base.Products[0], DiscountType: 2, DiscountValue: 101 }, base.Products[1]] }, 'Products.0.DiscountValue'],
      [{ ...base, Products: [{ ...base.Products[0], DiscountType: 3 }, base.Products[1]] }, 'Products.0.DiscountType'],
      [{ ...base, Customer: { ...base.Customer, Email: '' } }, 'Customer.Email'],
    ];
    for (const [input, field] of cases) {
      const e = await refused(() => pw.payments.startDirect(input as never));
      expect(e.fields, JSON.stringify(e.issues)).toContain(field);
    }
    const t = threeDPayment();
    const e3 = await refused(() => pw.payments.start3d({ ...t, PaymentDetail: { ...t.PaymentDetail, MerchantFailBackUrl: 'not a url' } }));
    expect(e3.fields).toContain('PaymentDetail.MerchantFailBackUrl');
    await refused(() => pw.bin.inquiry({ BinNumber: '55287' }));
    await refused(() => pw.installments.list({ CurrencyId: 1, Amount: 10, BinNumber: '5528790' }));
    await refused(() => pw.clientSide.createTempToken({ ClientCardSave: true, ThreeDSession: false, ExpiryMin: 31 }));
    await refused(() => pw.refunds.partial({ MerchantUniqueCode: 'm', Amount: 0 }));
    await refused(() => pw.vpos.reconciliation({ ReconciliationDate: '10.03.2026' }));
    await refused(() => pw.cardWall.save({ RelationalId1: 'u', Card: { HolderName: 'A', Number: '1234567890123', Month: 13, Year: 2030 } }));
    expect(sim.requests.length).toBe(before);
  });

  it('a discount of exactly 100 % and the legacy spellings are accepted', async () => {
    const code = uniqueCode();
    await pw.payments.startDirect({
      ...base,
      PaymentDetail: { Amount: '15.50', MerchantUniqueCode: code, CurrencyId: 1, Installement: 1, ClientIP: '203.0.113.7' },
      Products: [{ ...base.Products[0], DiscountType: 2, DiscountValue: 100, CargoOwnerType: 1 } as never, base.Products[1]],
    } as never);
    const sent = JSON.parse(sim.requests.at(-1)?.body ?? '{}');
    expect(sent.PaymentDetail.Installment).toBe(1);
    expect(sent.Products[0].CargoType).toBe(1);
    expect(sent.Products[0]).not.toHaveProperty('CargoOwnerType');
  });
});
