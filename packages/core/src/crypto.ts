import { base64Decode, base64Encode, hexEncode, utf8Decode, utf8Encode } from './encoding.js';

/** Input of the hashing and HMAC helpers: bytes, or a string taken as its UTF-8 bytes. */
export type BytesOrText = Uint8Array | string;

const toBytes = (v: BytesOrText): Uint8Array<ArrayBuffer> => (typeof v === 'string' ? utf8Encode(v) : new Uint8Array(v)) as Uint8Array<ArrayBuffer>;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available in this runtime');
  return s;
}

// Importing an HMAC key is the costly part of a signature: keep one per key text, per process.
const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(key: BytesOrText): Promise<CryptoKey> {
  const cacheable = typeof key === 'string';
  if (cacheable) {
    const hit = hmacKeys.get(key);
    if (hit) return hit;
  }
  const imported = subtle().importKey('raw', toBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  if (cacheable) {
    if (hmacKeys.size > 64) hmacKeys.clear();
    hmacKeys.set(key, imported);
  }
  return imported;
}

/** Raw HMAC-SHA256 digest. Strings are taken as UTF-8. */
export async function hmacSha256(key: BytesOrText, message: BytesOrText): Promise<Uint8Array> {
  const sig = await subtle().sign('HMAC', await hmacKey(key), toBytes(message));
  return new Uint8Array(sig);
}

/**
 * HMAC-SHA256 as standard base64, the form most providers put in a signature header.
 *
 * @example
 * const signature = await hmacSha256Base64(secretKey, `${method}\n${path}\n${body}`);
 */
export async function hmacSha256Base64(key: BytesOrText, message: BytesOrText): Promise<string> {
  return base64Encode(await hmacSha256(key, message));
}

/** HMAC-SHA256 as lower-case hex. */
export async function hmacSha256Hex(key: BytesOrText, message: BytesOrText): Promise<string> {
  return hexEncode(await hmacSha256(key, message));
}

/** Raw SHA-256 digest. Strings are taken as UTF-8. */
export async function sha256(message: BytesOrText): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', toBytes(message)));
}

/** SHA-256 as standard base64. */
export async function sha256Base64(message: BytesOrText): Promise<string> {
  return base64Encode(await sha256(message));
}

/** SHA-256 as lower-case hex. */
export async function sha256Hex(message: BytesOrText): Promise<string> {
  return hexEncode(await sha256(message));
}

/** Random bytes from `crypto.getRandomValues`. */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  globalThis.crypto.getRandomValues(out);
  return out;
}

/** A random key as lower-case hex (default 16 bytes → 32 characters); for nonces and idempotency keys. */
export function randomKey(bytes = 16): string {
  return hexEncode(randomBytes(bytes));
}

/** RFC 4122 version 4 UUID from Web Crypto. */
export function randomUuid(): string {
  const c = globalThis.crypto as Crypto & { randomUUID?: () => string };
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = randomBytes(16);
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = hexEncode(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ.
 * Use it for signatures, hashes and credentials.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = utf8Encode(a);
  const y = utf8Encode(b);
  const len = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < len; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** `Authorization` header value for HTTP Basic (RFC 7617, UTF-8 credentials). */
export function basicAuthHeader(username: string, password: string): string {
  return `Basic ${base64Encode(`${username}:${password}`)}`;
}

/** Parses a Basic `Authorization` header; `undefined` when it is not a well-formed one. */
export function parseBasicAuthHeader(header: string | null | undefined):
  | {
      /** Text before the first `:`. */
      username: string;
      /** Text after the first `:` (may contain `:`). */
      password: string;
    }
  | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  let decoded: string;
  try {
    decoded = utf8Decode(base64Decode(m[1] as string));
  } catch {
    return undefined;
  }
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
}
