import type { Operation } from '@odeme/core';

// What resolves an unknown outcome of each money row: said in the error's message (see the guide, "When the outcome
// is unknown"). Rows not listed name their own reference field; the default says to look the payment up by it.
const LOOKUPS: Record<string, string> = {
  'payments.create': 'look it up with payments.findByConversationId(reference) before charging again',
  'threeDS.init': 'look it up with payments.findByConversationId(reference) before starting it again',
  'checkout.init': 'look it up with payments.findByConversationId(reference) once the shopper is back',
  'threeDS.complete': 'retrieve the payment with payments.retrieve({ id: reference }) before completing it again',
  'payments.postAuth': 'retrieve the payment with payments.retrieve({ id: reference }) and read its paymentPhase',
  'payments.multiCardPostAuth': 'look each leg up with payments.findByConversationId(reference)',
  'refunds.create': "read the payment's paymentRefunds with reporting.retrievePayment before refunding again",
  'refunds.createTransaction': 'look it up with refunds.searchTransactions({ conversationId: reference })',
  'refunds.createByPaymentId': 'look it up with refunds.searchTransactions({ paymentId: reference })',
  'moneyTransfers.createCode': 'ÖderoPay documents no lookup for money transfers: ask ÖderoPay with your transactionId',
};

/** ÖderoPay's `whenUnknown`: the lookup that resolves an unknown outcome of `op`. */
export function oderoPayWhenUnknown(op: Operation): string | undefined {
  return LOOKUPS[op.id];
}
