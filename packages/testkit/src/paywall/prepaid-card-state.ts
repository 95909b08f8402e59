// What the simulator keeps of card production (§4.12): programme accounts, the cards issued on them and each card's
// movements.

/** A card production programme (its `CardProductionKey`) and the account loads are paid from. */
export interface PayWallSimPrepaidProgramme {
  /** `CardProductionKey`. */
  key: string;
  /** `CardProductionName` in the card list. */
  name: string;
  /** `ProviderConnectedId`. */
  connectionId: number;
  /** `ProviderId`. */
  providerId: number;
  /** `ProviderKey`. */
  providerKey: string;
  /** §5 `CurrencyId` of the programme. */
  currencyId: number;
  /** Available to load onto cards, in kuruş. */
  availableKurus: number;
  /** Held, in kuruş (the simulator holds nothing: loads are immediate). */
  lockedKurus: number;
}

/** What happened on a card (the simulator's numbering of `LastActivityTypeId`; PayWall publishes none). */
export type PayWallSimPrepaidActivity = 'created' | 'load' | 'unload' | 'spend' | 'enabled' | 'disabled' | 'deleted' | 'updated';

/** One movement of money on a card. */
export interface PayWallSimPrepaidTransaction {
  /** `TransactionId`. */
  id: number;
  /** Load (+), unload or spend (−). */
  kind: 'load' | 'unload' | 'spend';
  /** Signed amount in kuruş: positive for a load, negative for an unload or a spend. */
  amountKurus: number;
  /** The card's balance after it, in kuruş. */
  balanceAfterKurus: number;
  /** `MerchantId` of a spend (`null` for loads and unloads). */
  merchantId: string | null;
  /** `Description`. */
  description: string;
  /** When, on the simulator's clock. */
  at: Date;
}

/** A prepaid card as the simulator keeps it. */
export interface PayWallSimPrepaidCard {
  /** `CardId`. */
  id: number;
  /** `CardIdExternal` / `CardExternalId`: the card provider's id. */
  providerCardId: number;
  /** The programme it was issued on. */
  programmeKey: string;
  /** Issued by PayWall (`virtual`) or registered after printing (`physical`). */
  kind: 'virtual' | 'physical';
  /** The full card number. */
  number: string;
  /** Expiry month, two digits. */
  expiryMonth: string;
  /** Expiry year, four digits. */
  expiryYear: string;
  /** Security code. */
  cvv: string;
  /** The holder's phone. */
  phone: string;
  /** `Description`. */
  description: string;
  /** Your `ExternalId`, when sent. */
  externalId: string | null;
  /** The PIN last set (`null` before `card/production/pin`). */
  pin: string | null;
  /** Enabled (`IsActive`). */
  active: boolean;
  /** Deleted (`IsDelete`). */
  deleted: boolean;
  /** Balance in kuruş. */
  balanceKurus: number;
  /** When it was made, on the simulator's clock. */
  insertedAt: Date;
  /** Its last activity. */
  lastActivity: PayWallSimPrepaidActivity;
  /** Its movements, oldest first. */
  transactions: PayWallSimPrepaidTransaction[];
}
