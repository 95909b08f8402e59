import { NetworkError, ProviderError } from '@odeme/core';
import { HasoSimulator, hasoSimAddMonths, hasoSimFromDotNetForm, hasoSimSplitKurus } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { creds, customerWithLimit, shopper, simAndClient } from './helpers.js';

describe('HASO simulator as an independent oracle', () => {
  it('refuses a token made with the wrong salt, and one made with a different field order', async () => {
    const { sim, haso } = simAndClient({ merchantSalt: 'wrong-salt-000' });
    const e = (await haso.limits.askReportResult({ kkbRefNo: 'K1' }).catch((x: unknown) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.providerMessage).toContain('requestToken');
    const swapped = simAndClient({ tokenOrders: { askKkbReportResult: ['ipAddress', 'merchantId', 'kkbRefNo'] } });
    await expect(swapped.haso.limits.askReportResult({ kkbRefNo: 'K1' })).rejects.toThrow(/requestToken/);
    // The simulator can be told a corrected order too, and then they agree again.
    const agreed = simAndClient({ tokenOrders: { checkRefund: ['refundId'] } }, { tokenOrders: { '/RequestV2/CheckRefund': ['refundId'] } });
    await expect(agreed.haso.refunds.check({ refundId: 'nope' })).rejects.toMatchObject({ providerCode: 'H308' });
    expect(sim.count('POST')).toBe(1);
  });

  it('limit checks: over-limit purchase, duplicate merchantOid, unknown customer', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    await expect(haso.transactions.create({ merchantOid: 'BIG', orderAmount: 1_000_001, selectedInstallment: 1, customerId })).rejects.toThrow(/limit/i);
    await haso.transactions.create({ merchantOid: 'DUP', orderAmount: 500_000, selectedInstallment: 1, customerId });
    await expect(haso.transactions.create({ merchantOid: 'DUP', orderAmount: 1, selectedInstallment: 1, customerId })).rejects.toBeInstanceOf(ProviderError);
    await expect(haso.transactions.create({ merchantOid: 'X', orderAmount: 600_000, selectedInstallment: 1, customerId })).rejects.toThrow(/limit/i);
    await expect(haso.transactions.create({ merchantOid: 'Y', orderAmount: 1, selectedInstallment: 1, customerId: '777' })).rejects.toMatchObject({
      providerCode: 'H223',
    });
    expect(sim.state.customers.get(customerId)?.usedKurus).toBe(500_000);
  });

  it('an existing customer with a limit gets CustomerInfo from 5.2.1 without a new KKB request', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    const again = await haso.limits.start(shopper);
    expect(again.KkbRefNo).toBeUndefined();
    expect(again.CustomerInfo?.CustomerId).toBe(customerId);
  });

  it('a read survives a dropped connection (retried); a transaction is not retried', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    sim.injectFault({ kind: 'reset' }, { match: (_m, p) => p === '/Index/GetCustomerTransactions' });
    await expect(haso.customers.transactions({ customerId })).resolves.toBeDefined();
    sim.injectFault({ kind: 'drop-response' }, { match: (_m, p) => p === '/RequestV2/CreateTransaction' });
    await expect(haso.transactions.create({ merchantOid: 'D1', orderAmount: 100, selectedInstallment: 1, customerId })).rejects.toBeInstanceOf(NetworkError);
    expect(sim.count('POST', '/RequestV2/CreateTransaction')).toBe(1);
  });

  it('helpers: exact split, month arithmetic, ASP.NET form parsing', () => {
    expect(hasoSimSplitKurus(100, 3)).toEqual([34, 33, 33]);
    expect(hasoSimAddMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(hasoSimFromDotNetForm(new URLSearchParams('a[0]=x&a[1]=y&b[0].c=1&d=2'))).toEqual({ a: ['x', 'y'], b: [{ c: '1' }], d: '2' });
    expect(new HasoSimulator({ ...creds }).pinFor('none')).toBeUndefined();
  });
});
