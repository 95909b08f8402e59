import * as z from 'zod/mini';
import { currency, decimal, id, listOf, openQuery, paging, positiveAmount } from './common.js';
import { CROSS_BOOKING_STATUSES, MERCHANT_TYPES, openEnum } from './enums.js';

/**
 * POST /payment/v1/cross-bookings/receive|send: money between the merchant and a sub-merchant. Both official clients
 * send exactly `{ reason, price, currency, subMerchantId }`, each of them required in their types.
 */
export const crossBookingRequest = z.strictObject({
  /** Why the money moves, as text (shown on the settlement). */
  reason: z.string(),
  /** Amount in TL, exact to the kuruş, above zero. */
  price: positiveAmount(),
  /** Currency of the amount (open). */
  currency,
  /** The sub-merchant on the other side. */
  subMerchantId: id,
});

/** POST /payment/v1/cross-bookings/cancel: `{ crossBookingId }`, as both official clients send it. */
export const cancelCrossBookingRequest = z.looseObject({
  /** The cross-booking to cancel. */
  crossBookingId: id,
});

/** GET /payment/v1/cross-bookings query: the official clients' filters typed, other keys passed through (scalars only). */
export const searchCrossBookingsRequest = openQuery({
  ...paging,
  /** Where the money came from: a merchant or sub-merchant id. */
  sourceMerchantId: z.optional(id),
  /** `MERCHANT` or `SUB_MERCHANT` (open). */
  sourceMerchantType: z.optional(openEnum(MERCHANT_TYPES)),
  /** Where the money went: a merchant or sub-merchant id. */
  destinationMerchantId: z.optional(id),
  /** `MERCHANT` or `SUB_MERCHANT` (open). */
  destinationMerchantType: z.optional(openEnum(MERCHANT_TYPES)),
  /** `WAITING_FOR_PAYOUT`, `PAYOUT_STARTED`, `PAYOUT_COMPLETED`, `NOT_FOUND_IN_SETTLEMENT`, `CANCELLED` (open). */
  transactionStatus: z.optional(openEnum(CROSS_BOOKING_STATUSES)),
});

/** A cross-booking. */
export const crossBooking = z.looseObject({
  /** Cross-booking id. */
  id: z.number(),
  /** The sub-merchant on the other side. */
  subMerchantId: z.nullish(z.number()),
  /** Amount moved. */
  price: z.nullish(decimal),
  /** Currency of the amount. */
  currency: z.nullish(z.string()),
  /** Reason given. */
  reason: z.nullish(z.string()),
  /** `WAITING_FOR_PAYOUT`, `PAYOUT_STARTED`, `PAYOUT_COMPLETED`, `NOT_FOUND_IN_SETTLEMENT`, `CANCELLED` (open): the official clients' name. */
  transactionStatus: z.nullish(openEnum(CROSS_BOOKING_STATUSES)),
  /** The same state under the name `status`, kept when a gateway sends it so. */
  status: z.nullish(openEnum(CROSS_BOOKING_STATUSES)),
  /** When it was created (Istanbul time, no zone). */
  createdDate: z.nullish(z.string()),
});

/** A page of cross-bookings. */
export const crossBookingList = listOf(crossBooking);
