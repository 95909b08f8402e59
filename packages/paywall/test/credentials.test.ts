import { inspect } from 'node:util';
import { AuthenticationError, ProviderError } from '@odeme/core';
import { PAYWALL_CREDENTIAL_REFUSALS } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import { creds, directPayment, makeClient, makeSim, uniqueCode } from './helpers';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as AuthenticationError,
  );
const envelope =
  (ErrorCode: number, status = 200) =>
  async () =>
    new Response(JSON.stringify({ ErrorCode, Result: false, Message: 'Unauthorized', Body: null }), {
      status,
      headers: { 'content-type': 'application/json' },
    });

describe('PayWall wrong keys → AuthenticationError', () => {
  it('the simulator refuses a wrong public key, private key or client id as PayWall does: error 401 Unauthorized', async () => {
    const sim = makeSim();
    const cases = [
      ['apiKeyPublic', () => makeClient(sim, { apiKeyPublic: 'pk_wrong_public' }).payments.startDirect(directPayment(uniqueCode('k')))],
      ['apiClientPublic', () => makeClient(sim, { apiClientPublic: 'pc_wrong_client' }).installments.list({ CurrencyId: 1, Amount: '10.00' })],
      ['apiKeyPrivate', () => makeClient(sim, { apiKeyPrivate: 'sk_wrong_private' }).queries.byMerchantUniqueCode({ MerchantUniqueCode: 'x' })],
      ['apiClientPrivate', () => makeClient(sim, { apiClientPrivate: 'sc_wrong_client' }).refunds.create({ MerchantUniqueCode: 'x' })],
      // The private pair also travels on PaymentAPI calls, where a wrong one is refused too.
      ['apiKeyPrivate on PaymentAPI', () => makeClient(sim, { apiKeyPrivate: 'sk_wrong_private' }).payments.startDirect(directPayment(uniqueCode('k')))],
    ] as const;
    for (const [name, call] of cases) {
      const e = await fail(call());
      expect(e, name).toBeInstanceOf(AuthenticationError);
      expect(e).toMatchObject({ code: 'authentication_failed', status: 401, providerCode: '401', group: 'Unauthorized' });
      expect(e.message).toContain('PayWall did not accept the API keys');
      expect(e.message).toContain('check your keys and environment');
      for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 8 })])
        for (const secret of [...Object.values(creds), 'pk_wrong_public', 'sk_wrong_private', 'sc_wrong_client']) expect(view).not.toContain(secret);
    }
    expect(sim.payments.size).toBe(0);
  });

  it('a refused money call moved no money: outcome rejected, with its reference', async () => {
    const e = await fail(makeClient(makeSim(), { apiKeyPublic: 'pk_wrong' }).payments.startDirect(directPayment('order-keys')));
    expect(e).toMatchObject({ outcome: 'rejected', reference: 'order-keys' });
  });

  it('401 Unauthorized at HTTP 200 or 401, and 64 IntegrationCredentialNotFound, are refusals of the keys; 403 is not', async () => {
    for (const [code, status] of [
      [401, 200],
      [401, 401],
      [64, 200],
    ] as const) {
      const pw = makeClient(undefined, { fetch: envelope(code, status) });
      const e = await fail(pw.queries.byPaymentId({ PaymentId: 1 }));
      expect(e, `${code}/${status}`).toBeInstanceOf(AuthenticationError);
      expect(e).toMatchObject({ providerCode: String(code), status });
      expect(e.message).toMatch(/\(GET https:\/\/test-payment-private-api\.itspaywall\.com\/api\/paywall\/private\/query\/by\/paymentid\)$/);
    }
    const forbidden = await fail(makeClient(undefined, { fetch: envelope(403) }).queries.byPaymentId({ PaymentId: 1 }));
    expect(forbidden).toBeInstanceOf(ProviderError);
    expect(forbidden).not.toBeInstanceOf(AuthenticationError);
    expect([...PAYWALL_CREDENTIAL_REFUSALS].sort()).toEqual(['IntegrationCredentialNotFound', 'Unauthorized']);
  });

  it('an HTTP 401 without the envelope is an AuthenticationError too', async () => {
    const pw = makeClient(undefined, { fetch: async () => new Response('Unauthorized', { status: 401 }) });
    const e = await fail(pw.bin.inquiry({ BinNumber: '552879' }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e.status).toBe(401);
  });
});
