import { ConfigurationError, isOdemeError, SignatureVerificationError, ValidationError } from '@odeme/core';
import { type PayWall, PayWallCallbacks, payWallHash } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, type PayWallSimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameHash } from '../../packages/paywall/src/callbacks/hash.js';
import { createPayWallEnv, PAYWALL_CANARY, paywallHashKeys } from './adapters/paywall.js';
import { figures } from './support/figures.js';

const SEED = 20_260_501;
const cb = new PayWallCallbacks({ hashKeys: paywallHashKeys });
let seq = 0;

/** A 3D payment through the simulator's browser step: the genuine, signed form post (success or fail). */
async function threeDPost(outcome: 'success' | 'fail' = 'success', env = createPayWallEnv()) {
  const code = `cb-${Date.now().toString(36)}-${seq++}`;
  const started = await (env.client as PayWall).payments.start3d({
    PaymentDetail: {
      Amount: '150.00',
      MerchantUniqueCode: code,
      CurrencyId: 1,
      Installment: 3,
      ClientIP: '203.0.113.7',
      MerchantSuccessBackUrl: 'https://shop.example/paywall/ok',
      MerchantFailBackUrl: 'https://shop.example/paywall/fail',
    },
    Card: { OwnerName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, ExpireMonth: '12', ExpireYear: String(new Date().getUTCFullYear() + 3), Cvv: '123' },
    Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
    Products: [
      { ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: '129.90' },
      { ProductId: 'cup-02', ProductName: 'Bardak', ProductAmount: '20.10' },
    ],
  });
  const sim = env.sim as PayWallSimulator;
  const post = await sim.completeThreeD(started.RedirectUrl as string, { outcome });
  return { env, sim, code, post };
}

/** The simulator's general callback (JSON, amounts written as `150.00`) for a refunded payment. */
async function generalCallback() {
  const { env, sim, code } = await threeDPost();
  await (env.client as PayWall).refunds.partial({ MerchantUniqueCode: code, Amount: '12.50' });
  return { sim, code, body: (await sim.buildGeneralCallback({ merchantUniqueCode: code })).body };
}

