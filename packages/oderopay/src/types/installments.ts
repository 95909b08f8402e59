import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  binRequest,
  binResponse,
  installment,
  installmentList,
  installmentListOrObject,
  installmentPrice,
  productItem,
  productMaturity,
  retrieveInstallmentsRequest,
  searchInstallmentsRequest,
  walletInstallmentsRequest,
} from '../schemas/installment.js';
import type { ListOf } from './list.js';

/** What `installments.search` takes: an amount and currency, optionally one card's BIN. */
export interface SearchInstallmentsParams extends z.input<typeof searchInstallmentsRequest> {}

/** The maturity rate of one installment count for a product. */
export interface ProductMaturity extends z.input<typeof productMaturity> {}

/** A product of `installments.retrieve` with its own maturity rates. */
export interface InstallmentProductItem extends Omit<z.input<typeof productItem>, 'maturity'> {
  /** Maturity rate per installment count. */
  maturity?: ProductMaturity[];
}

/** What `installments.retrieve` takes: a BIN, an amount and per-product maturities. */
export interface RetrieveInstallmentsParams extends Omit<z.input<typeof retrieveInstallmentsRequest>, 'productItems'> {
  /** Products with their own maturity rates. */
  productItems?: InstallmentProductItem[];
}

/** What `installments.retrieveWalletInstallments` takes: a query ÖderoPay does not publish, sent as given. */
export interface WalletInstallmentsParams extends z.input<typeof walletInstallmentsRequest> {}

/** What `installments.retrieveBin` takes: a card's first 6–8 digits. */
export interface RetrieveBinParams extends z.input<typeof binRequest> {}

/** One installment option: the count, each installment and the total. */
export interface InstallmentPrice extends Answer<z.output<typeof installmentPrice>> {}

/** The installment options of one card (BIN): its bank, family and one `InstallmentPrice` per count. */
export interface InstallmentOptions extends Omit<Answer<z.output<typeof installment>>, 'installmentPrices'> {
  /** The options, one per installment count. */
  installmentPrices: InstallmentPrice[];
}

/** A page of installment options, one entry per card (BIN). */
export interface InstallmentOptionsList extends ListOf<typeof installmentList, InstallmentOptions> {}

/** Installment options, or an answer in another shape (the detail and wallet calls are not typed in the spec). */
export type InstallmentOptionsAnswer = InstallmentOptionsList | Answer<z.output<typeof installmentListOrObject>>;

/** What a card's BIN says: type, scheme, brand and bank. */
export interface BinInfo extends Answer<z.output<typeof binResponse>> {}
