import * as z from 'zod';
import { extraFields, ipAddress, merchantOid, x100String } from './common.js';

/** 5.12 SendExecutionTransaction: parameters not public; `merchantOid` + `transactionCode` INFERRED. */
export const sendExecutionTransactionRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  merchantOid,
  transactionCode: z.string().min(1),
  extra: extraFields,
});

/**
 * 5.14 SendTransactionExpense: KTVÜ and the other enforcement expenses, each in kurus. Send the cumulative
 * total every time: it replaces the previous total on the last installment.
 */
export const sendTransactionExpenseRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  transactionCode: z.string().min(1),
  merchantOid,
  counterPartyAttorneyFee: x100String(),
  expenseAmount: x100String(),
  extra: extraFields,
});
