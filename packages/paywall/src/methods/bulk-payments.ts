import type { CallOptions, PaginateOptions } from '@odeme/core';
import type {
  BulkFileParams,
  BulkOpenParams,
  BulkOpenResult,
  BulkPaymentLine,
  BulkPaymentParams,
  BulkQueryAllParams,
  BulkQueryPage,
  BulkQueryParams,
  BulkResendResult,
  BulkStart,
  BulkSummary,
  BulkSummaryParams,
} from '../types/bulk-payments.js';

/**
 * Bulk ("toplu") card payments on PaymentAPI (§4.3): Storm (≤ 500 payments, at once), Tsunami (≤ 50,000, queued),
 * a payments file, cancels and refunds, the batch query and summary, retries and the result callback again. The
 * result of a batch comes in its callback: verify it with `paywall.callbacks.verifyBulkCallback`.
 */
export interface BulkPaymentsMethods {
  /**
   * A "Storm" batch: up to 500 card payments in one request, processed at once. `POST payment/bulk/startdirect`
   * (#34). Refused before sending: more than 500 payments, a card that fails its checks, `CardMethod` 1 without
   * exactly one card, `Amount` unequal to the sum of `ProductAmount`. Moves money: sent once, never retried;
   * reference `PaymentDetail.MerchantUniqueCode` (a UUID when you leave it out).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#storm-and-tsunami
   */
  start(params: BulkPaymentParams, options?: CallOptions): Promise<BulkStart>;
  /**
   * A "Tsunami" batch: up to 50,000 card payments, queued by PayWall. `POST payment/bulk/big/startdirect` (#35).
   * The same checks as `start`; the row takes up to 50,000 payments whatever the client's `inputLimits` (core's
   * default is 10,000 items in one list). Moves money: sent once, never retried; reference `PaymentDetail.MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#storm-and-tsunami
   */
  startLarge(params: BulkPaymentParams, options?: CallOptions): Promise<BulkStart>;
  /**
   * A payments file (up to 150,000 rows), sent as `multipart/form-data`. `POST payment/bulk/file/startdirect` (#36).
   * `FileFormat` and `FilePattern` values are not published. Moves money: sent once; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#a-payments-file
   */
  startFile(params: BulkFileParams, options?: CallOptions): Promise<BulkStart>;
  /**
   * Cancels payments of a batch. `POST payment/bulk/payment/cancel` (#37; body not published: `openBody`).
   * Moves money: sent once, never retried; reference the `MerchantUniqueCode` you name in the body.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#cancels-refunds-and-retries
   */
  cancelPayments(params: BulkOpenParams, options?: CallOptions): Promise<BulkOpenResult>;
  /**
   * Cancels a whole batch. `POST payment/bulk/batch/cancel` (#38; body not published: `openBody`). Moves money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#cancels-refunds-and-retries
   */
  cancelBatch(params: BulkOpenParams, options?: CallOptions): Promise<BulkOpenResult>;
  /**
   * Refunds payments of a batch. `POST payment/bulk/payment/refund` (#39; body not published: `openBody`). Moves money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#cancels-refunds-and-retries
   */
  refundPayments(params: BulkOpenParams, options?: CallOptions): Promise<BulkOpenResult>;
  /**
   * Refunds a whole batch. `POST payment/bulk/batch/refund` (#40; body not published: `openBody`). Moves money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#cancels-refunds-and-retries
   */
  refundBatch(params: BulkOpenParams, options?: CallOptions): Promise<BulkOpenResult>;
  /**
   * A batch's totals and one page (up to 1,000) of its payments. `GET payment/bulk/payment/query` (#41; headers
   * `merchantuniquecode`, `pageSize`, `pageNumber`). What resolves an unknown outcome. Moves no money; retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#the-query
   */
  query(params: BulkQueryParams, options?: CallOptions): Promise<BulkQueryPage>;
  /**
   * A batch's totals only. `GET payment/bulk/payment/query/summary` (#42; header `merchantuniquecode`, INFERRED).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#the-query
   */
  summary(params: BulkSummaryParams, options?: CallOptions): Promise<BulkSummary>;
  /**
   * Charges a batch's failed payments again. `POST payment/bulk/payment/retry` (#43; body from a secondary client:
   * `openBody`). Moves money: sent once, never retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#cancels-refunds-and-retries
   */
  retry(params: BulkOpenParams, options?: CallOptions): Promise<BulkOpenResult>;
  /**
   * Asks PayWall to post a batch's result callback again (batches of the last 7 days only).
   * `POST payment/bulk/payment/send/callback` (#44; body from a secondary client: `openBody`). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#the-result-callback
   */
  resendCallback(params: BulkOpenParams, options?: CallOptions): Promise<BulkResendResult>;
}

/** `paywall.bulkPayments`: the rows, and `queryAll` over every page of a batch. */
export interface BulkPaymentsResource extends BulkPaymentsMethods {
  /**
   * Every payment of a batch, one at a time, reading `bulkPayments.query` page by page (1,000 a page unless
   * `PageSize` says otherwise) until `TotalPages`; `maxPages` and `signal` stop it early. A read: each page is retried.
   * @example
   * ```ts
   * for await (const line of paywall.bulkPayments.queryAll({ MerchantUniqueCode: 'batch-2026-12-04' }))
   *   if (line.Status === PayWallPaymentStatus.Failed) console.log(line.MerchantUniqueCode, line.ErrorMessage);
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/bulk-payments.md#the-query
   */
  queryAll(params: BulkQueryAllParams, options?: CallOptions & PaginateOptions): AsyncGenerator<BulkPaymentLine, void, undefined>;
}
