import type { CallOptions, Referenced } from '@odeme/core';
import type { PaidReportResult, SetBulkPaidParams, SetPaidParams } from '../types/payments.js';

/** `haso.payments`: "paid" reports for installments you collected outside HASO. */
export interface PaymentsMethods {
  /**
   * Marks one payment record (`paymentCode`, from the plan) paid after you collected it outside HASO. Success is
   * `Message` RS100; `Success` without it is an `UnexpectedResponseError`.
   *
   * `POST /RequestV2/SetPaidPayment` (5.6). Moves money, sent once. Reference: `merchantOid` (never generated).
   * @see `docs/providers/haso.md#when-the-outcome-is-unknown`
   */
  setPaid(params: SetPaidParams, options?: CallOptions): Promise<PaidReportResult & Referenced>;
  /**
   * Marks several payment records (`paymentCodes`) of one order paid; `paymentCodes` is not signed.
   *
   * `POST /RequestV2/SetBulkPaidPayment` (5.20). Moves money, sent once. Reference: `merchantOid` (never generated).
   * @see `docs/providers/haso.md#when-the-outcome-is-unknown`
   */
  setBulkPaid(params: SetBulkPaidParams, options?: CallOptions): Promise<PaidReportResult & Referenced>;
}
