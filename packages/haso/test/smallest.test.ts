import { createHmac } from 'node:crypto';
import { ConfigurationError, sumKurus, Transport, ValidationError } from '@odeme/core';
import { createHasoTransport, HASO_METHODS, Haso, type HasoRowMeta, hasoOperations, limitsSetFromKds, transactionsCreate } from '@odeme/haso';
import { HasoSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { BASE, creds, IP, shopper } from './helpers.js';

/** The smallest entry: one transport, one row. */
function smallest() {
  const sim = new HasoSimulator({ ...creds, pinCode: '482915', now: () => new Date('2026-01-31T09:00:00Z') });
  const haso = createHasoTransport({ ...creds, baseUrl: BASE, ipAddress: IP, fetch: sim.fetch, logLevel: 'off' });
  return { sim, haso };
}

describe('createHasoTransport + one row', () => {
  it('makes a purchase (5.3 CreateTransaction) against the simulator, signed as the client signs it', async () => {
    const { sim, haso } = smallest();
    const limit = await haso.call(limitsSetFromKds, { ...shopper, birthDate: '1990-05-17', dealerSegment: 'GOLD', kdsLimit: 500_000 });
    const customerId = limit.CustomerInfo?.CustomerId as string;
    expect(limit.CustomerInfo?.CustomerLimitKurus).toBe(500_000);

    const tx = await haso.call(transactionsCreate, { merchantOid: 'ORD-S1', orderAmount: 125_000, selectedInstallment: 3, customerId });
    expect(tx.merchantOid).toBe('ORD-S1');
    expect(sumKurus((tx.PaymentPlan ?? []).map((p) => p.installmentPaymentKurus as number))).toBe(125_000);
    expect(sim.state.transactions.get(tx.transactionCode as string)?.merchantOid).toBe('ORD-S1');
    expect(sim.count('POST', '/RequestV2/CreateTransaction')).toBe(1);

    // Token text written out by hand (the row's inferred order), HMAC computed here with node:crypto.
    const body = JSON.parse(sim.requests.at(-1)?.body as string);
    expect(body).toMatchObject({ merchantId: creds.merchantId, ipAddress: IP, orderAmount: '125000', selectedInstallment: 3 });
    const text = `${creds.merchantId}ORD-S1${customerId}1250003${IP}${creds.merchantSalt}`;
    expect(body.requestToken).toBe(createHmac('sha256', creds.merchantKey).update(text, 'utf8').digest('base64'));
  });

  it('refuses a bad input with a ValidationError before any request', async () => {
    const { sim, haso } = smallest();
    const e = await haso
      .call(transactionsCreate, {
        merchantOid: 'ORD-S2',
        // @ts-expect-error orderAmount is integer kuruş, not a TL string
        orderAmount: '1250.00',
        selectedInstallment: 3,
        customerId: '5001',
      })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fields).toEqual(['orderAmount']);
    const fractional = await haso
      .call(transactionsCreate, { merchantOid: 'ORD-S3', orderAmount: 12.5, selectedInstallment: 1.5, customerId: '5001' })
      .catch((x: unknown) => x);
    expect(fractional).toBeInstanceOf(ValidationError);
    expect((fractional as ValidationError).fields.sort()).toEqual(['orderAmount', 'selectedInstallment']);
    expect(sim.requests).toHaveLength(0);
  });

  it('does the option checks of the client and returns core’s Transport', () => {
    expect(() => createHasoTransport({ ...creds })).toThrow(ConfigurationError);
    expect(() => createHasoTransport({ ...creds, baseUrl: 'haso.test' })).toThrow(/absolute URL/);
    expect(() => createHasoTransport({ ...creds, baseUrl: BASE, merchantKey: '' })).toThrow(/merchantKey/);
    const t = createHasoTransport({ ...creds, baseUrl: BASE });
    expect(t).toBeInstanceOf(Transport);
    expect(t.provider).toBe('haso');
  });
});

describe('operation rows', () => {
  it('each row is keyed by its own method name and is the row the client binds', () => {
    const haso = new Haso({ ...creds, baseUrl: BASE, logLevel: 'off' });
    for (const [name, row] of Object.entries(hasoOperations)) {
      const meta = row.meta as HasoRowMeta;
      expect(meta.method, row.id).toBe(name);
      expect(haso.operations[name as keyof typeof hasoOperations]).toBe(row);
      expect(HASO_METHODS[name as keyof typeof HASO_METHODS]).toEqual({
        section: meta.section,
        edition: meta.edition,
        path: row.path,
        tokenOrder: meta.tokenOrder,
        source: meta.source,
      });
    }
    expect(transactionsCreate).toBe(hasoOperations.createTransaction);
    expect(transactionsCreate).toMatchObject({ id: 'transactions.create', path: '/RequestV2/CreateTransaction', movesMoney: true });
  });
});
