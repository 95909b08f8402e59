import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { cancelCrossBookingRequest, crossBooking, crossBookingList, crossBookingRequest, searchCrossBookingsRequest } from '../schemas/cross-booking.js';
import type { ListOf } from './list.js';

/** What `crossBookings.send` and `crossBookings.receive` take: the sub-merchant, the amount and why. */
export interface CrossBookingParams extends z.input<typeof crossBookingRequest> {}

/** What `crossBookings.cancel` takes: the cross-booking's id. */
export interface CancelCrossBookingParams extends z.input<typeof cancelCrossBookingRequest> {}

/** What `crossBookings.search` takes: filters over cross-bookings (paged; other keys pass as scalars). */
export interface SearchCrossBookingsParams extends z.input<typeof searchCrossBookingsRequest> {}

/** Money moved between the merchant and a sub-merchant outside a payment. */
export interface CrossBooking extends Answer<z.output<typeof crossBooking>> {}

/** A page of cross-bookings. */
export interface CrossBookingList extends ListOf<typeof crossBookingList, CrossBooking> {}
