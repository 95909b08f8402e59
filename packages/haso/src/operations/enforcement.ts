import { defineOperation } from '@odeme/core';
import { merchantOidReference } from '../reference.js';
import { sendExecutionTransactionRequest, sendTransactionExpenseRequest } from '../schemas/enforcement.js';
import { genericData, planData } from '../schemas/responses.js';
import { rowMeta } from './meta.js';

// Enforcement (icra) rows (5.12, 5.14).

/** 5.12 SendExecutionTransaction: tells HASO a transaction went to legal enforcement (fields INFERRED). */
export const enforcementReport = /* @__PURE__ */ defineOperation({
  id: 'enforcement.report',
  method: 'POST',
  path: '/RequestV2/SendExecutionTransaction',
  request: sendExecutionTransactionRequest,
  response: genericData,
  movesMoney: true,
  reference: merchantOidReference,
  meta: /* @__PURE__ */ rowMeta({
    method: 'sendExecutionTransaction',
    section: '5.12',
    edition: 'R',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'ipAddress'],
    source: 'inferred',
  }),
});

/** 5.14 SendTransactionExpense: cumulative KTVÜ + expenses (kuruş), added to the last installment; returns the plan. */
export const enforcementSendExpense = /* @__PURE__ */ defineOperation({
  id: 'enforcement.sendExpense',
  method: 'POST',
  path: '/RequestV2/SendTransactionExpense',
  request: sendTransactionExpenseRequest,
  response: planData,
  movesMoney: true,
  reference: merchantOidReference,
  meta: /* @__PURE__ */ rowMeta({
    method: 'sendTransactionExpense',
    section: '5.14',
    edition: 'S',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'counterPartyAttorneyFee', 'expenseAmount', 'ipAddress'],
    source: 'documented',
  }),
});
