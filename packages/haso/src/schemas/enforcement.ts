import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { extraFields, ipAddress, merchantOid, x100String } from './common.js';

/** 5.12 SendExecutionTransaction: parameters not public; `merchantOid` + `transactionCode` INFERRED. */
export const sendExecutionTransactionRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** Your order number (String(20)), INFERRED. */
    merchantOid,
    /** HASO transaction code of the transaction sent to enforcement, INFERRED. */
    transactionCode: z.string().check(z.minLength(1)),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/**
 * 5.14 SendTransactionExpense: KTVÜ and the other enforcement expenses, each in kurus. Send the cumulative
 * total every time: it replaces the previous total on the last installment.
 */
export const sendTransactionExpenseRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** HASO transaction code (from the payment plan). */
    transactionCode: z.string().check(z.minLength(1)),
    /** Your order number (String(20)). */
    merchantOid,
    /** KTVÜ (counter-party attorney fee) in integer kuruş, sent ×100 as a digit string. */
    counterPartyAttorneyFee: x100String(),
    /** Total enforcement expense in integer kuruş, sent ×100 as a digit string. */
    expenseAmount: x100String(),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
