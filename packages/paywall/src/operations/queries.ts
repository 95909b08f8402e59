import { defineOperation } from '@odeme/core';
import {
  queryByMerchantUniqueCodeRequest,
  queryByPaymentIdRequest,
  queryByProductIdRequest,
  queryByTrackingCodeRequest,
  queryByUniqueCodeRequest,
  queryListResponse,
  queryResponse,
} from '../schemas/query.js';
import type { PayWallMeta } from './meta.js';

/* @__NO_SIDE_EFFECTS__ */
function q(no: number, headers: Record<string, string>): PayWallMeta {
  return { no, host: 'private', auth: 'private', errorTable: 'common', headers };
}

/** #24 `GET private/query`: the state of a payment by your `MerchantUniqueCode`; a read, retried. */
export const queriesByMerchantUniqueCode = /* @__PURE__ */ defineOperation({
  id: 'queries.byMerchantUniqueCode',
  method: 'GET',
  path: '/private/query',
  request: queryByMerchantUniqueCodeRequest,
  response: queryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ q(24, { MerchantUniqueCode: 'merchantuniquecode' }),
});

/** #25 `GET private/query/by/uniquecode`: the state of a payment by PayWall's `UniqueCode`. */
export const queriesByUniqueCode = /* @__PURE__ */ defineOperation({
  id: 'queries.byUniqueCode',
  method: 'GET',
  path: '/private/query/by/uniquecode',
  request: queryByUniqueCodeRequest,
  response: queryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ q(25, { UniqueCode: 'uniquecode' }),
});

/** #26 `GET private/query/by/paymentid`: the state of a payment by PayWall's `PaymentId`. */
export const queriesByPaymentId = /* @__PURE__ */ defineOperation({
  id: 'queries.byPaymentId',
  method: 'GET',
  path: '/private/query/by/paymentid',
  request: queryByPaymentIdRequest,
  response: queryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ q(26, { PaymentId: 'paymentid' }),
});

/** #27 `GET private/query/by/productid`: the payments of one of your `ProductId`s (header name inferred). */
export const queriesByProductId = /* @__PURE__ */ defineOperation({
  id: 'queries.byProductId',
  method: 'GET',
  path: '/private/query/by/productid',
  request: queryByProductIdRequest,
  response: queryListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ q(27, { ProductId: 'productid' }),
});

/** #28 `GET private/query/by/trackingcode`: the payments with one of your `TrackingCode`s (header name inferred). */
export const queriesByTrackingCode = /* @__PURE__ */ defineOperation({
  id: 'queries.byTrackingCode',
  method: 'GET',
  path: '/private/query/by/trackingcode',
  request: queryByTrackingCodeRequest,
  response: queryListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ q(28, { TrackingCode: 'trackingcode' }),
});

/** Payment queries on PaymentPrivateAPI (#24–#28), GETs whose parameters travel as headers, by the client's method names (`QueriesMethods`). */
export const queryOperations = {
  byMerchantUniqueCode: queriesByMerchantUniqueCode,
  byUniqueCode: queriesByUniqueCode,
  byPaymentId: queriesByPaymentId,
  byProductId: queriesByProductId,
  byTrackingCode: queriesByTrackingCode,
};
