import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  binInquiryRequest,
  binInquiryResponse,
  installmentOption,
  installmentRequest,
  installmentsForBin,
  installmentsForFamily,
} from '../schemas/installment.js';

/** What `installments.list` takes (#9): the amount and currency, and optionally one card's BIN. */
export interface InstallmentQueryParams extends z.input<typeof installmentRequest> {}

/** One installment choice: the count, and what it costs in TL decimal, exact to the kuruş. */
export interface InstallmentOption extends Answer<z.output<typeof installmentOption>> {}

/** The installment options of one card, when a BIN was given: the card's bank, brand and family, and its choices. */
export interface CardInstallments extends Omit<Answer<z.output<typeof installmentsForBin>>, 'Options'> {
  /** The installment choices for this card (`[]` when PayWall sends none or `null`). */
  Options: InstallmentOption[];
}

/** The installment options of one card family, when no BIN was given. */
export interface FamilyInstallments extends Omit<Answer<z.output<typeof installmentsForFamily>>, 'Option'> {
  /** The installment choices for this family (`[]` when PayWall sends none or `null`). */
  Option: InstallmentOption[];
}

/**
 * What `installments.list` answers (#9): one card's options when a BIN was given, otherwise the options per card
 * family (`[]` for none). `installmentChoices(answer)` turns either into the lines of an installment table.
 */
export type InstallmentOptions = CardInstallments | FamilyInstallments[];

/** What `bin.inquiry` takes (#10): a card's first 6 or 8 digits. */
export interface BinInquiryParams extends z.input<typeof binInquiryRequest> {}

/** What `bin.inquiry` answers (#10): the card's bank, brand, family, kind and type, by id and name. */
export interface BinDetails extends Answer<z.output<typeof binInquiryResponse>> {}
