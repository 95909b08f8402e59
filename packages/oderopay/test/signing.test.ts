import { createHash } from 'node:crypto';
import { computeSignature, createRandomKey, decodeSignedUrl, signatureBase, wireUrl } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';

const nodeSignature = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

// Spec A.4 (TokenPay/ÖderoPay PHP client tests) and B.3 (Craftgate node/Java tests): same algorithm.
const vectors = [
  {
    url: 'http://localhost:8000/installment/v1/installments',
    apiKey: 'api-key',
    secretKey: 'secret-key',
    rnd: '1234',
    body: undefined,
    expected: 'uK7LkWOEzVH+Px/YOiMuSXvPkHLR4KoA7PuykXcYovQ=',
  },
  {
    url: 'http://localhost:8000/payment/v1/cards',
    apiKey: 'api-key',
    secretKey: 'secret-key',
    rnd: '1234',
    body: '{"cardUserKey":"de050909-39a9-473c-a81a-f186dd55cfef"}',
    expected: 'kQm62AfjXCw6rS6QBCLXta9tV1GqD/SXsAlYP+cEhG8=',
  },
  // Given percent-encoded, as it travels: the function decodes it to "Zeytinyağı Üretim" before hashing.
  {
    url: 'http://localhost:8000/onboarding/v1/members?name=Zeytinya%C4%9F%C4%B1%20%C3%9Cretim',
    apiKey: 'api-key',
    secretKey: 'secret-key',
    rnd: '1234',
    body: undefined,
    expected: 'vxYA+5LH3F4m8tHQA2LpVBwzVgCqGRHue4XAgcVjjYQ=',
  },
  {
    url: 'https://sandbox-api.craftgate.io',
    apiKey: 'dummy',
    secretKey: 'dummy',
    rnd: '123',
    body: undefined,
    expected: 'sgmDw5GY819oFF8SC5OTORgqvKGL/4iTZxCeWTSJP5Y=',
  },
  {
    url: 'https://sandbox-api.craftgate.io',
    apiKey: 'dummy',
    secretKey: 'dummy',
    rnd: '123',
    body: '{"foo": 42}',
    expected: 'tAse+e0kJf/+XC6yrM+laeTcszYTH8z7uNc5oZAIGPs=',
  },
  {
    url: 'http://api.craftgate.io/onboarding/v1/members',
    apiKey: 'api-key',
    secretKey: 'secret-key',
    rnd: 'rand-2010',
    body: undefined,
    expected: 'lecLrGZXo5u+Oq3V33vIqtbLU2fopbiH78kq6wjWNDQ=',
  },
  {
    url: 'http://api.craftgate.io/onboarding/v1/members',
    apiKey: 'api-key',
    secretKey: 'secret-key',
    rnd: 'rand-2010',
    body: '{"memberExternalId":"ext-1511","name":"Haluk Demir","email":"haluk.demir@example.com","phoneNumber":"905551111111"}',
    expected: 'Tj0mkbp+WLBwLhS65CjX708PGCl9hD9rlT6n6Zgcyi8=',
  },
];

describe('computeSignature (spec A.4 and B.3 vectors)', () => {
  for (const v of vectors) {
    it(`${v.url} ${v.body ? 'with body' : 'without body'} → ${v.expected}`, async () => {
      const sig = await computeSignature({ url: v.url, apiKey: v.apiKey, secretKey: v.secretKey, randomKey: v.rnd, body: v.body });
      expect(sig).toBe(v.expected);
      // And node:crypto over the documented concatenation agrees.
      expect(nodeSignature(decodeURIComponent(v.url) + v.apiKey + v.secretKey + v.rnd + (v.body ?? ''))).toBe(v.expected);
    });
  }

  it('signs the decoded UTF-8 form of the Turkish vector when given already decoded', async () => {
    const sig = await computeSignature({
      url: 'http://localhost:8000/onboarding/v1/members?name=Zeytinyağı Üretim',
      apiKey: 'api-key',
      secretKey: 'secret-key',
      randomKey: '1234',
    });
    expect(sig).toBe('vxYA+5LH3F4m8tHQA2LpVBwzVgCqGRHue4XAgcVjjYQ=');
  });

  it('concatenates with no separators, body last, and omits an empty body', () => {
    expect(signatureBase({ url: 'https://h/p?q=%C3%BC', apiKey: 'a', secretKey: 's', randomKey: 'r', body: '{}' })).toBe('https://h/p?q=üasr{}');
    expect(signatureBase({ url: 'https://h/p', apiKey: 'a', secretKey: 's', randomKey: 'r' })).toBe('https://h/pasr');
  });

  it('changes when any part changes', async () => {
    const base = { url: 'https://h/p', apiKey: 'a', secretKey: 's', randomKey: 'r', body: '{"x":1}' };
    const sig = await computeSignature(base);
    for (const k of ['url', 'apiKey', 'secretKey', 'randomKey', 'body'] as const) {
      expect(await computeSignature({ ...base, [k]: `${base[k]}x` })).not.toBe(sig);
    }
  });
});

describe('wire URL and random keys', () => {
  it('writes query spaces as %20 so that the decoded URL has real spaces', () => {
    const u = wireUrl('https://h/p?name=Zeytinya%C4%9F%C4%B1+%C3%9Cretim&x=a%2Bb');
    expect(u).toBe('https://h/p?name=Zeytinya%C4%9F%C4%B1%20%C3%9Cretim&x=a%2Bb');
    expect(decodeSignedUrl(u)).toBe('https://h/p?name=Zeytinyağı Üretim&x=a+b');
    expect(wireUrl('https://h/a+b')).toBe('https://h/a+b');
  });

  it('random keys are alphanumeric, of the asked length, and differ', () => {
    const keys = new Set(Array.from({ length: 200 }, () => createRandomKey()));
    expect(keys.size).toBe(200);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(createRandomKey(8)).toHaveLength(8);
  });
});
