import { defineOperation, type ReferenceRule } from '@odeme/core';
import {
  approvalReportResponse,
  approvePaymentRequest,
  approvePaymentSelfRequest,
  approveProductsRequest,
  approveProductsSelfRequest,
  marketplacePaymentRequest,
  rejectProductsRequest,
} from '../schemas/marketplace.js';
import { changeDebtRequest, debtListResponse, debtsByPaymentRequest, debtsByProductRequest, deleteDebtRequest } from '../schemas/marketplace-debts.js';
import {
  pendingEarningsRequest,
  pendingEarningsResponse,
  startTriggerRequest,
  triggerInquiryResponse,
  triggerJobRequest,
  triggerJobResponse,
} from '../schemas/marketplace-trigger.js';
import { doneResponse, emptyResponse } from '../schemas/payment.js';
import type { PayWallMeta } from './meta.js';

// Marketplace on PaymentAPI (§4.5), public pair (plus the private one when configured, as on every PaymentAPI row).
// Errors are named from PayWall's payment API list, which has the marketplace's own codes (29–35). A row that pays
// earnings out or changes what is paid moves money: sent once, never retried, its errors carrying `outcome` and the
// id the caller named as `reference` (nothing is generated: these rows act on PayWall's ids). The earning rows are
// in marketplace-earnings.ts.

/** The `meta` of a marketplace row: PaymentAPI, public pair, the payment API's error list. */
/* @__NO_SIDE_EFFECTS__ */
export function marketplaceMeta(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'payment', ...(headers ? { headers } : {}) };
}

/** A marketplace payment's reference: its `PaymentId`; the approval report and the earnings say what happened. */
const onPayment = {
  /** PayWall's id of the payment. */
  field: 'PaymentId',
  /** How to resolve an unknown outcome. */
  lookup:
    'read marketplace.approvalReport({ PaymentId: Number(reference) }) and marketplace.earnings.byPayment({ PaymentId: Number(reference) }) before sending it again',
} as const satisfies ReferenceRule;

/** A debt change's reference: the debt's `Id`. */
const onDebt = {
  /** PayWall's id of the debt. */
  field: 'Id',
  /** How to resolve an unknown outcome. */
  lookup: 'read the debt with marketplace.debts.byProduct or marketplace.debts.byPayment before sending it again',
} as const satisfies ReferenceRule;

/**
 * A distribution's reference: its `DateFrom`. Core's reference is one field, so the `DateFrom`…`DateTo` and
 * `CurrencyId` window cannot be named whole; the lookup names the rest.
 */
const onWindow = {
  /** The first day of the distributed range. */
  field: 'DateFrom',
  /** How to resolve an unknown outcome. */
  lookup: 'read marketplace.manualTrigger.pending for the same DateFrom, DateTo and CurrencyId before starting it again',
} as const satisfies ReferenceRule;

/** A restart's reference: the `JobId`. */
const onJob = {
  /** PayWall's id of the job. */
  field: 'JobId',
  /** How to resolve an unknown outcome. */
  lookup: 'read marketplace.manualTrigger.inquiry({ JobId: reference }) before sending it again',
} as const satisfies ReferenceRule;

/** #48 `POST marketplace/approve/pw/product`: approves products, PayWall's calculator working out earnings; sent once. */
export const marketplaceApproveProducts = /* @__PURE__ */ defineOperation({
  id: 'marketplace.approveProducts',
  method: 'POST',
  path: '/marketplace/approve/pw/product',
  request: approveProductsRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ marketplaceMeta(48),
});

/** #49 `POST marketplace/approve/pw/payment`: approves a whole payment with PayWall's calculator; sent once. */
export const marketplaceApprovePayment = /* @__PURE__ */ defineOperation({
  id: 'marketplace.approvePayment',
  method: 'POST',
  path: '/marketplace/approve/pw/payment',
  request: approvePaymentRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ marketplaceMeta(49),
});

/** #50 `POST marketplace/approve/self/product`: approves products with your own earnings (body unpublished); sent once. */
export const marketplaceApproveProductsSelf = /* @__PURE__ */ defineOperation({
  id: 'marketplace.approveProductsSelf',
  method: 'POST',
  path: '/marketplace/approve/self/product',
  request: approveProductsSelfRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ marketplaceMeta(50),
});

/** #51 `POST marketplace/approve/self/payment`: approves a payment with your own earnings (body unpublished); sent once. */
export const marketplaceApprovePaymentSelf = /* @__PURE__ */ defineOperation({
  id: 'marketplace.approvePaymentSelf',
  method: 'POST',
  path: '/marketplace/approve/self/payment',
  request: approvePaymentSelfRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onPayment,
  meta: /* @__PURE__ */ marketplaceMeta(51),
});

/** #52 `POST marketplace/reject/product`: cancels the approval of products; sent once. */
export const marketplaceRejectProducts = /* @__PURE__ */ defineOperation({
  id: 'marketplace.rejectProducts',
  method: 'POST',
  path: '/marketplace/reject/product',
  request: rejectProductsRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ marketplaceMeta(52),
});

/** #53 `POST marketplace/reject/payment`: cancels the approval of a payment; sent once. */
export const marketplaceRejectPayment = /* @__PURE__ */ defineOperation({
  id: 'marketplace.rejectPayment',
  method: 'POST',
  path: '/marketplace/reject/payment',
  request: marketplacePaymentRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ marketplaceMeta(53),
});

/** #54 `GET marketplace/report/approval`: which products of a payment are approved (header `paymentid`). */
export const marketplaceApprovalReport = /* @__PURE__ */ defineOperation({
  id: 'marketplace.approvalReport',
  method: 'GET',
  path: '/marketplace/report/approval',
  request: marketplacePaymentRequest,
  response: approvalReportResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ marketplaceMeta(54, { PaymentId: 'paymentid' }),
});

