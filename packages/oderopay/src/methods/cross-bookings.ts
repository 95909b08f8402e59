import type { CallOptions, Referenced } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type { CancelCrossBookingParams, CrossBooking, CrossBookingList, CrossBookingParams, SearchCrossBookingsParams } from '../types/cross-bookings.js';

/** `odero.crossBookings`: money moved between the merchant and a sub-merchant outside a payment. */
export interface CrossBookingsMethods {
  /**
   * Takes money from a sub-merchant.
   *
   * `POST /payment/v1/cross-bookings/receive`. Moves money, sent once. No reference: its request carries none; look
   * it up with `search`.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  receive(params: CrossBookingParams, options?: CallOptions): Promise<CrossBooking>;
  /**
   * Sends money to a sub-merchant.
   *
   * `POST /payment/v1/cross-bookings/send`. Moves money, sent once. No reference: its request carries none; look it
   * up with `search`.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  send(params: CrossBookingParams, options?: CallOptions): Promise<CrossBooking>;
  /**
   * Cancels a cross-booking that has not been paid out.
   *
   * `POST /payment/v1/cross-bookings/cancel`. Moves money, sent once. Reference: `crossBookingId`.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  cancel(params: CancelCrossBookingParams, options?: CallOptions): Promise<CrossBooking & Referenced>;
  /**
   * Searches cross-bookings; one page (`page`, `size`), see `searchAll`.
   *
   * `GET /payment/v1/cross-bookings`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  search(params?: SearchCrossBookingsParams, options?: CallOptions): Promise<CrossBookingList>;
}

/** What `odero.crossBookings` has besides its rows. */
export interface CrossBookingsExtras {
  /**
   * Every cross-booking of a search, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /payment/v1/cross-bookings`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchAll(params?: SearchCrossBookingsParams, options?: ListAllOptions): AsyncGenerator<CrossBooking, void, undefined>;
}
