/**
 * `PaymentCardVendor` members that are documented. The seed page shows one, `Unknow` (sic, the provider's spelling),
 * and that is what the SDK sends when `CardVendor` is left out. Other member names (a `Visa`, a `Troy`…) are not
 * published, and a .NET server refuses an enum name it does not have, so none is guessed: pass your tenant's own
 * value in `CardVendor`, or map names to its wire values with the client's `cardVendorValues`.
 */
export const PaymentCardVendor = {
  /** Brand unknown: the only documented member, spelled `Unknow` by the provider. Sent when `CardVendor` is left out. */
  Unknow: 'Unknow',
} as const;

/** A documented `PaymentCardVendor` member name. */
export type PaymentCardVendorName = (typeof PaymentCardVendor)[keyof typeof PaymentCardVendor];

/** What the client sends when the caller gives no `CardVendor`: the documented `Unknow`. */
export const DEFAULT_CARD_VENDOR: PaymentCardVendorName = PaymentCardVendor.Unknow;
