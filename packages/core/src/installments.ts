import { ValidationError } from './errors.js';
import { formatTRY, fromKurus, type Kurus, toKurus } from './money.js';

/** One line of an installment table a checkout shows: `3 × ₺334,00 = ₺1.002,00`. */
export interface InstallmentChoice {
  /** Number of installments (1 = a single payment). */
  count: number;
  /** What the customer pays in all, TL decimal (`'1002.00'`), interest or commission included. */
  total: string;
  /** One installment, TL decimal: the provider's figure, or the total divided by `count` to the nearest kuruş. */
  monthly: string;
  /** `total` for people, `₺1.002,00`. */
  totalText: string;
  /** `monthly` for people, `₺334,00`. */
  monthlyText: string;
  /** The bank, as the provider names it, when the answer is per bank. */
  bank?: string;
  /** The card family or program (Bonus, World, Axess…), when the provider names one. */
  cardFamily?: string;
}

/** What `installmentChoice` needs: amounts in TL (a decimal string or a number with at most two decimals). */
export interface InstallmentFigures {
  /** Number of installments, a whole number from 1. */
  count: number;
  /** Total to pay, TL. */
  total: string | number;
  /** One installment, TL, when the provider states it. */
  monthly?: string | number | undefined;
  /** The bank's name. */
  bank?: string | undefined;
  /** The card family or program. */
  cardFamily?: string | undefined;
}

/**
 * Builds one line of an installment table, exact to the kuruş, with the amounts formatted for a Turkish page. When
 * the provider does not state the installment amount it is the total divided by `count`, to the nearest kuruş: the
 * bank may put the odd kuruş on the first installment, so the lines can differ from the shown figure by 1 kuruş.
 *
 * @example
 * installmentChoice({ count: 3, total: '1002.00', bank: 'Garanti BBVA', cardFamily: 'Bonus' });
 * // { count: 3, total: '1002.00', monthly: '334.00', totalText: '₺1.002,00', monthlyText: '₺334,00', bank: 'Garanti BBVA', cardFamily: 'Bonus' }
 */
export function installmentChoice(figures: InstallmentFigures): InstallmentChoice {
  const { count } = figures;
  if (!Number.isSafeInteger(count) || count < 1)
    throw new ValidationError([{ path: 'count', message: 'must be a whole number from 1', code: 'invalid_count' }]);
  const total = toKurus(figures.total, 'total');
  const monthly = figures.monthly === undefined ? nearestShare(total, count) : toKurus(figures.monthly, 'monthly');
  const choice: InstallmentChoice = {
    count,
    total: fromKurus(total),
    monthly: fromKurus(monthly),
    totalText: formatTRY(total),
    monthlyText: formatTRY(monthly),
  };
  if (figures.bank !== undefined) choice.bank = figures.bank;
  if (figures.cardFamily !== undefined) choice.cardFamily = figures.cardFamily;
  return choice;
}

function nearestShare(total: Kurus, count: number): Kurus {
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const floor = Math.floor(abs / count);
  const share = (abs % count) * 2 >= count ? floor + 1 : floor;
  return (sign * share || 0) as Kurus;
}
