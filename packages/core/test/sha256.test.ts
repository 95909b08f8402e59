import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexEncode, hmacSha256, hmacSha256Hex, randomBytes, sha256, sha256Hex } from '../src/index';
import { hmacStates, hmacSync, sha256Sync } from '../src/sha256';

const hex = (bytes: Uint8Array) => hexEncode(bytes);
const webDigest = async (bytes: Uint8Array) => hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
const webHmac = async (key: Uint8Array, message: Uint8Array) => {
  const k = await crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(new Uint8Array(await crypto.subtle.sign('HMAC', k, message as Uint8Array<ArrayBuffer>)));
};

describe('synchronous SHA-256 (FIPS 180-4)', () => {
  // NIST's published examples (FIPS 180-2 appendix B and the SHA-256 example files).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('%j', (input, digest) => {
    expect(hex(sha256Sync(input))).toBe(digest);
  });

  it('one million "a" (many blocks, the length in the last one)', () => {
    expect(hex(sha256Sync('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha256Sync(bytes)), `length ${n}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('agrees with Web Crypto on random bytes and text (any UTF-16, lone surrogates included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(hex(sha256Sync(bytes))).toBe(await webDigest(bytes));
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 600 }), async (text) => {
        expect(hex(sha256Sync(text))).toBe(await webDigest(new TextEncoder().encode(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('does not keep state between calls (its buffers are reused)', () => {
    const long = 'x'.repeat(5000);
    const first = hex(sha256Sync('abc'));
    sha256Sync(long);
    expect(hex(sha256Sync('abc'))).toBe(first);
  });
});

describe('synchronous HMAC-SHA256 (RFC 2104)', () => {
  it('agrees with Web Crypto for keys shorter than, equal to and longer than a block', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.uint8Array({ maxLength: 1000 }), async (key, message) => {
        expect(hex(hmacSync(hmacStates(key), message))).toBe(await webHmac(key, message));
      }),
      { numRuns: 200 },
    );
    for (const length of [1, 63, 64, 65, 128]) {
      const key = randomBytes(length);
      expect(hex(hmacSync(hmacStates(key), 'ödeme'))).toBe(createHmac('sha256', key).update('ödeme').digest('hex'));
    }
  });
});

describe('the public helpers pick the path by length and agree on both sides of it', () => {
  it('sha256 and hmacSha256 below, at and above 8 KiB give the digest of the same bytes', async () => {
    for (const n of [8191, 8192, 8193, 20_000]) {
      const text = 'ş'.repeat(n);
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      expect(await hmacSha256Hex('anahtar', text)).toBe(createHmac('sha256', 'anahtar').update(text, 'utf8').digest('hex'));
      const bytes = randomBytes(Math.min(n, 256));
      expect(hex(await sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(hex(await hmacSha256(bytes, bytes))).toBe(createHmac('sha256', bytes).update(bytes).digest('hex'));
    }
  });

  it('a bad argument is a rejection, as from an async function, not a throw', async () => {
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = sha256(undefined as unknown as string);
    }).not.toThrow();
    await expect(pending).rejects.toThrow();
  });
});

describe('randomBytes', () => {
  it('hands out fresh bytes of the asked length, never the same ones twice', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const b = randomBytes(16);
      expect(b).toHaveLength(16);
      seen.add(hex(b));
    }
    expect(seen.size).toBe(2000);
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(4000)).toHaveLength(4000);
    // Slices are copies: changing one leaves the next ones alone.
    const a = randomBytes(8);
    a.fill(0);
    expect(hex(randomBytes(8))).not.toBe('0000000000000000');
  });

  it('treats a length that is not a whole number of bytes as Uint8Array does', () => {
    expect(() => randomBytes(-1)).toThrow(RangeError);
    expect(randomBytes(1.5)).toHaveLength(1);
  });
});
