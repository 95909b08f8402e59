import { AbortError } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import { basket, card, setup } from './helpers';

type Env = ReturnType<typeof setup>;

/** Pays `n` baskets, each with a subscription plan; returns the payment ids. */
async function pay({ odero }: Env, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await odero.payments.create({ ...basket(), conversationId: `list-${i}`, card: card(), plan: { price: '9.90', periodType: 30 } })).id);
  return ids;
}

/** Every value of a listing, and the pages it asked for (`page` or `pageNumber` of each request to `path`). */
async function drain<T>(env: Env, path: string, listing: AsyncIterable<T>): Promise<{ rows: T[]; pages: string[] }> {
  const before = env.sim.requests.length;
  const rows: T[] = [];
  for await (const row of listing) rows.push(row);
  const pages = env.sim.requests
    .slice(before)
    .filter((r) => r.path === path)
    .map((r) => new URL(r.url).searchParams.get('page') ?? new URL(r.url).searchParams.get('pageNumber') ?? '');
  return { rows, pages };
}

describe('…All: every row of a paged endpoint, a page at a time', () => {
  it('reads page after page until a short page, with the size asked for', async () => {
    const env = setup();
    const ids = await pay(env, 7);
    const { rows, pages } = await drain(env, '/payment-reporting/v1/payments', env.odero.reporting.searchPaymentsAll({ size: 3, paymentStatus: 'SUCCESS' }));
    expect(rows.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(pages).toEqual(['0', '1', '2']);
    const sizes = env.sim.requests.filter((r) => r.path === '/payment-reporting/v1/payments').map((r) => new URL(r.url).searchParams.get('size'));
    expect(new Set(sizes)).toEqual(new Set(['3']));
  });

  it('stops at totalSize without asking for an empty page, starts at `page`, and honours maxPages', async () => {
    const env = setup();
    const ids = await pay(env, 6);
    const whole = await drain(env, '/payment-reporting/v1/payments', env.odero.reporting.searchPaymentsAll({ size: 3 }));
    expect([whole.rows.length, whole.pages]).toEqual([6, ['0', '1']]);
    const later = await drain(env, '/payment-reporting/v1/payments', env.odero.reporting.searchPaymentsAll({ size: 2, page: 2 }));
    expect([later.rows.length, later.pages]).toEqual([2, ['2']]);
    const capped = await drain(env, '/payment-reporting/v1/payments', env.odero.reporting.searchPaymentsAll({ size: 2 }, { maxPages: 2 }));
    expect([capped.rows.length, capped.pages]).toEqual([4, ['0', '1']]);
    expect(new Set(whole.rows.map((p) => p.id))).toEqual(new Set(ids));
  });

  it('an abort between pages ends the listing with an AbortError; a refused page size sends nothing', async () => {
    const env = setup();
    await pay(env, 4);
    const stop = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const p of env.odero.reporting.searchPaymentsAll({ size: 2 }, { signal: stop.signal })) {
        seen.push(p.id);
        stop.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(2);
    const sent = env.sim.requests.length;
    const refused = await env.odero.cards
      .searchAll({ size: 0 })
      .next()
      .catch((e: unknown) => e);
    expect((refused as { fields?: string[] }).fields).toEqual(['size']);
    expect(env.sim.requests.length).toBe(sent);
  });

  it('every search of the client pages the same way against the simulator', async () => {
    const env = setup();
    const { odero } = env;
    const ids = await pay(env, 3);
    for (const name of ['Ayşe', 'Mehmet', 'Zeynep']) await odero.onboarding.createBuyer({ name, surname: 'Yılmaz' });
    const sellers = [];
    for (const name of ['Usta Ahşap', 'Çini Atölyesi', 'Kilim Evi'])
      sellers.push((await odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name })).id);
    for (const s of sellers) await odero.crossBookings.send({ subMerchantId: s, price: '10.00', currency: 'TRY', reason: 'komisyon' });
    for (const name of ['Kupa', 'Tabak', 'Vazo']) await odero.payByLink.create({ name, price: '10' });
    const stored = await odero.payments.create({ ...basket(), card: { ...card(), storeCardAfterSuccessPayment: true } });
    const [line] = (await odero.payments.retrieve({ id: ids[0] as number })).paymentTransactions ?? [];
    for (const refundPrice of ['1.00', '2.00', '3.00']) await odero.refunds.createTransaction({ paymentTransactionId: line?.id as number, refundPrice });

    const listings = [
      ['/onboarding/v1/buyers', odero.onboarding.searchBuyersAll({ size: 2 }), 3],
      ['/onboarding/v1/sub-merchants', odero.onboarding.searchSubMerchantsAll({ size: 2 }), 3],
      ['/payment/v1/cross-bookings', odero.crossBookings.searchAll({ size: 2 }), 3],
      ['/tokenlink/v1/products', odero.payByLink.searchAll({ size: 2 }), 3],
      ['/payment/v1/cards', odero.cards.searchAll({ cardUserKey: stored.cardUserKey as string, size: 2 }), 1],
      ['/payment/v1/refund-transactions', odero.refunds.searchTransactionsAll({ paymentTransactionId: line?.id as number, size: 2 }), 3],
      ['/payment/v2/subscription', odero.subscriptionsV2.searchAll({ size: 2 }), 3],
      ['/payment/v1/subscription', odero.subscriptions.listAll({ limit: 2 }), 3],
      ['/settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows', odero.settlementReporting.searchBouncedSubMerchantRowsAll({ size: 2 }), 0],
    ] as const;
    for (const [path, listing, count] of listings) {
      const { rows, pages } = await drain(env, path, listing as AsyncIterable<unknown>);
      expect(rows, path).toHaveLength(count);
      expect(pages, path).toEqual(count > 2 ? ['0', '1'] : ['0']);
    }
    for (const t of env.sim.payment(ids[1] as number).transactions) t.transactionStatus = 'PAYOUT_STARTED';
    const { rows } = await drain(env, '', odero.settlementReporting.searchPayoutCompletedTransactionsAll({ size: 1 }));
    expect(rows.length).toBeGreaterThan(0);
  });
});
