import { istanbulDateTime } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import { basket, card, setup } from './helpers';

// ÖderoPay's dates are Istanbul wall-clock time without a zone (spec A.5). A `Date` filter must reach the gateway as
// that time, else "until now" would stop three hours short and lose the last payments.

describe('date filters', () => {
  it('a Date goes out as Istanbul time without a zone, to the second', () => {
    expect(istanbulDateTime(new Date('2026-03-01T11:07:18.900Z'))).toBe('2026-03-01T14:07:18');
    expect(istanbulDateTime(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01T01:30:00');
  });

  it('"until now" finds the payment just made; "until an hour ago" does not', async () => {
    const { sim, odero } = setup();
    const p = await odero.payments.create({ ...basket(), card: card() });
    const found = await odero.reporting.searchPayments({ maxCreatedDate: new Date() });
    expect(found.items.map((x) => x.id)).toEqual([p.id]);
    const sent = new URL(sim.requests.at(-1)?.url ?? '').searchParams.get('maxCreatedDate') ?? '';
    expect(sent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(sent).toBe(istanbulDateTime(new Date(Date.parse(`${sent}+03:00`))));
    expect((await odero.reporting.searchPayments({ maxCreatedDate: new Date(Date.now() - 3600_000) })).items).toEqual([]);
    expect((await odero.reporting.searchPayments({ minCreatedDate: new Date(Date.now() - 60_000) })).items).toHaveLength(1);
    expect((await odero.reporting.searchPayments({ minCreatedDate: new Date(Date.now() + 3600_000) })).items).toEqual([]);
  });

  it('a string is sent as given, and the simulator reads a zone when one is written', async () => {
    const { sim, odero } = setup();
    await odero.payments.create({ ...basket(), card: card() });
    const utcNow = new Date(Date.now() + 1000).toISOString();
    expect((await odero.reporting.searchPayments({ maxCreatedDate: utcNow })).items).toHaveLength(1);
    expect(new URL(sim.requests.at(-1)?.url ?? '').searchParams.get('maxCreatedDate')).toBe(utcNow);
    // The old wire form, UTC wall-clock time without a zone, read as Istanbul time: three hours short.
    const utcWall = new Date(Date.now() + 1000).toISOString().slice(0, 19);
    expect((await odero.reporting.searchPayments({ maxCreatedDate: utcWall })).items).toEqual([]);
  });

  it('an invalid Date is refused before sending; an unreadable date string is a 400 from the simulator', async () => {
    const { sim, odero } = setup();
    await expect(odero.reporting.searchPayments({ minCreatedDate: new Date(Number.NaN) })).rejects.toMatchObject({ fields: ['minCreatedDate'] });
    expect(sim.requests).toHaveLength(0);
    await expect(odero.reporting.searchPayments({ minCreatedDate: 'dün' })).rejects.toMatchObject({ status: 400 });
  });

  it('settlement reports take Date values (startDate, endDate) as the official clients send them', async () => {
    const { sim, odero } = setup();
    const p = await odero.payments.create({ ...basket(), card: card() });
    for (const t of sim.payment(p.id).transactions) t.transactionStatus = 'PAYOUT_STARTED';
    const today = await odero.settlementReporting.searchPayoutCompletedTransactions({
      startDate: new Date(Date.now() - 60_000),
      endDate: new Date(),
      settlementType: 'SETTLEMENT',
    });
    expect(today.items.map((r) => r.transactionId)).toEqual(p.paymentTransactions?.map((t) => t.id));
    expect(today.items.every((r) => r.merchantType === 'MERCHANT' && typeof r.payoutAmount === 'number')).toBe(true);
    const query = new URL(sim.requests.at(-1)?.url ?? '').searchParams;
    expect(query.get('startDate')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const yesterday = await odero.settlementReporting.searchPayoutCompletedTransactions({ endDate: new Date(Date.now() - 86_400_000) });
    expect(yesterday.items).toEqual([]);
    expect((await odero.settlementReporting.searchBouncedSubMerchantRows({ startDate: new Date(), endDate: new Date() })).items).toEqual([]);
  });
});
