/** One activity on a simulated payment. */
export interface PayWallSimActivity {
  id: number;
  type: 'Sale' | 'PreAuth' | 'Capture' | 'Refund' | 'PartialRefund' | 'Cancel' | 'PreAuthCancel' | 'Failed';
  amountKurus: number;
  at: Date;
}

/** A payment as the simulator keeps it. */
export interface PayWallSimPayment {
  paymentId: number;
  uniqueCode: string;
  merchantUniqueCode: string;
  amountKurus: number;
  currencyId: number;
  installment: number;
  /** §5 status: 1 created, 2 started, 3 awaiting settlement, 4 successful, 5 failed. */
  statusId: number;
  threeD: boolean;
  model3d: boolean;
  /** Half2D / Half3D: stays a pre-auth until captured. */
  preAuth: boolean;
  capturedKurus: number;
  refundedKurus: number;
  cancelled: boolean;
  activities: PayWallSimActivity[];
  createdAt: Date;
  clientIp: string;
  channelId: number;
  tagId: number;
  trackingCode: string | undefined;
  productIds: string[];
  products: Record<string, unknown>[];
  card: { number: string; ownerName: string; expireMonth: string; expireYear: string; insurance: boolean };
  successUrl?: string;
  failUrl?: string;
  cardSave?: { RelationalId1: string; RelationalId2?: string; RelationalId3?: string; Nickname?: string };
  savedCardUniqueCode?: string;
  decline?: { providerCode: string; providerMessage: string; bankCode: string; bankMessage: string };
}

/** A CardWall card (e-commerce or insurance). */
export interface PayWallSimStoredCard {
  id: number;
  insurance: boolean;
  relational: [string, string, string];
  partnerIdentity: string | undefined;
  nickname: string;
  holderName: string;
  /** Full number (e-commerce) or BIN + last four (insurance). */
  number: string;
  bin: string;
  lastFour: string;
  identity: string | undefined;
  month: number;
  year: number;
  uniqueCode: string;
  codeIssuedAt: number;
  /** Codes this card had before; paying with one answers "UniqueCode invalid". */
  oldCodes: string[];
}

/** A 3D session opened by `start3d`. */
export interface PayWallSimThreeDSession {
  token: string;
  paymentId: number;
  opened: boolean;
  done: boolean;
}

/** A saved reconciliation. */
export interface PayWallSimReconciliation {
  id: number;
  date: string;
  reconciled: boolean;
  insertedAt: Date;
  updatedAt: Date;
}

/** Turkey is UTC+3 all year: the business day of an instant. */
export function istanbulDay(at: Date): string {
  return new Date(at.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
}
