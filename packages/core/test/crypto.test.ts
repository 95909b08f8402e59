import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64Decode,
  base64DecodeText,
  base64Encode,
  basicAuthHeader,
  hexDecode,
  hexEncode,
  hmacSha256,
  hmacSha256Base64,
  hmacSha256Hex,
  parseBasicAuthHeader,
  randomKey,
  randomUuid,
  sha256Base64,
  sha256Hex,
  timingSafeEqual,
  utf8Decode,
  utf8Encode,
} from '../src/index';

const rep = (byte: number, n: number) => new Uint8Array(n).fill(byte);
const text = (s: string) => new TextEncoder().encode(s);

// RFC 4231 §4.2–4.8, HMAC-SHA-256 outputs.
const RFC4231: { name: string; key: Uint8Array; data: Uint8Array; mac: string; truncate?: number }[] = [
  { name: 'case 1', key: rep(0x0b, 20), data: text('Hi There'), mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7' },
  { name: 'case 2', key: text('Jefe'), data: text('what do ya want for nothing?'), mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' },
  { name: 'case 3', key: rep(0xaa, 20), data: rep(0xdd, 50), mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe' },
  {
    name: 'case 4',
    key: Uint8Array.from({ length: 25 }, (_, i) => i + 1),
    data: rep(0xcd, 50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  { name: 'case 5 (truncated to 128 bits)', key: rep(0x0c, 20), data: text('Test With Truncation'), mac: 'a3b6167473100ee06e0c796c2955552b', truncate: 16 },
  {
    name: 'case 6',
    key: rep(0xaa, 131),
    data: text('Test Using Larger Than Block-Size Key - Hash Key First'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    name: 'case 7',
    key: rep(0xaa, 131),
    data: text(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

describe('HMAC-SHA256 (RFC 4231)', () => {
  for (const v of RFC4231) {
    it(v.name, async () => {
      const mac = await hmacSha256(v.key, v.data);
      expect(hexEncode(mac.subarray(0, v.truncate ?? 32))).toBe(v.mac);
    });
  }

  it('agrees with node:crypto on Turkish text, as hex and base64', async () => {
    const key = 'gizli-anahtar-ğüşiöç';
    const msg = 'Ödeme tutarı: 1.234,56 ₺ — İĞÜŞÖÇ ığüşöç';
    expect(await hmacSha256Hex(key, msg)).toBe(createHmac('sha256', key).update(msg, 'utf8').digest('hex'));
    expect(await hmacSha256Base64(key, msg)).toBe(createHmac('sha256', key).update(msg, 'utf8').digest('base64'));
  });

  it('agrees with node:crypto for arbitrary keys and messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (k, m) => {
        expect(await hmacSha256Base64(k, m)).toBe(createHmac('sha256', k).update(m, 'utf8').digest('base64'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('SHA-256 (NIST FIPS 180 examples)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('sha256(%j)', async (input, hex) => {
    expect(await sha256Hex(input)).toBe(hex);
    expect(await sha256Base64(input)).toBe(createHash('sha256').update(input).digest('base64'));
  });

  it('one million "a"', async () => {
    expect(await sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes Turkish text as UTF-8', async () => {
    const s = 'Şişli İstanbul ığüşöç';
    expect(await sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
});

describe('encoding without Buffer', () => {
  it('base64 round-trips any bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = base64Encode(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(b64)).toEqual(bytes);
      }),
    );
  });

  it('base64 of text is of its UTF-8 bytes', () => {
    expect(base64Encode('ğüşİ')).toBe(Buffer.from('ğüşİ', 'utf8').toString('base64'));
    expect(base64DecodeText(Buffer.from('<html>Ödeme</html>').toString('base64'))).toBe('<html>Ödeme</html>');
  });

  it('accepts url-safe base64 and refuses garbage', () => {
    expect(base64Decode('-_8')).toEqual(Uint8Array.from([0xfb, 0xff]));
    expect(() => base64Decode('ab$c')).toThrow(TypeError);
    expect(() => base64Decode('a')).toThrow(TypeError);
  });

  it('hex round-trips and refuses odd input', () => {
    expect(hexEncode(hexDecode('00ff10'))).toBe('00ff10');
    expect(() => hexDecode('abc')).toThrow(TypeError);
    expect(() => hexDecode('zz')).toThrow(TypeError);
  });

  it('UTF-8 decoding is strict', () => {
    expect(utf8Decode(utf8Encode('çay'))).toBe('çay');
    expect(() => utf8Decode(Uint8Array.from([0xc3]))).toThrow();
  });
});

describe('helpers', () => {
  it('randomKey and randomUuid are fresh and well-formed', () => {
    const keys = new Set(Array.from({ length: 100 }, () => randomKey()));
    expect(keys.size).toBe(100);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{32}$/);
    expect(randomKey(8)).toMatch(/^[0-9a-f]{16}$/);
    expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('timingSafeEqual compares exactly', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual('ş', 's')).toBe(false);
  });

  it('Basic auth follows RFC 7617 (UTF-8) and parses back', () => {
    expect(basicAuthHeader('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(basicAuthHeader('kullanıcı', 'şifre:1')).toBe(`Basic ${Buffer.from('kullanıcı:şifre:1').toString('base64')}`);
    expect(parseBasicAuthHeader(basicAuthHeader('kullanıcı', 'şifre:1'))).toEqual({ username: 'kullanıcı', password: 'şifre:1' });
    expect(parseBasicAuthHeader('Bearer x')).toBeUndefined();
    expect(parseBasicAuthHeader(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeUndefined();
    expect(parseBasicAuthHeader(null)).toBeUndefined();
  });
});
