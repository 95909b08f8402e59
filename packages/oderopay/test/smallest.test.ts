import { ConfigurationError, PaymentDeclinedError, ValidationError } from '@odeme/core';
import { computeSignature, createOderoPayTransport, type OderoPayOptions, paymentsCreate } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { basket, card, creds } from './helpers';

// The smallest use of the package: one transport, one row, no client.
function smallest(options: Partial<OderoPayOptions> = {}) {
  const sim = new OderoPaySimulator(creds);
  const odero = createOderoPayTransport({ ...creds, environment: 'sandbox', fetch: sim.fetch, logLevel: 'off', ...options });
  return { sim, odero };
}

describe('createOderoPayTransport + paymentsCreate', () => {
  it('makes a signed card payment against the simulator', async () => {
    const { sim, odero } = smallest();
    const payment = await odero.call(paymentsCreate, { ...basket(), card: card() });
    const paid: number = payment.paidPrice;
    expect([payment.paymentStatus, paid, payment.paymentTransactions?.length]).toEqual(['SUCCESS', 150.5, 2]);

    expect(sim.requests).toHaveLength(1);
    const sent = sim.requests[0];
    expect([sent?.method, sent?.path, sent?.status]).toEqual(['POST', '/payment/v1/card-payments', 200]);
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ price: 150.5, paidPrice: 150.5, walletPrice: 0 });
    const signature = await computeSignature({ ...creds, url: sent?.url ?? '', randomKey: sent?.headers['x-rnd-key'] ?? '', body: sent?.body });
    expect(sent?.headers['x-signature']).toBe(signature);
  });

  it('refuses a bad input with a ValidationError before any request', async () => {
    const { sim, odero } = smallest();
    const sum = await odero.call(paymentsCreate, { ...basket(), price: '150.49', paidPrice: '150.49', card: card() }).catch((e: unknown) => e);
    expect(sum).toBeInstanceOf(ValidationError);
    expect((sum as ValidationError).fields).toEqual(['price']);

    // The input is typed: a payment without items does not compile, and is refused at run time all the same.
    const noItems = { price: '1', paidPrice: '1', installment: 1, currency: 'TRY', paymentGroup: 'PRODUCT' as const, card: card() };
    // @ts-expect-error items are required
    const missing = await odero.call(paymentsCreate, noItems).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).issues).toContainEqual(expect.objectContaining({ path: 'items', message: 'required (array)' }));

    expect(sim.requests).toHaveLength(0);
  });

  it('turns a bank decline into a PaymentDeclinedError, sent once', async () => {
    const { sim, odero } = smallest();
    const err = await odero.call(paymentsCreate, { ...basket(), card: card(ODEROPAY_TEST_CARDS.insufficientFunds) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentDeclinedError);
    expect((err as PaymentDeclinedError).group).toBe('NOT_SUFFICIENT_FUNDS');
    expect(sim.count('POST', '/payment/v1/card-payments')).toBe(1);
  });

  it('checks its options as the client does', () => {
    expect(() => createOderoPayTransport({ ...creds, secretKey: '', environment: 'sandbox' })).toThrow(ConfigurationError);
    expect(() => createOderoPayTransport({ ...creds })).toThrow(/environment/);
    expect(() => createOderoPayTransport({ ...creds, baseUrl: 'https://h/?q=1' })).toThrow(/query or fragment/);
  });
});
