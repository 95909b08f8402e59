import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, dateTime, int, merchantUniqueCode, uniqueCode } from './common.js';

/** Marketplace option of cancels and reverts. */
export const cancelMarketPlace = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Also delete the marketplace records (earnings) of the payment. */
    DeleteExistingRecords: z.boolean(),
  }),
);

/** `POST private/cancel` (#19): same-day void. */
export const cancelRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the payment to cancel. */
    MerchantUniqueCode: merchantUniqueCode(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
    /** Marketplace option. */
    MarketPlace: z.optional(cancelMarketPlace),
  }),
);

/** `POST private/cancel/by/uniqueCode` (#20). */
export const cancelByUniqueCodeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` (a GUID) of the payment to cancel. */
    UniqueCode: uniqueCode(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
    /** Marketplace option. */
    MarketPlace: z.optional(cancelMarketPlace),
  }),
);

/** `POST private/cancel/by/paymentid` (#21); body inferred from the other cancels. */
export const cancelByPaymentIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `PaymentId` of the payment to cancel. */
    PaymentId: int().check(z.positive()),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
    /** Marketplace option. */
    MarketPlace: z.optional(cancelMarketPlace),
  }),
);

/**
 * `POST private/revert` (#22): PayWall cancels when it is still the same day and refunds otherwise; a non-zero
 * `Amount` different from the total makes it a partial refund.
 */
export const revertRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the payment. */
    MerchantUniqueCode: merchantUniqueCode(),
    /** PayWall's `UniqueCode` (a GUID) of the payment. */
    UniqueCode: z.optional(z.string()),
    /** Amount, TL decimal, exact to the kuruş; 0 or the total reverts it all, any other amount is a partial refund. */
    Amount: amount(),
    /** Marketplace option. */
    MarketPlace: z.optional(cancelMarketPlace),
  }),
);

/** `POST private/revert/by/paymentid` (#23). */
export const revertByPaymentIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `PaymentId` of the payment. */
    PaymentId: int().check(z.positive()),
    /** Amount, TL decimal, exact to the kuruş; 0 or the total reverts it all, any other amount is a partial refund. */
    Amount: amount(),
    /** Marketplace option. */
    MarketPlace: z.optional(cancelMarketPlace),
  }),
);