/** #70 `GET marketplace/report/debt/product`: a product's debts (header `productid`; fields unpublished, kept as sent). */
export const marketplaceDebtsByProduct = /* @__PURE__ */ defineOperation({
  id: 'marketplace.debts.byProduct',
  method: 'GET',
  path: '/marketplace/report/debt/product',
  request: debtsByProductRequest,
  response: debtListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ marketplaceMeta(70, { ProductId: 'productid' }),
});

/** #71 `GET marketplace/report/debt/payment`: a payment's debts (header `paymentid`; fields kept as sent). */
export const marketplaceDebtsByPayment = /* @__PURE__ */ defineOperation({
  id: 'marketplace.debts.byPayment',
  method: 'GET',
  path: '/marketplace/report/debt/payment',
  request: debtsByPaymentRequest,
  response: debtListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ marketplaceMeta(71, { PaymentId: 'paymentid' }),
});

/** #72 `PUT marketplace/debt/increase/id`: raises a debt (amount field unpublished: open body); sent once. */
export const marketplaceDebtsIncrease = /* @__PURE__ */ defineOperation({
  id: 'marketplace.debts.increase',
  method: 'PUT',
  path: '/marketplace/debt/increase/id',
  request: changeDebtRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onDebt,
  meta: /* @__PURE__ */ marketplaceMeta(72),
});

/** #73 `PUT marketplace/debt/decrease/id`: lowers a debt (amount field unpublished: open body); sent once. */
export const marketplaceDebtsDecrease = /* @__PURE__ */ defineOperation({
  id: 'marketplace.debts.decrease',
  method: 'PUT',
  path: '/marketplace/debt/decrease/id',
  request: changeDebtRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onDebt,
  meta: /* @__PURE__ */ marketplaceMeta(73),
});

/** #74 `DELETE marketplace/debt/delete/id` (JSON body): deletes a debt; sent once. */
export const marketplaceDebtsDelete = /* @__PURE__ */ defineOperation({
  id: 'marketplace.debts.delete',
  method: 'DELETE',
  path: '/marketplace/debt/delete/id',
  request: deleteDebtRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ marketplaceMeta(74),
});

/** #75 `GET marketplace/manual/trigger/pending`: the platform's pooled earnings (headers `datefrom`, `dateto`, `currencyid`). */
export const marketplaceManualTriggerPending = /* @__PURE__ */ defineOperation({
  id: 'marketplace.manualTrigger.pending',
  method: 'GET',
  path: '/marketplace/manual/trigger/pending',
  request: pendingEarningsRequest,
  response: pendingEarningsResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ marketplaceMeta(75, { DateFrom: 'datefrom', DateTo: 'dateto', CurrencyId: 'currencyid' }),
});

/** #76 `POST marketplace/manual/trigger/start`: distributes the pooled earnings of a range; sent once. */
export const marketplaceManualTriggerStart = /* @__PURE__ */ defineOperation({
  id: 'marketplace.manualTrigger.start',
  method: 'POST',
  path: '/marketplace/manual/trigger/start',
  request: startTriggerRequest,
  response: triggerJobResponse,
  movesMoney: true,
  reference: onWindow,
  meta: /* @__PURE__ */ marketplaceMeta(76),
});

/** #77 `GET marketplace/manual/trigger/inquiry`: a distribution job's state (header `jobid`). */
export const marketplaceManualTriggerInquiry = /* @__PURE__ */ defineOperation({
  id: 'marketplace.manualTrigger.inquiry',
  method: 'GET',
  path: '/marketplace/manual/trigger/inquiry',
  request: triggerJobRequest,
  response: triggerInquiryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ marketplaceMeta(77, { JobId: 'jobid' }),
});

/** #78 `POST marketplace/manual/trigger/restart`: runs a distribution job again; sent once. */
export const marketplaceManualTriggerRestart = /* @__PURE__ */ defineOperation({
  id: 'marketplace.manualTrigger.restart',
  method: 'POST',
  path: '/marketplace/manual/trigger/restart',
  request: triggerJobRequest,
  response: triggerJobResponse,
  movesMoney: true,
  reference: onJob,
  meta: /* @__PURE__ */ marketplaceMeta(78),
});

/** Marketplace approvals and the approval report (#48–#54), the client's `marketplace` (`MarketplaceMethods`). */
export const marketplaceOperations = {
  approveProducts: marketplaceApproveProducts,
  approvePayment: marketplaceApprovePayment,
  approveProductsSelf: marketplaceApproveProductsSelf,
  approvePaymentSelf: marketplaceApprovePaymentSelf,
  rejectProducts: marketplaceRejectProducts,
  rejectPayment: marketplaceRejectPayment,
  approvalReport: marketplaceApprovalReport,
};

/** Marketplace debts (#70–#74), the client's `marketplace.debts` (`MarketplaceDebtsMethods`). */
export const marketplaceDebtOperations = {
  byProduct: marketplaceDebtsByProduct,
  byPayment: marketplaceDebtsByPayment,
  increase: marketplaceDebtsIncrease,
  decrease: marketplaceDebtsDecrease,
  delete: marketplaceDebtsDelete,
};

/** The manual trigger (#75–#78), the client's `marketplace.manualTrigger` (`MarketplaceManualTriggerMethods`). */
export const marketplaceManualTriggerOperations = {
  pending: marketplaceManualTriggerPending,
  start: marketplaceManualTriggerStart,
  inquiry: marketplaceManualTriggerInquiry,
  restart: marketplaceManualTriggerRestart,
};
