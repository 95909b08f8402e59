import { defineOperation, type ReferenceRule } from '@odeme/core';
import {
  changeEarningRequest,
  changeProductEarningsRequest,
  earningByIdRequest,
  earningReflectionDateRequest,
  earningResponse,
  earningsByMemberRequest,
  earningsByPaymentRequest,
  earningsByProductRequest,
  memberEarningsResponse,
  paymentEarningsResponse,
  postponeEarningRequest,
  postponeProductEarningsRequest,
  productEarningsResponse,
  productReflectionDateRequest,
  retryEarningRequest,
  retryPaymentEarningsRequest,
  retryProductEarningsRequest,
} from '../schemas/marketplace-earnings.js';
import { doneResponse, emptyResponse } from '../schemas/payment.js';
import { marketplaceMeta as mp } from './marketplace.js';

// Marketplace earnings (§4.5, #55–#69). Raising, lowering and retrying an earning's transfer change what is paid
// out: money rows, sent once. Postponing and moving the payout date change only when: sent once, not money.

/** A product's earnings' reference: the `ProductId`; the product's earning report says what happened. */
const onProduct = {
  /** PayWall's id of the product. */
  field: 'ProductId',
  /** How to resolve an unknown outcome. */
  lookup: 'read marketplace.earnings.byProduct({ ProductId: Number(reference) }) before sending it again',
} as const satisfies ReferenceRule;

/** A payment's earnings' reference: the `PaymentId`. */
const onPayment = {
  /** PayWall's id of the payment. */
  field: 'PaymentId',
  /** How to resolve an unknown outcome. */
  lookup: 'read marketplace.earnings.byPayment({ PaymentId: Number(reference) }) before sending it again',
} as const satisfies ReferenceRule;

/** One earning's reference: its `Id`. */
const onEarning = {
  /** PayWall's id of the earning. */
  field: 'Id',
  /** How to resolve an unknown outcome. */
  lookup: 'read marketplace.earnings.byId({ EarningId: Number(reference) }) before sending it again',
} as const satisfies ReferenceRule;

/** #55 `GET marketplace/report/earning/product`: a product's earnings (header `productid`). */
export const marketplaceEarningsByProduct = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.byProduct',
  method: 'GET',
  path: '/marketplace/report/earning/product',
  request: earningsByProductRequest,
  response: productEarningsResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ mp(55, { ProductId: 'productid' }),
});

/** #56 `GET marketplace/report/earning/payment`: the earnings of each product of a payment (header `paymentid`). */
export const marketplaceEarningsByPayment = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.byPayment',
  method: 'GET',
  path: '/marketplace/report/earning/payment',
  request: earningsByPaymentRequest,
  response: paymentEarningsResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ mp(56, { PaymentId: 'paymentid' }),
});

/** #57 `GET marketplace/report/earning/id`: one earning (header `earningid`). */
export const marketplaceEarningsById = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.byId',
  method: 'GET',
  path: '/marketplace/report/earning/id',
  request: earningByIdRequest,
  response: earningResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ mp(57, { EarningId: 'earningid' }),
});

/** #58 `GET marketplace/report/earning/member`: a page of a member's earnings (seven header parameters). */
export const marketplaceEarningsByMember = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.byMember',
  method: 'GET',
  path: '/marketplace/report/earning/member',
  request: earningsByMemberRequest,
  response: memberEarningsResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ mp(58, {
    MemberId: 'memberid',
    Start: 'start',
    Length: 'length',
    SortValue: 'sortvalue',
    SortColumn: 'sortcolumn',
    DateFrom: 'datefrom',
    DateTo: 'dateto',
  }),
});

/** #59 `PUT marketplace/earning/postpone/product`: postpones a product's earnings; sent once. */
export const marketplaceEarningsPostponeProduct = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.postponeProduct',
  method: 'PUT',
  path: '/marketplace/earning/postpone/product',
  request: postponeProductEarningsRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ mp(59),
});

/** #60 `PUT marketplace/earning/increase/product`: raises a product's earnings; money, sent once. */
export const marketplaceEarningsIncreaseProduct = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.increaseProduct',
  method: 'PUT',
  path: '/marketplace/earning/increase/product',
  request: changeProductEarningsRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onProduct,
  meta: /* @__PURE__ */ mp(60),
});

