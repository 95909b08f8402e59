import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { setBulkPaidPaymentRequest, setPaidPaymentRequest } from '../schemas/payment.js';
import type { paidData } from '../schemas/responses.js';

/** What `payments.setPaid` (5.6 SetPaidPayment) takes: the payment record you collected outside HASO, and when. */
export interface SetPaidParams extends z.input<typeof setPaidPaymentRequest> {}

/** What `payments.setBulkPaid` (5.20 SetBulkPaidPayment) takes: several payment records of one order, and when. */
export interface SetBulkPaidParams extends z.input<typeof setBulkPaidPaymentRequest> {}

/** The answer of a "paid" report (5.6, 5.20): `Message` is `RS100` on success. */
export interface PaidReportResult extends Answer<z.output<typeof paidData>> {}
