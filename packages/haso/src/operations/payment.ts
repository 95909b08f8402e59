import { defineOperation } from '@odeme/core';
import { merchantOidReference } from '../reference.js';
import { setBulkPaidPaymentRequest, setPaidPaymentRequest } from '../schemas/payment.js';
import { paidData } from '../schemas/responses.js';
import { rowMeta } from './meta.js';

// "Paid" reports (5.6, 5.20): they settle installments, so they are never retried automatically.

/** 5.6 SetPaidPayment: marks one payment record (`paymentCode`) paid after you collected it outside HASO (`Message` RS100). */
export const paymentsSetPaid = /* @__PURE__ */ defineOperation({
  id: 'payments.setPaid',
  method: 'POST',
  path: '/RequestV2/SetPaidPayment',
  request: setPaidPaymentRequest,
  response: paidData,
  movesMoney: true,
  reference: merchantOidReference,
  meta: /* @__PURE__ */ rowMeta({
    method: 'setPaidPayment',
    section: '5.6',
    edition: 'R',
    tokenOrder: ['merchantId', 'merchantOid', 'paymentCode', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
    source: 'documented',
    requiresSuccessCode: true,
  }),
});

/** 5.20 SetBulkPaidPayment: marks several payment records (`paymentCodes`) of one order paid. */
export const paymentsSetBulkPaid = /* @__PURE__ */ defineOperation({
  id: 'payments.setBulkPaid',
  method: 'POST',
  path: '/RequestV2/SetBulkPaidPayment',
  request: setBulkPaidPaymentRequest,
  response: paidData,
  movesMoney: true,
  reference: merchantOidReference,
  meta: /* @__PURE__ */ rowMeta({
    method: 'setBulkPaidPayment',
    section: '5.20',
    edition: 'R',
    tokenOrder: ['merchantId', 'merchantOid', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
    source: 'documented',
    requiresSuccessCode: true,
  }),
});
