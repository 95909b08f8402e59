import { isOdemeError, PaymentDeclinedError, ProviderError, ValidationError } from '@odeme/core';
import { type CreatePaymentParams, OderoPay, type Payment, parseThreeDSCallback, readThreeDSCallback } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figures } from './support/figures.js';

// ÖderoPay publishes no hash for the 3DS return post: nothing on it can be verified (or compared in constant time).
// The guarantee is that a post is only an input to threeDS.complete, whose signed answer is the authority: forged,
// replayed and cut posts never complete a payment the bank did not verify, and never complete one twice.

const SEED = 20_260_501;
const keys = { apiKey: 'cb-odero-api-key-01', secretKey: 'cb-odero-secret-key-01' };
const CALLBACK_URL = 'https://shop.example/odero/3ds';
const basket = {
  price: '150.50',
  paidPrice: '150.50',
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  items: [
    { name: 'Kitap', price: '100.25' },
    { name: 'Kalem', price: '50.25' },
  ],
} satisfies Omit<CreatePaymentParams, 'card'>;
const card = (cardNumber: string = ODEROPAY_TEST_CARDS.success) => ({
  cardHolderName: 'Ayşe Yılmaz',
  cardNumber,
  expireYear: String(new Date().getUTCFullYear() + 3),
  expireMonth: '07',
  cvc: '123',
});

interface Outcome {
  status: 200 | 400 | 422;
  paymentId?: string | undefined;
  payment?: Payment;
  error?: unknown;
}

function shop() {
  const sim = new OderoPaySimulator(keys);
  const odero = new OderoPay({ ...keys, environment: 'sandbox', fetch: sim.fetch, logLevel: 'off' });
  const completes = () => sim.count('POST', '/payment/v1/card-payments/3ds-complete');
  /** Starts a 3DS payment; returns its id (the session the simulator opened). */
  const init = async (cardNumber?: string) => {
    await odero.threeDS.init({ ...basket, conversationId: `order-${sim.threeDSSessions.size}`, card: card(cardNumber), callbackUrl: CALLBACK_URL });
    return [...sim.threeDSSessions.keys()].at(-1) as number;
  };
  /** The merchant's callback route, as the guide writes it: read the post, then let threeDS.complete decide. */
  const route = async (request: Request): Promise<Outcome> => {
    let paymentId: string | undefined;
    try {
      paymentId = (await readThreeDSCallback(request)).paymentId;
      if (!paymentId) return { status: 400, paymentId };
      return { status: 200, paymentId, payment: await odero.threeDS.complete({ paymentId }) };
    } catch (error) {
      if (!isOdemeError(error)) throw error;
      return { status: error instanceof ValidationError ? 400 : 422, paymentId, error };
    }
  };
  const post = (body: string, type = 'application/x-www-form-urlencoded') =>
    new Request(CALLBACK_URL, { method: 'POST', body, headers: { 'content-type': type } });
  return { sim, odero, completes, init, route, post };
}

