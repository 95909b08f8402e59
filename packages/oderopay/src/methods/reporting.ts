import type { CallOptions } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type { RetrievePaymentParams } from '../types/payments.js';
import type {
  BouncedRowsParams,
  PaymentDetail,
  PaymentDetailList,
  PayoutCompletedParams,
  SearchPaymentsParams,
  SettlementRow,
  SettlementRowList,
} from '../types/reporting.js';

/** `odero.reporting`: payments as the reporting API sees them, with cards, refunds and lines. */
export interface ReportingMethods {
  /**
   * Searches payments; one page (`page`, `size`), see `searchPaymentsAll`. List filters go out comma-joined, a `Date`
   * as Istanbul time without a zone.
   *
   * `GET /payment-reporting/v1/payments`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#reporting-and-settlement-reporting`
   */
  searchPayments(params?: SearchPaymentsParams, options?: CallOptions): Promise<PaymentDetailList>;
  /**
   * A payment with its card, refunds and basket lines (payouts, commissions, line refunds).
   *
   * `GET /payment-reporting/v1/payments/{id}`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#reporting-and-settlement-reporting`
   */
  retrievePayment(params: RetrievePaymentParams, options?: CallOptions): Promise<PaymentDetail>;
}

/** What `odero.reporting` has besides its rows. */
export interface ReportingExtras {
  /**
   * Every payment of a search, a page at a time as the loop asks (`for await`); `page` is the first page read
   * (default 0), `size` the page size (default 50).
   *
   * `GET /payment-reporting/v1/payments`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchPaymentsAll(params?: SearchPaymentsParams, options?: ListAllOptions): AsyncGenerator<PaymentDetail, void, undefined>;
}

/** `odero.settlementReporting`: the rows of ÖderoPay's settlement files. */
export interface SettlementReportingMethods {
  /**
   * Sub-merchant payouts that bounced (wrong IBAN…), for a period; one page, see `searchBouncedSubMerchantRowsAll`.
   *
   * `GET /settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows`. A read.
   * @see `docs/providers/oderopay.md#reporting-and-settlement-reporting`
   */
  searchBouncedSubMerchantRows(params?: BouncedRowsParams, options?: CallOptions): Promise<SettlementRowList>;
  /**
   * Transactions whose payout completed, for a period, a settlement file or a type; one page, see
   * `searchPayoutCompletedTransactionsAll`.
   *
   * `GET /settlement-reporting/v1/settlement-file/payout-completed-transactions`. A read.
   * @see `docs/providers/oderopay.md#reporting-and-settlement-reporting`
   */
  searchPayoutCompletedTransactions(params?: PayoutCompletedParams, options?: CallOptions): Promise<SettlementRowList>;
}

/** What `odero.settlementReporting` has besides its rows. */
export interface SettlementReportingExtras {
  /**
   * Every bounced sub-merchant row, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchBouncedSubMerchantRowsAll(params?: BouncedRowsParams, options?: ListAllOptions): AsyncGenerator<SettlementRow, void, undefined>;
  /**
   * Every payout-completed transaction, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /settlement-reporting/v1/settlement-file/payout-completed-transactions`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchPayoutCompletedTransactionsAll(params?: PayoutCompletedParams, options?: ListAllOptions): AsyncGenerator<SettlementRow, void, undefined>;
}
