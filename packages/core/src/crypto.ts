import { base64Decode, base64Encode, hexEncode, utf8Decode, utf8Encode } from './encoding.js';
import { hmacStates, hmacSync, sha256Sync } from './sha256.js';

/** Input of the hashing and HMAC helpers: bytes, or a string taken as its UTF-8 bytes. */
export type BytesOrText = Uint8Array | string;

const toBytes = (v: BytesOrText): Uint8Array<ArrayBuffer> => (typeof v === 'string' ? utf8Encode(v) : new Uint8Array(v)) as Uint8Array<ArrayBuffer>;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available in this runtime');
  return s;
}

/**
 * Messages up to this length (UTF-16 units of a string, or bytes) are hashed synchronously in JavaScript: for a
 * request signature that costs a tenth of Web Crypto's asynchronous round trip. Longer ones go to Web Crypto.
 */
const SYNC_LIMIT = 8192;

// Importing an HMAC key is the costly part of a signature: keep one per key text, per process.
const hmacKeys = new Map<string, Promise<CryptoKey>>();
// The same for the synchronous path: the inner and outer states of HMAC for a key text.
const hmacPads = new Map<string, [Int32Array, Int32Array]>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let hit = cache.get(key);
  if (hit === undefined) {
    if (cache.size > 64) cache.clear();
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

function hmacKey(key: BytesOrText): Promise<CryptoKey> {
  const make = () => subtle().importKey('raw', toBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return typeof key === 'string' ? cached(hmacKeys, key, make) : make();
}

/** A synchronous result as a settled promise (a throw becomes a rejection, as in an `async` function). */
function settled<T>(compute: () => T | PromiseLike<T>): Promise<T> {
  try {
    return Promise.resolve(compute());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Raw HMAC-SHA256 digest. Strings are taken as UTF-8. */
export function hmacSha256(key: BytesOrText, message: BytesOrText): Promise<Uint8Array> {
  return settled(() => {
    if (message.length > SYNC_LIMIT) return hmacKey(key).then(async (k) => new Uint8Array(await subtle().sign('HMAC', k, toBytes(message))));
    const make = () => hmacStates(toBytes(key));
    return hmacSync(typeof key === 'string' ? cached(hmacPads, key, make) : make(), message);
  });
}

/**
 * HMAC-SHA256 as standard base64, the form most providers put in a signature header.
 *
 * @example
 * const signature = await hmacSha256Base64(secretKey, `${method}\n${path}\n${body}`);
 */
export function hmacSha256Base64(key: BytesOrText, message: BytesOrText): Promise<string> {
  return hmacSha256(key, message).then(base64Encode);
}

/** HMAC-SHA256 as lower-case hex. */
export function hmacSha256Hex(key: BytesOrText, message: BytesOrText): Promise<string> {
  return hmacSha256(key, message).then(hexEncode);
}

/** Raw SHA-256 digest. Strings are taken as UTF-8. */
export function sha256(message: BytesOrText): Promise<Uint8Array> {
  return settled(() =>
    message.length > SYNC_LIMIT
      ? subtle()
          .digest('SHA-256', toBytes(message))
          .then((digest) => new Uint8Array(digest))
      : sha256Sync(message),
  );
}

/** SHA-256 as standard base64. */
export function sha256Base64(message: BytesOrText): Promise<string> {
  return sha256(message).then(base64Encode);
}

/** SHA-256 as lower-case hex. */
export function sha256Hex(message: BytesOrText): Promise<string> {
  return sha256(message).then(hexEncode);
}

// Small requests (a nonce per request) are served from bytes drawn 4 KiB at a time: one `getRandomValues` call costs
// more than the copy of a slice. Each byte is handed out once.
const pool = new Uint8Array(4096);
let used = pool.length;

/** Random bytes from `crypto.getRandomValues`. */
export function randomBytes(length: number): Uint8Array {
  if (!(Number.isInteger(length) && length >= 0 && length <= 256)) {
    const out = new Uint8Array(length);
    globalThis.crypto.getRandomValues(out);
    return out;
  }
  if (used + length > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  used += length;
  return pool.slice(used - length, used);
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
