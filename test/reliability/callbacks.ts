import { createBipListener } from '@odeme/bip';
import { isOdemeError, SignatureVerificationError, timingSafeEqual, ValidationError } from '@odeme/core';
import { autoSubmitHtml, Haso, parseHasoReturn } from '@odeme/haso';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figures } from './support/figures.js';

const SEED = 20_260_501;
const creds = { username: 'turkcell', password: 'listener-secret-1' };
const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
const valid = {
  resultCode: 0,
  resultDesc: 'SUCCESS',
  transactionId: '4821937561029384',
  paymentMethod: 'reserve',
  itemList: [{ itemId: 51, itemName: 'Ayran', itemPrice: 12.5, currency: 'TL', itemCount: 2, iRemovable: true }],
  totalAmount: 25,
  orderDate: '25.11.2026 14:36:02',
  currency: 'TL',
  channelId: 10,
  additionalInfo: { commitToken: '11234567' },
};

function listener() {
  const events: unknown[] = [];
  const errors: unknown[] = [];
  const handler = createBipListener({ credentials: creds, onPayment: (e) => void events.push(e), onError: (e) => void errors.push(e), logLevel: 'off' });
  const post = (body: string, auth: string | null = basic(creds.username, creds.password), headers: Record<string, string> = {}) =>
    handler(
      new Request('https://merchant.example/bip', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}), ...headers },
      }),
    );
  return { events, errors, post, handler };
}

describe('5. callbacks and listeners', () => {
  it('BiP listener: forged credentials get 401 and never reach onPayment', async () => {
    const l = listener();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constant(creds.username), fc.string({ maxLength: 30 })).map(([u, p]) => basic(u, p)),
          fc.tuple(fc.string({ maxLength: 20 }), fc.constant(creds.password)).map(([u, p]) => basic(u, p)),
          fc.constant(basic(creds.username, `${creds.password.slice(0, -1)}2`)),
          fc.constantFrom('Basic !!!', 'Bearer abc', `Basic ${btoa(creds.password)}`, 'basic', '', `Basic ${btoa(`${creds.username}:${creds.password}`)}x`),
        ),
        async (auth) => {
          fc.pre(auth !== basic(creds.username, creds.password));
          const res = await l.post(JSON.stringify(valid), auth);
          expect(res.status).toBe(401);
          figures.callbacks.cases++;
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
    expect((await l.post(JSON.stringify(valid), null)).status).toBe(401);
    expect(l.events).toHaveLength(0);
    expect(l.errors.every((e) => e instanceof SignatureVerificationError)).toBe(true);
  });

  it('BiP listener: truncated, oversized, wrong-shape and non-POST bodies get 4xx with a typed error', async () => {
    const l = listener();
    const text = JSON.stringify(valid);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => {
        const res = await l.post(text.slice(0, cut));
        expect([400, 422]).toContain(res.status);
        figures.callbacks.cases++;
      }),
      { seed: SEED, numRuns: 120 },
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        const res = await l.post(JSON.stringify(v));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        figures.callbacks.cases++;
      }),
      { seed: SEED, numRuns: 120 },
    );
    const huge = JSON.stringify({ ...valid, resultDesc: 'x'.repeat(300 * 1024) });
    expect((await l.post(huge)).status).toBe(413);
    // No content-length: the body is counted as it streams.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
        c.close();
      },
    });
    const res = await l.handler(
      new Request('https://m.example/l', {
        method: 'POST',
        body: stream,
        duplex: 'half',
        headers: { authorization: basic(creds.username, creds.password) },
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect((await l.handler(new Request('https://m.example/l', { method: 'GET' }))).status).toBe(405);
    figures.callbacks.cases += 3;
    expect(l.events).toHaveLength(0);
    expect(l.errors.every((e) => isOdemeError(e))).toBe(true);
  });

  it('BiP listener: a replayed callback yields the identical event (no nonce in the protocol: de-duplicate by transactionId)', async () => {
    const l = listener();
    expect((await l.post(JSON.stringify(valid))).status).toBe(200);
    expect((await l.post(JSON.stringify(valid))).status).toBe(200);
    expect(l.events).toHaveLength(2);
    expect(l.events[1]).toEqual(l.events[0]);
    figures.callbacks.cases += 2;
  });

  it('HASO return posts: any body parses or ends in a ValidationError, never an untyped exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json(),
          fc.string().map((s) => `{${s}`),
          fc.dictionary(fc.string(), fc.jsonValue()),
        ),
        fc.constantFrom('ok', 'fail', 'callback'),
        (body, kind) => {
          try {
            const r = parseHasoReturn(body as never, kind as 'ok');
            expect(typeof r.fields).toBe('object');
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
          }
          figures.callbacks.cases++;
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('HASO browser forms escape every value (no markup injection through merchantOid, URLs or extra fields)', () => {
    const haso = new Haso({ merchantId: 'M1', merchantKey: 'k-0123456789', merchantSalt: 's-0123456789', baseUrl: 'https://haso.test', logLevel: 'off' });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 40 }), (oid, note) => {
        const form = haso.browser.transaction({
          token: 't',
          okUrl: 'https://m.example/ok?a=1&b="2"',
          failUrl: 'https://m.example/f',
          callbackUrl: 'https://m.example/c',
          merchantOid: oid,
          orderAmount: 100,
          extra: { note: `${note}"><script>x</script>` },
        });
        expect(form.html).not.toMatch(/<script>x/);
        expect(form.html.match(/<input /g)?.length).toBe(Object.keys(form.fields).length);
        figures.callbacks.cases++;
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(autoSubmitHtml('https://x/"><b>', { a: '<i>' })).not.toContain('<i>');
  });

  it('credential comparison is constant-time: no measurable dependence on where the strings differ', () => {
    const a = 'x'.repeat(4096);
    const early = `y${'x'.repeat(4095)}`;
    const late = `${'x'.repeat(4095)}y`;
    const time = (b: string) => {
      const samples: number[] = [];
      for (let s = 0; s < 7; s++) {
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < 300; i++) timingSafeEqual(a, b);
        samples.push(Number(process.hrtime.bigint() - t0));
      }
      return samples.sort((x, y) => x - y)[3] as number;
    };
    time(early);
    const ratio = time(early) / time(late);
    figures.callbacks.cases++;
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });
});
