// What the simulator keeps of the physical POS (§4.13): provider connections, their terminals, sales and the
// callbacks it posted. PayWall has not published these records; the fields are the ones its three known requests
// and its Physical POS callback (§6.3) name.
import type { PayWallSimSignedCallback } from './templated-callback.js';

/** A physical POS provider connection (panel), whose terminals `api/terminal/sync` fetches. */
export interface PayWallSimPosConnection {
  /** `ConnectionId`. */
  connectionId: number;
  /** A name, for the test's own reading. */
  name: string;
  /** Last `api/terminal/sync` of this connection, on the simulator's clock; `null` before the first. */
  syncedAt: Date | null;
}

/** A terminal at a provider connection. */
export interface PayWallSimPosTerminal {
  /** `TerminalId`: PayWall's GUID of the terminal. */
  terminalId: string;
  /** `TerminalTagCode`: your tag of it (at most 25 characters), or `null`. */
  tagCode: string | null;
  /** The connection it belongs to. */
  connectionId: number;
  /** Fetched by `api/terminal/sync`: PayWall knows it only after a sync of its connection. */
  synced: boolean;
  /** Paired by `api/pair/sync/request`: only a paired terminal takes a sale. */
  paired: boolean;
}

/** What the terminal's card reader does with the next sales. */
export type PayWallSimCardRead = 'approve' | 'decline';

/** A sale as the simulator keeps it. */
export interface PayWallSimPosSale {
  /** `PaymentRequestId`. */
  paymentRequestId: number;
  /** `PaymentRequestActivityId` of its sale event. */
  activityId: number;
  /** Your `MerchantUniqueCode`. */
  merchantUniqueCode: string;
  /** `DisplayCode`, as sent, or `null`. */
  displayCode: string | null;
  /** The terminal it ran on. */
  terminalId: string;
  /** The terminal's connection. */
  connectionId: number;
  /** Amount in kuruş. */
  amountKurus: number;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** The `PaymentMethodId`s offered. */
  methods: number[];
  /** `PaymentStatusId`: 4 approved, 5 declined (the payment numbering of §5: the simulator's choice). */
  statusId: number;
  /** Where its callback goes, or `null`. */
  callbackAddress: string | null;
  /** `Customer`, as sent, or `null`. */
  customer: Record<string, unknown> | null;
  /** Sent, on the simulator's clock. */
  createdAt: Date;
}

/** A Physical POS callback the simulator posted (or tried to). */
export type PayWallSimPosCallback = PayWallSimSignedCallback;
