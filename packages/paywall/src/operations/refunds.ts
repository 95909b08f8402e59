import { defineOperation, type ReferenceRule } from '@odeme/core';
import { cancelByPaymentIdRequest, cancelByUniqueCodeRequest, cancelRequest, revertByPaymentIdRequest, revertRequest } from '../schemas/cancel.js';
import { doneResponse } from '../schemas/payment.js';
import { partialRefundByPaymentIdRequest, partialRefundByUniqueCodeRequest, partialRefundRequest, refundRequest } from '../schemas/refund.js';
import type { PayWallMeta } from './meta.js';

// The reference of a refund, cancel or revert is the payment it names, by the key the row sends (required by each
// schema): look the payment up by it (`queries.byMerchantUniqueCode`, `.byUniqueCode`, `.byPaymentId`) when the
// outcome is unknown. None is generated: these calls name a payment, they do not create one.
const byCode = {
  /** Your `MerchantUniqueCode` of the payment. */
  field: 'MerchantUniqueCode',
} as const satisfies ReferenceRule;
const byUniqueCode = {
  /** PayWall's `UniqueCode` of the payment. */
  field: 'UniqueCode',
} as const satisfies ReferenceRule;
const byPaymentId = {
  /** PayWall's `PaymentId` of the payment (the reference is its text). */
  field: 'PaymentId',
} as const satisfies ReferenceRule;

/* @__NO_SIDE_EFFECTS__ */
function post<R extends Parameters<typeof defineOperation>[0]['request'], Ref extends ReferenceRule>(
  id: string,
  path: string,
  request: R,
  no: number,
  reference: Ref,
) {
  const meta: PayWallMeta = { no, host: 'private', auth: 'private', errorTable: 'common' };
  return defineOperation({ id, method: 'POST', path, request, response: doneResponse, movesMoney: true, reference, meta });
}

/** #15 `POST private/refund`: refunds a payment in full, by your `MerchantUniqueCode`. */
export const refundsCreate = post('refunds.create', '/private/refund', refundRequest, 15, byCode);
/** #16 `POST private/refund/partial`: refunds `Amount` TL of a payment, by your `MerchantUniqueCode`. */
export const refundsPartial = post('refunds.partial', '/private/refund/partial', partialRefundRequest, 16, byCode);
/** #17 `POST private/refund/partial/by/paymentid`: refunds `Amount` TL of a payment by PayWall's `PaymentId`, with marketplace earnings. */
export const refundsPartialByPaymentId = post(
  'refunds.partialByPaymentId',
  '/private/refund/partial/by/paymentid',
  partialRefundByPaymentIdRequest,
  17,
  byPaymentId,
);
/** #18 `POST private/refund/partial/by/uniquecode`: refunds `Amount` TL of a payment by PayWall's `UniqueCode`. */
export const refundsPartialByUniqueCode = post(
  'refunds.partialByUniqueCode',
  '/private/refund/partial/by/uniquecode',
  partialRefundByUniqueCodeRequest,
  18,
  byUniqueCode,
);
/** #19 `POST private/cancel`: voids a payment on the day it was made, by your `MerchantUniqueCode`. */
export const cancelsCreate = post('cancels.create', '/private/cancel', cancelRequest, 19, byCode);
/** #20 `POST private/cancel/by/uniqueCode` (the docs spell it with a capital C): voids a same-day payment by PayWall's `UniqueCode`. */
export const cancelsByUniqueCode = post('cancels.byUniqueCode', '/private/cancel/by/uniqueCode', cancelByUniqueCodeRequest, 20, byUniqueCode);
/** #21 `POST private/cancel/by/paymentid`: voids a same-day payment by PayWall's `PaymentId`. */
export const cancelsByPaymentId = post('cancels.byPaymentId', '/private/cancel/by/paymentid', cancelByPaymentIdRequest, 21, byPaymentId);
/** #22 `POST private/revert`: cancels on the payment's day, refunds later; an `Amount` below the total refunds part of it. */
export const revertsCreate = post('reverts.create', '/private/revert', revertRequest, 22, byCode);
/** #23 `POST private/revert/by/paymentid`: cancel-or-refund by PayWall's `PaymentId`. */
export const revertsByPaymentId = post('reverts.byPaymentId', '/private/revert/by/paymentid', revertByPaymentIdRequest, 23, byPaymentId);

/** Refunds on PaymentPrivateAPI (§4.2, #15–#18), by the client's method names (`RefundsMethods`). */
export const refundOperations = {
  create: refundsCreate,
  partial: refundsPartial,
  partialByPaymentId: refundsPartialByPaymentId,
  partialByUniqueCode: refundsPartialByUniqueCode,
};

/** Same-day cancels (#19–#21), by the client's method names (`CancelsMethods`). */
export const cancelOperations = {
  create: cancelsCreate,
  byUniqueCode: cancelsByUniqueCode,
  byPaymentId: cancelsByPaymentId,
};

/** Cancel-or-refund (#22, #23), by the client's method names (`RevertsMethods`). */
export const revertOperations = {
  create: revertsCreate,
  byPaymentId: revertsByPaymentId,
};
