import { BIP_DEFAULT_BASE_URL, Bip, BipChannel } from '@odeme/bip';
import { AuthenticationError, HttpError, PaymentDeclinedError, ProviderError, UnexpectedResponseError } from '@odeme/core';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const creds = { username: 'bip-service-user', password: 'p4ss:wörd-123' };
// Computed here with Node, apart from the client's base64 code.
const expectedBasic = `Basic ${Buffer.from(`${creds.username}:${creds.password}`, 'utf8').toString('base64')}`;
const host = 'https://apigw.tvoip.turkcell.com.tr';
const client = (extra: Partial<ConstructorParameters<typeof Bip>[0]> = {}) =>
  new Bip({ ...creds, logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 5 }, ...extra });

describe('BiP wire format (nock)', () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('uses the documented gateway by default', () => {
    expect(BIP_DEFAULT_BASE_URL).toBe('https://apigw.tvoip.turkcell.com.tr/pgw');
  });

  it('sends startPayment with HTTP Basic and the exact documented body', async () => {
    let seen: { auth?: string; type?: string; body?: string } = {};
    const scope = nock(host)
      .post('/pgw/paymentService')
      .reply(function (_uri, body) {
        seen = { auth: this.req.headers.authorization, type: this.req.headers['content-type'], body: typeof body === 'string' ? body : JSON.stringify(body) };
        return [200, { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: '66664' }];
      });
    const result = await client().startPayment({
      transactionId: '66664',
      msisdn: '905321234567',
      channelId: BipChannel.CREDIT_CARD,
      isDeliverable: true,
      isBillingRequired: false,
      language: 'tr',
      additionalParameters: [],
      itemList: [
        { count: 1, id: 50, isRemovable: true },
        { count: 3, id: 53, isRemovable: false },
      ],
    });
    expect(scope.isDone()).toBe(true);
    expect(seen.auth).toBe(expectedBasic);
    expect(seen.type).toMatch(/^application\/json/);
    expect(seen.body).toBe(
      '{"transactionId":"66664","msisdn":"905321234567","channelId":40,"paymentMethod":"reserve","isDeliverable":true,"isBillingRequired":false,' +
        '"itemList":[{"id":50,"count":1,"isRemovable":true},{"id":53,"count":3,"isRemovable":false}],"language":"tr","additionalParameters":[]}',
    );
    expect(result).toMatchObject({
      status: 'awaiting_consent',
      transactionId: '66664',
      msisdn: '905321234567',
      channelId: 40,
      needsCommit: false,
      resultCode: 1103,
    });
  });

  it('generates a 16-digit transactionId with Web Crypto when none is given, and returns it', async () => {
    let sentId: unknown;
    nock(host)
      .post('/pgw/paymentService')
      .reply((_u, body) => {
        sentId = (body as { transactionId: string }).transactionId;
        return [200, { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: sentId }];
      });
    const r = await client().startPayment({ msisdn: '5321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] });
    expect(sentId).toMatch(/^[1-9]\d{15}$/);
    expect(r.transactionId).toBe(sentId);
  });

  it('keeps its own transactionId when the gateway echoes a different one (as the documentation example does)', async () => {
    nock(host).post('/pgw/paymentService').reply(200, { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: '6666466' });
    const r = await client().startPayment({ transactionId: '66664', msisdn: '05321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect(r.transactionId).toBe('66664');
    expect(r.response.transactionId).toBe('6666466');
  });

  it('sends commit with the token and the channel under the default key `channelId`', async () => {
    let body: unknown;
    let auth: unknown;
    nock(host)
      .post('/pgw/commitService')
      .reply(function (_u, b) {
        body = b;
        auth = this.req.headers.authorization;
        return [200, { transactionId: '66664', resultCode: 0, resultDesc: 'SUCCESS' }];
      });
    const r = await client().commit({ transactionId: '66664', msisdn: '05321234567', commitToken: '12345432' });
    expect(auth).toBe(expectedBasic);
    expect(body).toEqual({ transactionId: '66664', msisdn: '905321234567', commitToken: '12345432', channelId: 10 });
    expect(r).toMatchObject({ status: 'committed', transactionId: '66664', resultCode: 0, resultDesc: 'SUCCESS' });
  });

  it.each(['chand', 'channeId'])('spells the commit channel key as configured (%s)', async (key) => {
    let body: Record<string, unknown> = {};
    nock(host)
      .post('/pgw/commitService')
      .reply((_u, b) => {
        body = b as Record<string, unknown>;
        return [200, { transactionId: '1', resultCode: 0, resultDesc: 'SUCCESS' }];
      });
    await client({ commitChannelKey: key }).commit({ transactionId: '1', msisdn: '905321234567', commitToken: 't', paymentMethod: 'reserve' });
    expect(body).toEqual({ transactionId: '1', msisdn: '905321234567', commitToken: 't', [key]: 10, paymentMethod: 'reserve' });
    expect(body).not.toHaveProperty(key === 'chand' ? 'channelId' : 'chand');
  });

  it('honours baseUrl (the apigw.bip.com alias)', async () => {
    const scope = nock('https://apigw.bip.com').post('/pgw/paymentService').reply(200, { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED' });
    await client({ baseUrl: 'https://apigw.bip.com/pgw/' }).startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect(scope.isDone()).toBe(true);
  });

  it('turns a non-1103 answer into a ProviderError with the code, description and known name', async () => {
    nock(host).post('/pgw/paymentService').reply(200, { resultCode: 777, resultDesc: 'SOMETHING_ELSE', transactionId: '9' });
    const err = await client()
      .startPayment({ transactionId: '9', msisdn: '905321234567', channelId: 10, itemList: [{ id: 50, count: 1 }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).not.toBeInstanceOf(PaymentDeclinedError);
    expect(err).toMatchObject({ providerCode: '777', providerMessage: 'SOMETHING_ELSE', status: 200, provider: 'bip', reference: '9' });
    expect((err as Error).message).toBe('bip refused payments.start: 777 SOMETHING_ELSE');
  });

  it('a known failure code answered to startPayment is a PaymentDeclinedError with its reason and known name', async () => {
    nock(host).post('/pgw/paymentService').reply(200, { resultCode: 4010403, resultDesc: 'NOT_TURKCELL', transactionId: '9' });
    const err = await client()
      .startPayment({ transactionId: '9', msisdn: '905321234567', channelId: 10, itemList: [{ id: 50, count: 1 }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentDeclinedError);
    expect(err).toMatchObject({
      reason: 'invalid_card',
      providerCode: '4010403',
      providerMessage: 'NOT_TURKCELL',
      group: 'NOT_TURKCELL_SUBSCRIBER',
      outcome: 'rejected',
    });
  });

  it('reads a 4xx with a resultCode body as ProviderError, and a 401 with or without one as AuthenticationError', async () => {
    nock(host).post('/pgw/paymentService').reply(400, { resultCode: 1234, resultDesc: 'BAD' });
    nock(host).post('/pgw/paymentService').reply(401, { message: 'Unauthorized' });
    nock(host).post('/pgw/paymentService').reply(401, { resultCode: 4011, resultDesc: 'INVALID_CREDENTIALS' });
    const input = { msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] };
    await expect(client().startPayment(input)).rejects.toMatchObject({ code: 'provider_error', providerCode: '1234', status: 400 });
    for (const providerCode of [undefined, '4011']) {
      const err = await client()
        .startPayment(input)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AuthenticationError);
      expect(err).toMatchObject({ status: 401, providerCode, outcome: 'rejected' });
      expect((err as Error).message).toContain('check your keys and environment');
      expect(JSON.stringify(err)).not.toContain(creds.password);
    }
  });

  it('a commit answering anything but 0 is a ProviderError', async () => {
    nock(host).post('/pgw/commitService').reply(200, { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED' });
    await expect(client().commit({ transactionId: '1', msisdn: '905321234567', commitToken: 't' })).rejects.toMatchObject({ providerCode: '1103' });
  });

  it('a 2xx without a resultCode is an UnexpectedResponseError', async () => {
    nock(host).post('/pgw/paymentService').reply(200, { hello: 'world' });
    await expect(client().startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] })).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
  });

  it('never retries startPayment or commit, even on 503', async () => {
    const hits = { start: 0, commit: 0 };
    nock(host)
      .post('/pgw/paymentService')
      .times(3)
      .reply(() => {
        hits.start++;
        return [503, 'busy'];
      });
    nock(host)
      .post('/pgw/commitService')
      .times(3)
      .reply(() => {
        hits.commit++;
        return [503, 'busy'];
      });
    const c = client({ maxRetries: 5 });
    await expect(c.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] })).rejects.toBeInstanceOf(HttpError);
    await expect(c.commit({ transactionId: '1', msisdn: '905321234567', commitToken: 't' })).rejects.toBeInstanceOf(HttpError);
    expect(hits).toEqual({ start: 1, commit: 1 });
  });
});
