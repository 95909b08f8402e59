import { tr } from '@odeme/bip/tr';
import { AuthenticationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { creds, setup } from './helpers';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as AuthenticationError,
  );
const order = { msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] };

describe('wrong credentials are an AuthenticationError (BiP’s gateway answers HTTP 401)', () => {
  it.each([
    ['a wrong password', { password: 'not-the-password' }],
    ['a wrong username', { username: 'someone-else' }],
  ])('%s: the simulator answers 401, the client raises AuthenticationError, nothing is started', async (_name, wrong) => {
    const { sim, bip } = setup({}, wrong);
    const e = await failure(bip.startPayment({ ...order, transactionId: 'T-AUTH-1' }, { maxRetries: 3 }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e).toMatchObject({
      code: 'authentication_failed',
      status: 401,
      provider: 'bip',
      operation: 'payments.start',
      outcome: 'rejected',
      reference: 'T-AUTH-1',
    });
    expect(e.message).toBe(
      'payments.start: bip refused the credentials (HTTP 401): check your keys and environment (sandbox or production) (POST https://apigw.tvoip.turkcell.com.tr/pgw/paymentService)',
    );
    expect(JSON.stringify(e)).not.toContain(creds.password);
    expect(sim.count('POST')).toBe(1);
    expect(sim.transactions.size).toBe(0);
  });

  it('a commit with a wrong password too', async () => {
    const { sim } = setup();
    const { bip } = setup({}, { password: 'not-the-password', fetch: sim.fetch });
    const e = await failure(bip.commit({ transactionId: 'T-1', msisdn: '905321234567', commitToken: '11234567' }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e.operation).toBe('payments.commit');
  });

  it('in Turkish with locale tr', async () => {
    const { bip } = setup({}, { password: 'not-the-password', locale: tr });
    const e = await failure(bip.startPayment(order));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e.message).toBe(
      'payments.start: bip kimlik bilgilerini kabul etmedi (HTTP 401): API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin (POST https://apigw.tvoip.turkcell.com.tr/pgw/paymentService)',
    );
  });

  it('a 401 that carries a resultCode keeps it as providerCode', async () => {
    const { bip } = setup({}, { fetch: async () => Response.json({ resultCode: 4011, resultDesc: 'INVALID_CREDENTIALS' }, { status: 401 }), locale: tr });
    const e = await failure(bip.startPayment(order));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e).toMatchObject({ providerCode: '4011', providerMessage: 'INVALID_CREDENTIALS', status: 401 });
    expect(e.message).toBe(
      'payments.start: BiP kimlik bilgilerini kabul etmedi: 4011 INVALID_CREDENTIALS: API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin (POST https://apigw.tvoip.turkcell.com.tr/pgw/paymentService)',
    );
  });
});
