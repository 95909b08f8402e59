import type { Operation } from '@odeme/core';

// What resolves an unknown outcome of each money row: said in the error's message (see the guide, "When the outcome
// is unknown").
const LOOKUPS: Record<string, string> = {
  'transactions.create':
    'HASO documents no lookup by merchantOid alone: ask HASO with the merchantOid (reference) before buying again, and never resend under a new one',
  'refunds.create': 'check it with refunds.check({ refundId: reference }); resending with the same refundId answers H307 if it went through',
  'payments.setPaid': "read each installment's paymentStatus with transactions.paymentPlan({ merchantOid: reference, transactionCode })",
  'payments.setBulkPaid': "read each installment's paymentStatus with transactions.paymentPlan({ merchantOid, transactionCode })",
  'enforcement.report': 'check it with transactions.paymentPlan({ merchantOid: reference, transactionCode })',
  'enforcement.sendExpense': 'check it with transactions.paymentPlan({ merchantOid: reference, transactionCode })',
  'customers.loadBalance': 'look for your paymentReferenceCode (reference) in customers.payments({ customerId })',
};

/** HASO's `whenUnknown`: the lookup that resolves an unknown outcome of `op`. */
export function hasoWhenUnknown(op: Operation): string | undefined {
  return LOOKUPS[op.id];
}
