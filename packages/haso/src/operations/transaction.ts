import { listData, planData, tokenData } from '../schemas/responses.js';
import { createTransactionRequest, getPaymentPlanByDealerSegmentRequest, getPaymentsOfTransactionRequest, getTokenRequest } from '../schemas/transaction.js';
import { hasoOperation } from './meta.js';

/** Transaction rows (5.3, 5.5, 5.21) and the [D] token for browser flows. */
export const transactionOperations = {
  createTransaction: hasoOperation('transactions.create', 'createTransaction', createTransactionRequest, planData, { movesMoney: true }),
  getPaymentsOfTransaction: hasoOperation('transactions.paymentPlan', 'getPaymentsOfTransaction', getPaymentsOfTransactionRequest, planData, {
    movesMoney: false,
  }),
  getPaymentPlanByDealerSegment: hasoOperation(
    'transactions.planByDealerSegment',
    'getPaymentPlanByDealerSegment',
    getPaymentPlanByDealerSegmentRequest,
    listData,
    { movesMoney: false },
  ),
  getToken: hasoOperation('tokens.get', 'getToken', getTokenRequest, tokenData, { movesMoney: false }),
};
