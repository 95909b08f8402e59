import type { CallOptions } from '@odeme/core';
import type {
  BinInfo,
  InstallmentOptionsAnswer,
  InstallmentOptionsList,
  RetrieveBinParams,
  RetrieveInstallmentsParams,
  SearchInstallmentsParams,
  WalletInstallmentsParams,
} from '../types/installments.js';

/** `odero.installments`: installment options and BIN lookup (reads: retried on transient failures). */
export interface InstallmentsMethods {
  /**
   * Installment options for an amount, for one card (`binNumber`) or every card; `installmentChoices(answer)` turns
   * them into the lines of an installment table.
   *
   * `GET /installment/v1/installments`. A read.
   * @see `docs/providers/oderopay.md#stored-cards-installments-bin`
   */
  search(params: SearchInstallmentsParams, options?: CallOptions): Promise<InstallmentOptionsList>;
  /**
   * Installment options with per-product maturity rates (a JSON body, but a read).
   *
   * `POST /installment/v1/installments/retrieve`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#stored-cards-installments-bin`
   */
  retrieve(params: RetrieveInstallmentsParams, options?: CallOptions): Promise<InstallmentOptionsAnswer>;
  /**
   * Wallet installment options (docs only; the query is sent as given, scalar values only).
   *
   * `GET /installment/v1/installments/retrieveWalletInstallments`. A read.
   * @see `docs/providers/oderopay.md#stored-cards-installments-bin`
   */
  retrieveWalletInstallments(params?: WalletInstallmentsParams, options?: CallOptions): Promise<InstallmentOptionsAnswer>;
  /**
   * What a card's BIN (first 6–8 digits) says: type, scheme, brand, bank.
   *
   * `GET /installment/v1/bins/{binNumber}`. A read.
   * @see `docs/providers/oderopay.md#stored-cards-installments-bin`
   */
  retrieveBin(params: RetrieveBinParams, options?: CallOptions): Promise<BinInfo>;
}
