import { defineOperation } from '@odeme/core';
import { listOf } from '../schemas/common.js';
import { cancelCrossBookingRequest, crossBooking, crossBookingRequest, searchCrossBookingsRequest } from '../schemas/cross-booking.js';

/** Money moved between the merchant and a sub-merchant outside a payment. */
export const crossBookingOperations = {
  /** Take money from a sub-merchant. */
  receive: defineOperation({
    id: 'crossBookings.receive',
    method: 'POST',
    path: '/payment/v1/cross-bookings/receive',
    request: crossBookingRequest,
    response: crossBooking,
    movesMoney: true,
  }),
  /** Send money to a sub-merchant. */
  send: defineOperation({
    id: 'crossBookings.send',
    method: 'POST',
    path: '/payment/v1/cross-bookings/send',
    request: crossBookingRequest,
    response: crossBooking,
    movesMoney: true,
  }),
  /** Cancel a cross-booking that has not been paid out. */
  cancel: defineOperation({
    id: 'crossBookings.cancel',
    method: 'POST',
    path: '/payment/v1/cross-bookings/cancel',
    request: cancelCrossBookingRequest,
    response: crossBooking,
    movesMoney: true,
  }),
  /** Search cross-bookings. */
  search: defineOperation({
    id: 'crossBookings.search',
    method: 'GET',
    path: '/payment/v1/cross-bookings',
    request: searchCrossBookingsRequest,
    response: listOf(crossBooking),
    movesMoney: false,
  }),
};
