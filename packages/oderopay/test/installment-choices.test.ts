import { UnexpectedResponseError } from '@odeme/core';
import { type InstallmentOptions, installmentChoices } from '@odeme/oderopay';
import { ODEROPAY_SIM_BINS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const option = (installmentNumber: number, totalPrice: number, installmentPrice: number) => ({ installmentNumber, totalPrice, installmentPrice });
const card = (bankName: string, cardBrand: string, installmentPrices: ReturnType<typeof option>[]): InstallmentOptions => ({
  binNumber: '552879',
  bankName,
  cardBrand,
  installmentPrices,
});

describe('installmentChoices: the installment search as table lines', () => {
  it('a simulator answer for one BIN: one line per count, figures checked by hand', async () => {
    const { odero } = setup();
    const answer = await odero.installments.search({ binNumber: '552879', price: '1000.00', currency: 'TRY' });
    const choices = installmentChoices(answer);
    expect(choices.map((c) => c.count)).toEqual([1, 2, 3, 6, 9, 12]);
    // 6 installments at the simulator's 6.00 %: 1000.00 + 60.00 = 1060.00; 106000 / 6 = 17666.67 kuruş, which the
    // simulator's bank rounds down to 176.66 a month (the odd kuruş goes on one installment).
    expect(choices[3]).toEqual({
      count: 6,
      total: '1060.00',
      monthly: '176.66',
      totalText: '₺1.060,00',
      monthlyText: '₺176,66',
      bank: 'Halkbank',
      cardFamily: 'Paraf',
    });
    expect(choices[2]).toMatchObject({ count: 3, total: '1035.00', monthly: '345.00', monthlyText: '₺345,00' });
  });

  it('a search without a BIN: lines for every bank and card family, debit cards in one payment only', async () => {
    const { odero } = setup();
    const choices = installmentChoices(await odero.installments.search({ price: '250.00', currency: 'TRY' }));
    const families = new Set(choices.map((c) => `${c.bank}/${c.cardFamily}`));
    expect(families).toEqual(new Set(ODEROPAY_SIM_BINS.map((b) => `${b.bankName}/${b.cardBrand}`)));
    expect(choices.filter((c) => c.cardFamily === 'Bonus').map((c) => c.count)).toEqual([1]);
    for (const c of choices.filter((x) => x.count === 1)) expect(c).toMatchObject({ total: '250.00', monthly: '250.00' });
  });

  it("takes ÖderoPay's monthly figure when exact to the kuruş, else divides; BINs of one family give one set", () => {
    const choices = installmentChoices({
      items: [
        card('Akbank', 'Axess', [option(1, 100, 100), option(3, 100, 33.333333)]),
        card('Akbank', 'Axess', [option(3, 100, 33.34)]),
        card('Akbank', 'Wings', [option(3, 1234.56, 411.52)]),
      ],
    });
    expect(choices).toEqual([
      { count: 1, total: '100.00', monthly: '100.00', totalText: '₺100,00', monthlyText: '₺100,00', bank: 'Akbank', cardFamily: 'Axess' },
      { count: 3, total: '100.00', monthly: '33.33', totalText: '₺100,00', monthlyText: '₺33,33', bank: 'Akbank', cardFamily: 'Axess' },
      { count: 3, total: '1234.56', monthly: '411.52', totalText: '₺1.234,56', monthlyText: '₺411,52', bank: 'Akbank', cardFamily: 'Wings' },
    ]);
    expect(installmentChoices([])).toEqual([]);
  });

  it('a total that is not exact to the kuruş, or a count below 1, is an unexpected answer, never rounded', () => {
    expect(() => installmentChoices([card('Akbank', 'Axess', [option(3, 100.005, 33.33)])])).toThrow(UnexpectedResponseError);
    expect(() => installmentChoices([card('Akbank', 'Axess', [option(0, 100, 100)])])).toThrow(/installmentNumber/);
  });
});
