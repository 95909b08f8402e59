import { defineOperation } from '@odeme/core';
import { crossBookingIdReference } from '../references.js';
import { cancelCrossBookingRequest, crossBooking, crossBookingList, crossBookingRequest, searchCrossBookingsRequest } from '../schemas/cross-booking.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /payment/v1/cross-bookings/receive`: take money from a sub-merchant. */
export const crossBookingsReceive = /* @__PURE__ */ defineOperation({
  id: 'crossBookings.receive',
  method: 'POST',
  path: '/payment/v1/cross-bookings/receive',
  request: crossBookingRequest,
  response: crossBooking,
  movesMoney: true,
});

/** `POST /payment/v1/cross-bookings/send`: send money to a sub-merchant. */
export const crossBookingsSend = /* @__PURE__ */ defineOperation({
  id: 'crossBookings.send',
  method: 'POST',
  path: '/payment/v1/cross-bookings/send',
  request: crossBookingRequest,
  response: crossBooking,
  movesMoney: true,
});

/** `POST /payment/v1/cross-bookings/cancel`: cancel a cross-booking that has not been paid out. */
export const crossBookingsCancel = /* @__PURE__ */ defineOperation({
  id: 'crossBookings.cancel',
  method: 'POST',
  path: '/payment/v1/cross-bookings/cancel',
  request: cancelCrossBookingRequest,
  response: crossBooking,
  movesMoney: true,
  reference: crossBookingIdReference,
});

/** `GET /payment/v1/cross-bookings`: search cross-bookings. */
export const crossBookingsSearch = /* @__PURE__ */ defineOperation({
  id: 'crossBookings.search',
  method: 'GET',
  path: '/payment/v1/cross-bookings',
  request: searchCrossBookingsRequest,
  response: crossBookingList,
  movesMoney: false,
});

/** Money moved between the merchant and a sub-merchant outside a payment. */
export const crossBookingOperations = {
  /** Take money from a sub-merchant. */
  receive: crossBookingsReceive,
  /** Send money to a sub-merchant. */
  send: crossBookingsSend,
  /** Cancel a cross-booking that has not been paid out. */
  cancel: crossBookingsCancel,
  /** Search cross-bookings. */
  search: crossBookingsSearch,
};
