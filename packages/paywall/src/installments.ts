import { addKurus, fromKurus, type InstallmentChoice, installmentChoice, toKurus } from '@odeme/core';
import type { InstallmentOption, InstallmentOptions } from './types/lookups.js';

function choice(o: InstallmentOption, bank: string | undefined, cardFamily: string | undefined): InstallmentChoice | undefined {
  // A row without a count or an amount cannot be shown; PayWall's count 1 is a single payment.
  if (!Number.isSafeInteger(o.Installment) || o.Installment < 1 || o.RawAmount === undefined || o.RawAmount === null) return undefined;
  // The .NET model: RawAmount is the amount before interest, InterestAmount the interest on it.
  const total = addKurus(toKurus(o.RawAmount, 'RawAmount'), toKurus(o.InterestAmount ?? 0, 'InterestAmount'));
  return installmentChoice({ count: o.Installment, total: fromKurus(total), bank, cardFamily });
}

/**
 * PayWall's installment answer (`installments.list`, #9) as lines of an installment table: for each option, the
 * total the customer pays (`RawAmount` plus `InterestAmount`, exact to the kuruş) and one installment (the total
 * divided by the count, to the nearest kuruş: PayWall states no installment amount), with `₺` texts. With a BIN the
 * lines carry the card's bank and family; without one, each card family's name. Options without a count from 1 or a
 * `RawAmount` are left out; an amount with more than two decimals is a `ValidationError` naming it, never rounded.
 * The texts are in TL: use it for `CurrencyId` 1 (TRY) answers.
 *
 * @example
 * const answer = await paywall.installments.list({ CurrencyId: 1, Amount: '100.00', BinNumber: '552879' });
 * installmentChoices(answer); // [{ count: 1, total: '100.00', … }, { count: 3, total: '102.50', monthly: '34.17', monthlyText: '₺34,17', … }, …]
 */
export function installmentChoices(answer: InstallmentOptions): InstallmentChoice[] {
  const out: InstallmentChoice[] = [];
  const add = (options: readonly InstallmentOption[], bank: string | undefined, family: string | undefined) => {
    for (const o of options) {
      const c = choice(o, bank, family);
      if (c) out.push(c);
    }
  };
  if (Array.isArray(answer)) for (const f of answer) add(f.Option, undefined, f.CardFamily ?? undefined);
  else add(answer.Options, answer.CardBank ?? undefined, answer.CardFamily ?? undefined);
  return out;
}
