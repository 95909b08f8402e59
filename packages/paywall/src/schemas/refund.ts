import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { dateTime, int, merchantUniqueCode, positiveAmount, uniqueCode } from './common.js';

/** `POST private/refund` (#15): full refund by your `MerchantUniqueCode`. */
export const refundRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the payment to refund. */
    MerchantUniqueCode: merchantUniqueCode(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
  }),
);

/** `POST private/refund/partial` (#16). */
export const partialRefundRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the payment to refund. */
    MerchantUniqueCode: merchantUniqueCode(),
    /** Amount to refund, TL decimal, exact to the kuruş, greater than zero. */
    Amount: positiveAmount(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
  }),
);

const decrease = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** `true` to decrease this party's earning. */
    Decrease: z.boolean(),
    /** The decrease, TL decimal, exact to the kuruş. */
    DecreaseAmount: z.optional(positiveAmount()),
  }),
);

/** Marketplace earnings adjustment of a partial refund (#17, #18). */
export const refundMarketPlace = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Update the provider commission as well. */
    ProviderCommissionUpdate: z.optional(z.boolean()),
    /** Decrease of the platform's (your) earning. */
    Platform: z.optional(decrease),
    /** Decrease of the sub-merchant's earning. */
    Member: z.optional(decrease),
  }),
);

/** `POST private/refund/partial/by/paymentid` (#17). */
export const partialRefundByPaymentIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `PaymentId` of the payment to refund. */
    PaymentId: int().check(z.positive()),
    /** Amount to refund, TL decimal, exact to the kuruş, greater than zero. */
    Amount: positiveAmount(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
    /** Marketplace earnings adjustment. */
    MarketPlace: z.optional(refundMarketPlace),
  }),
);

/** `POST private/refund/partial/by/uniquecode` (#18); the `UniqueCode` field name is inferred from #17. */
export const partialRefundByUniqueCodeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` (a GUID) of the payment to refund. */
    UniqueCode: uniqueCode(),
    /** Amount to refund, TL decimal, exact to the kuruş, greater than zero. */
    Amount: positiveAmount(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
    /** Marketplace earnings adjustment. */
    MarketPlace: z.optional(refundMarketPlace),
  }),
);
