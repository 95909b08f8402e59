import type { BipSimAddress } from './payload.js';

/** Where a simulated transaction is in its life. */
export type BipSimState = 'consent_requested' | 'approved' | 'reserved' | 'committed' | 'rejected' | 'timed_out';

/** One listener call the simulator made, and how the merchant answered. */
export interface BipSimDelivery {
  /** The transaction the callback is about. */
  transactionId: string;
  /** The payload posted to the listener, as values (amounts are the doubles the gateway computed). */
  payload: Record<string, unknown>;
  /** The exact JSON text posted: amounts printed as Java prints doubles (`56.0`, `3.3000000000000003`). */
  body: string;
  /** HTTP status of the merchant's answer (0 when the call failed). */
  status: number;
  /** The merchant's answer, parsed when it was JSON. */
  response: unknown;
  /** True when the merchant answered 200 with `{transactionId: same, resultCode: 0}`. */
  acknowledged: boolean;
}

/** A payment the simulator knows. */
export interface BipSimTransaction {
  /** The merchant's id for the payment, as sent to `paymentService`. */
  transactionId: string;
  /** The user's GSM number, `90` + 10 digits. */
  msisdn: string;
  /** Charging channel: 10 invoice (reserve and commit), 11 invoice (direct), 40 credit card, 50 in-app purchase. */
  channelId: number;
  /** BiP asks for a delivery address (sent, or the channel's default). */
  isDeliverable: boolean;
  /** BiP asks for a billing address (sent, or the channel's default). */
  isBillingRequired: boolean;
  /** `language` as sent, if any. */
  language: string | undefined;
  /** Cart lines, priced from the simulator's catalogue; the user's removals are applied on approval. */
  items: {
    /** Product id. */
    id: number;
    /** Product name. */
    name: string;
    /** Unit price in kuruş. */
    priceKurus: number;
    /** Quantity. */
    count: number;
    /** The user may remove the line. */
    isRemovable: boolean;
  }[];
  /** Cart total in exact kuruş (after removals); the listener's `totalAmount` is the gateway's double sum instead. */
  totalKurus: number;
  /** Where the transaction is in its life. */
  state: BipSimState;
  /** Set when a channel 10 order is approved (reserved). */
  commitToken: string | undefined;
  /** Successful commits (0 or 1). */
  commits: number;
  /** Delivery address chosen on approval, for a deliverable order. */
  shippingAddress: BipSimAddress | undefined;
  /** Billing address chosen on approval, when billing is required. */
  billingAddress: BipSimAddress | undefined;
  /** Listener calls made for this transaction, in order. */
  deliveries: BipSimDelivery[];
  /** When `paymentService` accepted it (the simulator's clock). */
  createdAt: Date;
}
