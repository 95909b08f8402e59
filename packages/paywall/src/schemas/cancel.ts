import * as z from 'zod';
import { amount, dateTime, int, merchantUniqueCode, uniqueCode } from './common.js';

/** Marketplace option of cancels and reverts. */
export const cancelMarketPlace = z.strictObject({ DeleteExistingRecords: z.boolean() });

/** `POST private/cancel` (#19): same-day void. */
export const cancelRequest = z.strictObject({
  MerchantUniqueCode: merchantUniqueCode(),
  Date: dateTime().optional(),
  MarketPlace: cancelMarketPlace.optional(),
});

/** `POST private/cancel/by/uniqueCode` (#20). */
export const cancelByUniqueCodeRequest = z.strictObject({ UniqueCode: uniqueCode(), Date: dateTime().optional(), MarketPlace: cancelMarketPlace.optional() });

/** `POST private/cancel/by/paymentid` (#21); body inferred from the other cancels. */
export const cancelByPaymentIdRequest = z.strictObject({ PaymentId: int().positive(), Date: dateTime().optional(), MarketPlace: cancelMarketPlace.optional() });

/**
 * `POST private/revert` (#22): PayWall cancels when it is still the same day and refunds otherwise; a non-zero
 * `Amount` different from the total makes it a partial refund.
 */
export const revertRequest = z.strictObject({
  MerchantUniqueCode: merchantUniqueCode(),
  UniqueCode: z.string().optional(),
  Amount: amount(),
  MarketPlace: cancelMarketPlace.optional(),
});

/** `POST private/revert/by/paymentid` (#23). */
export const revertByPaymentIdRequest = z.strictObject({ PaymentId: int().positive(), Amount: amount(), MarketPlace: cancelMarketPlace.optional() });
