import { defineOperation, lazySchema, type ReferenceRule, randomUuid } from '@odeme/core';
import * as z from 'zod/mini';
import {
  campaignInquiryRequest,
  directPaymentRequest,
  doneResponse,
  end3dRequest,
  insuranceDirectPaymentRequest,
  paymentStartResponse,
  provisionCancelRequest,
  provisionCaptureRequest,
  splitPaymentRequest,
  splitPaymentResponse,
  threeDPaymentRequest,
  versionResponse,
} from '../schemas/payment.js';
import type { PayWallMeta } from './meta.js';

/* @__NO_SIDE_EFFECTS__ */
function pay(no: number, startsPayment = false): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'payment', ...(startsPayment ? { startsPayment } : {}) };
}

/**
 * A new payment's reference: its `MerchantUniqueCode`, which the merchant chooses (§2.1); a random UUID when the
 * caller leaves it out (ASCII, 36 characters: within the 250 allowed and sendable as the query's header).
 */
const newPayment = {
  /** The payment's `MerchantUniqueCode`, inside `PaymentDetail` where PayWall reads it (a generated one is written there too). */
  field: 'PaymentDetail.MerchantUniqueCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
} as const satisfies ReferenceRule;
/** The reference of a call on an existing payment: the `MerchantUniqueCode` it names (required by its schema). */
const existingPayment = {
  /** The `MerchantUniqueCode` of the payment the call acts on. */
  field: 'MerchantUniqueCode',
} as const satisfies ReferenceRule;

/** #1 `GET payment/version`: PayWall's service version, returned as sent (three PayWall clients read it as text). */
export const paymentsVersion = /* @__PURE__ */ defineOperation({
  id: 'payments.version',
  method: 'GET',
  path: '/payment/version',
  request: /* @__PURE__ */ lazySchema(() => z.strictObject({})),
  response: versionResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ pay(1),
});

/**
 * #2 `POST payment/startdirect`: a non-3D card payment in TL, answered synchronously; sent once, never retried.
 * @example
 * ```ts
 * import { createPayWallTransport, paymentsStartDirect } from '@odeme/paywall';
 *
 * const paywall = createPayWallTransport({ apiKeyPublic: 'pk', apiClientPublic: 'pc', environment: 'test' });
 * const { Payment } = await paywall.call(paymentsStartDirect, {
 *   PaymentDetail: { Amount: '150.00', MerchantUniqueCode: 'order-1001', CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7' },
 *   Card: { OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
 *   Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
 *   Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: '150.00' }],
 * });
 * console.log(Payment?.PaymentId, Payment?.UniqueCode);
 * ```
 */
export const paymentsStartDirect = /* @__PURE__ */ defineOperation({
  id: 'payments.startDirect',
  method: 'POST',
  path: '/payment/startdirect',
  request: directPaymentRequest,
  response: paymentStartResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ pay(2, true),
});

/** #3 `POST payment/startdirect/insurance`: a non-3D payment with an insurance-sector card (BIN, last four, identity). */
export const paymentsStartDirectInsurance = /* @__PURE__ */ defineOperation({
  id: 'payments.startDirectInsurance',
  method: 'POST',
  path: '/payment/startdirect/insurance',
  request: insuranceDirectPaymentRequest,
  response: paymentStartResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ pay(3, true),
});

/** #4 `POST payment/start3d`: starts a 3D payment; open `RedirectUrl`, the result is posted to your return URL. */
export const paymentsStart3d = /* @__PURE__ */ defineOperation({
  id: 'payments.start3d',
  method: 'POST',
  path: '/payment/start3d',
  request: threeDPaymentRequest,
  response: paymentStartResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ pay(4, true),
});

/** #5 `POST payment/start3dmodel`: starts a "3D model" payment (same input as `start3d`; completion not documented). */
export const paymentsStart3dModel = /* @__PURE__ */ defineOperation({
  id: 'payments.start3dModel',
  method: 'POST',
  path: '/payment/start3dmodel',
  request: threeDPaymentRequest,
  response: paymentStartResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ pay(5, true),
});

/**
 * #6 `POST payment/end3d`: completes a 3D payment started with `Half3D` (link inferred from the docs). PayWall's
 * Android SDK calls it after every 3D payment, so PayWall answers it for an ordinary (completed) 3D payment too.
 */
export const paymentsEnd3d = /* @__PURE__ */ defineOperation({
  id: 'payments.end3d',
  method: 'POST',
  path: '/payment/end3d',
  request: end3dRequest,
  response: doneResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ pay(6),
});

/** #7 `POST payment/provision`: captures a pre-auth, in full or `ProvisionAmount` TL of it. */
export const paymentsCaptureProvision = /* @__PURE__ */ defineOperation({
  id: 'payments.captureProvision',
  method: 'POST',
  path: '/payment/provision',
  request: provisionCaptureRequest,
  response: doneResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ pay(7),
});

/** #8 `POST payment/provision/cancel`: releases a pre-auth. */
export const paymentsCancelProvision = /* @__PURE__ */ defineOperation({
  id: 'payments.cancelProvision',
  method: 'POST',
  path: '/payment/provision/cancel',
  request: provisionCancelRequest,
  response: doneResponse,
  movesMoney: true,
  reference: existingPayment,
  meta: /* @__PURE__ */ pay(8),
});

/** #13 `POST payment/start/split`: one basket paid with several cards; the answer is not documented (untyped). */
export const paymentsStartSplit = /* @__PURE__ */ defineOperation({
  id: 'payments.startSplit',
  method: 'POST',
  path: '/payment/start/split',
  request: splitPaymentRequest,
  response: splitPaymentResponse,
  movesMoney: true,
  reference: newPayment,
  meta: /* @__PURE__ */ pay(13, true),
});

/** #14 `POST campaign/vpos/inquiry`: VPos campaign inquiry; body and answer not documented (any object in, untyped out). */
export const campaignsVposInquiry = /* @__PURE__ */ defineOperation({
  id: 'campaigns.vposInquiry',
  method: 'POST',
  path: '/campaign/vpos/inquiry',
  request: campaignInquiryRequest,
  response: /* @__PURE__ */ lazySchema(() => z.unknown()),
  // An inquiry, not a payment (it has no reference to look anything up by); an undocumented write all the same, so sent once.
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ pay(14),
});

/** Card payments on PaymentAPI (§4.1, #1–#8, #13), by the client's method names (`PaymentsMethods`). */
export const paymentOperations = {
  version: paymentsVersion,
  startDirect: paymentsStartDirect,
  startDirectInsurance: paymentsStartDirectInsurance,
  start3d: paymentsStart3d,
  start3dModel: paymentsStart3dModel,
  end3d: paymentsEnd3d,
  captureProvision: paymentsCaptureProvision,
  cancelProvision: paymentsCancelProvision,
  startSplit: paymentsStartSplit,
};

/** VPos campaign inquiry (#14), by the client's method name (`CampaignsMethods`). */
export const campaignOperations = {
  vposInquiry: campaignsVposInquiry,
};
