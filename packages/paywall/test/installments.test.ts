import { ValidationError } from '@odeme/core';
import { installmentChoices } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import { makeClient, makeSim } from './helpers';

describe('PayWall installmentChoices', () => {
  it('turns the answer for a BIN into table lines, checked by hand', async () => {
    const pw = makeClient(makeSim());
    const answer = await pw.installments.list({ CurrencyId: 1, Amount: '1234.56', BinNumber: '552879' });
    const choices = installmentChoices(answer);
    expect(choices.map((c) => c.count)).toEqual([1, 2, 3, 6, 9, 12]);
    // 3 installments at 2.50 %: interest 1234.56 × 0.025 = 30.864 → 30.86 (PayWall's figure); 1265.42 / 3 = 421.806… → 421.81.
    expect(choices[2]).toEqual({
      count: 3,
      total: '1265.42',
      monthly: '421.81',
      totalText: '₺1.265,42',
      monthlyText: '₺421,81',
      bank: 'Sim Bank A',
      cardFamily: 'Sim Family Gold',
    });
    // A single payment is the amount itself.
    expect(choices[0]).toMatchObject({ count: 1, total: '1234.56', monthly: '1234.56', totalText: '₺1.234,56' });
    // 12 at 9.90 %: interest 122.22144 → 122.22; 1356.78 / 12 = 113.065 → 113.07 (nearest kuruş, half up).
    expect(choices[5]).toMatchObject({ count: 12, total: '1356.78', monthly: '113.07' });
  });

  it('without a BIN, one line per option of each card family, named by family and no bank', async () => {
    const pw = makeClient(makeSim());
    const answer = await pw.installments.list({ CurrencyId: 1, Amount: '100.00' });
    const choices = installmentChoices(answer);
    const families = [...new Set(choices.map((c) => c.cardFamily))];
    expect(families).toEqual(['Sim Family Gold', 'Sim Family Troy']);
    expect(choices).toHaveLength(12);
    expect(choices.every((c) => c.bank === undefined)).toBe(true);
    expect(choices.find((c) => c.count === 6)).toMatchObject({ total: '104.90', monthly: '17.48', monthlyText: '₺17,48' });
  });

  it('leaves out rows without a count or an amount, and refuses an amount past the kuruş rather than round it', () => {
    const rows = [
      { Installment: 0, RawAmount: 10 },
      { Installment: 2, RawAmount: undefined },
      { Installment: 2, RawAmount: 10, InterestAmount: undefined },
    ];
    expect(installmentChoices({ Options: rows } as never)).toEqual([{ count: 2, total: '10.00', monthly: '5.00', totalText: '₺10,00', monthlyText: '₺5,00' }]);
    expect(installmentChoices([])).toEqual([]);
    expect(() => installmentChoices({ Options: [{ Installment: 3, RawAmount: 10, InterestAmount: 0.333 }] } as never)).toThrow(ValidationError);
  });
});
