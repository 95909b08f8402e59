import { setBulkPaidPaymentRequest, setPaidPaymentRequest } from '../schemas/payment.js';
import { paidData } from '../schemas/responses.js';
import { hasoOperation } from './meta.js';

/** "Paid" reports (5.6, 5.20): they settle installments, so they are never retried automatically. */
export const paymentOperations = {
  setPaidPayment: hasoOperation('payments.setPaid', 'setPaidPayment', setPaidPaymentRequest, paidData, { movesMoney: true }),
  setBulkPaidPayment: hasoOperation('payments.setBulkPaid', 'setBulkPaidPayment', setBulkPaidPaymentRequest, paidData, { movesMoney: true }),
};
