import * as z from 'zod';
import { extraFields, hasoDay, ipAddress, merchantOid } from './common.js';

/** 5.6 SetPaidPayment: one payment record collected outside HASO. */
export const setPaidPaymentRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  paymentCode: z.string().min(1),
  merchantOid,
  paymentDate: hasoDay,
  paymentReferenceCode: z.string().optional(),
  extra: extraFields,
});

/** 5.20 SetBulkPaidPayment: several payment records at once (`paymentCodes` is not part of the token). */
export const setBulkPaidPaymentRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  paymentCodes: z.array(z.string().min(1)).min(1),
  merchantOid,
  paymentDate: hasoDay,
  paymentReferenceCode: z.string().optional(),
  extra: extraFields,
});
