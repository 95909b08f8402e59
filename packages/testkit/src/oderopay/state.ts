import type { ChallengeOutcome } from '../frame/challenge.js';
/** A basket line the simulator keeps (amounts in kuruş). */
export interface OderoPaySimTransaction {
  /** Payment transaction id (what line refunds name). */
  id: number;
  /** The payment it belongs to. */
  paymentId: number;
  /** The merchant's id for the line, as sent. */
  externalId?: string;
  /** Item name. */
  name: string;
  /** Item price in kuruş. */
  price: number;
  /** The line's share of `paidPrice`, in kuruş. */
  paidPrice: number;
  /** The line's share of the wallet amount, in kuruş. */
  walletPrice: number;
  /** Sub-merchant paid for the line (marketplace). */
  subMerchantId?: number;
  /** The sub-merchant's share, in kuruş. */
  subMerchantPrice?: number;
  /** Refunded from the line, in kuruş. */
  refunded: number;
  /** `WAITING_FOR_APPROVAL` until approved (then `APPROVED`, `PAYOUT_STARTED`…). */
  transactionStatus: string;
}

/** A payment the simulator keeps (amounts in kuruş). */
export interface OderoPaySimPayment {
  /** Payment id. */
  id: number;
  /** Creation time as ÖderoPay writes it: Istanbul time, no zone (`2021-11-15T14:07:18`). */
  createdDate: string;
  /** Your order id, as sent. */
  conversationId?: string;
  /** Basket total in kuruş (the sum of item prices). */
  price: number;
  /** Amount charged in kuruş (installment commission included). */
  paidPrice: number;
  /** Part paid from the wallet, in kuruş. */
  walletPrice: number;
  /** Currency code, e.g. `TRY`. */
  currency: string;
  /** Buyer record, when given. */
  buyerId?: number;
  /** Installment count (1 = single payment). */
  installment: number;
  /** `CARD_PAYMENT`, `WALLET_PAYMENT` or `CARD_AND_WALLET_PAYMENT`. */
  paymentType: string;
  /** `PRODUCT` or `LISTING_OR_SUBSCRIPTION`, as sent. */
  paymentGroup: string;
  /** `SUCCESS`, `FAILURE`, `INIT_THREEDS`, `CALLBACK_THREEDS`; `WAITING` for a wallet payment the customer has not approved. */
  paymentStatus: string;
  /** `AUTH`, `PRE_AUTH`, or `POST_AUTH` once captured. */
  paymentPhase: string;
  /** Started with 3DS init (or paid on the checkout page). */
  isThreeDS: boolean;
  /** `(paidPrice - price) / price` in percent, two decimals. */
  merchantCommissionRate: number;
  /** The provider's commission (1.49 % of the card part), in kuruş. */
  pfCommission: number;
  /** Name on the card. */
  cardHolderName?: string;
  /** Full card number (test data). */
  cardNumber?: string;
  /** Paid with a stored card (`cardUserKey` + `cardToken`). */
  paidWithStoredCard: boolean;
  /** Stored-card owner key: the one used, or the one created after the payment. */
  cardUserKey?: string;
  /** Stored-card token: the one used, or the one created after the payment. */
  cardToken?: string;
  /** Card to store once the payment succeeds (`storeCardAfterSuccessPayment`). */
  storeCard?: {
    /** Alias given for the card. */
    alias?: string;
    /** Expiry year. */
    expireYear: string;
    /** Expiry month. */
    expireMonth: string;
  };
  /** Subscription started by the payment's `plan`. */
  subscriptionId?: number;
  /** Basket lines. */
  transactions: OderoPaySimTransaction[];
  /** Refunded so far, in kuruş. */
  refunded: number;
}

/** A 3DS session between init and complete. */
export interface OderoPaySimThreeDSSession {
  /** The payment being authenticated. */
  paymentId: number;
  /** Where the bank step posts (`simulateBankCallback`). */
  callbackUrl: string;
  /** Your order id, as sent to init. */
  conversationId?: string;
  /** Waiting for the bank step, verified or failed there, or completed by `threeDS.complete`. */
  state: 'WAITING_FOR_BANK' | 'VERIFIED' | 'FAILED' | 'COMPLETED';
  /** The bank step fails (the `threeDSFailure` card, or a decline card). */
  failAtBank: boolean;
  /** Wrong SMS codes left on the bank's challenge page. */
  attemptsLeft: number;
  /** What the shopper did at the bank, once they did it. */
  bankOutcome?: ChallengeOutcome;
}

/** A stored card. */
export interface OderoPaySimStoredCard {
  /** The card owner's key (one per customer). */
  cardUserKey: string;
  /** The card's token. */
  cardToken: string;
  /** Full card number (test data). */
  cardNumber: string;
  /** Name on the card. */
  cardHolderName: string;
  /** Alias given when storing. */
  cardAlias?: string;
  /** Expiry year. */
  expireYear: string;
  /** Expiry month. */
  expireMonth: string;
  /** When it was stored (Istanbul time, no zone). */
  createdDate: string;
}

/** A refund (whole payment) or refund transaction (one line). */
export interface OderoPaySimRefund {
  /** Refund id. */
  id: number;
  /** A whole-payment refund, or a refund of one line. */
  kind: 'payment' | 'transaction';
  /** The refunded payment. */
  paymentId: number;
  /** The refunded line, for a line refund. */
  paymentTransactionId?: number;
  /** Your reference, as sent. */
  conversationId?: string;
  /** Amount refunded, in kuruş. */
  refundPrice: number;
  /** Whole-payment refunds: `CANCEL` when nothing was refunded before, else `REFUND`. */
  refundType?: 'CANCEL' | 'REFUND';
  /** Where the money goes (default `CARD`). */
  refundDestinationType: string;
  /** Currency code. */
  currency: string;
  /** When it was made (Istanbul time, no zone). */
  createdDate: string;
  /** Ids of the line refunds a whole-payment refund made. */
  lines: number[];
}

/** A checkout page session. */
export interface OderoPaySimCheckout {
  /** The checkout token (in the page URL). */
  token: string;
  /** The init request as received. */
  body: Record<string, unknown>;
  /** The payment made on the page, once paid. */
  paymentId?: number;
  /** Expiry in ms since the epoch (`expireAfterMinutes`, default 30). */
  expiresAt: number;
}

/** A record kept as received (buyers, sub-merchants, links, cross-bookings, subscriptions). */
export type OderoPaySimRecord = Record<string, unknown> & {
  /** The record's id. */
  id: number;
};
