/**
 * The simulator's product catalogue. On the real system products and prices are defined on Turkcell's side
 * and the merchant sends only ids; Turkcell's sample merchant uses ids 50–53. Names and prices here are the
 * simulator's own (50 costs 56.00 TL as in the documentation's listener example; 54 costs 1.10 TL, a price
 * binary doubles cannot hold, so that its totals carry float noise: 3 × 1.10 → 3.3000000000000003).
 */
export interface BipSimProduct {
  /** Product id the merchant sends in `itemList[].id`. */
  id: number;
  /** Name shown in the listener payload (`itemName`). */
  name: string;
  /** Unit price in kuruş (integer), so that totals in listener payloads are exact. */
  priceKurus: number;
}

/** Default catalogue of `BipSimulator`. */
export const BIP_SIM_PRODUCTS: readonly BipSimProduct[] = [
  { id: 50, name: 'Coca-Cola', priceKurus: 5600 },
  { id: 51, name: 'Ayran', priceKurus: 1250 },
  { id: 52, name: 'Simit', priceKurus: 775 },
  { id: 53, name: 'Çay', priceKurus: 525 },
  { id: 54, name: 'Su', priceKurus: 110 },
];

/**
 * Result codes the simulator invents for refusals the documentation does not cover (duplicate id, bad token…).
 * They are NOT Turkcell's: the real catalogue is unpublished. Documented codes (1103, 0, 4010101, 4010403,
 * -1101) are used as documented.
 */
export const BIP_SIM_CODES = {
  /** The body does not match the documented shape (HTTP 400, with `errors`). */
  VALIDATION_ERROR: 9400,
  /** An `itemList` id is not in the simulator's catalogue. */
  UNKNOWN_PRODUCT: 9404,
  /** `transactionId` was already used. */
  DUPLICATE_TRANSACTION: 9409,
  /** `channelId` is not one the gateway accepts. */
  UNKNOWN_CHANNEL: 9422,
  /** Commit of a `transactionId` the gateway never saw. */
  UNKNOWN_TRANSACTION: 9444,
  /** Commit on a channel other than 10 (only reserved invoice charges are committed). */
  NOT_COMMITTABLE: 9450,
  /** Commit before the user approved (nothing is reserved yet). */
  NOT_RESERVED: 9451,
  /** Second commit of the same transaction. */
  ALREADY_COMMITTED: 9452,
  /** Commit with a `commitToken` other than the listener's. */
  INVALID_COMMIT_TOKEN: 9453,
  /** Commit with another `msisdn` than the start's. */
  MSISDN_MISMATCH: 9454,
} as const;

/** Per-channel defaults of the order flags, as the gateway applies them when a request leaves them out. */
export const BIP_SIM_CHANNEL_DEFAULTS: Readonly<
  Record<
    number,
    {
      /** BiP asks the user for a delivery address. */
      isDeliverable: boolean;
      /** BiP asks for a billing (e-invoice) address. */
      isBillingRequired: boolean;
      /** The user may remove items from the cart. */
      isRemovable: boolean;
    }
  >
> = {
  10: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
  11: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
  40: { isDeliverable: true, isBillingRequired: true, isRemovable: true },
  50: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
};
