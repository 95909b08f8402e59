import { defineOperation } from '@odeme/core';
import { BipResultCode } from '../constants.js';
import { resultEnvelope } from '../schemas/common.js';
import { commitRequest } from '../schemas/commit.js';
import { startPaymentRequest } from '../schemas/payment.js';

/** What the BiP runtime needs to know about an operation row. */
export interface BipOperationMeta {
  /** The `resultCode` that means success for this service (anything else is a `ProviderError`). */
  successCode: number;
}

/** The two documented BiP Payment Service operations. Both move money, so neither is ever retried. */
export const bipOperations = {
  /** Starts a payment; the normal answer is 1103 CONSENT_REQUESTED while the user decides in BiP. */
  startPayment: defineOperation({
    id: 'payments.start',
    method: 'POST',
    path: '/paymentService',
    request: startPaymentRequest,
    response: resultEnvelope,
    movesMoney: true,
    meta: { successCode: BipResultCode.CONSENT_REQUESTED } satisfies BipOperationMeta,
  }),
  /** Finalises a channel 10 reservation with the listener's commit token; the answer is 0 SUCCESS. */
  commit: defineOperation({
    id: 'payments.commit',
    method: 'POST',
    path: '/commitService',
    request: commitRequest,
    response: resultEnvelope,
    movesMoney: true,
    meta: { successCode: BipResultCode.SUCCESS } satisfies BipOperationMeta,
  }),
};
