import type { CallOptions, Referenced } from '@odeme/core';
import type { ApprovalParams, ApprovalResult, ReorganizeParams, ReorganizeResult, UpdateTransactionParams } from '../types/payment-transactions.js';
import type { PaymentTransaction } from '../types/payments.js';

/** `odero.paymentTransactions`: marketplace controls over a payment's basket lines (payouts, splits). */
export interface PaymentTransactionsMethods {
  /**
   * Releases basket lines for payout; read each line's `approvalStatus` in the answer.
   *
   * `POST /payment/v1/payment-transactions/approve`. Moves money (releases payouts), sent once. No reference: its
   * request carries none.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  approve(params: ApprovalParams, options?: CallOptions): Promise<ApprovalResult>;
  /**
   * Withdraws an approval; read each line's `approvalStatus` in the answer.
   *
   * `POST /payment/v1/payment-transactions/disapprove`. Moves money (holds payouts), sent once. No reference.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  disapprove(params: ApprovalParams, options?: CallOptions): Promise<ApprovalResult>;
  /**
   * Moves a basket line to a sub-merchant or changes its share.
   *
   * `PUT /payment/v1/payment-transactions/{id}`. Moves money, sent once. Reference: `id`.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  update(params: UpdateTransactionParams, options?: CallOptions): Promise<PaymentTransaction & Referenced>;
  /**
   * Re-splits a payment's basket lines (Java client).
   *
   * `POST /payment/v1/payment-transactions/reorganize`. Moves money, sent once. Reference: `paymentId`.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  reorganize(params: ReorganizeParams, options?: CallOptions): Promise<ReorganizeResult & Referenced>;
}
