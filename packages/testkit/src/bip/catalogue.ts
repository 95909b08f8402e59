/**
 * The simulator's product catalogue. On the real system products and prices are defined on Turkcell's side
 * and the merchant sends only ids; Turkcell's sample merchant uses ids 50–53. Names and prices here are the
 * simulator's own (50 costs 56.00 TL as in the documentation's listener example).
 */
export interface BipSimProduct {
  id: number;
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
];

/**
 * Result codes the simulator invents for refusals the documentation does not cover (duplicate id, bad token…).
 * They are NOT Turkcell's: the real catalogue is unpublished. Documented codes (1103, 0, 4010101, 4010403,
 * -1101) are used as documented.
 */
export const BIP_SIM_CODES = {
  VALIDATION_ERROR: 9400,
  UNKNOWN_PRODUCT: 9404,
  DUPLICATE_TRANSACTION: 9409,
  UNKNOWN_CHANNEL: 9422,
  UNKNOWN_TRANSACTION: 9444,
  NOT_COMMITTABLE: 9450,
  NOT_RESERVED: 9451,
  ALREADY_COMMITTED: 9452,
  INVALID_COMMIT_TOKEN: 9453,
  MSISDN_MISMATCH: 9454,
} as const;

/** Per-channel defaults of the order flags, as the gateway applies them when a request leaves them out. */
export const BIP_SIM_CHANNEL_DEFAULTS: Readonly<Record<number, { isDeliverable: boolean; isBillingRequired: boolean; isRemovable: boolean }>> = {
  10: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
  11: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
  40: { isDeliverable: true, isBillingRequired: true, isRemovable: true },
  50: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
};
