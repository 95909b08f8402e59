import type { ChallengeOutcome } from '../frame/challenge.js';
import type { PayWallSimDecline } from './data.js';

/** One activity on a simulated payment. */
export interface PayWallSimActivity {
  /** Activity id. */
  id: number;
  /** What happened. */
  type: 'Sale' | 'PreAuth' | 'Capture' | 'Refund' | 'PartialRefund' | 'Cancel' | 'PreAuthCancel' | 'Failed';
  /** Amount of the activity, in kuruş. */
  amountKurus: number;
  /** When, on the simulator's clock. */
  at: Date;
}

/** A payment as the simulator keeps it. */
export interface PayWallSimPayment {
  /** PayWall's payment id. */
  paymentId: number;
  /** PayWall's `UniqueCode` (a UUID). */
  uniqueCode: string;
  /** Your `MerchantUniqueCode` (unique per payment). */
  merchantUniqueCode: string;
  /** Payment amount in kuruş. */
  amountKurus: number;
  /** §5 `CurrencyId` (1 TRY, 2 USD, 3 EUR…). */
  currencyId: number;
  /** Installment count (1 = single payment). */
  installment: number;
  /** §5 status: 1 created, 2 started, 3 awaiting settlement, 4 successful, 5 failed. */
  statusId: number;
  /** Started with `start3d` or `start3dmodel`. */
  threeD: boolean;
  /** Started with `start3dmodel` (its callback type is 16). */
  model3d: boolean;
  /** Half2D / Half3D: stays a pre-auth until captured. */
  preAuth: boolean;
  /** Captured (settled) so far, in kuruş. */
  capturedKurus: number;
  /** Refunded so far, in kuruş. */
  refundedKurus: number;
  /** Cancelled (same day) or pre-auth released. */
  cancelled: boolean;
  /** Sales, captures, refunds and cancels, in order. */
  activities: PayWallSimActivity[];
  /** When it was started, on the simulator's clock. */
  createdAt: Date;
  /** The customer's IP, as sent. */
  clientIp: string;
  /** `ChannelId` as sent (0 when absent). */
  channelId: number;
  /** `TagId` as sent (0 when absent). */
  tagId: number;
  /** `TrackingCode` as sent, for queries by it. */
  trackingCode: string | undefined;
  /** `ProductId`s of the basket, for queries by product. */
  productIds: string[];
  /** Basket products as sent (names in the casing they came in). */
  products: Record<string, unknown>[];
  /** The card paid with (a stored card is resolved to its number). */
  card: {
    /** Full number, or BIN + last four for an insurance card. */
    number: string;
    /** Name on the card. */
    ownerName: string;
    /** Expiry month. */
    expireMonth: string;
    /** Expiry year. */
    expireYear: string;
    /** An insurance card (no full number). */
    insurance: boolean;
  };
  /** Where the 3D step returns on success. */
  successUrl?: string;
  /** Where the 3D step returns on failure. */
  failUrl?: string;
  /** `Card.CardSave` when `Save: true` was sent: stored in CardWall if the payment succeeds. */
  cardSave?: {
    /** Owner id 1 (required by CardWall). */
    RelationalId1: string;
    /** Owner id 2. */
    RelationalId2?: string;
    /** Owner id 3. */
    RelationalId3?: string;
    /** Card nickname. */
    Nickname?: string;
  };
  /** `UniqueCode` of the card saved after the payment. */
  savedCardUniqueCode?: string;
  /** Set for a decline test card: the payment fails with these texts (see `PAYWALL_SIM_DECLINES`). */
  decline?: PayWallSimDecline;
}

/** A CardWall card (e-commerce or insurance). */
export interface PayWallSimStoredCard {
  /** CardWall id. */
  id: number;
  /** An insurance card (BIN + last four + identity, no full number). */
  insurance: boolean;
  /** `RelationalId1`–`3`: the owner the card belongs to (empty strings when not given). */
  relational: [string, string, string];
  /** `PartnerIdentity`, when given. */
  partnerIdentity: string | undefined;
  /** Card nickname. */
  nickname: string;
  /** Name on the card. */
  holderName: string;
  /** Full number (e-commerce) or BIN + last four (insurance). */
  number: string;
  /** BIN (6 digits, or 8 for an insurance card when sent so). */
  bin: string;
  /** Last four digits. */
  lastFour: string;
  /** Card holder's identity number (insurance cards). */
  identity: string | undefined;
  /** Expiry month. */
  month: number;
  /** Expiry year. */
  year: number;
  /** Current `UniqueCode` to pay with; rotates (see `PayWallSimulator.currentCardCode`). */
  uniqueCode: string;
  /** When `uniqueCode` was issued, in ms on the simulator's clock. */
  codeIssuedAt: number;
  /** Codes this card had before; paying with one answers "UniqueCode invalid". */
  oldCodes: string[];
}

/** A 3D session opened by `start3d`. */
export interface PayWallSimThreeDSession {
  /** Token in the `RedirectUrl` path. */
  token: string;
  /** The payment being authenticated. */
  paymentId: number;
  /** The redirect page was opened. */
  opened: boolean;
  /** The 3D step finished (it cannot be replayed). */
  done: boolean;
  /** Wrong SMS codes left on the bank's challenge page (default `CHALLENGE_ATTEMPTS`). */
  attemptsLeft?: number;
  /** What the shopper did at the bank, once they did it. */
  bankOutcome?: ChallengeOutcome;
}

/** A saved reconciliation. */
export interface PayWallSimReconciliation {
  /** Reconciliation id. */
  id: number;
  /** Business day, `yyyy-MM-dd`. */
  date: string;
  /** The merchant's counts and amounts matched the simulator's. */
  reconciled: boolean;
  /** First saved, on the simulator's clock. */
  insertedAt: Date;
  /** Last saved, on the simulator's clock. */
  updatedAt: Date;
}

/** Turkey is UTC+3 all year: the business day of an instant. */
export function istanbulDay(at: Date): string {
  return new Date(at.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
}
