import { calculateSignature } from '@craftgate/craftgate/dist/lib/utils.js';
import { createOderoPayTransport, computeSignature, paymentsCreate, reportingSearchPayments } from '@odeme/oderopay';
import { ConfigurationError } from '@odeme/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// `@craftgate/craftgate` signs the same protocol (the sibling platform): its signature function is the oracle for ours,
// on random URLs and bodies with Turkish letters, spaces, `+`, `%`, emoji, and with empty and absent bodies.

const SEED = 20_261_204;
const RUNS = 2_000;

/** Text with the characters that break signing schemes: Turkish letters, spaces, `+`, `%`, `&`, `=`, `/`, emoji. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('ş', 'ğ', 'ı', 'İ', 'Ü', 'ö', 'ç', ' ', '+', '%', '&', '=', '/', '?', '#', '😀', '👩‍💻', '%20', '%2B'),
      fc.string({ maxLength: 4 }),
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

/** A URL as it is sent (every part percent-encoded), built from tricky path segments and query pairs. */
const wireUrl = fc
  .record({
    base: fc.constantFrom('https://sandbox-api-gateway.oderopay.com.tr', 'https://api.craftgate.io', 'http://127.0.0.1:8080'),
    segments: fc.array(
      tricky.filter((s) => s !== '' && s !== '.' && s !== '..'),
      { minLength: 1, maxLength: 4 },
    ),
    query: fc.array(
      fc.tuple(
        tricky.filter((s) => s !== ''),
        tricky,
      ),
      { maxLength: 4 },
    ),
  })
  .map(({ base, segments, query }) => {
    const path = segments.map(encodeURIComponent).join('/');
    const q = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    return `${base}/${path}${q ? `?${q}` : ''}`;
  });

/** A body as sent: absent, empty, or compact JSON of tricky values. */
const body = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.dictionary(tricky, fc.oneof(tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())).map((o) => JSON.stringify(o)),
);

const key = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

describe('conformance: request signing against @craftgate/craftgate', () => {
  it(`computeSignature equals Craftgate's calculateSignature on ${RUNS} random URLs and bodies`, async () => {
    await fc.assert(
      fc.asyncProperty(wireUrl, body, key, key, fc.string({ minLength: 1, maxLength: 16 }), async (url, text, apiKey, secretKey, randomKey) => {
        // Craftgate hashes decodeURIComponent(the URL it sends), and leaves an empty or absent body out.
        const theirs = calculateSignature({ url: decodeURIComponent(url), apiKey, secretKey, randomStr: randomKey, body: text ?? '' });
        expect(await computeSignature({ url, apiKey, secretKey, randomKey, body: text })).toBe(theirs);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an API key a header cannot carry is a ConfigurationError at construction, not a TypeError at the first call', () => {
    const options = { secretKey: 's', baseUrl: 'https://sandbox-api-gateway.oderopay.com.tr' };
    expect(() => createOderoPayTransport({ ...options, apiKey: 'anahtar-ğ' })).toThrow(ConfigurationError);
    expect(() => createOderoPayTransport({ ...options, apiKey: 'a\r\nx-evil: 1' })).toThrow(ConfigurationError);
    expect(() => createOderoPayTransport({ ...options, apiKey: 'ak', merchantId: 'm\n' })).toThrow(ConfigurationError);
  });

  it("the x-signature our client sends verifies with Craftgate's function, over the URL and body as they went out", async () => {
    const seen: { url: string; rnd: string; signature: string; body: string }[] = [];
    const transport = createOderoPayTransport({
      apiKey: 'ak-01+/=%',
      secretKey: 'sk+%/=ü',
      baseUrl: 'https://sandbox-api-gateway.oderopay.com.tr',
      logLevel: 'off',
      maxRetries: 0,
      fetch: async (input, init) => {
        const r = new Request(input, init);
        seen.push({ url: r.url, rnd: r.headers.get('x-rnd-key') ?? '', signature: r.headers.get('x-signature') ?? '', body: await r.text() });
        return new Response('{"data":{"items":[]}}', { headers: { 'content-type': 'application/json' } });
      },
    });
    await fc.assert(
      fc.asyncProperty(
        tricky,
        tricky.filter((s) => s.trim() !== ''),
        async (conversationId, name) => {
          await transport.call(reportingSearchPayments, { conversationId, itemExternalIds: [name, `${name}+1`], page: 0 });
          await transport
            .call(paymentsCreate, {
              conversationId: conversationId || undefined,
              price: '10.50',
              paidPrice: '10.50',
              installment: 1,
              currency: 'TRY',
              paymentGroup: 'PRODUCT',
              card: { cardHolderName: name, cardNumber: '5528790000000008', expireYear: '2035', expireMonth: '07', cvc: '123' },
              items: [{ name, price: '10.50' }],
            })
            .catch(() => undefined);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    expect(seen.length).toBe(400);
    for (const s of seen) {
      const theirs = calculateSignature({ url: decodeURIComponent(s.url), apiKey: 'ak-01+/=%', secretKey: 'sk+%/=ü', randomStr: s.rnd, body: s.body });
      expect(s.signature).toBe(theirs);
    }
  });
});
