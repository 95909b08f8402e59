import * as z from 'zod';
import { decimalOut, kurusTwin } from './common.js';

const text = z.union([z.string(), z.number()]).transform(String);

/** One installment of a payment plan (fields named as 5.14 documents them), with kuruş twins of the TL decimals. */
export const paymentPlanItem = z
  .looseObject({
    InstallmentNo: z.coerce.number().int().optional(),
    installmentPayment: decimalOut.optional(),
    termDate: z.string().optional(),
    totalExpenseAmount: decimalOut.nullish(),
    paymentCode: text.optional(),
    paymentStatus: z.coerce.number().int().optional(),
  })
  .transform((item) => ({
    ...item,
    /** `installmentPayment` in integer kuruş (undefined when HASO's decimal is not exact to the kuruş). */
    installmentPaymentKurus: kurusTwin(item.installmentPayment),
    /** `totalExpenseAmount` in integer kuruş. */
    totalExpenseAmountKurus: kurusTwin(item.totalExpenseAmount),
  }));

/** A payment-plan installment as returned, with kuruş twins. */
export type HasoPaymentPlanItem = z.output<typeof paymentPlanItem>;

/** `CustomerInfo` model; only `CustomerLimit` is documented ([D] 5.1). */
export const customerInfo = z
  .looseObject({
    CustomerId: text.optional(),
    CustomerLimit: decimalOut.optional(),
    AvailableLimit: decimalOut.optional(),
  })
  .transform((c) => ({ ...c, CustomerLimitKurus: kurusTwin(c.CustomerLimit), AvailableLimitKurus: kurusTwin(c.AvailableLimit) }));

/** Every `Data` carries an optional result `Message` (e.g. `RS100`). */
const base = { Message: z.string().nullish() };

/** `Data` of the limit methods (5.1, 5.2.x): `KkbRefNo` when a KKB request started, `CustomerInfo` once a limit exists. */
export const limitData = z.looseObject({
  ...base,
  KkbRefNo: text.optional(),
  CustomerInfo: customerInfo.nullish(),
  KkbPhones: z.array(z.string()).nullish(),
});

/** `Data` holding a payment plan (5.3, 5.5, 5.14). */
export const planData = z.looseObject({
  ...base,
  transactionCode: text.optional(),
  merchantOid: text.optional(),
  CustomerId: text.optional(),
  PaymentPlan: z.array(paymentPlanItem).nullish(),
});

/** `Data` of the "paid" reports (5.6, 5.20). */
export const paidData = z.looseObject({ ...base, paymentfunds: z.unknown().optional() });

/** `Data` of the list methods (5.9, 5.10, 5.21): the item fields are not public, so items stay open records. */
export const listData = z.looseObject({
  ...base,
  Transactions: z.array(z.looseObject({ PaymentPlan: z.array(paymentPlanItem).nullish() })).nullish(),
  Payments: z.array(paymentPlanItem).nullish(),
  Installments: z.array(paymentPlanItem).nullish(),
});

/** `Data` of the refund methods (5.7, 5.8). */
export const refundData = z.looseObject({ ...base, RefundId: text.optional(), RefundStatus: text.optional(), refundAmount: decimalOut.optional() });

/** `Data` of `/Index/GetToken`: the token for the ServletV2 browser flows. */
export const tokenData = z.looseObject({ ...base, Token: z.string().optional() });

/** Any other `Data`: an open record with its result message. */
export const genericData = z.looseObject({ ...base, KkbPhones: z.array(z.string()).nullish() });
