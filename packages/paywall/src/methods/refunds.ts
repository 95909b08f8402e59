import type { CallOptions } from '@odeme/core';
import type { Acknowledgement } from '../types/acknowledgement.js';
import type {
  CancelByPaymentIdParams,
  CancelByUniqueCodeParams,
  CancelParams,
  PartialRefundByPaymentIdParams,
  PartialRefundByUniqueCodeParams,
  PartialRefundParams,
  RefundParams,
  RevertByPaymentIdParams,
  RevertParams,
} from '../types/refunds.js';

/** Full and partial refunds on PaymentPrivateAPI, with the private pair (§4.2). */
export interface RefundsMethods {
  /**
   * Refunds a payment in full, by your `MerchantUniqueCode`. `POST private/refund` (#15). Moves money: sent once,
   * never retried; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  create(params: RefundParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Refunds `Amount` of a payment, by your `MerchantUniqueCode`. `POST private/refund/partial` (#16). Moves money;
   * reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  partial(params: PartialRefundParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Refunds `Amount` of a payment by PayWall's `PaymentId`, with marketplace earnings.
   * `POST private/refund/partial/by/paymentid` (#17). Moves money; reference `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  partialByPaymentId(params: PartialRefundByPaymentIdParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Refunds `Amount` of a payment by PayWall's `UniqueCode`. `POST private/refund/partial/by/uniquecode` (#18).
   * Moves money; reference `UniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  partialByUniqueCode(params: PartialRefundByUniqueCodeParams, options?: CallOptions): Promise<Acknowledgement>;
}

/** Same-day cancels on PaymentPrivateAPI, with the private pair (§4.2). */
export interface CancelsMethods {
  /**
   * Voids a payment on the day it was made, by your `MerchantUniqueCode`. `POST private/cancel` (#19). Moves money:
   * sent once, never retried; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  create(params: CancelParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Voids a same-day payment by PayWall's `UniqueCode`. `POST private/cancel/by/uniqueCode` (#20). Moves money;
   * reference `UniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  byUniqueCode(params: CancelByUniqueCodeParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Voids a same-day payment by PayWall's `PaymentId`. `POST private/cancel/by/paymentid` (#21). Moves money;
   * reference `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  byPaymentId(params: CancelByPaymentIdParams, options?: CallOptions): Promise<Acknowledgement>;
}

/** Cancel-or-refund on PaymentPrivateAPI: PayWall cancels on the payment's day and refunds later (§4.2). */
export interface RevertsMethods {
  /**
   * Cancel-or-refund by your `MerchantUniqueCode`; an `Amount` other than 0 or the total refunds part of it.
   * `POST private/revert` (#22). Moves money: sent once, never retried; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  create(params: RevertParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Cancel-or-refund by PayWall's `PaymentId`. `POST private/revert/by/paymentid` (#23). Moves money; reference
   * `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  byPaymentId(params: RevertByPaymentIdParams, options?: CallOptions): Promise<Acknowledgement>;
}
