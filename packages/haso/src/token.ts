import { hmacSha256Base64, ValidationError } from '@odeme/core';

/** A value that can take part in a `requestToken`: absent values join as empty strings. */
export type HasoTokenPart = string | number | boolean | null | undefined;

/** The exact text HASO signs: the parts joined with no separator, the merchant salt appended (spec §2.4). */
export function hasoTokenText(parts: readonly HasoTokenPart[], merchantSalt: string): string {
  return parts.map((p) => (p === undefined || p === null ? '' : String(p))).join('') + merchantSalt;
}

/**
 * `requestToken` = base64(raw HMAC-SHA256(key = merchantKey, message = parts + merchantSalt)).
 * The key and the raw-digest form are INFERRED (spec §2.4); the concatenation rule is documented.
 */
export function hasoRequestToken(parts: readonly HasoTokenPart[], merchantSalt: string, merchantKey: string): Promise<string> {
  return hmacSha256Base64(merchantKey, hasoTokenText(parts, merchantSalt));
}

/** Reads the values of `order` from a wire body, in order, for {@link hasoRequestToken}. */
export function tokenParts(order: readonly string[], body: Record<string, unknown>): HasoTokenPart[] {
  return order.map((name) => {
    const v = body[name];
    if (v === undefined || v === null) return '';
    if (typeof v === 'object')
      throw new ValidationError([{ path: name, message: `HASO token field "${name}" is a list or object; it cannot be joined into a requestToken` }], {
        provider: 'haso',
      });
    return v as HasoTokenPart;
  });
}
