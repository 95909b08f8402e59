import type { CallOptions, PaginateOptions } from '@odeme/core';
import type {
  EndOfDayCounters,
  EndOfDayParams,
  ReconcileParams,
  ReconcileResult,
  ReconciliationListAllParams,
  ReconciliationListParams,
  ReconciliationPage,
  ReconciliationParams,
  ReconciliationRecord,
  ReconciliationStatus,
  VposTransactionList,
  VposTransactionListParams,
} from '../types/vpos.js';

/** VPos transaction list and reconciliation on PaymentPrivateAPI, with the private pair (§4.2). */
export interface VposMethods {
  /**
   * The completed VPos payments of the previous day; parameters and answer are not documented (the answer is kept
   * as sent). `GET private/vpos/transaction/list` (#29). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  transactionList(params: VposTransactionListParams, options?: CallOptions): Promise<VposTransactionList>;
  /**
   * Sends your counters of a day and compares them with PayWall's. `POST private/vpos/reconciliation/reconcile`
   * (#30). Moves no money; saves a record, so sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  reconcile(params: ReconcileParams, options?: CallOptions): Promise<ReconcileResult>;
  /**
   * Whether a day is reconciled. `GET private/vpos/reconciliation` (#31; header `reconciliationdate`). Moves no
   * money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  reconciliation(params: ReconciliationParams, options?: CallOptions): Promise<ReconciliationStatus>;
  /**
   * PayWall's end-of-day counters of a day. `GET private/vpos/reconciliation/endofday` (#32; header `endofdaydate`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  endOfDay(params: EndOfDayParams, options?: CallOptions): Promise<EndOfDayCounters>;
  /**
   * One page of the reconciliations of a date range (`Start`, `Length`); `reconciliationListAll` walks every page.
   * `GET private/vpos/reconciliation/list` (#33). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#paging
   */
  reconciliationList(params: ReconciliationListParams, options?: CallOptions): Promise<ReconciliationPage>;
}

/** What `paywall.vpos` is: the VPos rows' methods, and the reconciliation list walked page by page. */
export interface VposResource extends VposMethods {
  /**
   * Every reconciliation of a date range, fetched a page of `Length` (default 100) at a time as the loop asks for
   * more: `for await (const r of paywall.vpos.reconciliationListAll({ DateFrom, DateTo })) …`. Stops after the
   * last page (`TotalRecord`), an empty or short page, or `maxPages` (default 1,000); `signal` stops it between
   * pages and is passed to each page's call. Moves no money; each page is a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#paging
   */
  reconciliationListAll(params: ReconciliationListAllParams, options?: CallOptions & PaginateOptions): AsyncGenerator<ReconciliationRecord, void, undefined>;
}
