import { describe, expect, it } from 'vitest';
import { installmentChoice, ValidationError } from '../src/index';

describe('installmentChoice', () => {
  it('formats a stated installment table line for a Turkish page', () => {
    expect(installmentChoice({ count: 3, total: '1002.00', monthly: '334.00', bank: 'Garanti BBVA', cardFamily: 'Bonus' })).toEqual({
      count: 3,
      total: '1002.00',
      monthly: '334.00',
      totalText: '₺1.002,00',
      monthlyText: '₺334,00',
      bank: 'Garanti BBVA',
      cardFamily: 'Bonus',
    });
  });

  it('divides the total to the nearest kuruş when the provider states no installment amount', () => {
    // Checked by hand: 100.00 / 3 = 33.333… → 33.33; 100.00 / 6 = 16.666… → 16.67; 0.05 / 2 = 0.025 → 0.03 (half up).
    expect(installmentChoice({ count: 3, total: '100.00' }).monthly).toBe('33.33');
    expect(installmentChoice({ count: 6, total: 100 }).monthly).toBe('16.67');
    expect(installmentChoice({ count: 2, total: '0.05' }).monthly).toBe('0.03');
    expect(installmentChoice({ count: 1, total: '1234.56' })).toMatchObject({ monthly: '1234.56', monthlyText: '₺1.234,56' });
  });

  it('agrees with exact rational division for every kuruş total up to 20.00 TL and 1–12 installments', () => {
    for (let k = 0; k <= 2000; k++)
      for (let n = 1; n <= 12; n++) {
        // Oracle in BigInt: round(k / n) half up = floor((2k + n) / 2n).
        const expected = (2n * BigInt(k) + BigInt(n)) / (2n * BigInt(n));
        const got = installmentChoice({ count: n, total: (k / 100).toFixed(2) }).monthly;
        expect(got).toBe(`${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`);
      }
  });

  it('refuses a count that is not a whole number from 1 and an amount with more than two decimals', () => {
    expect(() => installmentChoice({ count: 0, total: '10.00' })).toThrow(ValidationError);
    expect(() => installmentChoice({ count: 2.5, total: '10.00' })).toThrow(ValidationError);
    expect(() => installmentChoice({ count: 2, total: '10.001' })).toThrow(ValidationError);
  });
});
