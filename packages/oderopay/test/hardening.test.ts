import { ConfigurationError, isOdemeError, ProviderError, ValidationError } from '@odeme/core';
import { OderoPay, parseThreeDSCallback, readThreeDSCallback } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import { basket, card, creds, setup } from './helpers';

// Inputs and answers that used to escape as untyped exceptions (or go out wrong) before any typed handling.

async function outcome(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('bad input that reaches the URL is refused before sending', () => {
  it('a subscription status (a path segment) outside ACTIVE, PASSIVE, PENDING is a ValidationError, not a TypeError', async () => {
    const { sim, odero } = setup();
    for (const status of ['', 'active', 'YENİ DURUM']) {
      // @ts-expect-error: the status is one of the three names
      const err = await outcome(odero.subscriptions.listByStatus({ status }));
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fields).toEqual(['status']);
    }
    expect(sim.requests).toHaveLength(0);
  });

  it('a lone UTF-16 surrogate in a query or path value is a ValidationError naming the field, not a URIError', async () => {
    const { sim, odero } = setup();
    const query = await outcome(odero.cards.search({ cardAlias: 'kart\uD800' }));
    expect(query).toBeInstanceOf(ValidationError);
    expect((query as ValidationError).fields).toEqual(['cardAlias']);
    const path = await outcome(odero.checkout.retrieve({ token: '\uDC00x' }));
    expect((path as ValidationError).fields).toEqual(['token']);
    const key = await outcome(odero.settlementReporting.searchBouncedSubMerchantRows({ 'k\uD800': 'v' }));
    expect(key).toBeInstanceOf(ValidationError);
    expect(sim.requests).toHaveLength(0);
    // Paired surrogates (emoji) are fine.
    await odero.cards.search({ cardAlias: 'kart 💳' });
    expect(sim.requests).toHaveLength(1);
  });

  it('open query filters take scalars only: an object is refused instead of going out as [object Object] or throwing', async () => {
    const { sim, odero } = setup();
    for (const value of [{ a: 1 }, Object.create(null), () => 1, [1, 2], null]) {
      const err = await outcome(odero.settlementReporting.searchPayoutCompletedTransactions({ filter: value } as never));
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fields).toEqual(['filter']);
    }
    expect(sim.requests).toHaveLength(0);
    await odero.settlementReporting.searchPayoutCompletedTransactions({ page: 0, startDate: '2026-01-01', merchantOnly: true, limit: 5, skipped: undefined });
    expect(sim.requests[0]?.url).toContain('?page=0&startDate=2026-01-01&merchantOnly=true&limit=5');
  });
});

describe('expiry years given as numbers', () => {
  it('a two-digit year number is sent as 20xx, never zero-padded to 00xx', async () => {
    const { sim, odero } = setup();
    await odero.payments.create({ ...basket(), card: { ...card(), expireYear: 35, expireMonth: 7 } });
    await odero.payments.create({ ...basket(), card: { ...card(), expireYear: 2036 } });
    const sent = sim.requests.map((r) => JSON.parse(r.body).card);
    expect(sent.map((c: { expireYear: string; expireMonth: string }) => [c.expireYear, c.expireMonth])).toEqual([
      ['2035', '07'],
      ['2036', '07'],
    ]);
  });
});

describe('bare JSON bodies', () => {
  it('a period name goes out as a JSON string ("WEEK"), a number as a JSON number', async () => {
    const { sim, odero } = setup();
    const p = await odero.payments.create({ ...basket(), card: card(), plan: { price: '49.90', periodType: 30 } });
    const id = p.subscriptionId as number;
    expect(await odero.subscriptions.updatePeriodType({ id, periodType: 'WEEK' })).toMatchObject({ periodType: 'WEEK' });
    expect(sim.requests.at(-1)?.body).toBe('"WEEK"');
    await odero.subscriptions.updatePeriodType({ id, periodType: 30 });
    expect(sim.requests.at(-1)?.body).toBe('30');
  });
});

