// Which Craftgate operations share path and request shape with ÖderoPay (and are driven against our simulator), and
// which do not, with the reason. Craftgate is the sibling platform: same protocol, other vocabulary and products.

/** Craftgate client methods whose method, path and request shape ÖderoPay shares. */
export const SHARED = [
  'payment.createPayment',
  'payment.retrievePayment',
  'payment.init3DSPayment',
  'payment.complete3DSPayment',
  'payment.postAuthPayment',
  'payment.initCheckoutPayment',
  'payment.retrieveCheckoutPayment',
  'payment.refundPaymentTransaction',
  'payment.retrievePaymentTransactionRefund',
  'payment.refundPayment',
  'payment.retrievePaymentRefund',
  'payment.approvePaymentTransactions',
  'payment.disapprovePaymentTransactions',
  'payment.searchStoredCards',
  'installment.searchInstallments',
  'installment.retrieveBinNumber',
  'paymentReporting.searchPayments',
  'paymentReporting.retrievePayment',
  'settlementReporting.searchBouncedPayoutTransactions',
] as const;

/** Craftgate methods on an ÖderoPay path that are not compared, and why. */
export const NOT_SHARED: Record<string, string> = {
  'payment.updatePaymentTransaction':
    'same path, other body: Craftgate sends subMerchantMemberId/subMerchantMemberPrice, ÖderoPay subMerchantId/subMerchantPrice',
  'payment.deleteStoredCard': 'Craftgate deletes with POST /payment/v1/cards/delete, ÖderoPay with DELETE /payment/v1/cards?cardUserKey&cardToken',
  'payment.storeCard': 'POST /payment/v1/cards has no documented ÖderoPay counterpart (cards are stored with a payment)',
  'payment.expireCheckoutPayment': 'DELETE /payment/v1/checkout-payments/{token} is Craftgate-only',
  'paymentReporting.searchPaymentTransactionRefunds':
    'Craftgate searches /payment-reporting/v1/refund-transactions; ÖderoPay lists line refunds at GET /payment/v1/refund-transactions',
  'paymentReporting.retrievePaymentTransactions/Refunds': 'the /payment-reporting/v1/payments/{id}/… sub-resources are Craftgate-only',
  'settlementReporting.searchPayoutCompletedTransactions': 'Craftgate asks /settlement-reporting/v2/…, ÖderoPay /settlement-reporting/v1/…',
  'onboarding.*': 'Craftgate has one /onboarding/v1/members resource; ÖderoPay has buyers and sub-merchants with other fields',
  'payByLink.*': 'Craftgate links live under /craftlink/v1, ÖderoPay links under /tokenlink/v1',
  'wallet.*': 'Craftgate remittances (/wallet/v1/remittances) are not ÖderoPay cross-bookings (/payment/v1/cross-bookings)',
  'deposits, APM, BNPL, Masterpass, Juzdan, BKM Express, fraud, merchant, file reporting, bank account tracking':
    'Craftgate products with no ÖderoPay endpoint',
};
