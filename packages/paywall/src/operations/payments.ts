import { defineOperation } from '@odeme/core';
import * as z from 'zod';
import {
  campaignInquiryRequest,
  directPaymentRequest,
  emptyResponse,
  end3dRequest,
  insuranceDirectPaymentRequest,
  paymentStartResponse,
  provisionCancelRequest,
  provisionCaptureRequest,
  splitPaymentRequest,
  threeDPaymentRequest,
  versionResponse,
} from '../schemas/payment.js';
import type { PayWallMeta } from './meta.js';

const pay = (no: number): PayWallMeta => ({ no, host: 'payment', auth: 'public', errorTable: 'payment' });

/** Card payments on PaymentAPI (§4.1, #1–#8, #13, #14). */
export const paymentOperations = {
  version: defineOperation({
    id: 'payments.version',
    method: 'GET',
    path: '/payment/version',
    request: z.strictObject({}),
    response: versionResponse,
    movesMoney: false,
    meta: pay(1),
  }),
  startDirect: defineOperation({
    id: 'payments.startDirect',
    method: 'POST',
    path: '/payment/startdirect',
    request: directPaymentRequest,
    response: paymentStartResponse,
    movesMoney: true,
    meta: pay(2),
  }),
  startDirectInsurance: defineOperation({
    id: 'payments.startDirectInsurance',
    method: 'POST',
    path: '/payment/startdirect/insurance',
    request: insuranceDirectPaymentRequest,
    response: paymentStartResponse,
    movesMoney: true,
    meta: pay(3),
  }),
  start3d: defineOperation({
    id: 'payments.start3d',
    method: 'POST',
    path: '/payment/start3d',
    request: threeDPaymentRequest,
    response: paymentStartResponse,
    movesMoney: true,
    meta: pay(4),
  }),
  start3dModel: defineOperation({
    id: 'payments.start3dModel',
    method: 'POST',
    path: '/payment/start3dmodel',
    request: threeDPaymentRequest,
    response: paymentStartResponse,
    movesMoney: true,
    meta: pay(5),
  }),
  end3d: defineOperation({
    id: 'payments.end3d',
    method: 'POST',
    path: '/payment/end3d',
    request: end3dRequest,
    response: emptyResponse,
    movesMoney: true,
    meta: pay(6),
  }),
  captureProvision: defineOperation({
    id: 'payments.captureProvision',
    method: 'POST',
    path: '/payment/provision',
    request: provisionCaptureRequest,
    response: emptyResponse,
    movesMoney: true,
    meta: pay(7),
  }),
  cancelProvision: defineOperation({
    id: 'payments.cancelProvision',
    method: 'POST',
    path: '/payment/provision/cancel',
    request: provisionCancelRequest,
    response: emptyResponse,
    movesMoney: true,
    meta: pay(8),
  }),
  startSplit: defineOperation({
    id: 'payments.startSplit',
    method: 'POST',
    path: '/payment/start/split',
    request: splitPaymentRequest,
    response: z.unknown(),
    movesMoney: true,
    meta: pay(13),
  }),
  campaignInquiry: defineOperation({
    id: 'campaigns.vposInquiry',
    method: 'POST',
    path: '/campaign/vpos/inquiry',
    request: campaignInquiryRequest,
    response: z.unknown(),
    // Not documented; sent once like every write.
    movesMoney: true,
    meta: pay(14),
  }),
};
