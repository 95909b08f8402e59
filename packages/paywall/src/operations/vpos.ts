import { defineOperation } from '@odeme/core';
import {
  endOfDayRequest,
  endOfDayResponse,
  reconcileRequest,
  reconcileResponse,
  reconciliationListRequest,
  reconciliationListResponse,
  reconciliationRequest,
  reconciliationResponse,
  vposTransactionListRequest,
  vposTransactionListResponse,
} from '../schemas/vpos.js';
import type { PayWallMeta } from './meta.js';

const v = (no: number, headers?: Record<string, string>): PayWallMeta => ({
  no,
  host: 'private',
  auth: 'private',
  errorTable: 'common',
  ...(headers ? { headers } : {}),
});

/** VPos transaction list and reconciliation on PaymentPrivateAPI (#29–#33). */
export const vposOperations = {
  transactionList: defineOperation({
    id: 'vpos.transactionList',
    method: 'GET',
    path: '/private/vpos/transaction/list',
    request: vposTransactionListRequest,
    response: vposTransactionListResponse,
    movesMoney: false,
    meta: v(29),
    // Its header parameters are not documented: the caller's are sent lower-cased, as §2.1 writes the others.
    encode: (input) => ({ headers: Object.fromEntries(Object.entries(input.Headers ?? {}).map(([k, val]) => [k.toLowerCase(), val])) }),
  }),
  reconcile: defineOperation({
    id: 'vpos.reconcile',
    method: 'POST',
    path: '/private/vpos/reconciliation/reconcile',
    request: reconcileRequest,
    response: reconcileResponse,
    movesMoney: false,
    retryable: false,
    meta: v(30),
  }),
  reconciliation: defineOperation({
    id: 'vpos.reconciliation',
    method: 'GET',
    path: '/private/vpos/reconciliation',
    request: reconciliationRequest,
    response: reconciliationResponse,
    movesMoney: false,
    meta: v(31, { ReconciliationDate: 'reconciliationdate' }),
  }),
  endOfDay: defineOperation({
    id: 'vpos.endOfDay',
    method: 'GET',
    path: '/private/vpos/reconciliation/endofday',
    request: endOfDayRequest,
    response: endOfDayResponse,
    movesMoney: false,
    meta: v(32, { EndOfDayDate: 'endofdaydate' }),
  }),
  reconciliationList: defineOperation({
    id: 'vpos.reconciliationList',
    method: 'GET',
    path: '/private/vpos/reconciliation/list',
    request: reconciliationListRequest,
    response: reconciliationListResponse,
    movesMoney: false,
    meta: v(33, { DateFrom: 'datefrom', DateTo: 'dateto', Start: 'start', Length: 'length', SortValue: 'sortvalue' }),
  }),
};
