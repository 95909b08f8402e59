import type { BipSimAddress } from './payload.js';

/** Where a simulated transaction is in its life. */
export type BipSimState = 'consent_requested' | 'approved' | 'reserved' | 'committed' | 'rejected' | 'timed_out';

/** One listener call the simulator made, and how the merchant answered. */
export interface BipSimDelivery {
  transactionId: string;
  payload: Record<string, unknown>;
  /** HTTP status of the merchant's answer (0 when the call failed). */
  status: number;
  /** The merchant's answer, parsed when it was JSON. */
  response: unknown;
  /** True when the merchant answered 200 with `{transactionId: same, resultCode: 0}`. */
  acknowledged: boolean;
}

/** A payment the simulator knows. */
export interface BipSimTransaction {
  transactionId: string;
  msisdn: string;
  channelId: number;
  isDeliverable: boolean;
  isBillingRequired: boolean;
  language: string | undefined;
  items: { id: number; name: string; priceKurus: number; count: number; isRemovable: boolean }[];
  totalKurus: number;
  state: BipSimState;
  /** Set when a channel 10 order is approved (reserved). */
  commitToken: string | undefined;
  /** Successful commits (0 or 1). */
  commits: number;
  shippingAddress: BipSimAddress | undefined;
  billingAddress: BipSimAddress | undefined;
  deliveries: BipSimDelivery[];
  createdAt: Date;
}
