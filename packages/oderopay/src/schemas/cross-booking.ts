import * as z from 'zod';
import { amount, currency, decimal, id, paging } from './common.js';
import { CROSS_BOOKING_STATUSES, openEnum } from './enums.js';

/**
 * POST /payment/v1/cross-bookings/receive|send: money between the merchant and a sub-merchant. The spec names
 * the operations, not their bodies: the fields below are typed hints in ÖderoPay's vocabulary (all optional,
 * amounts still checked to the kuruş) and any other field passes through.
 */
export const crossBookingRequest = z.looseObject({
  subMerchantId: id.optional(),
  price: amount().optional(),
  currency: currency.optional(),
  conversationId: z.string().optional(),
});

/** POST /payment/v1/cross-bookings/cancel. */
export const cancelCrossBookingRequest = z.looseObject({ id: id.optional() });

/** GET /payment/v1/cross-bookings query. */
export const searchCrossBookingsRequest = z.looseObject({ ...paging });

/** A cross-booking. */
export const crossBooking = z.looseObject({
  id: z.number(),
  subMerchantId: z.number().nullish(),
  price: decimal.nullish(),
  currency: z.string().nullish(),
  reason: z.string().nullish(),
  status: openEnum(CROSS_BOOKING_STATUSES).nullish(),
  createdDate: z.string().nullish(),
});
