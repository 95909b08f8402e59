import { ConfigurationError, HttpError, isOdemeError, SignatureVerificationError, UnexpectedResponseError, ValidationError } from '@odeme/core';
import { PayWall, PayWallCallbacks, PayWallTempCardType } from '@odeme/paywall';
import { tr } from '@odeme/paywall/tr';
import { describe, expect, it } from 'vitest';
import { creds, customer, directPayment, hashKeys, makeClient, makeSim, threeDPayment, uniqueCode } from './helpers';

async function refused(run: () => Promise<unknown>): Promise<ValidationError> {
  const e = await run().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return e as ValidationError;
}

describe('PayWall answers without the envelope', () => {
  const answering = (status: number, body: string) =>
    new PayWall({ ...creds, environment: 'test', logLevel: 'off', maxRetries: 0, fetch: async () => new Response(body, { status }) });

  it('a 2xx without { ErrorCode, Result } is UnexpectedResponseError, never a refund or payment reported done', async () => {
    for (const body of ['', '[1,2,3]', '{"foo":1}', '{"Result":true}', '{"ErrorCode":"1","Result":false}']) {
      const pw = answering(200, body);
      for (const call of [
        () => pw.refunds.partial({ MerchantUniqueCode: 'm-1', Amount: '1.00' }),
        () => pw.cancels.create({ MerchantUniqueCode: 'm-1' }),
        () => pw.payments.captureProvision({ MerchantUniqueCode: 'm-1' }),
        () => pw.payments.startDirect(directPayment()),
        () =>
          pw.payments.startSplit({
            PaymentDetail: {
              Amount: 1,
              MerchantUniqueCode: 's-1',
              CurrencyId: 1,
              Installment: 1,
              CallbackAddress: 'https://shop.example/cb',
              ClientIP: '1.2.3.4',
            },
            CardModel: 1,
            Payments: [
              {
                Customer: customer,
                Product: { ProductId: 'a', ProductName: 'A', ProductAmount: 1 },
                Card: { OwnerName: 'A', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
              },
            ],
          }),
      ])
        expect(await call().catch((e: unknown) => e), body).toBeInstanceOf(UnexpectedResponseError);
    }
    // Another status without the envelope stays an HttpError (retried for reads).
    expect(
      await answering(502, '<html>bad gateway</html>')
        .refunds.create({ MerchantUniqueCode: 'm' })
        .catch((e: unknown) => e),
    ).toBeInstanceOf(HttpError);
  });
});

describe('PayWall parameters sent as headers', () => {
  it('refuses, naming the field and sending nothing, what a header cannot carry unchanged', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const before = sim.requests.length;
    for (const v of ['sipariş-1', 'Çağrı', '💳', 'a\u0000b', 'a\r\nx-evil: 1', ' a', 'a ', 'sipariü-1']) {
      expect((await refused(() => pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: v }))).fields).toEqual(['MerchantUniqueCode']);
      expect((await refused(() => pw.queries.byTrackingCode({ TrackingCode: v }))).fields).toEqual(['TrackingCode']);
      expect((await refused(() => pw.cardWall.list({ RelationalId1: 'u-1', RelationalId2: v }))).fields).toEqual(['RelationalId2']);
      expect((await refused(() => pw.vpos.transactionList({ Headers: { day: v } }))).fields).toEqual(['Headers.day']);
    }
    expect((await refused(() => pw.vpos.transactionList({ Headers: { 'a b': 'x' } }))).fields).toEqual(['Headers.a b']);
    const tempCard = {
      CardType: PayWallTempCardType.Insurance,
      CardOwnerName: 'A',
      CardNoFirst: '48249048',
      CardNoLast: '8012',
      IdentityNumber: '1',
      ExpiryMin: 5,
    };
    expect((await refused(() => pw.clientSide.createTempCard({ ...tempCard, token: 'tökén-ş' }))).fields).toEqual(['token']);
    expect(sim.requests.length).toBe(before);
    // Visible ASCII with inner spaces is still sent as it is.
    await pw.payments.startDirect(directPayment('order 7/A'));
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: 'order 7/A' })).Paywall.PaymentId).toBeGreaterThan(0);
  });
});

describe('PayWall options sent as headers', () => {
  it('a key or locale a header cannot carry is a ConfigurationError when the client is built, not a TypeError on each call', async () => {
    const build = (extra: Record<string, unknown>) => () => new PayWall({ ...creds, environment: 'test', ...extra });
    for (const extra of [{ locale: 'tr-ş' }, { locale: 'tr\r\nx: 1' }, { apiKeyPrivate: 'sk-ş', apiClientPrivate: 'sc' }, { apiKeyPublic: 'pk\u0000' }])
      expect(build(extra)).toThrow(ConfigurationError);
    expect(build({ locale: tr, localeHeader: 'dil seç' })).toThrow(/localeHeader/);
    // A key read from a file with its trailing newline still works: `Headers` trims it.
    const sim = makeSim();
    const pw = makeClient(sim, { apiKeyPublic: `${creds.apiKeyPublic}\n`, locale: tr });
    await expect(pw.bin.inquiry({ BinNumber: '552879' })).resolves.toMatchObject({ BinNumber: '552879' });
    expect(sim.requests.at(-1)?.headers.locale).toBe('tr');
  });
});

