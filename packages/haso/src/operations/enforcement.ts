import { sendExecutionTransactionRequest, sendTransactionExpenseRequest } from '../schemas/enforcement.js';
import { genericData, planData } from '../schemas/responses.js';
import { hasoOperation } from './meta.js';

/** Enforcement (icra) rows (5.12, 5.14). */
export const enforcementOperations = {
  sendExecutionTransaction: hasoOperation('enforcement.report', 'sendExecutionTransaction', sendExecutionTransactionRequest, genericData, {
    movesMoney: true,
  }),
  sendTransactionExpense: hasoOperation('enforcement.sendExpense', 'sendTransactionExpense', sendTransactionExpenseRequest, planData, { movesMoney: true }),
};
