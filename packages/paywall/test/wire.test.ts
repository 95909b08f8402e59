import { ConfigurationError, HttpError, PaymentDeclinedError, ProviderError } from '@odeme/core';
import { PayWall, payWallOperations, responseOf } from '@odeme/paywall';
import { tr } from '@odeme/paywall/tr';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creds, directPayment, makeClient } from './helpers';

const PAY = 'https://test-payment-api.itspaywall.com';
const PRIV = 'https://test-payment-private-api.itspaywall.com';
const CARD = 'https://test-card-api.itspaywall.com';
const ok = (Body: unknown) => ({ ErrorCode: 0, Result: true, Message: '', Body });
const b64 = (s: string) => globalThis.Buffer.from(s, 'utf8').toString('base64');

type Seen = { headers: Record<string, string | string[] | undefined>; body: string; path: string };
function capture(scope: nock.Scope): Seen[] {
  const seen: Seen[] = [];
  scope.on('request', (req: { headers: Seen['headers']; path: string }, _i: unknown, body: string) =>
    seen.push({ headers: { ...req.headers }, body, path: req.path }),
  );
  return seen;
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('PayWall wire format', () => {
  it('startdirect: PaymentAPI host, both header pairs, exact JSON body, legacy Installement sent as Installment', async () => {
    const scope = nock(PAY)
      .post('/api/paywall/payment/startdirect')
      .reply(200, ok({ Payment: { PaymentId: 1644541, ActivityId: 3202555, UniqueCode: '46b7ee44-6039-4cbe-bd27-c2a56df8684c', MerchantUniqueKey: 'm-1' } }));
    const seen = capture(scope);
    const body = directPayment('m-1');
    const { Installment: _drop, ...detail } = body.PaymentDetail;
    const res = await makeClient().payments.startDirect({ ...body, PaymentDetail: { ...detail, Installement: 1 } });
    expect(res.Payment?.PaymentId).toBe(1644541);
    const [req] = seen;
    expect(req?.path).toBe('/api/paywall/payment/startdirect');
    expect(req?.headers).toMatchObject({
      apikeypublic: creds.apiKeyPublic,
      apiclientpublic: creds.apiClientPublic,
      apikeyprivate: creds.apiKeyPrivate,
      apiclientprivate: creds.apiClientPrivate,
      'content-type': 'application/json; charset=utf-8',
    });
    const sent = JSON.parse(req?.body ?? '{}');
    expect(sent.PaymentDetail).toEqual({
      Amount: 15.5,
      MerchantUniqueCode: 'm-1',
      CurrencyId: 1,
      ClientIP: '203.0.113.7',
      ChannelId: 0,
      TagId: 0,
      Installment: 1,
    });
    expect(req?.body).not.toContain('Installement');
    expect(req?.body).toContain('"Amount":15.5');
    expect(req?.body).toContain('"ProductAmount":12.25');
    expect(req?.body).toContain('"ProductAmount":3.25');
    expect(sent.Card).toEqual({ OwnerName: 'Iyzico Kartı', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' });
    expect(sent.Products[0]).toMatchObject({ DiscountOwnerType: 0, DiscountType: 0, DiscountValue: 0, CargoType: 0, CargoCurrencyId: 0, CargoCost: 0 });
    expect(scope.isDone()).toBe(true);
  });

  it('sendPrivatePairOnPaymentApi: false sends the public pair only', async () => {
    const seen = capture(
      nock(PAY)
        .get('/api/paywall/payment/version')
        .reply(200, ok({ Version: '1' })),
    );
    await makeClient(undefined, { sendPrivatePairOnPaymentApi: false, locale: tr }).payments.version();
    expect(seen[0]?.headers.apikeyprivate).toBeUndefined();
    expect(seen[0]?.headers.apikeypublic).toBe(creds.apiKeyPublic);
    expect(seen[0]?.headers.locale).toBe('tr');
  });

  it('GET parameters travel as lower-case headers, never in the query string; private pair only', async () => {
    const scope = nock(PRIV)
      .get('/api/paywall/private/query')
      .reply(200, ok({ Paywall: { PaymentId: 7, StatusId: 4 } }));
    const seen = capture(scope);
    const r = await makeClient().queries.byMerchantUniqueCode({ MerchantUniqueCode: 'order-1' });
    expect(r.Paywall.StatusId).toBe(4);
    expect(seen[0]?.path).toBe('/api/paywall/private/query');
    expect(seen[0]?.headers).toMatchObject({ merchantuniquecode: 'order-1', apikeyprivate: creds.apiKeyPrivate, apiclientprivate: creds.apiClientPrivate });
    expect(seen[0]?.headers.apikeypublic).toBeUndefined();
    expect(seen[0]?.body).toBe('');
  });

  it('installment headers; reconciliation list headers with yyyy-MM-dd dates', async () => {
    const s1 = capture(
      nock(PAY)
        .get('/api/paywall/installment')
        .reply(200, ok({ CardBank: 'B', Options: [{ Installment: 1 }] })),
    );
    await makeClient().installments.list({ CurrencyId: 1, Amount: '100.50', BinNumber: '552879', DistinctDuplicates: true });
    expect(s1[0]?.headers).toMatchObject({ currencyid: '1', amount: '100.5', binnumber: '552879', distinctduplicates: 'true', endoftheday: '0' });
    expect(s1[0]?.path).toBe('/api/paywall/installment');
    const s2 = capture(
      nock(PRIV)
        .get('/api/paywall/private/vpos/reconciliation/list')
        .reply(200, ok({ Data: [], TotalRecord: 0 })),
    );
    await makeClient().vpos.reconciliationList({ DateFrom: new Date('2026-01-02T10:00:00Z'), DateTo: '2026-01-31', Start: 0, Length: 25, SortValue: 'asc' });
    expect(s2[0]?.headers).toMatchObject({ datefrom: '2026-01-02', dateto: '2026-01-31', start: '0', length: '25', sortvalue: 'asc' });
  });

  it('DELETE card carries a JSON body on the CardWall host (/paywall/ prefix)', async () => {
    const seen = capture(nock(CARD).delete('/paywall/card').reply(200, ok(null)));
    await makeClient().cardWall.remove({ RelationalId1: 'user-1', UniqueCode: 'abc' });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ RelationalId1: 'user-1', UniqueCode: 'abc' });
    expect(seen[0]?.headers).toMatchObject({ apikeyprivate: creds.apiKeyPrivate, 'content-type': 'application/json; charset=utf-8' });
    const list = capture(nock(CARD).get('/paywall/card').reply(200, ok([])));
    await makeClient().cardWall.list({ RelationalId1: 'user-1', IncludeDetails: true });
    expect(list[0]?.headers).toMatchObject({ relationalid1: 'user-1', includedetails: 'true' });
  });

  it('tempcard sends the token header with the key headers, as the .NET SDK does; the token stays out of the body', async () => {
    const seen = capture(
      nock(PAY)
        .post('/api/paywall/tempcard')
        .reply(200, ok({ TempCardId: 1, CardToken: 'ct', ExpiryDateTime: 'x' })),
    );
    await makeClient().clientSide.createTempCard({
      token: 'tmp-token',
      CardType: 2,
      CardOwnerName: 'A B',
      CardNoFirst: '48249048',
      CardNoLast: '8012',
      IdentityNumber: '21234567890',
      ExpiryMin: 10,
    });
    expect(seen[0]?.headers).toMatchObject({
      token: 'tmp-token',
      apikeypublic: creds.apiKeyPublic,
      apiclientpublic: creds.apiClientPublic,
      apikeyprivate: creds.apiKeyPrivate,
      apiclientprivate: creds.apiClientPrivate,
    });
    expect(JSON.parse(seen[0]?.body ?? '')).not.toHaveProperty('token');
  });

  it('production hosts per data centre, and explicit baseUrls', async () => {
    const tr = capture(nock('https://payment-private-api.paywall.com.tr').post('/api/paywall/private/refund').reply(200, ok(null)));
    await makeClient(undefined, { environment: 'production', dataCenter: 'turkey' }).refunds.create({ MerchantUniqueCode: 'm' });
    expect(tr).toHaveLength(1);
    const gl = capture(nock('https://card-api.itspaywall.com').get('/paywall/card/insurance').reply(200, ok([])));
    await makeClient(undefined, { environment: 'production' }).cardWall.insurance.list({ RelationalId1: 'u' });
    expect(gl).toHaveLength(1);
    const custom = capture(
      nock('https://proxy.example')
        .get('/pw/bin/inquiry')
        .reply(200, ok({ BinNumber: '552879' })),
    );
    await makeClient(undefined, { baseUrls: { payment: 'https://proxy.example/pw/' } }).bin.inquiry({ BinNumber: '552879' });
    expect(custom[0]?.headers.binnumber).toBe('552879');
  });

  it('payments are never retried; queries are', async () => {
    const pay = nock(PAY).post('/api/paywall/payment/startdirect').reply(503, 'busy').post('/api/paywall/payment/startdirect').reply(200, ok(null));
    const err = await makeClient()
      .payments.startDirect(directPayment())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    // The second answer was never asked for.
    expect(pay.isDone()).toBe(false);
    expect(nock.pendingMocks()).toHaveLength(1);
    nock.cleanAll();

    const q = nock(PRIV)
      .get('/api/paywall/private/query/by/paymentid')
      .reply(503, 'busy')
      .get('/api/paywall/private/query/by/paymentid')
      .reply(200, ok({ Paywall: { PaymentId: 9 } }));
    expect((await makeClient().queries.byPaymentId({ PaymentId: 9 })).Paywall.PaymentId).toBe(9);
    expect(q.isDone()).toBe(true);
  });

  it('a private-pair call on a client without the pair fails before sending', async () => {
    const pw = new PayWall({ apiKeyPublic: creds.apiKeyPublic, apiClientPublic: creds.apiClientPublic, environment: 'test', logLevel: 'off' });
    const err = await pw.refunds.create({ MerchantUniqueCode: 'm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain('private pair');
    await expect(pw.cardWall.list({ RelationalId1: 'u' })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(pw.call(payWallOperations.queries.byPaymentId, { PaymentId: 1 })).rejects.toBeInstanceOf(ConfigurationError);
    // Public-pair calls still work and send no private headers.
    const seen = capture(nock(PAY).get('/api/paywall/bin/inquiry').reply(200, ok({})));
    await pw.bin.inquiry({ BinNumber: '55287900' });
    expect(seen[0]?.headers.apikeyprivate).toBeUndefined();
  });

  it('constructor refuses missing credentials, half a private pair, and no environment', () => {
    expect(() => new PayWall({ apiKeyPublic: '', apiClientPublic: 'x', environment: 'test' })).toThrow(ConfigurationError);
    expect(() => new PayWall({ ...creds, apiClientPrivate: undefined, environment: 'test' })).toThrow(/both apiKeyPrivate and apiClientPrivate/);
    expect(() => new PayWall({ apiKeyPublic: 'a', apiClientPublic: 'b' })).toThrow(/environment/);
  });
});

describe('PayWall envelope and errors', () => {
  it('Result:false → ProviderError with the code named in both numberings', async () => {
    nock(PAY).post('/api/paywall/payment/startdirect').reply(200, { ErrorCode: 26, Result: false, Message: 'Ürün toplamı tutarla eşleşmiyor', Body: null });
    const err = (await makeClient()
      .payments.startDirect(directPayment())
      .catch((e: unknown) => e)) as ProviderError;
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).not.toBeInstanceOf(PaymentDeclinedError);
    expect(err.providerCode).toBe('26');
    expect(err.group).toBe('product total differs from the transaction amount');
    expect(err.details).toMatchObject({ code: 26, paymentMeaning: 'product total differs from the transaction amount', commonName: 'EmptyManagerLastname' });
    expect(err.providerMessage).toBe('Ürün toplamı tutarla eşleşmiyor');
    expect(err.status).toBe(200);
  });

  it('private hosts name codes with the common list first', async () => {
    nock(PRIV).post('/api/paywall/private/cancel').reply(200, { ErrorCode: 94, Result: false, Message: 'x', Body: null });
    const err = (await makeClient()
      .cancels.create({ MerchantUniqueCode: 'm' })
      .catch((e: unknown) => e)) as ProviderError;
    expect(err.group).toBe('PaymentHasSuccessfulCancel');
  });

  it('Base64 provider and bank texts are decoded as UTF-8; a declined payment is PaymentDeclinedError', async () => {
    nock(PAY)
      .post('/api/paywall/payment/startdirect')
      .reply(200, {
        ErrorCode: 1,
        Result: false,
        Message: 'Ödeme başarısız',
        Body: {
          Payment: { PaymentId: 5, UniqueCode: 'u' },
          Error: {
            ProviderErrorCode: '10051',
            ProviderErrorMessage: b64('Limit yetersiz — ş ğ ü'),
            BankErrorCode: '51',
            BankErrorMessage: b64('İşlem onaylanmadı'),
          },
        },
      });
    const err = (await makeClient()
      .payments.startDirect(directPayment())
      .catch((e: unknown) => e)) as PaymentDeclinedError;
    expect(err).toBeInstanceOf(PaymentDeclinedError);
    expect(err.details).toMatchObject({ providerErrorMessage: 'Limit yetersiz — ş ğ ü', bankErrorMessage: 'İşlem onaylanmadı', bankErrorCode: '51' });
    expect(err.message).toContain('İşlem onaylanmadı');
  });

  it('an envelope on a 4xx is still a ProviderError; a non-envelope 502 is an HttpError; secrets are redacted', async () => {
    nock(PRIV).get('/api/paywall/private/query').reply(401, { ErrorCode: 401, Result: false, Message: 'Unauthorized', Body: null });
    const e1 = (await makeClient()
      .queries.byMerchantUniqueCode({ MerchantUniqueCode: 'm' })
      .catch((e: unknown) => e)) as ProviderError;
    expect(e1).toMatchObject({ status: 401, providerCode: '401', group: 'Unauthorized' });
    nock(PAY).get('/api/paywall/payment/version').times(3).reply(502, '<html>bad gateway</html>');
    const e2 = await makeClient()
      .payments.version()
      .catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(HttpError);
    expect(JSON.stringify(e1)).not.toContain(creds.apiKeyPrivate);
  });

  it('success bodies with unknown fields are kept', async () => {
    nock(PRIV)
      .get('/api/paywall/private/query/by/uniquecode')
      .reply(200, ok({ Paywall: { PaymentId: 1, StatusId: 4, NewField: 'kept' } }));
    const r = await makeClient().queries.byUniqueCode({ UniqueCode: 'u' });
    // Closed to the compiler, kept at run time, and read as PayWall sent it through responseOf.
    expect((r.Paywall as unknown as Record<string, unknown>).NewField).toBe('kept');
    expect((responseOf(r)?.data as { Paywall?: { NewField?: string } } | undefined)?.Paywall?.NewField).toBe('kept');
  });
});
