import { inspect } from 'node:util';
import { AuthenticationError, ProviderError } from '@odeme/core';
import { Haso } from '@odeme/haso';
import { tr } from '@odeme/haso/tr';
import { describe, expect, it } from 'vitest';
import { BASE, creds, customerWithLimit, IP, shopper, simAndClient } from './helpers.js';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as AuthenticationError,
  );

const answering = (status: number, body: unknown, extra: Partial<ConstructorParameters<typeof Haso>[0]> = {}) =>
  new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, logLevel: 'off', maxRetries: 0, fetch: async () => Response.json(body, { status }), ...extra });

describe('HASO wrong keys → AuthenticationError', () => {
  it('the simulator refuses a wrong merchant key, salt or merchant id with HTTP 401 in its envelope; nothing is done', async () => {
    const cases = [
      ['merchantKey', { merchantKey: 'key_wrong_0000' }],
      ['merchantSalt', { merchantSalt: 'salt_wrong_0000' }],
      ['merchantId', { merchantId: 'M-UNKNOWN' }],
    ] as const;
    for (const [name, wrong] of cases) {
      const { haso, sim } = simAndClient(wrong);
      const e = await fail(haso.limits.start(shopper));
      expect(e, name).toBeInstanceOf(AuthenticationError);
      expect(e).toMatchObject({ code: 'authentication_failed', status: 401, outcome: 'rejected' });
      expect(e.message).toMatch(
        /^limits\.start: haso refused the credentials: (requestToken doğrulanamadı|Geçersiz merchantId): check your keys and environment/,
      );
      expect(e.message).toContain('(POST https://haso.test/RequestV2/HasoAuthSendInfo)');
      for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 8 })])
        for (const secret of [creds.merchantKey, creds.merchantSalt, 'key_wrong_0000', 'salt_wrong_0000']) expect(view).not.toContain(secret);
      expect(sim.state.kkbRequests.size).toBe(0);
    }
  });

  it('a purchase with a wrong key: refused once, no money moved, the reference kept', async () => {
    const good = simAndClient();
    const customerId = await customerWithLimit(good.haso, good.sim);
    const wrong = new Haso({ ...creds, merchantSalt: 'salt_wrong_0000', baseUrl: BASE, ipAddress: IP, logLevel: 'off', fetch: good.sim.fetch });
    const e = await fail(wrong.transactions.create({ merchantOid: 'ORD-KEY', orderAmount: 1_000, selectedInstallment: 1, customerId }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e).toMatchObject({ outcome: 'rejected', reference: 'ORD-KEY' });
    expect(good.sim.state.transactions.size).toBe(0);
    expect(good.sim.count('POST', '/RequestV2/CreateTransaction')).toBe(1);
  });

  it('a read refused for its keys is not retried', async () => {
    const { haso, sim } = simAndClient({ merchantKey: 'key_wrong_0000' });
    expect(await fail(haso.customers.getInformation({ orderAmount: 100 }))).toBeInstanceOf(AuthenticationError);
    expect(sim.count('POST')).toBe(1);
  });

  it('HTTP 401 with or without the envelope, and a code named in authenticationCodes at HTTP 200, are refusals of the keys', async () => {
    const envelope = { Success: false, Errors: ['H999 Yetkisiz erişim'], Data: { Message: 'H999' } };
    const withEnvelope = await fail(answering(401, envelope).customers.getInformation({ orderAmount: 100 }));
    expect(withEnvelope).toBeInstanceOf(AuthenticationError);
    expect(withEnvelope).toMatchObject({ status: 401, providerCode: 'H999', providerMessage: 'H999 Yetkisiz erişim' });
    const bare = await fail(
      new Haso({
        ...creds,
        baseUrl: BASE,
        ipAddress: IP,
        logLevel: 'off',
        fetch: async () => new Response('Unauthorized', { status: 401 }),
      }).customers.getInformation({
        orderAmount: 100,
      }),
    );
    expect(bare).toBeInstanceOf(AuthenticationError);
    const configured = await fail(answering(200, envelope, { authenticationCodes: ['H999'] }).customers.getInformation({ orderAmount: 100 }));
    expect(configured).toBeInstanceOf(AuthenticationError);
    expect(configured.status).toBe(200);
    // Without the option, the same code at HTTP 200 is an ordinary refusal; a 403 is not about the keys either.
    const plain = await fail(answering(200, envelope).customers.getInformation({ orderAmount: 100 }));
    expect(plain).toBeInstanceOf(ProviderError);
    expect(plain).not.toBeInstanceOf(AuthenticationError);
    expect(await fail(answering(403, envelope).customers.getInformation({ orderAmount: 100 }))).not.toBeInstanceOf(AuthenticationError);
  });

  it('in Turkish with locale tr', async () => {
    const { haso } = simAndClient({ merchantSalt: 'salt_wrong_0000', locale: tr });
    const e = await fail(haso.limits.askReportResult({ kkbRefNo: 'KKB1' }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e.message).toBe(
      'limits.askReportResult: HASO kimlik bilgilerini kabul etmedi: requestToken doğrulanamadı: API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin (POST https://haso.test/RequestV2/AskKkbReportResult)',
    );
  });
});
