import * as z from 'zod';
import { dateTime, int, merchantUniqueCode, positiveAmount, uniqueCode } from './common.js';

/** `POST private/refund` (#15): full refund by your `MerchantUniqueCode`. */
export const refundRequest = z.strictObject({ MerchantUniqueCode: merchantUniqueCode(), Date: dateTime().optional() });

/** `POST private/refund/partial` (#16). */
export const partialRefundRequest = z.strictObject({ MerchantUniqueCode: merchantUniqueCode(), Amount: positiveAmount(), Date: dateTime().optional() });

const decrease = z.strictObject({ Decrease: z.boolean(), DecreaseAmount: positiveAmount().optional() });

/** Marketplace earnings adjustment of a partial refund (#17, #18). */
export const refundMarketPlace = z.strictObject({
  ProviderCommissionUpdate: z.boolean().optional(),
  Platform: decrease.optional(),
  Member: decrease.optional(),
});

/** `POST private/refund/partial/by/paymentid` (#17). */
export const partialRefundByPaymentIdRequest = z.strictObject({
  PaymentId: int().positive(),
  Amount: positiveAmount(),
  Date: dateTime().optional(),
  MarketPlace: refundMarketPlace.optional(),
});

/** `POST private/refund/partial/by/uniquecode` (#18); the `UniqueCode` field name is inferred from #17. */
export const partialRefundByUniqueCodeRequest = z.strictObject({
  UniqueCode: uniqueCode(),
  Amount: positiveAmount(),
  Date: dateTime().optional(),
  MarketPlace: refundMarketPlace.optional(),
});
