import { randomBytes, sha256Base64 } from '@odeme/core';

/** What goes into an ÖderoPay signature. */
export interface SignatureInput {
  /** The absolute URL as sent (scheme, host, path, query); it is percent-decoded before hashing. */
  url: string;
  /** Merchant API key. */
  apiKey: string;
  /** Merchant secret key. */
  secretKey: string;
  /** The `x-rnd-key` value of this attempt. */
  randomKey: string;
  /** The exact body text sent; omit (or pass `undefined`/`''`) when there is no body. */
  body?: string | undefined;
}

/**
 * The URL as ÖderoPay hashes it: percent-decoded (`%C4%9F` → `ğ`, `%20` → space). Spaces must therefore
 * travel as `%20`, never as `+`, which a decoder would keep literally; see {@link wireUrl}.
 */
export function decodeSignedUrl(url: string): string {
  return decodeURIComponent(url);
}

/**
 * The URL to send: in the query string a `+` (how `URLSearchParams` writes a space) becomes `%20`, so the URL
 * decodes to the same text on every side. A literal plus is already `%2B` and is left alone.
 */
export function wireUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  return url.slice(0, q + 1) + url.slice(q + 1).replace(/\+/g, '%20');
}

/** The text that is hashed: decoded URL + API key + secret key + random key + body, with no separators. */
export function signatureBase(input: SignatureInput): string {
  return decodeSignedUrl(input.url) + input.apiKey + input.secretKey + input.randomKey + (input.body ?? '');
}

/** `x-signature` = base64(SHA-256(decoded URL + apiKey + secretKey + randomKey + body)), a plain hash, not an HMAC. */
export function computeSignature(input: SignatureInput): Promise<string> {
  return sha256Base64(signatureBase(input));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh `x-rnd-key` from Web Crypto: 16 alphanumeric characters (any string is accepted by the scheme). */
export function createRandomKey(length = 16): string {
  // 62 does not divide 256: drop bytes of 248 and above so every character is equally likely.
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < 248 && out.length < length) out += ALPHABET.charAt(b % 62);
    }
  }
  return out;
}
