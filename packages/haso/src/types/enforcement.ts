import type * as z from 'zod/mini';
import type { sendExecutionTransactionRequest, sendTransactionExpenseRequest } from '../schemas/enforcement.js';

/** What `enforcement.report` (5.12 SendExecutionTransaction) takes: the transaction handed over to legal enforcement. */
export interface EnforcementReportParams extends z.input<typeof sendExecutionTransactionRequest> {}

/** What `enforcement.sendExpense` (5.14) takes: the cumulative KTVÜ and expenses, in integer kuruş. */
export interface EnforcementExpenseParams extends z.input<typeof sendTransactionExpenseRequest> {}
