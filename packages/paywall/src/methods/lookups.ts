import type { CallOptions } from '@odeme/core';
import type { BinDetails, BinInquiryParams, InstallmentOptions, InstallmentQueryParams } from '../types/lookups.js';

/** The installment table on PaymentAPI (#9). */
export interface InstallmentsMethods {
  /**
   * Installment options for an amount, per card family or for one BIN; `installmentChoices(answer)` turns them into
   * table lines. `GET installment` (#9; parameters sent as headers). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#installment-table
   */
  list(params: InstallmentQueryParams, options?: CallOptions): Promise<InstallmentOptions>;
}

/** BIN inquiry on PaymentAPI (#10). */
export interface BinMethods {
  /**
   * Bank, brand, family, kind and type of a card from its 6- or 8-digit BIN. `GET bin/inquiry` (#10; header
   * `binnumber`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  inquiry(params: BinInquiryParams, options?: CallOptions): Promise<BinDetails>;
}