/** The call must end in a typed refusal; a verified result is a forged callback accepted. */
async function refusedWith(run: () => Promise<unknown>, ...types: (new (...a: never[]) => Error)[]) {
  const out = await run().then(
    (r) => r,
    (e: unknown) => e,
  );
  expect(isOdemeError(out), `accepted or untyped: ${String(out)}`.slice(0, 300)).toBe(true);
  expect(
    types.some((t) => out instanceof t),
    String(out),
  ).toBe(true);
  figures.callbacks.cases++;
  return out;
}

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('5. callbacks: PayWall hashes', () => {
  it('3D return: forged hashes are refused (random, one character off, wrong key, reordered template, blank)', async () => {
    const { post } = await threeDPost();
    const f = post.fields;
    expect((await cb.verifyThreeDReturn(post.body)).verified.amount).toBe(f.amount);
    expect((await cb.verifyThreeDReturn({ ...f, hash: (f.hash as string).toUpperCase() })).verified.paymentId).toBe(Number(f.paymentId));
    const h = f.hash as string;
    const forged = fc.oneof(
      hex64,
      fc.tuple(fc.nat({ max: 63 }), fc.constantFrom(...'0123456789abcdef')).map(([i, c]) => `${h.slice(0, i)}${c}${h.slice(i + 1)}`),
      fc.string({ minLength: 1, maxLength: 40 }).map((k) => `${k}-wrong-key`),
      fc.constantFrom(' ', `${h} x`, h.slice(0, 63), `${h}0`, h.replace(/./g, '0')),
    );
    await fc.assert(
      fc.asyncProperty(forged, async (value) => {
        const hash = value.endsWith('-wrong-key')
          ? await payWallHash(value, [f.paymentId ?? '', f.uniqueCode ?? '', f.amount ?? '', f.installment ?? ''])
          : value;
        fc.pre(hash.toLowerCase() !== h);
        await refusedWith(() => cb.verifyThreeDReturn({ ...f, hash }), SignatureVerificationError);
      }),
      { seed: SEED, numRuns: 120 },
    );
    // The right values hashed in another order, or with the key left out, do not verify either.
    for (const values of [
      [f.uniqueCode, f.paymentId, f.amount, f.installment],
      [f.paymentId, f.uniqueCode, f.installment, f.amount],
    ])
      await refusedWith(
        async () => cb.verifyThreeDReturn({ ...f, hash: await payWallHash(PAYWALL_CANARY.threeD, values as string[]) }),
        SignatureVerificationError,
      );
    await refusedWith(
      async () => cb.verifyThreeDReturn({ ...f, hash: await payWallHash('', [f.paymentId ?? '', f.uniqueCode ?? '', f.amount ?? '', f.installment ?? '']) }),
      SignatureVerificationError,
    );
    const { hash: _drop, ...noHash } = f;
    await refusedWith(() => cb.verifyThreeDReturn(noHash), SignatureVerificationError);
  });

  it('3D return: a tampered amount, payment id, order code or installment count is refused, however it is written', async () => {
    const { post } = await threeDPost();
    const f = post.fields;
    const other = (original: string, arb: fc.Arbitrary<string>) => arb.filter((v) => v !== original);
    const tamper = fc.oneof(
      // 150.00 TL written another way is another text: the hash is over the text as posted.
      other(f.amount as string, fc.constantFrom('150', '150.0', '150,00', '0150.00', ' 150.00', '150.00 ', '1500.0', '15000')).map(
        (v) => ['amount', v] as const,
      ),
      other(
        f.amount as string,
        fc.integer({ min: 1, max: 10_000_000 }).map((k) => (k / 100).toFixed(2)),
      ).map((v) => ['amount', v] as const),
      other(f.paymentId as string, fc.nat().map(String)).map((v) => ['paymentId', v] as const),
      other(f.uniqueCode as string, fc.string({ maxLength: 30 })).map((v) => ['uniqueCode', v] as const),
      other(f.installment as string, fc.constantFrom('1', '2', '6', '12', '03', '3 ')).map((v) => ['installment', v] as const),
    );
    await fc.assert(
      fc.asyncProperty(tamper, async ([field, value]) => {
        await refusedWith(() => cb.verifyThreeDReturn({ ...f, [field]: value }), SignatureVerificationError);
        // As a raw form body too (what a route handler passes on).
        const body = new URLSearchParams({ ...f, [field]: value }).toString();
        await refusedWith(() => cb.verifyThreeDReturn(body), SignatureVerificationError);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('general callback: forged hashes and tampered amounts are refused; the typed amount is always the hashed text', async () => {
    const { body, code } = await generalCallback();
    const ok = await cb.verifyGeneralCallback(body);
    expect(ok.verified).toMatchObject({ amount: '150.00', amountKurus: 15_000, merchantUniqueCode: code });
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const h = parsed.Hash as string;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hex64.filter((x) => x !== h).map((x) => body.replace(h, x)),
          // The amount as JSON number text: 150.00 → 150, 150.0, 150.01, 1500.00…
          fc
            .constantFrom('150', '150.0', '150.000', '1.5e2', '150.01', '149.99', '1500.00', '-150.00')
            .map((a) => body.replace('"Amount":150.00', `"Amount":${a}`)),
          fc.integer({ min: 1, max: 10_000_000 }).map((k) => body.replace('"Amount":150.00', `"Amount":${(k / 100).toFixed(2)}`)),
          fc.nat().map((n) => body.replace(/"PaymentId":\d+/, `"PaymentId":${n}`)),
          fc.constantFrom('"Installment":1', '"Installment":"3"', '"Installment":30').map((v) => body.replace('"Installment":3', v)),
          fc.string({ maxLength: 20 }).map((s) => body.replace(`"UniqueCode":"${code}"`, `"UniqueCode":${JSON.stringify(s)}`)),
        ),
        async (forged) => {
          fc.pre(forged !== body);
          const out = await cb.verifyGeneralCallback(forged).then(
            (r) => r,
            (e: unknown) => e,
          );
          // Only a re-spelling that keeps every hashed text (`"Installment":"3"`) may verify, and then to the same values.
          if (!isOdemeError(out)) expect((out as typeof ok).verified).toEqual(ok.verified);
          else expect(out).toBeInstanceOf(SignatureVerificationError);
          figures.callbacks.cases++;
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
    // A second Amount (nested, or a duplicate key) cannot move the typed amount off the hashed one.
    for (const sneaky of [
      body.replace('{', '{"Extra":{"Amount":1.00},'),
      body.replace('"Amount":150.00', '"Amount":150.00,"Amount":1.00'),
      body.replace('"Amount":150.00', '"Amount":1.00').replace('{', '{"Extra":{"Amount":150.00},'),
    ]) {
      const out = await cb.verifyGeneralCallback(sneaky).then(
        (r) => r,
        (e: unknown) => e,
      );
      if (isOdemeError(out)) expect(out).toBeInstanceOf(SignatureVerificationError);
      else expect((out as Awaited<ReturnType<typeof cb.verifyGeneralCallback>>).verified).toMatchObject({ amount: '150.00', amountKurus: 15_000 });
      figures.callbacks.cases++;
    }
  });

  it('truncated bodies (every cut) end in a typed refusal, never a verified callback or an untyped exception', async () => {
    const { post } = await threeDPost();
    const { body } = await generalCallback();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: post.body.length - 1 }), fc.nat({ max: body.length - 1 }), async (a, b) => {
        await refusedWith(() => cb.verifyThreeDReturn(post.body.slice(0, a)), SignatureVerificationError, ValidationError);
        await refusedWith(() => cb.verifyGeneralCallback(body.slice(0, b)), SignatureVerificationError, ValidationError);
        await refusedWith(
          () => cb.verifyGeneralCallback(new Request('https://shop.example/paywall/webhook', { method: 'POST', body: body.slice(0, b) })),
          SignatureVerificationError,
          ValidationError,
        );
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('oversized bodies are refused before they are read in full, even around a genuine hash', async () => {
    const { post } = await threeDPost();
    const { body } = await generalCallback();
    const tooBig = (e: unknown) => e instanceof ValidationError && e.issues[0]?.code === 'too_big';
    const pad = (n: number) => 'x'.repeat(n);
    const inputs: [string, () => Promise<unknown>][] = [
      ['3D form text', () => cb.verifyThreeDReturn(`${post.body}&note=${pad(70 * 1024)}`)],
      ['3D Request', () => cb.verifyThreeDReturn(new Request('https://s/ok', { method: 'POST', body: `${post.body}&note=${pad(300 * 1024)}` }))],
      ['3D unverified read', () => cb.parseThreeDReturn(`${post.body}&note=${pad(70 * 1024)}`)],
      ['general JSON text', () => cb.verifyGeneralCallback(body.replace('{', `{"Note":"${pad(70 * 1024)}",`))],
      ['general multi-byte', () => cb.verifyGeneralCallback(body.replace('{', `{"Note":"${'ğ'.repeat(33 * 1024)}",`))],
      ['10 MB JSON', () => cb.verifyGeneralCallback(`{"Hash":"${pad(10 * 1024 * 1024)}"}`)],
      [
        'streamed, no content-length',
        () =>
          cb.verifyGeneralCallback(
            new Request('https://s/webhook', {
              method: 'POST',
              body: new ReadableStream({
                start(c) {
                  for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode(pad(10_000)));
                  c.close();
                },
              }),
              duplex: 'half',
            } as RequestInit),
          ),
      ],
      ['unpublished webhook', () => cb.verifyWebhook('split', body.replace('{', `{"Note":"${pad(70 * 1024)}",`), { template: ['Type'] })],
    ];
    for (const [name, run] of inputs) {
      const e = await run().catch((x: unknown) => x);
      expect(tooBig(e), `${name}: ${String(e)}`).toBe(true);
      figures.callbacks.cases++;
    }
  });

  it('wrong-shape bodies and values (JSON of any shape, any object, any value) end in a typed refusal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
          fc.anything({ maxDepth: 2 }),
          fc.dictionary(fc.string(), fc.jsonValue()),
        ),
        async (input) => {
          for (const run of [() => cb.verifyGeneralCallback(input as never), () => cb.verifyThreeDReturn(input as never)])
            await refusedWith(run, SignatureVerificationError, ValidationError);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('replayed callbacks verify to the identical result (no nonce in the protocol): process each payment once', async () => {
    const { post, env } = await threeDPost();
    const first = await cb.verifyThreeDReturn(post.toRequest());
    const again = await cb.verifyThreeDReturn(post.toRequest());
    expect(again).toEqual(first);
    // A genuine post replayed for another order of the same shop (its code or id swapped in) is refused: the hash binds them.
    const other = await threeDPost('success', env);
    expect(other.post.fields.paymentId).not.toBe(post.fields.paymentId);
    await refusedWith(() => cb.verifyThreeDReturn({ ...post.fields, uniqueCode: other.code }), SignatureVerificationError);
    await refusedWith(() => cb.verifyThreeDReturn({ ...post.fields, paymentId: other.post.fields.paymentId as string }), SignatureVerificationError);
    const { body } = await generalCallback();
    expect(await cb.verifyGeneralCallback(body)).toEqual(await cb.verifyGeneralCallback(body));
    figures.callbacks.cases += 3;
  });

  it('status and errorCode are outside the hash template: a failed return edited to Success must be checked with a query', async () => {
    const { env, code, post } = await threeDPost('fail');
    const f = post.fields;
    expect(f.status).toBe('Unsuccessful');
    const flipped = { ...f, status: 'Success', errorCode: '0', errorMessage: '', providerErrorCode: '', providerErrorMessage: '' };
    const out = await cb.verifyThreeDReturn(flipped);
    // The hash cannot tell: the flipped outcome verifies, and is reported as unverified, never among the covered fields.
    expect(out.unverified.success).toBe(true);
    expect(Object.keys(out.verified).sort()).toEqual(['amount', 'amountKurus', 'installment', 'merchantUniqueCode', 'paymentId']);
    expect(out.verified.merchantUniqueCode).toBe(code);
    // The payment's real state, asked of PayWall by the verified id, is the authority before fulfilling.
    const { Paywall } = await (env.client as PayWall).queries.byPaymentId({ PaymentId: out.verified.paymentId as number });
    expect(Paywall.StatusId).toBe(5);
    expect(Paywall.Status).toBe(false);
    figures.callbacks.cases++;
  });

  it('a missing hash key is a ConfigurationError; unpublished templates are never guessed', async () => {
    const { post } = await threeDPost();
    const { body } = await generalCallback();
    const keyless = new PayWallCallbacks();
    await refusedWith(() => keyless.verifyThreeDReturn(post.body), ConfigurationError);
    await refusedWith(() => keyless.verifyGeneralCallback(body), ConfigurationError);
    for (const kind of ['apm', 'payout', 'physicalPos', 'recurring', 'payWatch', 'split'] as const)
      await refusedWith(() => cb.verifyWebhook(kind, body), ConfigurationError);
    // The 3D key does not verify a general callback, nor the webhook key a 3D return.
    const swapped = new PayWallCallbacks({ hashKeys: { threeD: PAYWALL_CANARY.systemWebhook, systemWebhook: PAYWALL_CANARY.threeD } });
    await refusedWith(() => swapped.verifyThreeDReturn(post.body), SignatureVerificationError);
    await refusedWith(() => swapped.verifyGeneralCallback(body), SignatureVerificationError);
  });

  it('the hash comparison is constant-time: no measurable dependence on where the texts differ', () => {
    const a = 'a'.repeat(4096);
    const early = `b${'a'.repeat(4095)}`;
    const late = `${'a'.repeat(4095)}b`;
    const time = (b: string) => {
      const samples: number[] = [];
      for (let s = 0; s < 7; s++) {
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < 300; i++) sameHash(a, b);
        samples.push(Number(process.hrtime.bigint() - t0));
      }
      return samples.sort((x, y) => x - y)[3] as number;
    };
    expect(sameHash(a, a)).toBe(true);
    expect(sameHash(a, early) || sameHash(a, late)).toBe(false);
    time(early);
    const ratio = time(early) / time(late);
    figures.callbacks.cases++;
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });
});
