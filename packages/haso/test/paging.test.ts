import { AbortError, HASO_PAYMENT_STATUSES, ValidationError } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { customerWithLimit, simAndClient } from './helpers.js';

const LIST = '/Index/GetCustomerTransactions';

/** A customer with `count` purchases of 100 TL in 3 installments; the transaction codes, newest first. */
async function withPurchases(count: number) {
  const { sim, haso } = simAndClient();
  const customerId = await customerWithLimit(haso, sim);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const tx = await haso.transactions.create({ merchantOid: `ORD-P${i}`, orderAmount: 10_000, selectedInstallment: 3, customerId });
    codes.unshift(tx.transactionCode as string);
  }
  const body = (i: number) => JSON.parse(sim.requests.filter((r) => r.url.endsWith(LIST))[i]?.body ?? '{}') as Record<string, unknown>;
  return { sim, haso, customerId, codes, body };
}

const firstCode = (tx: { PaymentPlan?: { paymentCode?: string | undefined }[] | null | undefined }) => tx.PaymentPlan?.[0]?.paymentCode;

describe('every page of a customer listing (customers.transactionsAll, customers.paymentsAll)', () => {
  it('reads the pages in order until one is shorter than pageSize', async () => {
    const { sim, haso, customerId, codes, body } = await withPurchases(5);
    const seen: (string | undefined)[] = [];
    for await (const tx of haso.customers.transactionsAll({ customerId, pageSize: 2 })) seen.push(firstCode(tx));
    expect(seen).toEqual(codes.map((c) => `${c}-1`));
    expect(sim.count('POST', LIST)).toBe(3);
    expect([body(0).pageNo, body(1).pageNo, body(2).pageNo]).toEqual([1, 2, 3]);
  });

  it('sends HASO’s page size when none is given, and stops at an empty page when the last one was full', async () => {
    const { sim, haso, customerId, body } = await withPurchases(2);
    let n = 0;
    for await (const _ of haso.customers.transactionsAll({ customerId })) n++;
    expect(n).toBe(2);
    expect(body(0)).toMatchObject({ pageNo: 1, pageSize: 50 });
    expect(sim.count('POST', LIST)).toBe(1);
    const exact: unknown[] = [];
    for await (const tx of haso.customers.transactionsAll({ customerId, pageSize: 1 })) exact.push(tx);
    expect(exact).toHaveLength(2);
    expect(sim.count('POST', LIST)).toBe(1 + 3);
  });

  it('pages payments with their status filter, from a given page on', async () => {
    const { haso, customerId } = await withPurchases(3);
    const unpaid: (string | undefined)[] = [];
    for await (const p of haso.customers.paymentsAll({ customerId, paymentStatuses: [HASO_PAYMENT_STATUSES.unpaid], pageSize: 4 })) unpaid.push(p.paymentCode);
    expect(unpaid).toHaveLength(9);
    expect(new Set(unpaid).size).toBe(9);
    let fromSecond = 0;
    for await (const _ of haso.customers.paymentsAll({ customerId, pageNo: 2, pageSize: 4 })) fromSecond++;
    expect(fromSecond).toBe(5);
  });

  it('stops at maxPages and on abort between pages; a refused page size sends nothing', async () => {
    const { sim, haso, customerId } = await withPurchases(5);
    let n = 0;
    for await (const _ of haso.customers.transactionsAll({ customerId, pageSize: 1 }, { maxPages: 2 })) n++;
    expect(n).toBe(2);
    const stop = new AbortController();
    const aborted = (async () => {
      for await (const _ of haso.customers.transactionsAll({ customerId, pageSize: 2 }, { signal: stop.signal })) stop.abort();
    })();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    const before = sim.count('POST', LIST);
    const refused = (async () => {
      for await (const _ of haso.customers.transactionsAll({ customerId, pageSize: 0 })) n++;
    })();
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    expect(sim.count('POST', LIST)).toBe(before);
  });
});
