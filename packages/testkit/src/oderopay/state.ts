/** A basket line the simulator keeps (amounts in kuruş). */
export interface OderoPaySimTransaction {
  id: number;
  paymentId: number;
  externalId?: string;
  name: string;
  price: number;
  paidPrice: number;
  walletPrice: number;
  subMerchantId?: number;
  subMerchantPrice?: number;
  refunded: number;
  transactionStatus: string;
}

/** A payment the simulator keeps (amounts in kuruş). */
export interface OderoPaySimPayment {
  id: number;
  createdDate: string;
  conversationId?: string;
  price: number;
  paidPrice: number;
  walletPrice: number;
  currency: string;
  buyerId?: number;
  installment: number;
  paymentType: string;
  paymentGroup: string;
  paymentStatus: string;
  paymentPhase: string;
  isThreeDS: boolean;
  merchantCommissionRate: number;
  pfCommission: number;
  cardHolderName?: string;
  cardNumber?: string;
  paidWithStoredCard: boolean;
  cardUserKey?: string;
  cardToken?: string;
  storeCard?: { alias?: string; expireYear: string; expireMonth: string };
  subscriptionId?: number;
  transactions: OderoPaySimTransaction[];
  refunded: number;
}

/** A 3DS session between init and complete. */
export interface OderoPaySimThreeDSSession {
  paymentId: number;
  callbackUrl: string;
  conversationId?: string;
  state: 'WAITING_FOR_BANK' | 'VERIFIED' | 'FAILED' | 'COMPLETED';
  failAtBank: boolean;
}

/** A stored card. */
export interface OderoPaySimStoredCard {
  cardUserKey: string;
  cardToken: string;
  cardNumber: string;
  cardHolderName: string;
  cardAlias?: string;
  expireYear: string;
  expireMonth: string;
  createdDate: string;
}

/** A refund (whole payment) or refund transaction (one line). */
export interface OderoPaySimRefund {
  id: number;
  kind: 'payment' | 'transaction';
  paymentId: number;
  paymentTransactionId?: number;
  conversationId?: string;
  refundPrice: number;
  refundType?: 'CANCEL' | 'REFUND';
  refundDestinationType: string;
  currency: string;
  createdDate: string;
  lines: number[];
}

/** A checkout page session. */
export interface OderoPaySimCheckout {
  token: string;
  body: Record<string, unknown>;
  paymentId?: number;
  expiresAt: number;
}

/** A record kept as received (buyers, sub-merchants, links, cross-bookings, subscriptions). */
export type OderoPaySimRecord = Record<string, unknown> & { id: number };
