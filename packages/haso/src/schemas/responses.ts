import * as z from 'zod/mini';
import { decimalOut, kurusTwin } from './common.js';

const text = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v: string | number) => String(v)),
);
const wholeNumber = z.pipe(z.coerce.number(), z.int());

/** One installment of a payment plan (fields named as 5.14 documents them), with kuruş twins of the TL decimals. */
export const paymentPlanItem = z.pipe(
  z.looseObject({
    /** Installment number (the `selectedInstallment` of 5.3 picks one of the options). */
    InstallmentNo: z.optional(wholeNumber),
    /** Installment amount, a TL decimal as HASO returns it (INFERRED TL). */
    installmentPayment: z.optional(decimalOut),
    /** Due date. */
    termDate: z.optional(z.string()),
    /** KTVÜ plus other enforcement expenses on this installment, TL decimal. */
    totalExpenseAmount: z.nullish(decimalOut),
    /** Payment record code, used by 5.6 / 5.20 "paid" reports. */
    paymentCode: z.optional(text),
    /** Installment status: 0 unpaid, 1 paid, 2 partially paid, 3 overdue, 4 cancelled. */
    paymentStatus: z.optional(wholeNumber),
  }),
  z.transform((item) => ({
    ...item,
    /** `installmentPayment` in integer kuruş (undefined when HASO's decimal is not exact to the kuruş). */
    installmentPaymentKurus: kurusTwin(item.installmentPayment),
    /** `totalExpenseAmount` in integer kuruş. */
    totalExpenseAmountKurus: kurusTwin(item.totalExpenseAmount),
  })),
);

/** A payment-plan installment as returned (`InstallmentNo`, `installmentPayment` in TL, `termDate`…), with kuruş twins. */
export type HasoPaymentPlanItem = z.output<typeof paymentPlanItem>;

/** `CustomerInfo` model; only `CustomerLimit` is documented ([D] 5.1). */
export const customerInfo = z.pipe(
  z.looseObject({
    /** HASO customer id: store it and send it as `customerId` at the next checkout. */
    CustomerId: z.optional(text),
    /** The customer's HASO limit, TL decimal. */
    CustomerLimit: z.optional(decimalOut),
    /** The part of the limit still available, TL decimal (not in the public docs). */
    AvailableLimit: z.optional(decimalOut),
  }),
  z.transform((c) => ({
    ...c,
    /** `CustomerLimit` in integer kuruş (undefined when not exact to the kuruş). */
    CustomerLimitKurus: kurusTwin(c.CustomerLimit),
    /** `AvailableLimit` in integer kuruş. */
    AvailableLimitKurus: kurusTwin(c.AvailableLimit),
  })),
);

/** Every `Data` carries an optional result `Message` (e.g. `RS100`). */
const base = {
  /** Result code, e.g. `RS100` (success); see `HASO_RESULT_CODES`. */
  Message: z.nullish(z.string()),
};

/** `Data` of the limit methods (5.1, 5.2.x): `KkbRefNo` when a KKB request started, `CustomerInfo` once a limit exists. */
export const limitData = z.looseObject({
  ...base,
  /** Reference of the KKB request that was started (send it to 5.2.2 / 5.2.3). */
  KkbRefNo: z.optional(text),
  /** The customer and limit, once a limit exists; absent while the KKB report is not ready. */
  CustomerInfo: z.nullish(customerInfo),
  /** Phone numbers registered at KKB (INFERRED meaning). */
  KkbPhones: z.nullish(z.array(z.string())),
});

/** `Data` holding a payment plan (5.3, 5.5, 5.14). */
export const planData = z.looseObject({
  ...base,
  /** HASO transaction number (INFERRED in the 5.3 answer). */
  transactionCode: z.optional(text),
  /** Your order number. */
  merchantOid: z.optional(text),
  /** HASO customer id. */
  CustomerId: z.optional(text),
  /** The installments, with kuruş twins. */
  PaymentPlan: z.nullish(z.array(paymentPlanItem)),
});

/** `Data` of the "paid" reports (5.6, 5.20). */
export const paidData = z.looseObject({
  ...base,
  /** `Data["paymentfunds"]`: contents not public. */
  paymentfunds: z.optional(z.unknown()),
});

/** `Data` of the list methods (5.9, 5.10, 5.21): the item fields are not public, so items stay open records. */
export const listData = z.looseObject({
  ...base,
  /** 5.9: the customer's transactions, newest first, each with its current plan. */
  Transactions: z.nullish(
    z.array(
      z.looseObject({
        /** The transaction's current installments. */
        PaymentPlan: z.nullish(z.array(paymentPlanItem)),
      }),
    ),
  ),
  /** 5.10: the customer's payments. */
  Payments: z.nullish(z.array(paymentPlanItem)),
  /** 5.21: the installment options. */
  Installments: z.nullish(z.array(paymentPlanItem)),
});

/** `Data` of the refund methods (5.7, 5.8). */
export const refundData = z.looseObject({
  ...base,
  /** Your `refundId`, echoed. */
  RefundId: z.optional(text),
  /** Refund status (values not public). */
  RefundStatus: z.optional(text),
  /** Refunded amount, TL decimal. */
  refundAmount: z.optional(decimalOut),
});

/** `Data` of `/Index/GetToken`: the token for the ServletV2 browser flows. */
export const tokenData = z.looseObject({
  ...base,
  /** The token to post with a ServletV2 browser flow. */
  Token: z.optional(z.string()),
});

/** Any other `Data`: an open record with its result message. */
export const genericData = z.looseObject({
  ...base,
  /** RS115: the phone numbers registered at KKB. */
  KkbPhones: z.nullish(z.array(z.string())),
});
