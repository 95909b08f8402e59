import type { CallOptions, Referenced } from '@odeme/core';
import type { CheckRefundParams, CreateRefundParams, Refund } from '../types/refunds.js';

/** `haso.refunds`: full or partial refunds, and their status. */
export interface RefundsMethods {
  /**
   * Refunds all or part of a transaction (`refundAmount`, integer kuruş). Path and fields are INFERRED (override the
   * path with `paths: { refundTransaction }`). H307: a refund with this `refundId` already succeeded.
   *
   * `POST /RequestV2/RefundTransaction` (5.7). Moves money, sent once. Reference: `refundId`, a UUID when left out;
   * resending with the same `refundId` cannot refund twice.
   * @see `docs/providers/haso.md#when-the-outcome-is-unknown`
   */
  create(params: CreateRefundParams, options?: CallOptions): Promise<Refund & Referenced>;
  /**
   * The status of a refund by its `refundId`; H308 when HASO has none.
   *
   * `POST /RequestV2/CheckRefund` (5.8). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#when-the-outcome-is-unknown`
   */
  check(params: CheckRefundParams, options?: CallOptions): Promise<Refund>;
}
