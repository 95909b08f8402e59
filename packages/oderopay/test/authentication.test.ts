import { AuthenticationError, ProviderError } from '@odeme/core';
import { OderoPay } from '@odeme/oderopay';
import { tr } from '@odeme/oderopay/tr';
import { describe, expect, it } from 'vitest';
import { basket, card, creds, setup } from './helpers';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e,
  );

describe('wrong keys: AuthenticationError', () => {
  it('a secret key that does not match: the simulator refuses the signature (HTTP 401), the client names the keys', async () => {
    const { odero, sim } = setup({}, { secretKey: 'a-different-secret' });
    const error = await failure(odero.installments.retrieveBin({ binNumber: '552879' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'authentication_failed', status: 401, providerCode: '1', providerMessage: 'signature does not verify' });
    expect((error as Error).message).toMatch(/^ÖderoPay refused the credentials: signature does not verify \(1\): check your keys and environment/);
    expect((error as Error).message).toContain('(GET https://sandbox-api-gateway.oderopay.com.tr/installment/v1/bins/552879)');
    expect((error as Error).message).not.toContain('a-different-secret');
    // Not a read that a retry could fix: sent once.
    expect(sim.count('GET')).toBe(1);
  });

  it('an API key the gateway does not know, on a money call: refused, money not moved, reference kept', async () => {
    const { odero, sim } = setup({}, { apiKey: 'unknown-api-key' });
    const error = (await failure(odero.payments.create({ ...basket(), card: card() }))) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ providerMessage: 'unknown api key', outcome: 'rejected', reference: 'order-1001' });
    expect(sim.payments.size).toBe(0);
  });

  it("a 401 whose `errors` carries no description still says it is the credentials, in the gateway's words", async () => {
    const odero = new OderoPay({ ...creds, environment: 'sandbox', fetch: async () => Response.json({ errors: { errorCode: '1001' } }, { status: 401 }) });
    const error = await failure(odero.cards.search({}));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/^ÖderoPay refused the credentials without a description \(1001\): check your keys/);
  });

  it('in Turkish with locale tr', async () => {
    const { odero } = setup({}, { secretKey: 'a-different-secret', locale: tr });
    const error = await failure(odero.installments.retrieveBin({ binNumber: '552879' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(
      'ÖderoPay kimlik bilgilerini kabul etmedi: signature does not verify (1): API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin (GET https://sandbox-api-gateway.oderopay.com.tr/installment/v1/bins/552879)',
    );
  });
});
