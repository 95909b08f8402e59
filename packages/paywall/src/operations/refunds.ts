import { defineOperation } from '@odeme/core';
import { cancelByPaymentIdRequest, cancelByUniqueCodeRequest, cancelRequest, revertByPaymentIdRequest, revertRequest } from '../schemas/cancel.js';
import { emptyResponse } from '../schemas/payment.js';
import { partialRefundByPaymentIdRequest, partialRefundByUniqueCodeRequest, partialRefundRequest, refundRequest } from '../schemas/refund.js';
import type { PayWallMeta } from './meta.js';

const priv = (no: number): PayWallMeta => ({ no, host: 'private', auth: 'private', errorTable: 'common' });
const post = <R extends Parameters<typeof defineOperation>[0]['request']>(id: string, path: string, request: R, no: number) =>
  defineOperation({ id, method: 'POST', path, request, response: emptyResponse, movesMoney: true, meta: priv(no) });

/** Refunds, cancels and reverts on PaymentPrivateAPI (§4.2, #15–#23): sent once, never retried. */
export const refundOperations = {
  refund: post('refunds.create', '/private/refund', refundRequest, 15),
  partialRefund: post('refunds.partial', '/private/refund/partial', partialRefundRequest, 16),
  partialRefundByPaymentId: post('refunds.partialByPaymentId', '/private/refund/partial/by/paymentid', partialRefundByPaymentIdRequest, 17),
  partialRefundByUniqueCode: post('refunds.partialByUniqueCode', '/private/refund/partial/by/uniquecode', partialRefundByUniqueCodeRequest, 18),
  cancel: post('cancels.create', '/private/cancel', cancelRequest, 19),
  // The docs spell this path with a capital C.
  cancelByUniqueCode: post('cancels.byUniqueCode', '/private/cancel/by/uniqueCode', cancelByUniqueCodeRequest, 20),
  cancelByPaymentId: post('cancels.byPaymentId', '/private/cancel/by/paymentid', cancelByPaymentIdRequest, 21),
  revert: post('reverts.create', '/private/revert', revertRequest, 22),
  revertByPaymentId: post('reverts.byPaymentId', '/private/revert/by/paymentid', revertByPaymentIdRequest, 23),
};
