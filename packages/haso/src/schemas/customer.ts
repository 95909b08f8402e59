import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { HASO_PAYMENT_STATUSES } from '../codes.js';
import { customerId, dotNetInt, extraFields, hasoDay, ipAddress, mobileNumber, revisedFeeRate, x100Int, x100String } from './common.js';

const page = /* @__PURE__ */ lazySchema(() => ({
  /** Page number, from 1 (HASO's default 1). */
  pageNo: z.optional(dotNetInt(1)),
  /** Page size (HASO's default 50). */
  pageSize: z.optional(dotNetInt(1)),
}));
const { unpaid, paid, partiallyPaid, overdue, cancelled } = HASO_PAYMENT_STATUSES;
/** One of the five statuses 5.10 documents: anything else is refused before sending. */
const paymentStatus = /* @__PURE__ */ lazySchema(() => z.literal([unpaid, paid, partiallyPaid, overdue, cancelled], 'payment status must be 0–4'));

/** 5.1 GetCustomerInformation ([R] fields; `orderAmount` in kuruş). */
export const getCustomerInformationRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** Customer id from an earlier application; absent for a new customer. */
    customerId: z.optional(customerId),
    /** Order amount in integer kuruş, sent ×100 as a digit string. */
    orderAmount: x100String({ positive: true }),
    /** `true`: no extra fees are computed. */
    notCalculateFees: z.optional(z.boolean()),
    /** `true`: no forced first-installment down payment for risky customers. */
    forceRiskFreeEvaluate: z.optional(z.boolean()),
    /** `true`: compute deferred installments. */
    postponeSelected: z.optional(z.boolean()),
    /** Fee adjustment: integer percent of the original fee (0 or absent = unchanged; see spec §2.6). */
    RevisedFeeRate: z.optional(revisedFeeRate),
    /** Your own tracking of the customer's current limit in integer kuruş (×100 int); > 0 changes HASO's limit check. */
    availableLimit: z.optional(x100Int()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.9 GetCustomerTransactions. */
export const getCustomerTransactionsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** HASO customer id (String(10)). */
    customerId,
    /** Restrict the answer to these transaction codes. */
    transactionCodes: z.optional(z.array(z.string().check(z.minLength(1)))),
    ...page,
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.10 GetCustomerPayments; `paymentStatuses` from {@link HASO_PAYMENT_STATUSES}. */
export const getCustomerPaymentsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** HASO customer id (String(10)). */
    customerId,
    /** Filter by payment status: 0 unpaid, 1 paid, 2 partially paid, 3 overdue, 4 cancelled. */
    paymentStatuses: z.optional(z.array(paymentStatus)),
    ...page,
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.15 ChangeCustomerGsmNo, with the [D] edition's PascalCase names. */
export const changeCustomerGsmNoRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** HASO customer id (e.g. `5004`). */
    CustomerId: customerId,
    /** New mobile number in any common writing, sent as 10 digits without 0 or +90 (`5536625050`). */
    NewGsmNo: mobileNumber,
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.19 LoadCustomerBalance; `balanceAmount` in kuruş. */
export const loadCustomerBalanceRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** HASO customer id (String(10)). */
    customerId,
    /** Amount to load in integer kuruş, sent ×100 as a digit string. */
    balanceAmount: x100String({ positive: true }),
    /** When the customer paid: a `Date` or `yyyy-MM-dd`. */
    paymentDate: hasoDay,
    /** Your payment channel's reference. */
    paymentReferenceCode: z.optional(z.string()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
