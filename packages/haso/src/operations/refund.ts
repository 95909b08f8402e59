import { defineOperation } from '@odeme/core';
import { generatedRefundId } from '../reference.js';
import { checkRefundRequest, refundTransactionRequest } from '../schemas/refund.js';
import { refundData } from '../schemas/responses.js';
import { rowMeta } from './meta.js';

// Refund rows (5.7, 5.8). A refund is safe to resend by hand with the same `refundId` (H307 on a repeat).

/**
 * 5.7 refund (path and fields INFERRED): full or partial, `refundAmount` in kuruş; H307 when this `refundId` already
 * succeeded. `refundId` is yours to choose (generated when left out) and is the call's `reference`: `refunds.check`
 * finds the refund by it, and sending the same refund again with it cannot refund twice.
 */
export const refundsCreate = /* @__PURE__ */ defineOperation({
  id: 'refunds.create',
  method: 'POST',
  // Path INFERRED from 5.8, which calls the refund service "RefundTransaction".
  path: '/RequestV2/RefundTransaction',
  request: refundTransactionRequest,
  response: refundData,
  movesMoney: true,
  reference: generatedRefundId,
  meta: /* @__PURE__ */ rowMeta({
    method: 'refundTransaction',
    section: '5.7',
    edition: 'R',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'refundId', 'refundAmount', 'ipAddress'],
    source: 'inferred',
  }),
});

/** 5.8 CheckRefund: status of a refund by `refundId`; H308 when HASO has none. */
export const refundsCheck = /* @__PURE__ */ defineOperation({
  id: 'refunds.check',
  method: 'POST',
  path: '/RequestV2/CheckRefund',
  request: checkRefundRequest,
  response: refundData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'checkRefund',
    section: '5.8',
    edition: 'S',
    tokenOrder: ['merchantId', 'refundId', 'ipAddress'],
    source: 'inferred',
  }),
});
