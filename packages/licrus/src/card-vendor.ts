import { type CardBrand, detectCardBrand } from '@odeme/core';

/**
 * `PaymentCardVendor` member names. Only `Unknow` (sic, the provider's spelling) is documented; the brand
 * names are an assumption, and how the enum is encoded on the wire is configured with `cardVendorValues`.
 */
export const PaymentCardVendor = {
  /** Brand unknown: the only documented member, spelled `Unknow` by the provider. */
  Unknow: 'Unknow',
  /** Visa (assumed member name). */
  Visa: 'Visa',
  /** Mastercard (assumed member name). */
  MasterCard: 'MasterCard',
  /** American Express (assumed member name). */
  AmericanExpress: 'AmericanExpress',
  /** Troy (assumed member name). */
  Troy: 'Troy',
} as const;

/** A `PaymentCardVendor` member name. */
export type PaymentCardVendorName = (typeof PaymentCardVendor)[keyof typeof PaymentCardVendor];

const BY_BRAND: Record<CardBrand, PaymentCardVendorName> = {
  visa: 'Visa',
  mastercard: 'MasterCard',
  amex: 'AmericanExpress',
  troy: 'Troy',
  unknown: 'Unknow',
};

/** The vendor of a card number from its leading digits, `Unknow` when the brand cannot be told. */
export function detectPaymentCardVendor(cardNumber: string): PaymentCardVendorName {
  return BY_BRAND[detectCardBrand(cardNumber)];
}

/** The brand core's CVV check should apply for a vendor name (`unknown` accepts 3 or 4 digits). */
export function vendorBrand(vendor: string | number): CardBrand {
  const found = (Object.entries(BY_BRAND) as [CardBrand, string][]).find(([, name]) => name === vendor);
  return found ? found[0] : 'unknown';
}
