import { type InstallmentChoice, installmentChoice, toKurus, UnexpectedResponseError } from '@odeme/core';
import type { InstallmentOptions } from './types/installments.js';

const exactToKurus = (value: number | null | undefined): value is number => {
  if (typeof value !== 'number') return false;
  try {
    toKurus(value);
    return true;
  } catch {
    return false;
  }
};

const refused = (message: string) => new UnexpectedResponseError(message, { provider: 'oderopay', operation: 'installments.search' });

/**
 * The answer of `installments.search` (or `installments.retrieve`) as the lines of an installment table: one
 * `InstallmentChoice` per card family (`cardBrand`, e.g. Bonus) of each bank (`bankName`) and installment count,
 * in the answer's order, with TL decimals and `₺1.234,56` texts. A search without a BIN answers once per BIN; BINs of
 * the same bank and family give one set of lines (the first). ÖderoPay's `installmentPrice` is the monthly figure
 * when it is exact to the kuruş; otherwise it is the total divided by the count, to the nearest kuruş.
 *
 * @example
 * ```ts
 * const answer = await odero.installments.search({ binNumber: '552879', price: '1000.00', currency: 'TRY' });
 * for (const c of installmentChoices(answer)) console.log(`${c.cardFamily} ${c.count} × ${c.monthlyText} = ${c.totalText}`);
 * // Paraf 3 × ₺345,00 = ₺1.035,00
 * ```
 */
export function installmentChoices(answer: { items: readonly InstallmentOptions[] } | readonly InstallmentOptions[]): InstallmentChoice[] {
  const items = Array.isArray(answer) ? (answer as readonly InstallmentOptions[]) : (answer as { items: readonly InstallmentOptions[] }).items;
  const seen = new Set<string>();
  const out: InstallmentChoice[] = [];
  for (const item of items) {
    const bank = item.bankName ?? undefined;
    const cardFamily = item.cardBrand ?? undefined;
    for (const option of item.installmentPrices) {
      const count = option.installmentNumber;
      if (!Number.isSafeInteger(count) || count < 1) throw refused("installmentChoices: an option's installmentNumber is not a whole number from 1");
      if (!exactToKurus(option.totalPrice)) throw refused(`installmentChoices: totalPrice of the ${count}-installment option is not exact to the kuruş`);
      const key = JSON.stringify([bank ?? null, cardFamily ?? null, count]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        installmentChoice({
          count,
          total: option.totalPrice,
          monthly: exactToKurus(option.installmentPrice) ? option.installmentPrice : undefined,
          bank,
          cardFamily,
        }),
      );
    }
  }
  return out;
}