const asForm = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('5. callbacks (ÖderoPay 3DS return)', () => {
  it('forged posts (unknown ids, sessions still at the bank, SUCCESS for a payment the bank refused) never complete a payment', async () => {
    const s = shop();
    const waiting = [await s.init(), await s.init(), await s.init()];
    const refused: number[] = [];
    for (let i = 0; i < 2; i++) {
      const id = await s.init(ODEROPAY_TEST_CARDS.threeDSFailure);
      s.sim.simulateBankCallback({ paymentId: id });
      refused.push(id);
    }
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...waiting, ...refused), fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 2_000_000_000, max: 2 ** 53 - 1 })),
        fc.boolean(),
        fc.string({ maxLength: 20 }),
        async (paymentId, json, conversationId) => {
          const fields = { paymentId: String(paymentId), conversationId, status: 'SUCCESS', mdStatus: '1' };
          const r = await s.route(json ? s.post(JSON.stringify(fields), 'application/json') : s.post(asForm(fields)));
          calls++;
          expect(r.status).toBe(422);
          expect(r.error).toBeInstanceOf(refused.includes(paymentId) ? PaymentDeclinedError : ProviderError);
          figures.callbacks.cases++;
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
    for (const id of [...waiting, ...refused]) expect(s.sim.payments.get(id)?.paymentStatus).not.toBe('SUCCESS');
    // Each forged post reached the provider once: a refused completion is not retried.
    expect(s.completes()).toBe(calls);
  });

  it('a replayed post completes nothing twice: the genuine one succeeds once, every replay is refused', async () => {
    const s = shop();
    const id = await s.init();
    const genuine = s.sim.simulateBankCallback({ paymentId: id });
    const first = await s.route(genuine.request);
    expect(first.status).toBe(200);
    expect(first.payment?.paymentStatus).toBe('SUCCESS');
    figures.callbacks.cases++;
    const replays = [
      () => s.post(genuine.body),
      () => s.post(JSON.stringify(genuine.fields), 'application/json'),
      () => s.post(`${genuine.body}&mdStatus=1&bank=x`),
      () => s.post(asForm({ ...genuine.fields, conversationId: 'başka-sipariş' })),
    ];
    for (let i = 0; i < 20; i++) {
      const r = await s.route((replays[i % replays.length] as () => Request)());
      expect(r.status).toBe(422);
      expect(r.error).toBeInstanceOf(ProviderError);
      expect((r.error as ProviderError).providerMessage).toMatch(/already completed/);
      figures.callbacks.cases++;
    }
    expect(s.completes()).toBe(21);
    // A replay that posts a field the result is read from twice is ambiguous: refused (400) before anything is sent.
    for (const extra of ['status=SUCCESS', `paymentId=${id}`, 'conversationId=x']) {
      const r = await s.route(s.post(`${genuine.body}&${extra}`));
      expect(r.status).toBe(400);
      expect((r.error as ValidationError).issues[0]?.code).toBe('duplicate_field');
      figures.callbacks.cases++;
    }
    expect(s.completes()).toBe(21);
    expect(s.sim.payments.size).toBe(1);
    expect(s.sim.payments.get(id)?.paymentStatus).toBe('SUCCESS');
  });

  it('a cut post loses its paymentId (400), names a payment complete refuses, or still names the genuine one, completed once', async () => {
    const s = shop();
    const id = await s.init();
    const genuine = s.sim.simulateBankCallback({ paymentId: id });
    const bodies = [genuine.body, JSON.stringify(genuine.fields)];
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 200 }), async (which, at) => {
        const text = bodies[which] as string;
        const cut = text.slice(0, at % text.length);
        const r = await s.route(s.post(cut, which ? 'application/json' : 'application/x-www-form-urlencoded'));
        if (which === 1) expect(r.status).toBe(400); // cut JSON never parses
        if (r.status === 200) {
          expect(r.paymentId).toBe(String(id));
          successes++;
        } else if (r.paymentId === String(id)) expect((r.error as ProviderError).providerMessage).toMatch(/already completed/);
        else expect([400, 422]).toContain(r.status);
        figures.callbacks.cases++;
      }),
      { seed: SEED, numRuns: 120 },
    );
    expect(successes).toBeLessThanOrEqual(1);
    expect(s.sim.payments.get(id)?.paymentStatus).toBe(successes === 1 ? 'SUCCESS' : 'CALLBACK_THREEDS');
  });

  it('oversized, broken and already-read bodies end in a ValidationError before anything is parsed or sent', async () => {
    const s = shop();
    const id = await s.init();
    s.sim.simulateBankCallback({ paymentId: id });
    const fields = `paymentId=${id}&status=SUCCESS&mdStatus=1`;
    const stream = (chunks: number, size: number, fail = false) =>
      new ReadableStream({
        start(c) {
          for (let i = 0; i < chunks; i++) c.enqueue(new TextEncoder().encode(i === 0 ? `${fields}&pad=` : 'x'.repeat(size)));
          if (fail) c.error(new Error('connection reset by peer'));
          else c.close();
        },
      });
    const withBody = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request(CALLBACK_URL, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
    const used = withBody(fields);
    await used.text();
    const cases: [string, () => Promise<unknown>, string][] = [
      ['declared too large', () => readThreeDSCallback(withBody(`${fields}&pad=${'x'.repeat(70 * 1024)}`)), 'too_big'],
      ['streamed without a length', () => readThreeDSCallback(withBody(stream(40, 4096))), 'too_big'],
      ['10 MB streamed', () => readThreeDSCallback(withBody(stream(160, 64 * 1024))), 'too_big'],
      ['as text', async () => parseThreeDSCallback(`${fields}&pad=${'x'.repeat(1024 * 1024)}`), 'too_big'],
      ['multi-byte text', async () => parseThreeDSCallback(`${fields}&ad=${'ş'.repeat(33 * 1024)}`), 'too_big'],
      ['reset mid-body', () => readThreeDSCallback(withBody(stream(3, 100, true))), 'unreadable'],
      ['already read', () => readThreeDSCallback(used), 'unreadable'],
    ];
    for (const [name, run, code] of cases) {
      const error = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.code, name).toBe(code);
      figures.callbacks.cases++;
    }
    // The merchant route answers them 400 and never calls complete; the payment is still waiting for it.
    expect((await s.route(withBody(stream(40, 4096)))).status).toBe(400);
    expect(s.completes()).toBe(0);
    expect(s.sim.payments.get(id)?.paymentStatus).toBe('CALLBACK_THREEDS');
    figures.callbacks.cases++;
  });

  it('any body (text, JSON of any shape, objects) parses or ends in a ValidationError; a parsed paymentId completes nothing unverified', async () => {
    const s = shop();
    await s.init();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json(),
          fc.string().map((t) => `{${t}`),
          fc.jsonValue().map((v) => JSON.stringify({ paymentId: v, status: 'SUCCESS' })),
          fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })),
          fc.anything({ maxDepth: 2 }),
          fc.constantFrom<unknown>(null, 42, [], '[1,2]', 'paymentId[]=1&paymentId=2', '%E0%A4%A', Object.create(null), { toString: 'x' }),
        ),
        async (body) => {
          let parsed: ReturnType<typeof parseThreeDSCallback> | undefined;
          try {
            parsed = parseThreeDSCallback(body as never);
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
          }
          if (parsed) {
            expect(Object.values(parsed.fields).every((v) => typeof v === 'string')).toBe(true);
            if (parsed.paymentId !== undefined) {
              const before = s.completes();
              const error = await s.odero.threeDS.complete({ paymentId: parsed.paymentId }).then(
                () => undefined,
                (e: unknown) => e,
              );
              expect(isOdemeError(error), String(error)).toBe(true);
              sent += s.completes() - before;
            }
          }
          figures.callbacks.cases++;
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    expect(s.completes()).toBe(sent);
    expect([...s.sim.payments.values()].every((p) => p.paymentStatus !== 'SUCCESS')).toBe(true);
  });
});
