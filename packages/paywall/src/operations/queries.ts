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

const q = (no: number, headers: Record<string, string>): PayWallMeta => ({ no, host: 'private', auth: 'private', errorTable: 'common', headers });

/** Payment queries on PaymentPrivateAPI (#24–#28): GETs whose parameters travel as headers. */
export const queryOperations = {
  byMerchantUniqueCode: defineOperation({
    id: 'queries.byMerchantUniqueCode',
    method: 'GET',
    path: '/private/query',
    request: queryByMerchantUniqueCodeRequest,
    response: queryResponse,
    movesMoney: false,
    meta: q(24, { MerchantUniqueCode: 'merchantuniquecode' }),
  }),
  byUniqueCode: defineOperation({
    id: 'queries.byUniqueCode',
    method: 'GET',
    path: '/private/query/by/uniquecode',
    request: queryByUniqueCodeRequest,
    response: queryResponse,
    movesMoney: false,
    meta: q(25, { UniqueCode: 'uniquecode' }),
  }),
  byPaymentId: defineOperation({
    id: 'queries.byPaymentId',
    method: 'GET',
    path: '/private/query/by/paymentid',
    request: queryByPaymentIdRequest,
    response: queryResponse,
    movesMoney: false,
    meta: q(26, { PaymentId: 'paymentid' }),
  }),
  byProductId: defineOperation({
    id: 'queries.byProductId',
    method: 'GET',
    path: '/private/query/by/productid',
    request: queryByProductIdRequest,
    response: queryListResponse,
    movesMoney: false,
    meta: q(27, { ProductId: 'productid' }),
  }),
  byTrackingCode: defineOperation({
    id: 'queries.byTrackingCode',
    method: 'GET',
    path: '/private/query/by/trackingcode',
    request: queryByTrackingCodeRequest,
    response: queryListResponse,
    movesMoney: false,
    meta: q(28, { TrackingCode: 'trackingcode' }),
  }),
};
