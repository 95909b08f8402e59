// What the simulator keeps of PayOut (§4.11): payout accounts, payouts and the callbacks it posted.
import type { PayWallSimSignedCallback } from './templated-callback.js';

/** A payout provider connection and its balance, in one currency. */
export interface PayWallSimPayoutAccount {
  /** `PayoutConnectionId` / `ProviderConnectedId`: the connection's id. */
  connectionId: number;
  /** `ProviderId`. */
  providerId: number;
  /** `ProviderKey` (`PayoutProviderKey` of a send picks it). */
  providerKey: string;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** The main account of its currency (`payout/balance/main`, and a send without `PayoutProviderKey`). */
  main: boolean;
  /** Available to send, in kuruş. */
  availableKurus: number;
  /** Held for payouts in progress, in kuruş. */
  lockedKurus: number;
}

/** How a payout was addressed. */
export type PayWallSimPayoutKind = 'iban' | 'account' | 'member';

/** A payout as the simulator keeps it. */
export interface PayWallSimPayout {
  /** `PayoutTransactionId`. */
  transactionId: number;
  /** PayWall's `UniqueCode` of the payout (a UUID). */
  uniqueCode: string;
  /** Your `MerchantUniqueCode`. */
  merchantUniqueCode: string;
  /** Your `MerchantGroupCode`, when sent. */
  merchantGroupCode: string | null;
  /** The connection it went through. */
  connectionId: number;
  /** How it was addressed (`TypeId` 1 IBAN, 2 account, 3 member: the simulator's numbering). */
  kind: PayWallSimPayoutKind;
  /** The receiver's name. */
  receiverTitle: string;
  /** The receiver's IBAN (IBAN and member payouts). */
  receiverIban: string | null;
  /** The receiver's provider account number (account payouts). */
  receiverAccount: string | null;
  /** The receiver's identity, when sent. */
  receiverIdentity: string | null;
  /** The sub-merchant paid (member payouts). */
  memberId: number | null;
  /** Description, as sent. */
  description: string | null;
  /** Amount in kuruş. */
  amountKurus: number;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** Status: 1 created, 2 started, 4 successful, 5 failed (the payment numbering; PayWall publishes none for payouts). */
  statusId: number;
  /** Where its callback goes, when `CallbackSupport` was true. */
  callbackAddress: string | null;
  /** Sent, on the simulator's clock. */
  createdAt: Date;
  /** The transfer will fail when it settles (a failing receiver). */
  willFail: boolean;
}

/** A payout callback the simulator posted (or tried to). */
export type PayWallSimPayoutCallback = PayWallSimSignedCallback;

/** An account a payout provider knows by identity (`payout/verify/account/identity`). */
export interface PayWallSimPayoutIdentity {
  /** Holder's first name. */
  firstname: string;
  /** Holder's last name. */
  lastname: string;
  /** Holder's national id. */
  personalIdentity: string;
  /** Account number at the provider (send to it with `payout/send/account`). */
  accountNumber: string;
}
