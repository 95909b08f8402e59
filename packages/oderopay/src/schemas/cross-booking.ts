import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { answerCurrency, currency, decimal, id, listOf, openQuery, positiveAmount } from './common.js';
import { CROSS_BOOKING_STATUSES, MERCHANT_TYPES, openEnum } from './enums.js';
import { looseObject, strictObject } from './object.js';

/**
 * POST /payment/v1/cross-bookings/receive|send: money between the merchant and a sub-merchant. Both official clients
 * send exactly `{ reason, price, currency, subMerchantId }`, each of them required in their types.
 */
export const crossBookingRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Why the money moves, as text (shown on the settlement). */
    reason: z.string(),
    /** Amount in `currency`: a decimal above zero, exact to the kuruş. */
    price: positiveAmount(),
    /** Currency of the amount: `TRY`, `USD`, `EUR` or `AZN`. */
    currency,
    /** The sub-merchant on the other side (ÖderoPay id). */
    subMerchantId: id,
  }),
);

/** POST /payment/v1/cross-bookings/cancel: `{ crossBookingId }`, as both official clients send it. */
export const cancelCrossBookingRequest = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The cross-booking to cancel (`crossBooking.id`); the call's `reference`. */
    crossBookingId: id,
  }),
);

/** GET /payment/v1/cross-bookings query: the official clients' filters typed, other keys passed through (scalars only). */
export const searchCrossBookingsRequest = /* @__PURE__ */ lazySchema(() =>
  openQuery({
    /** Where the money came from: a merchant or sub-merchant id. */
    sourceMerchantId: z.optional(id),
    /** `MERCHANT` or `SUB_MERCHANT`. */
    sourceMerchantType: z.optional(z.enum(MERCHANT_TYPES)),
    /** Where the money went: a merchant or sub-merchant id. */
    destinationMerchantId: z.optional(id),
    /** `MERCHANT` or `SUB_MERCHANT`. */
    destinationMerchantType: z.optional(z.enum(MERCHANT_TYPES)),
    /** `WAITING_FOR_PAYOUT`, `PAYOUT_STARTED`, `PAYOUT_COMPLETED`, `NOT_FOUND_IN_SETTLEMENT` or `CANCELLED`. */
    transactionStatus: z.optional(z.enum(CROSS_BOOKING_STATUSES)),
  }),
);

/** A cross-booking. */
export const crossBooking = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Cross-booking id: cancel it with this. */
    id: z.number(),
    /** The sub-merchant on the other side. */
    subMerchantId: z.nullish(z.number()),
    /** Amount moved, a decimal in `currency`. */
    price: z.nullish(decimal),
    /** Currency of the amount (others pass). */
    currency: z.nullish(answerCurrency),
    /** Reason given. */
    reason: z.nullish(z.string()),
    /** `WAITING_FOR_PAYOUT`, `PAYOUT_STARTED`, `PAYOUT_COMPLETED`, `NOT_FOUND_IN_SETTLEMENT`, `CANCELLED` (others pass): the official clients' name. */
    transactionStatus: z.nullish(openEnum(CROSS_BOOKING_STATUSES)),
    /** The same state under the name `status`, kept when a gateway sends it so. */
    status: z.nullish(openEnum(CROSS_BOOKING_STATUSES)),
    /** When it was created (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
  }),
);

/** A page of cross-bookings. */
export const crossBookingList = /* @__PURE__ */ lazySchema(() => listOf(crossBooking));
