import type * as z from 'zod/mini';
import type { cancelByPaymentIdRequest, cancelByUniqueCodeRequest, cancelRequest, revertByPaymentIdRequest, revertRequest } from '../schemas/cancel.js';
import type { partialRefundByPaymentIdRequest, partialRefundByUniqueCodeRequest, partialRefundRequest, refundRequest } from '../schemas/refund.js';

/** What `refunds.create` takes (#15): the payment to refund in full, by your `MerchantUniqueCode`. */
export interface RefundParams extends z.input<typeof refundRequest> {}
/** What `refunds.partial` takes (#16): the payment, by your `MerchantUniqueCode`, and the amount to refund. */
export interface PartialRefundParams extends z.input<typeof partialRefundRequest> {}
/** What `refunds.partialByPaymentId` takes (#17): the payment by PayWall's `PaymentId`, the amount, marketplace earnings. */
export interface PartialRefundByPaymentIdParams extends z.input<typeof partialRefundByPaymentIdRequest> {}
/** What `refunds.partialByUniqueCode` takes (#18): the payment by PayWall's `UniqueCode`, the amount, marketplace earnings. */
export interface PartialRefundByUniqueCodeParams extends z.input<typeof partialRefundByUniqueCodeRequest> {}
/** What `cancels.create` takes (#19): the same-day payment to void, by your `MerchantUniqueCode`. */
export interface CancelParams extends z.input<typeof cancelRequest> {}
/** What `cancels.byUniqueCode` takes (#20): the same-day payment to void, by PayWall's `UniqueCode`. */
export interface CancelByUniqueCodeParams extends z.input<typeof cancelByUniqueCodeRequest> {}
/** What `cancels.byPaymentId` takes (#21): the same-day payment to void, by PayWall's `PaymentId`. */
export interface CancelByPaymentIdParams extends z.input<typeof cancelByPaymentIdRequest> {}
/** What `reverts.create` takes (#22): the payment by your `MerchantUniqueCode`, and the amount (0 for all of it). */
export interface RevertParams extends z.input<typeof revertRequest> {}
/** What `reverts.byPaymentId` takes (#23): the payment by PayWall's `PaymentId`, and the amount (0 for all of it). */
export interface RevertByPaymentIdParams extends z.input<typeof revertByPaymentIdRequest> {}
