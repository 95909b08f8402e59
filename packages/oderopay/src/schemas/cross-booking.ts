import * as z from 'zod/mini';
import { amount, currency, decimal, id, listOf, openQueryValue, paging } from './common.js';
import { CROSS_BOOKING_STATUSES, openEnum } from './enums.js';

/**
 * POST /payment/v1/cross-bookings/receive|send: money between the merchant and a sub-merchant. Both official clients
 * send `{ reason, price, currency, subMerchantId }`; the fields are typed (amounts checked to the kuruş) and any other
 * field passes through.
 */
export const crossBookingRequest = z.looseObject({
  /** Why the money moves (shown on the settlement). */
  reason: z.optional(z.string()),
  /** The sub-merchant on the other side. */
  subMerchantId: z.optional(id),
  /** Amount in TL. */
  price: z.optional(amount()),
  /** Currency of the amount (open). */
  currency: z.optional(currency),
});

/** POST /payment/v1/cross-bookings/cancel: `{ crossBookingId }`, as both official clients send it. */
export const cancelCrossBookingRequest = z.looseObject({
  /** The cross-booking to cancel. */
  crossBookingId: id,
});

/** GET /payment/v1/cross-bookings query. */
export const searchCrossBookingsRequest = z.catchall(z.object({ ...paging }), openQueryValue);

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
  /** When it was created (local date-time). */
  createdDate: z.nullish(z.string()),
});

/** A page of cross-bookings. */
export const crossBookingList = listOf(crossBooking);
