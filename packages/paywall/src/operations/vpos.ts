import { defineOperation } from '@odeme/core';
import { assertHeaderParams } from '../header-params.js';
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

/* @__NO_SIDE_EFFECTS__ */
function v(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'private', auth: 'private', errorTable: 'common', ...(headers ? { headers } : {}) };
}

/** #29 `GET private/vpos/transaction/list`: the completed VPos payments of the previous day (answer untyped). */
export const vposTransactionList = /* @__PURE__ */ defineOperation({
  id: 'vpos.transactionList',
  method: 'GET',
  path: '/private/vpos/transaction/list',
  request: vposTransactionListRequest,
  response: vposTransactionListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ v(29),
  // Its header parameters are not documented: the caller's are sent lower-cased, as §2.1 writes the others.
  encode: (input) => {
    const params = Object.entries(input.Headers ?? {}).map(([k, value]) => ({ path: `Headers.${k}`, name: k.toLowerCase(), value }));
    assertHeaderParams('vpos.transactionList', params);
    return { headers: Object.fromEntries(params.map((p) => [p.name, p.value])) };
  },
});

/** #30 `POST private/vpos/reconciliation/reconcile`: sends your counters of a day (TL amounts) and compares them with PayWall's. */
export const vposReconcile = /* @__PURE__ */ defineOperation({
  id: 'vpos.reconcile',
  method: 'POST',
  path: '/private/vpos/reconciliation/reconcile',
  request: reconcileRequest,
  response: reconcileResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ v(30),
});

/** #31 `GET private/vpos/reconciliation`: whether a day is reconciled. */
export const vposReconciliation = /* @__PURE__ */ defineOperation({
  id: 'vpos.reconciliation',
  method: 'GET',
  path: '/private/vpos/reconciliation',
  request: reconciliationRequest,
  response: reconciliationResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ v(31, { ReconciliationDate: 'reconciliationdate' }),
});

/** #32 `GET private/vpos/reconciliation/endofday`: PayWall's end-of-day counters of a day (TL amounts). */
export const vposEndOfDay = /* @__PURE__ */ defineOperation({
  id: 'vpos.endOfDay',
  method: 'GET',
  path: '/private/vpos/reconciliation/endofday',
  request: endOfDayRequest,
  response: endOfDayResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ v(32, { EndOfDayDate: 'endofdaydate' }),
});

/** #33 `GET private/vpos/reconciliation/list`: the reconciliations of a date range, paged. */
export const vposReconciliationList = /* @__PURE__ */ defineOperation({
  id: 'vpos.reconciliationList',
  method: 'GET',
  path: '/private/vpos/reconciliation/list',
  request: reconciliationListRequest,
  response: reconciliationListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ v(33, { DateFrom: 'datefrom', DateTo: 'dateto', Start: 'start', Length: 'length', SortValue: 'sortvalue' }),
});

/** VPos transaction list and reconciliation on PaymentPrivateAPI (#29–#33), by the client's method names (`VposMethods`). */
export const vposOperations = {
  transactionList: vposTransactionList,
  reconcile: vposReconcile,
  reconciliation: vposReconciliation,
  endOfDay: vposEndOfDay,
  reconciliationList: vposReconciliationList,
};
