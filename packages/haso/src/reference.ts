import { type ReferenceRule, randomUuid } from '@odeme/core';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** HASO's `merchantOid` is String(20), unique per order (spec §2.6, 5.3 [S]): a generated one fills all 20. */
const MERCHANT_OID_LENGTH = 20;

/**
 * A fresh `merchantOid` for `transactions.create` when the caller gives none: 20 characters of `0-9A-Z` from Web
 * Crypto (about 103 bits), within HASO's String(20) limit. Bytes that would bias the alphabet are drawn again.
 */
export function generateMerchantOid(): string {
  let out = '';
  const bytes = new Uint8Array(32);
  while (out.length < MERCHANT_OID_LENGTH) {
    globalThis.crypto.getRandomValues(bytes);
    for (const b of bytes) {
      // 252 = 7 × 36: a byte below it maps evenly onto the alphabet.
      if (b < 252 && out.length < MERCHANT_OID_LENGTH) out += ALPHABET[b % 36];
    }
  }
  return out;
}

// The merchant reference of each money row (typed as core's `ReferenceRule`, so a row's type names it).

/** `merchantOid` of a new purchase: generated (20 characters) when the caller gives none. */
export const generatedMerchantOid: ReferenceRule = { field: 'merchantOid', generate: generateMerchantOid };
/** `merchantOid` of an existing order (paid reports, enforcement): never generated. */
export const merchantOidReference: ReferenceRule = { field: 'merchantOid' };
/** `refundId`: the merchant chooses it (H307 on a repeat), so a UUID is generated when the caller gives none. */
export const generatedRefundId: ReferenceRule = { field: 'refundId', generate: randomUuid };
/** The merchant's own reference of a balance load. */
export const paymentReferenceCodeReference: ReferenceRule = { field: 'paymentReferenceCode' };
