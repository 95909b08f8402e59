/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in plain JavaScript, synchronous. A provider signature hashes a
 * few hundred bytes per request: Web Crypto's `digest` costs more in its asynchronous round trip than the hash itself
 * (BENCHMARKS.md), so core hashes small inputs here and leaves large ones to Web Crypto.
 */

const K = new Int32Array(64);
const IV = new Int32Array(8);
const W = new Int32Array(64);

/** The 32 bits after the point of the k-th root of n, exactly: ⌊root(n · 2^(32k))⌋ mod 2^32, in integers. */
function rootBits(n: number, k: number): number {
  const target = BigInt(n) << BigInt(32 * k);
  const e = BigInt(k);
  let x = BigInt(Math.floor(n ** (1 / k) * 2 ** 32));
  while ((x + 1n) ** e <= target) x++;
  while (x ** e > target) x--;
  return Number(x & 0xffffffffn) | 0;
}

/** The constants are the roots of the first 64 primes (square roots for the first 8 initial words, cube roots for K). */
function init(): void {
  for (let n = 2, i = 0; i < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    if (i < 8) IV[i] = rootBits(n, 2);
    K[i++] = rootBits(n, 3);
  }
}

/** Runs the compression function over `bytes[0 … end)` (a multiple of 64) into `state`. */
function compress(state: Int32Array, bytes: Uint8Array, end: number): void {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let off = 0; off < end; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      W[i] = ((bytes[j] as number) << 24) | ((bytes[j + 1] as number) << 16) | ((bytes[j + 2] as number) << 8) | (bytes[j + 3] as number);
    }
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15] as number;
      const y = W[i - 2] as number;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
    }
    let t0 = a;
    let t1 = b;
    let t2 = c;
    let t3 = d;
    let t4 = e;
    let t5 = f;
    let t6 = g;
    let t7 = h;
    for (let i = 0; i < 64; i++) {
      const s1 = ((t4 >>> 6) | (t4 << 26)) ^ ((t4 >>> 11) | (t4 << 21)) ^ ((t4 >>> 25) | (t4 << 7));
      const x = (t7 + s1 + ((t4 & t5) ^ (~t4 & t6)) + (K[i] as number) + (W[i] as number)) | 0;
      const s0 = ((t0 >>> 2) | (t0 << 30)) ^ ((t0 >>> 13) | (t0 << 19)) ^ ((t0 >>> 22) | (t0 << 10));
      const y = (s0 + ((t0 & t1) ^ (t0 & t2) ^ (t1 & t2))) | 0;
      t7 = t6;
      t6 = t5;
      t5 = t4;
      t4 = (t3 + x) | 0;
      t3 = t2;
      t2 = t1;
      t1 = t0;
      t0 = (x + y) | 0;
    }
    a = (a + t0) | 0;
    b = (b + t1) | 0;
    c = (c + t2) | 0;
    d = (d + t3) | 0;
    e = (e + t4) | 0;
    f = (f + t5) | 0;
    g = (g + t6) | 0;
    h = (h + t7) | 0;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
  state[4] = e;
  state[5] = f;
  state[6] = g;
  state[7] = h;
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(0);

/** A reusable buffer of at least `size` bytes (hashing is synchronous, so one per process is enough). */
function buffer(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 1024));
  return scratch;
}

/**
 * SHA-256 of `message` (a string is hashed as its UTF-8 bytes), continuing from `start` after `prefix` bytes already
 * compressed into it (HMAC's key block), or from the initial value. Returns the 32-byte digest.
 */
export function sha256Sync(message: Uint8Array | string, start?: Int32Array, prefix = 0): Uint8Array {
  if (K[0] === 0) init();
  const state = Int32Array.from(start ?? IV);
  // Room for the message (UTF-8 takes at most 3 bytes per UTF-16 unit), the 0x80 byte and the 8-byte length.
  const room = (typeof message === 'string' ? message.length * 3 : message.length) + 72;
  const bytes = buffer(room);
  let length: number;
  if (typeof message === 'string') length = encoder.encodeInto(message, bytes).written;
  else {
    bytes.set(message);
    length = message.length;
  }
  const end = Math.ceil((length + 9) / 64) * 64;
  bytes.fill(0, length, end);
  bytes[length] = 0x80;
  const bits = (length + prefix) * 8;
  const high = Math.floor(bits / 0x100000000);
  for (let i = 0; i < 4; i++) {
    bytes[end - 8 + i] = high >>> (24 - i * 8);
    bytes[end - 4 + i] = bits >>> (24 - i * 8);
  }
  compress(state, bytes, end);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = state[i] as number;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = v >>> 16;
    out[i * 4 + 2] = v >>> 8;
    out[i * 4 + 3] = v;
  }
  return out;
}

/** The state after one 64-byte block of the key XOR `pad` (HMAC's inner or outer start). */
function padState(key: Uint8Array, pad: number): Int32Array {
  const block = new Uint8Array(64).fill(pad);
  for (let i = 0; i < key.length; i++) block[i] = (block[i] as number) ^ (key[i] as number);
  const state = Int32Array.from(IV);
  compress(state, block, 64);
  return state;
}

/** HMAC-SHA256 with a prepared key: `inner` and `outer` from {@link hmacStates}. */
export function hmacSync(states: readonly [Int32Array, Int32Array], message: Uint8Array | string): Uint8Array {
  return sha256Sync(sha256Sync(message, states[0], 64), states[1], 64);
}

/** The inner and outer starting states of HMAC-SHA256 for `key` (a key longer than a block is hashed first). */
export function hmacStates(key: Uint8Array): [Int32Array, Int32Array] {
  if (K[0] === 0) init();
  const k = key.length > 64 ? sha256Sync(key) : key;
  return [padState(k, 0x36), padState(k, 0x5c)];
}
