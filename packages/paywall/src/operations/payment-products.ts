import { defineOperation, type ReferenceRule } from '@odeme/core';
import { doneResponse } from '../schemas/payment.js';
import { memberEarningChangeRequest, paymentProductsRequest, paymentProductsResponse } from '../schemas/payment-products.js';
import type { PayWallMeta } from './meta.js';

// Payment product management (§4.4): private pair. PayWall does not say which API serves it (PaymentPrivateAPI or
// PaymentAPI): the rows name PaymentPrivateAPI, and the client option `productHost` moves them (`hostOption`).
// Raising or lowering a sub-merchant's earning changes what is paid out: money, sent once.

/* @__NO_SIDE_EFFECTS__ */
function pp(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'private', hostOption: 'productHost', auth: 'private', errorTable: 'payment', ...(headers ? { headers } : {}) };
}

/** An earning change's reference: the payment's `PaymentId`; its product list says what happened. */
const onPayment = {
  /** PayWall's id of the payment. */
  field: 'PaymentId',
  /** How to resolve an unknown outcome. */
  lookup: 'read paymentProducts.list({ PaymentId: Number(reference) }) and marketplace.earnings.byPayment before sending it again',
} as const satisfies ReferenceRule;

/** #45 `GET product`: the products of a payment (header `paymentid`). */
export const paymentProductsList = /* @__PURE__ */ defineOperation({
  id: 'paymentProducts.list',
  method: 'GET',
  path: '/product',
  request: paymentProductsRequest,
  response: paymentProductsResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ pp(45, { PaymentId: 'paymentid' }),
});

/** #46 `PUT product/member/earning/increase`: raises a sub-merchant's earning on a product before approval; sent once. */
export const paymentProductsIncreaseMemberEarning = /* @__PURE__ */ defineOperation({
  id: 'paymentProducts.increaseMemberEarning',
  method: 'PUT',
  path: '/product/member/earning/increase',
  request: memberEarningChangeRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ pp(46),
});

/** #47 `PUT product/member/earning/decrease`: lowers a sub-merchant's earning on an unapproved product; sent once. */
export const paymentProductsDecreaseMemberEarning = /* @__PURE__ */ defineOperation({
  id: 'paymentProducts.decreaseMemberEarning',
  method: 'PUT',
  path: '/product/member/earning/decrease',
  request: memberEarningChangeRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ pp(47),
});

/** Payment product management (#45–#47), the client's `paymentProducts` (`PaymentProductsMethods`). */
export const paymentProductOperations = {
  list: paymentProductsList,
  increaseMemberEarning: paymentProductsIncreaseMemberEarning,
  decreaseMemberEarning: paymentProductsDecreaseMemberEarning,
};