/** #61 `PUT marketplace/earning/decrease/product`: lowers a product's earnings; money, sent once. */
export const marketplaceEarningsDecreaseProduct = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.decreaseProduct',
  method: 'PUT',
  path: '/marketplace/earning/decrease/product',
  request: changeProductEarningsRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onProduct,
  meta: /* @__PURE__ */ mp(61),
});

/** #62 `PUT marketplace/earning/reflection/product`: moves a product's earnings' payout date; sent once. */
export const marketplaceEarningsSetProductReflectionDate = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.setProductReflectionDate',
  method: 'PUT',
  path: '/marketplace/earning/reflection/product',
  request: productReflectionDateRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ mp(62),
});

/** #63 `PUT marketplace/earning/put/retry/product`: retries a product's failed earning transfers; money, sent once. */
export const marketplaceEarningsRetryProduct = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.retryProduct',
  method: 'PUT',
  path: '/marketplace/earning/put/retry/product',
  request: retryProductEarningsRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onProduct,
  meta: /* @__PURE__ */ mp(63),
});

/** #64 `PUT marketplace/earning/put/retry/payment`: retries a payment's failed earning transfers; money, sent once. */
export const marketplaceEarningsRetryPayment = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.retryPayment',
  method: 'PUT',
  path: '/marketplace/earning/put/retry/payment',
  request: retryPaymentEarningsRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ mp(64),
});

/** #65 `PUT marketplace/earning/postpone/id`: postpones one unpaid earning; sent once. */
export const marketplaceEarningsPostpone = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.postpone',
  method: 'PUT',
  path: '/marketplace/earning/postpone/id',
  request: postponeEarningRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ mp(65),
});

/** #66 `PUT marketplace/earning/increase/id`: raises one earning; money, sent once. */
export const marketplaceEarningsIncrease = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.increase',
  method: 'PUT',
  path: '/marketplace/earning/increase/id',
  request: changeEarningRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onEarning,
  meta: /* @__PURE__ */ mp(66),
});

/** #67 `PUT marketplace/earning/decrease/id`: lowers one earning; money, sent once. */
export const marketplaceEarningsDecrease = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.decrease',
  method: 'PUT',
  path: '/marketplace/earning/decrease/id',
  request: changeEarningRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onEarning,
  meta: /* @__PURE__ */ mp(67),
});

/** #68 `PUT marketplace/earning/reflection/id`: moves one earning's payout date; sent once. */
export const marketplaceEarningsSetReflectionDate = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.setReflectionDate',
  method: 'PUT',
  path: '/marketplace/earning/reflection/id',
  request: earningReflectionDateRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ mp(68),
});

/** #69 `PUT marketplace/earning/put/retry/id`: retries one earning's failed transfer; money, sent once. */
export const marketplaceEarningsRetry = /* @__PURE__ */ defineOperation({
  id: 'marketplace.earnings.retry',
  method: 'PUT',
  path: '/marketplace/earning/put/retry/id',
  request: retryEarningRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onEarning,
  meta: /* @__PURE__ */ mp(69),
});

/** Marketplace earnings (#55–#69), the client's `marketplace.earnings` (`MarketplaceEarningsMethods`). */
export const marketplaceEarningOperations = {
  byProduct: marketplaceEarningsByProduct,
  byPayment: marketplaceEarningsByPayment,
  byId: marketplaceEarningsById,
  byMember: marketplaceEarningsByMember,
  postponeProduct: marketplaceEarningsPostponeProduct,
  increaseProduct: marketplaceEarningsIncreaseProduct,
  decreaseProduct: marketplaceEarningsDecreaseProduct,
  setProductReflectionDate: marketplaceEarningsSetProductReflectionDate,
  retryProduct: marketplaceEarningsRetryProduct,
  retryPayment: marketplaceEarningsRetryPayment,
  postpone: marketplaceEarningsPostpone,
  increase: marketplaceEarningsIncrease,
  decrease: marketplaceEarningsDecrease,
  setReflectionDate: marketplaceEarningsSetReflectionDate,
  retry: marketplaceEarningsRetry,
};
