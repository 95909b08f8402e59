// Success answers shaped like Craftgate's models of the same protocol (field lists of `@craftgate/craftgate`'s
// BasePaymentResponse, PaymentResponse, PaymentTransaction, Payout, BasePaymentRefundResponse, PaymentRefundResponse,
// BasePaymentTransactionRefundResponse), plus the informational fields ÖderoPay's own client adds. They lack
// ÖderoPay's commission and payout fields, which is the point: a payment that went through must still parse.

/** A Craftgate PaymentTransaction (its payout has `parity`, not ÖderoPay's `pf*` fields). */
export const craftgateTransaction = (id: number, price: number) => ({
  id,
  name: 'Kitap',
  externalId: `sku-${id}`,
  price,
  paidPrice: price,
  walletPrice: 0,
  merchantCommissionRate: 0,
  merchantCommissionRateAmount: 0,
  merchantPayoutAmount: price,
  subMerchantMemberId: null,
  subMerchantMemberPrice: null,
  subMerchantMemberPayoutRate: null,
  subMerchantMemberPayoutAmount: null,
  transactionStatus: 'WAITING_FOR_APPROVAL',
  blockageResolvedDate: '2026-05-20T00:00:00',
  payout: { paidPrice: price, parity: 1, currency: 'TRY', merchantPayoutAmount: price, subMerchantMemberPayoutAmount: 0 },
});

/** A Craftgate PaymentResponse of a successful card payment, with `conversationId` as sent. */
export const craftgatePayment = (conversationId: string | null, id = 5001) => ({
  id,
  createdDate: '2026-05-13T10:15:00',
  price: 150.5,
  paidPrice: 150.5,
  walletPrice: 0,
  currency: 'TRY',
  buyerMemberId: null,
  installment: 1,
  conversationId,
  externalId: null,
  paymentType: 'CARD_PAYMENT',
  paymentProvider: 'BANK',
  paymentGroup: 'PRODUCT',
  paymentStatus: 'SUCCESS',
  paymentPhase: 'AUTH',
  paymentSource: 'API',
  paymentChannel: null,
  isThreeDS: false,
  merchantCommissionRate: 0,
  merchantCommissionRateAmount: 0,
  bankCommissionRate: 0,
  bankCommissionRateAmount: 0,
  paidWithStoredCard: false,
  binNumber: '552879',
  lastFourDigits: '0008',
  cardHolderName: 'A*** Y***',
  cardIssuerBankName: 'Banka',
  cardIssuerBankId: 111,
  bankCardHolderName: null,
  authCode: '123456',
  hostReference: 'host-ref-1',
  transId: 'trans-1',
  mdStatus: 1,
  orderId: 'order-cg-1',
  cardType: 'CREDIT_CARD',
  cardAssociation: 'MASTER_CARD',
  cardBrand: 'Bonus',
  requestedPosAlias: null,
  pos: { name: 'POS', alias: 'pos-1', bankId: 111 },
  paymentError: null,
  cardUserKey: null,
  cardToken: null,
  paymentTransactions: [craftgateTransaction(7001, 100.25), craftgateTransaction(7002, 50.25)],
});

/** Informational fields of ÖderoPay's PaymentResponse (TokenPay node client) that may be missing, `null` or of another type. */
export const PAYMENT_INFORMATIONAL = [
  'createdDate',
  'walletPrice',
  'buyerId',
  'installment',
  'paymentType',
  'paymentGroup',
  'paymentPhase',
  'connectorType',
  'isThreeDS',
  'merchantCommissionRate',
  'merchantCommissionRateAmount',
  'pfCommissionRateAmount',
  'cardUserKey',
  'cardToken',
  'paidWithStoredCard',
  'binNumber',
  'lastFourDigits',
  'cardType',
  'cardAssociation',
  'cardBrand',
  'subscriptionId',
  'paymentTransactions',
] as const;

/** Informational fields of a payment transaction (and its payout) in ÖderoPay's model. */
export const TRANSACTION_INFORMATIONAL = [
  'externalId',
  'name',
  'walletPrice',
  'merchantCommissionRate',
  'merchantCommissionRateAmount',
  'merchantPayoutAmount',
  'subMerchantId',
  'subMerchantPrice',
  'subMerchantPayoutRate',
  'subMerchantPayoutAmount',
  'pfCommissionRateAmount',
  'transactionStatus',
  'blockageResolvedDate',
  'payout',
] as const;

/** Payout fields of ÖderoPay's model: all informational. */
export const PAYOUT_FIELDS = [
  'paidPrice',
  'currency',
  'merchantPayoutAmount',
  'subMerchantPayoutAmount',
  'pfCommissionRateAmount',
  'pfConversionRate',
  'pfConversionRateAmount',
] as const;

/** A Craftgate PaymentRefundResponse of a successful whole-payment refund. */
export const craftgateRefund = (conversationId: string | null, paymentId = 5001) => ({
  id: 9001,
  createdDate: '2026-05-13T11:00:00',
  status: 'SUCCESS',
  refundDestinationType: 'PROVIDER',
  refundPrice: 150.5,
  refundBankPrice: 150.5,
  refundWalletPrice: 0,
  conversationId,
  authCode: '654321',
  hostReference: 'host-ref-2',
  transId: 'trans-2',
  paymentId,
  refundType: 'CANCEL',
  currency: 'TRY',
  paymentTransactionRefunds: [],
});

/** Informational fields of ÖderoPay's PaymentRefundResponse. */
export const REFUND_INFORMATIONAL = [
  'id',
  'createdDate',
  'refundBankPrice',
  'refundWalletPrice',
  'refundType',
  'refundDestinationType',
  'currency',
  'paymentId',
  'paymentTransactionRefunds',
  'paymentTxRefunds',
] as const;

/** A Craftgate PaymentTransactionRefundResponse of a successful line refund. */
export const craftgateLineRefund = (conversationId: string | null) => ({
  id: 9101,
  createdDate: '2026-05-13T11:05:00',
  status: 'SUCCESS',
  refundDestinationType: 'PROVIDER',
  refundPrice: 20,
  refundBankPrice: 20,
  refundWalletPrice: 0,
  conversationId,
  authCode: '777777',
  hostReference: 'host-ref-3',
  transId: 'trans-3',
  isAfterSettlement: false,
  paymentTransactionId: 7001,
  currency: 'TRY',
  paymentId: 5001,
});

/** Informational fields of ÖderoPay's PaymentTransactionRefundResponse. */
export const LINE_REFUND_INFORMATIONAL = [
  'createdDate',
  'isAfterSettlement',
  'refundBankPrice',
  'refundWalletPrice',
  'currency',
  'paymentTransactionId',
  'paymentId',
  'refundDestinationType',
  'refundHostReference',
  'refundAuthCode',
] as const;

/** `value` without `key`, with `key: null`, and with `key` of another type: the three ways an informational field goes wrong. */
export function variants<T extends Record<string, unknown>>(value: T, key: string): { how: string; body: Record<string, unknown> }[] {
  const { [key]: _dropped, ...without } = value;
  return [
    { how: 'missing', body: without },
    { how: 'null', body: { ...value, [key]: null } },
    { how: 'of another type', body: { ...value, [key]: { unexpected: ['shape'] } } },
  ];
}
