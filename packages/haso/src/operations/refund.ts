import { refundTransactionRequest, checkRefundRequest } from '../schemas/refund.js';
import { refundData } from '../schemas/responses.js';
import { hasoOperation } from './meta.js';

/** Refund rows (5.7, 5.8). A refund is safe to resend by hand with the same `refundId` (H307 on a repeat). */
export const refundOperations = {
  refundTransaction: hasoOperation('refunds.create', 'refundTransaction', refundTransactionRequest, refundData, { movesMoney: true }),
  checkRefund: hasoOperation('refunds.check', 'checkRefund', checkRefundRequest, refundData, { movesMoney: false }),
};
