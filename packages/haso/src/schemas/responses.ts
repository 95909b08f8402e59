import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import type { HasoPaymentStatus, HasoResultCode } from '../codes.js';
import { decimalOut, kurusTwin } from './common.js';

const text = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v: string | number) => String(v)),
  ),
);
const wholeNumber = /* @__PURE__ */ lazySchema(() => z.pipe(z.coerce.number(), z.int()));
/** A status as HASO sends it: the documented 0–4 autocomplete, and any other status HASO adds still passes. */
const paymentStatus = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    wholeNumber,
    z.transform((n: number): HasoPaymentStatus | (number & {}) => n),
  ),
);

/** One installment of a payment plan (fields named as 5.14 documents them), with kuruş twins of the TL decimals. */
export const paymentPlanItem = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.looseObject({
      /** Installment number (the `selectedInstallment` of 5.3 picks one of the options). */
      InstallmentNo: z.optional(wholeNumber),
      /** Installment amount: a TL decimal as HASO returns it (INFERRED TL, not kuruş); `installmentPaymentKurus` is the integer kuruş. */
      installmentPayment: z.optional(decimalOut),
      /** Due date of the installment, as HASO writes it (typed Date in the docs, its text format not public). */
      termDate: z.optional(z.string()),
      /** KTVÜ plus other enforcement expenses on this installment: a TL decimal; `totalExpenseAmountKurus` is the integer kuruş. */
      totalExpenseAmount: z.nullish(decimalOut),
      /** Payment record code, used by 5.6 / 5.20 "paid" reports. */
      paymentCode: z.optional(text),
      /** Installment status (`HASO_PAYMENT_STATUSES`): 0 unpaid, 1 paid, 2 partially paid, 3 overdue, 4 cancelled; others pass. */
      paymentStatus: z.optional(paymentStatus),
    }),
    z.transform((item) => ({
      ...item,
      /** `installmentPayment` in integer kuruş (undefined when HASO's decimal is not exact to the kuruş). */
      installmentPaymentKurus: kurusTwin(item.installmentPayment),
      /** `totalExpenseAmount` in integer kuruş. */
      totalExpenseAmountKurus: kurusTwin(item.totalExpenseAmount),
    })),
  ),
);

/** `CustomerInfo` model; only `CustomerLimit` is documented ([D] 5.1). */
export const customerInfo = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.looseObject({
      /** HASO customer id: store it and send it as `customerId` at the next checkout. */
      CustomerId: z.optional(text),
      /** The customer's HASO limit: a TL decimal; `CustomerLimitKurus` is the integer kuruş. */
      CustomerLimit: z.optional(decimalOut),
      /** The part of the limit still available: a TL decimal (not in the public docs); `AvailableLimitKurus` is the integer kuruş. */
      AvailableLimit: z.optional(decimalOut),
    }),
    z.transform((c) => ({
      ...c,
      /** `CustomerLimit` in integer kuruş (undefined when not exact to the kuruş). */
      CustomerLimitKurus: kurusTwin(c.CustomerLimit),
      /** `AvailableLimit` in integer kuruş. */
      AvailableLimitKurus: kurusTwin(c.AvailableLimit),
    })),
  ),
);

/** Every `Data` carries an optional result `Message` (e.g. `RS100`). */
const base = /* @__PURE__ */ lazySchema(() => ({
  /** Result code, e.g. `RS100` (success), or a text; the codes of `HASO_RESULT_CODES` autocomplete, any other passes. */
  Message: z.optional(
    z.pipe(
      z.nullable(z.string()),
      z.transform((v: string | null): HasoResultCode | null => v),
    ),
  ),
}));

/** `Data` of the limit methods (5.1, 5.2.x): `KkbRefNo` when a KKB request started, `CustomerInfo` once a limit exists. */
export const limitData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** Reference of the KKB request that was started (send it to 5.2.2 / 5.2.3). */
    KkbRefNo: z.optional(text),
    /** The customer and limit, once a limit exists; absent while the KKB report is not ready. */
    CustomerInfo: z.nullish(customerInfo),
    /** Phone numbers registered at KKB (INFERRED meaning). */
    KkbPhones: z.nullish(z.array(z.string())),
  }),
);

/** `Data` holding a payment plan (5.3, 5.5, 5.14). */
export const planData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** HASO transaction number (INFERRED in the 5.3 answer). */
    transactionCode: z.optional(text),
    /** Your order number. */
    merchantOid: z.optional(text),
    /** HASO customer id. */
    CustomerId: z.optional(text),
    /** The installments, with kuruş twins. */
    PaymentPlan: z.nullish(z.array(paymentPlanItem)),
  }),
);

/** `Data` of the "paid" reports (5.6, 5.20). */
export const paidData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** `Data["paymentfunds"]`: contents not public. */
    paymentfunds: z.optional(z.unknown()),
  }),
);

/** One transaction of 5.9 GetCustomerTransactions: the item fields are not public, so only its plan is modelled. */
export const customerTransaction = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The transaction's current installments, with kuruş twins. */
    PaymentPlan: z.nullish(z.array(paymentPlanItem)),
  }),
);

/** `Data` of 5.9 GetCustomerTransactions. */
export const customerTransactionsData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** The customer's approved transactions, newest first, a page at a time (`pageNo`, `pageSize`). */
    Transactions: z.nullish(z.array(customerTransaction)),
  }),
);

/** `Data` of 5.10 GetCustomerPayments: the item fields are not public; they are read as payment-plan installments. */
export const customerPaymentsData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** The customer's payments, newest first, a page at a time (`pageNo`, `pageSize`). */
    Payments: z.nullish(z.array(paymentPlanItem)),
  }),
);

/** `Data` of 5.21 GetPaymentPlanByDealerSegment: the output is not public; options are read as installments. */
export const installmentOptionsData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** The installment options for the amount and segment; `InstallmentNo` is what 5.3 takes as `selectedInstallment`. */
    Installments: z.nullish(z.array(paymentPlanItem)),
  }),
);

/** `Data` of the refund methods (5.7, 5.8), with the kuruş twin of the refunded amount. */
export const refundData = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.looseObject({
      ...base,
      /** Your `refundId`, echoed. */
      RefundId: z.optional(text),
      /** Refund status: a string, since HASO's values are not public. */
      RefundStatus: z.optional(text),
      /** Refunded amount: a TL decimal (INFERRED); `refundAmountKurus` is the integer kuruş. */
      refundAmount: z.optional(decimalOut),
    }),
    z.transform((r) => ({
      ...r,
      /** `refundAmount` in integer kuruş (undefined when HASO's decimal is not exact to the kuruş). */
      refundAmountKurus: kurusTwin(r.refundAmount),
    })),
  ),
);

/** `Data` of `/Index/GetToken`: the token for the ServletV2 browser flows. */
export const tokenData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** The token to post with a ServletV2 browser flow. */
    Token: z.optional(z.string()),
  }),
);

/** `Data` of 5.15 ChangeCustomerGsmNo ([D]): the result code, and the numbers registered at KKB. */
export const gsmChangeData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
    /** The phone numbers registered at KKB (INFERRED meaning); filled with RS115, which is a refusal. */
    KkbPhones: z.nullish(z.array(z.string())),
  }),
);

/** Any other `Data` (5.12, 5.19, `call()`): an open record with its result message. */
export const genericData = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    ...base,
  }),
);
