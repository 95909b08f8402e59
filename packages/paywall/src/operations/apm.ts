import { defineOperation, type ReferenceRule, randomUuid } from '@odeme/core';
import {
  apmConfirmOtpRequest,
  apmListRequest,
  apmListResponse,
  apmPartialRefundRequest,
  apmPayByIdRequest,
  apmPayByKeyRequest,
  apmPayRequest,
  apmPayResponse,
  apmProvisionCancelRequest,
  apmProvisionCloseRequest,
  apmProvisionResponse,
  apmQrGenerateRequest,
  apmQrResponse,
  apmQueryRequest,
  apmQueryResponse,
  apmRedirectResponse,
  apmRefundRequest,
  apmTransactionResponse,
} from '../schemas/apm.js';
import type { PayWallMeta } from './meta.js';

// APM lives on PaymentAPI (the .NET SDK sends all four keys there); its codes are the common numbering (§3.2 b:
// 281–296 APM, 359, 360, 373).
/* @__NO_SIDE_EFFECTS__ */
function apm(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'common', ...(headers ? { headers } : {}) };
}

/**
 * A new APM payment's reference: its `MerchantUniqueCode`, which the merchant chooses; a random UUID when the caller
 * leaves it out. `apm.query` finds the payment by it.
 */
const newPayment = {
  /** The payment's `MerchantUniqueCode`. */
  field: 'MerchantUniqueCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
  /** How to resolve an unknown outcome. */
  lookup: 'look it up with apm.query({ MerchantUniqueCode: reference }) before sending it again',
} as const satisfies ReferenceRule;

/** A step on an existing APM payment names it by PayWall's `UniqueCode` (required by each schema); none is generated. */
const existingPayment = {
  /** PayWall's `UniqueCode` of the APM payment. */
  field: 'UniqueCode',
} as const satisfies ReferenceRule;

/** #115 `GET apm/list`: the APM providers you are connected to, with what each supports. */
export const apmList = /* @__PURE__ */ defineOperation({
  id: 'apm.list',
  method: 'GET',
  path: '/apm/list',
  request: apmListRequest,
  response: apmListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ apm(115, {
    CurrencyId: 'currencyid',
    ExternalId: 'externalid',
    FocusedFeature: 'focusedfeature',
    DistinctDuplicates: 'distinctduplicates',
  }),
});

/** #116 `POST apm/pay`: charges the payer through a provider; may wait for an OTP confirm. */
export const apmPay = /* @__PURE__ */ defineOperation({
  id: 'apm.pay',
  method: 'POST',
  path: '/apm/pay',
  request: apmPayRequest,
  response: apmPayResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ apm(116),
});

/** #117 `POST apm/pay/confirm/otp`: completes an OTP-based APM payment with the payer's code. */
export const apmConfirmOtp = /* @__PURE__ */ defineOperation({
  id: 'apm.confirmOtp',
  method: 'POST',
  path: '/apm/pay/confirm/otp',
  request: apmConfirmOtpRequest,
  response: apmTransactionResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ apm(117),
});

/** #118 `POST apm/pay/qr/generate`: a payment the payer makes by scanning the QR code in the answer. */
export const apmQrGenerate = /* @__PURE__ */ defineOperation({
  id: 'apm.qrGenerate',
  method: 'POST',
  path: '/apm/pay/qr/generate',
  request: apmQrGenerateRequest,
  response: apmQrResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ apm(118),
});

/** #119 `POST apm/pay/byid`: a payment on the provider's page, provider chosen by id; answers a `RedirectUrl`. */
export const apmPayById = /* @__PURE__ */ defineOperation({
  id: 'apm.payById',
  method: 'POST',
  path: '/apm/pay/byid',
  request: apmPayByIdRequest,
  response: apmRedirectResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ apm(119),
});

/** #120 `POST apm/pay/bykey`: as #119, provider chosen by key. */
export const apmPayByKey = /* @__PURE__ */ defineOperation({
  id: 'apm.payByKey',
  method: 'POST',
  path: '/apm/pay/bykey',
  request: apmPayByKeyRequest,
  response: apmRedirectResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ apm(120),
});

/** #121 `GET apm/query`: an APM payment's state by your `MerchantUniqueCode`; a read, retried. */
export const apmQuery = /* @__PURE__ */ defineOperation({
  id: 'apm.query',
  method: 'GET',
  path: '/apm/query',
  request: apmQueryRequest,
  response: apmQueryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ apm(121, { MerchantUniqueCode: 'merchantuniquecode' }),
});

/** #122 `POST apm/refund`: refunds an APM payment in full. */
export const apmRefund = /* @__PURE__ */ defineOperation({
  id: 'apm.refund',
  method: 'POST',
  path: '/apm/refund',
  request: apmRefundRequest,
  response: apmTransactionResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ apm(122),
});

/** #123 `POST apm/refund/partial`: refunds `Amount` of an APM payment. */
export const apmRefundPartial = /* @__PURE__ */ defineOperation({
  id: 'apm.refundPartial',
  method: 'POST',
  path: '/apm/refund/partial',
  request: apmPartialRefundRequest,
  response: apmTransactionResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ apm(123),
});

/** #124 `POST apm/provision/close` (docs only): captures `Amount` of an APM pre-authorisation. */
export const apmCloseProvision = /* @__PURE__ */ defineOperation({
  id: 'apm.closeProvision',
  method: 'POST',
  path: '/apm/provision/close',
  request: apmProvisionCloseRequest,
  response: apmProvisionResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ apm(124),
});

/** #125 `POST apm/provision/cancel` (docs only): releases an APM pre-authorisation. */
export const apmCancelProvision = /* @__PURE__ */ defineOperation({
  id: 'apm.cancelProvision',
  method: 'POST',
  path: '/apm/provision/cancel',
  request: apmProvisionCancelRequest,
  response: apmProvisionResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ apm(125),
});

/** APM on PaymentAPI (§4.10, #115–#125), by the client's method names (`ApmMethods`). */
export const apmOperations = {
  list: apmList,
  pay: apmPay,
  confirmOtp: apmConfirmOtp,
  qrGenerate: apmQrGenerate,
  payById: apmPayById,
  payByKey: apmPayByKey,
  query: apmQuery,
  refund: apmRefund,
  refundPartial: apmRefundPartial,
  closeProvision: apmCloseProvision,
  cancelProvision: apmCancelProvision,
};
