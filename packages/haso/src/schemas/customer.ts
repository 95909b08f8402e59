import * as z from 'zod';
import { HASO_PAYMENT_STATUSES } from '../codes.js';
import { customerId, extraFields, hasoDay, ipAddress, mobileNumber, x100String } from './common.js';

const page = { pageNo: z.number().int().min(1).optional(), pageSize: z.number().int().min(1).optional() };
const statuses = Object.values(HASO_PAYMENT_STATUSES) as number[];

/** 5.9 GetCustomerTransactions. */
export const getCustomerTransactionsRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  customerId,
  transactionCodes: z.array(z.string().min(1)).optional(),
  ...page,
  extra: extraFields,
});

/** 5.10 GetCustomerPayments; `paymentStatuses` from {@link HASO_PAYMENT_STATUSES}. */
export const getCustomerPaymentsRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  customerId,
  paymentStatuses: z
    .array(
      z
        .number()
        .int()
        .refine((s) => statuses.includes(s), { message: 'payment status must be 0–4' }),
    )
    .optional(),
  ...page,
  extra: extraFields,
});

/** 5.15 ChangeCustomerGsmNo, with the [D] edition's PascalCase names. */
export const changeCustomerGsmNoRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  CustomerId: customerId,
  NewGsmNo: mobileNumber,
  extra: extraFields,
});

/** 5.19 LoadCustomerBalance; `balanceAmount` in kuruş. */
export const loadCustomerBalanceRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  customerId,
  balanceAmount: x100String({ positive: true }),
  paymentDate: hasoDay,
  paymentReferenceCode: z.string().optional(),
  extra: extraFields,
});