describe('error envelopes of the wrong shape', () => {
  it('errorDescription, errorCode or errorGroup of another type still end in a ProviderError', async () => {
    const bodies = [
      { errors: { errorCode: 1, errorDescription: { text: 'x' } } },
      { errors: { errorCode: '10051', errorDescription: ['x'], errorGroup: 5 } },
      { errors: { errorCode: { n: 1 }, errorDescription: 7, errorGroup: { g: 1 } } },
    ];
    for (const body of bodies) {
      const odero = new OderoPay({ ...creds, environment: 'sandbox', logLevel: 'off', fetch: async () => Response.json(body, { status: 400 }) });
      const err = await outcome(odero.installments.retrieveBin({ binNumber: '552879' }));
      expect(err).toBeInstanceOf(ProviderError);
      const e = err as ProviderError;
      for (const v of [e.providerCode, e.providerMessage, e.group]) expect(['string', 'undefined']).toContain(typeof v);
    }
  });

  it('a request echoed into errorCode or errorGroup is scrubbed there too (they are kept as given, unlike the message)', async () => {
    const echo = `{"card":{"cardNumber":"5528790000000008","cvc":"123"}} x-api-key: ${creds.apiKey}`;
    const odero = new OderoPay({
      ...creds,
      environment: 'sandbox',
      logLevel: 'off',
      fetch: async () => Response.json({ errors: { errorCode: echo, errorDescription: 'x', errorGroup: echo } }, { status: 400 }),
    });
    const err = (await outcome(odero.installments.retrieveBin({ binNumber: '552879' }))) as ProviderError;
    expect(err).toBeInstanceOf(ProviderError);
    for (const v of [err.providerCode, err.group]) {
      expect(v).toContain('552879******0008');
      expect(v).not.toContain('5528790000000008');
      expect(v).not.toContain(creds.apiKey);
      expect(v).not.toMatch(/"cvc":"123"/);
    }
  });
});

describe('3DS callback reading', () => {
  const form = 'paymentId=1000123&conversationId=order-1&status=SUCCESS&mdStatus=1';
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('https://shop.example/3ds', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

  it('reads a normal callback', async () => {
    expect((await readThreeDSCallback(post(form))).paymentId).toBe('1000123');
    expect(parseThreeDSCallback(form).status).toBe('SUCCESS');
  });

  it('refuses an oversized body (declared, streamed without a length, or as text) with a ValidationError', async () => {
    const big = `${form}&pad=${'x'.repeat(70 * 1024)}`;
    for (const run of [
      () => readThreeDSCallback(post(big)),
      () =>
        readThreeDSCallback(
          post(
            new ReadableStream({
              start(c) {
                for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode('x'.repeat(8 * 1024)));
                c.close();
              },
            }),
          ),
        ),
      async () => parseThreeDSCallback(big),
      async () => parseThreeDSCallback('ğ'.repeat(40 * 1024)), // 80 KiB of UTF-8 in 40 K characters
    ]) {
      const err = await outcome(run());
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).issues[0]?.code).toBe('too_big');
    }
    // The limit can be raised.
    expect(parseThreeDSCallback(big, {}, { maxBodyBytes: 1024 * 1024 }).paymentId).toBe('1000123');
  });

  it('a body that fails while streaming or was already read is a ValidationError, not the raw stream error', async () => {
    const broken = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('paymentId=1'));
        c.error(new Error('connection reset'));
      },
    });
    const used = post(form);
    await used.text();
    for (const request of [post(broken), used]) {
      const err = await outcome(readThreeDSCallback(request));
      expect(isOdemeError(err)).toBe(true);
      expect(err).toBeInstanceOf(ValidationError);
    }
  });

  it('says that nothing on the post is verified (ÖderoPay publishes no hash for it)', async () => {
    const read = await readThreeDSCallback(post(form));
    expect(read.verified).toBe(false);
    expect(read.fields).toEqual({ paymentId: '1000123', conversationId: 'order-1', status: 'SUCCESS', mdStatus: '1' });
  });

  it('refuses a field the result is read from when it is posted twice, and bodies that are not a form or a JSON object', async () => {
    for (const body of [`${form}&paymentId=1000999`, `status=FAILURE&${form}`]) {
      const e = await outcome(Promise.resolve().then(() => parseThreeDSCallback(body)));
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.code).toBe('duplicate_field');
    }
    // An unknown field posted twice is kept (the last value), since nothing is read from it.
    expect(parseThreeDSCallback(`${form}&extra=1&extra=2`).fields.extra).toBe('2');
    for (const body of [' {"paymentId": ', null, 42, ['paymentId', '1']] as unknown[]) {
      const e = await outcome(Promise.resolve().then(() => parseThreeDSCallback(body as string)));
      expect(e).toBeInstanceOf(ValidationError);
    }
  });

  it('a limit that is not a whole positive number of bytes is a ConfigurationError, not an unlimited read', async () => {
    for (const maxBodyBytes of [0, -1, Number.NaN, 1.5, Number.POSITIVE_INFINITY]) {
      expect(() => parseThreeDSCallback(form, {}, { maxBodyBytes })).toThrow(ConfigurationError);
      expect(await outcome(readThreeDSCallback(post(form), {}, { maxBodyBytes }))).toBeInstanceOf(ConfigurationError);
    }
  });
});
