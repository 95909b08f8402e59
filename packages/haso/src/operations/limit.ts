import { defineOperation } from '@odeme/core';
import { askKkbReportResultRequest, hasoAuthSendInfoRequest, sendKkbPinCodeRequest, setLimitFromKdsRequest } from '../schemas/limit.js';
import { limitData } from '../schemas/responses.js';
import { rowMeta } from './meta.js';

// Limit rows (5.2.x). PIN and limit requests change state, so only the report poll is retried.

/** 5.2.1 HasoAuthSendInfo: registers the shopper and starts a KKB request (`KkbRefNo`), or returns `CustomerInfo`. */
export const limitsStart = /* @__PURE__ */ defineOperation({
  id: 'limits.start',
  method: 'POST',
  path: '/RequestV2/HasoAuthSendInfo',
  request: hasoAuthSendInfoRequest,
  response: limitData,
  movesMoney: true,
  meta: /* @__PURE__ */ rowMeta({
    method: 'hasoAuthSendInfo',
    section: '5.2.1',
    edition: 'S',
    tokenOrder: ['merchantId', 'shopperName', 'shopperSurname', 'tckn', 'mobileNumber', 'ipAddress'],
    source: 'inferred',
  }),
});

/** 5.2.2 SendKkbPinCode: confirms the KKB request with the SMS PIN; the limit is decided if the report is ready. */
export const limitsConfirmPin = /* @__PURE__ */ defineOperation({
  id: 'limits.confirmPin',
  method: 'POST',
  path: '/RequestV2/SendKkbPinCode',
  request: sendKkbPinCodeRequest,
  response: limitData,
  movesMoney: true,
  meta: /* @__PURE__ */ rowMeta({
    method: 'sendKkbPinCode',
    section: '5.2.2',
    edition: 'R,S',
    tokenOrder: ['merchantId', 'ipAddress', 'kkbRefNo', 'pinCode'],
    source: 'documented',
  }),
});

/** 5.2.3 AskKkbReportResult: polls a confirmed KKB request whose report was not ready (a read: retried). */
export const limitsAskReportResult = /* @__PURE__ */ defineOperation({
  id: 'limits.askReportResult',
  method: 'POST',
  path: '/RequestV2/AskKkbReportResult',
  request: askKkbReportResultRequest,
  response: limitData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'askKkbReportResult',
    section: '5.2.3',
    edition: 'S',
    tokenOrder: ['merchantId', 'ipAddress', 'kkbRefNo'],
    source: 'documented',
  }),
});

/** 5.2.6 SetLimitFromKds: stores a limit computed by your own scoring (`kdsLimit` in kuruş). */
export const limitsSetFromKds = /* @__PURE__ */ defineOperation({
  id: 'limits.setFromKds',
  method: 'POST',
  path: '/RequestV2/SetLimitFromKds',
  request: setLimitFromKdsRequest,
  response: limitData,
  movesMoney: true,
  meta: /* @__PURE__ */ rowMeta({
    method: 'setLimitFromKds',
    section: '5.2.6',
    edition: 'R',
    tokenOrder: ['merchantId', 'shopperName', 'shopperSurname', 'dealerSegment', 'ipAddress'],
    source: 'documented',
  }),
});