describe('PayWall tempcard expiry', () => {
  it('an expired, swapped or out-of-range expiry is refused before sending', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const { Token } = await pw.clientSide.createTempToken({ ClientCardSave: false, ThreeDSession: false, ExpiryMin: 5 });
    const base = { token: Token, CardType: PayWallTempCardType.ECommerce, CardOwnerName: 'Ayşe', CardNumber: '5528790000000008', CardCvv: '123', ExpiryMin: 5 };
    const before = sim.requests.length;
    const year = new Date().getUTCFullYear();
    for (const [month, y, field] of [
      ['12', String(year - 1), 'CardExpiryYear'],
      ['2030', '12', 'CardExpiryMonth'],
      ['13', '2030', 'CardExpiryMonth'],
      ['12', '1999', 'CardExpiryYear'],
    ] as const)
      expect((await refused(() => pw.clientSide.createTempCard({ ...base, CardExpiryMonth: month, CardExpiryYear: y }))).fields).toEqual([field]);
    expect(sim.requests.length).toBe(before);
    await expect(pw.clientSide.createTempCard({ ...base, CardExpiryMonth: '12', CardExpiryYear: '30' })).resolves.toMatchObject({
      CardToken: expect.any(String),
    });
  });
});

describe('PayWall callback bodies that are not callbacks', () => {
  const cb = new PayWallCallbacks({ hashKeys });

  it('truncated, non-object and unreadable bodies are ValidationErrors, never untyped exceptions', async () => {
    const post = () => new Request('https://shop.example/cb', { method: 'POST', body: '{"Type":1}' });
    const used = post();
    await used.text();
    const inputs: unknown[] = ['{"Type":1,"Amou', '', 'null', '[1]', '5', '"x"', null, undefined, 42, used, Object.create(null)];
    for (const input of inputs) {
      const e = await cb.verifyGeneralCallback(input as never).catch((x: unknown) => x);
      expect(isOdemeError(e), String(e)).toBe(true);
      expect(e instanceof ValidationError || e instanceof SignatureVerificationError, String(e)).toBe(true);
    }
    for (const input of [null, undefined, 42, [1], used]) {
      await expect(cb.verifyThreeDReturn(input as never)).rejects.toBeInstanceOf(ValidationError);
      await expect(cb.parseThreeDReturn(input as never)).rejects.toBeInstanceOf(ValidationError);
    }
    // A value String() cannot print (a null-prototype object) in a parsed form.
    await expect(cb.verifyThreeDReturn({ hash: 'x', amount: Object.create(null) })).rejects.toBeInstanceOf(ValidationError);
  });

  it('a body past maxBodyBytes (64 KiB by default) is refused, told by content-length or counted while it streams', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode();
    const started = await pw.payments.start3d(threeDPayment(code));
    const post = await sim.completeThreeD(started.RedirectUrl as string);
    // A genuine post with one unhashed field padded past the limit.
    const big = `${post.body}&pad=${'x'.repeat(70 * 1024)}`;
    const tooBig = (e: unknown) => e instanceof ValidationError && e.issues[0]?.code === 'too_big';
    expect(tooBig(await cb.verifyThreeDReturn(big).catch((e: unknown) => e))).toBe(true);
    expect(tooBig(await cb.verifyThreeDReturn(new Request('https://s/ok', { method: 'POST', body: big })).catch((e: unknown) => e))).toBe(true);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('x'.repeat(2_000)));
        c.close();
      },
    });
    const streamed = new Request('https://s/ok', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(tooBig(await cb.verifyThreeDReturn(streamed).catch((e: unknown) => e))).toBe(true);
    // Multi-byte text is measured in bytes, not characters.
    expect(tooBig(await cb.verifyGeneralCallback(`{"x":"${'ş'.repeat(33 * 1024)}"}`).catch((e: unknown) => e))).toBe(true);
    // The limit is the caller's to raise; the genuine post verifies under it.
    const roomy = new PayWallCallbacks({ hashKeys, maxBodyBytes: 256 * 1024 });
    expect((await roomy.verifyThreeDReturn(big)).verified.merchantUniqueCode).toBe(code);
    expect((await cb.verifyThreeDReturn(post.toRequest())).verified.amount).toBe('15.50');
  });
});
