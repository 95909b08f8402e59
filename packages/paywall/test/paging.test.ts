import { AbortError, createPayWallTransport, type ReconcileParams, type ReconciliationRecord, reconciliationListAll } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import { creds, makeClient, makeSim } from './helpers';

const zero: Omit<ReconcileParams, 'Date'> = {
  TotalCount: 0,
  TotalAmount: 0,
  SuccessfulCount: 0,
  SuccessfulAmount: 0,
  UnsuccessfulCount: 0,
  UnsuccessfulAmount: 0,
  RefundCount: 0,
  RefundAmount: 0,
  PartialRefundCount: 0,
  PartialRefundAmount: 0,
  CancelCount: 0,
  CancelAmount: 0,
};

/** A simulator holding one reconciliation for each of the first `days` days of March 2026. */
async function withReconciliations(days: number) {
  const sim = makeSim();
  const pw = makeClient(sim);
  for (let d = 1; d <= days; d++) await pw.vpos.reconcile({ Date: `2026-03-${String(d).padStart(2, '0')}`, ...zero });
  const listCalls = () => sim.requests.filter((r) => r.path.endsWith('/reconciliation/list'));
  return { sim, pw, listCalls };
}

const days = (records: ReconciliationRecord[]) => records.map((r) => r.ReconciliationDate);
const march = { DateFrom: '2026-03-01', DateTo: '2026-03-31' };

describe('vpos.reconciliationListAll', () => {
  it('walks every page in order, moving Start by the page, and stops at a short page', async () => {
    const { pw, listCalls } = await withReconciliations(7);
    const seen: ReconciliationRecord[] = [];
    for await (const r of pw.vpos.reconciliationListAll({ ...march, Length: 3, SortValue: 'asc' })) seen.push(r);
    expect(days(seen)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']);
    expect(listCalls().map((r) => [r.headers.start, r.headers.length])).toEqual([
      ['0', '3'],
      ['3', '3'],
      ['6', '3'],
    ]);
  });

  it('stops at TotalRecord without asking for an empty page, and at maxPages', async () => {
    const { pw, listCalls } = await withReconciliations(6);
    const all: ReconciliationRecord[] = [];
    for await (const r of pw.vpos.reconciliationListAll({ ...march, Length: 3, SortValue: 'desc' })) all.push(r);
    expect(days(all)[0]).toBe('2026-03-06');
    expect(all).toHaveLength(6);
    expect(listCalls()).toHaveLength(2);
    const firstPage: ReconciliationRecord[] = [];
    for await (const r of pw.vpos.reconciliationListAll({ ...march, Length: 2 }, { maxPages: 1 })) firstPage.push(r);
    expect(firstPage).toHaveLength(2);
  });

  it('stops between pages when aborted, and works on the bare transport too', async () => {
    const { sim, pw } = await withReconciliations(5);
    const stop = new AbortController();
    const got: ReconciliationRecord[] = [];
    const loop = async () => {
      for await (const r of pw.vpos.reconciliationListAll({ ...march, Length: 2 }, { signal: stop.signal })) {
        got.push(r);
        stop.abort();
      }
    };
    await expect(loop()).rejects.toBeInstanceOf(AbortError);
    expect(got).toHaveLength(2);
    const transport = createPayWallTransport({ ...creds, environment: 'test', fetch: sim.fetch, logLevel: 'off' });
    let n = 0;
    for await (const _ of reconciliationListAll(transport, { ...march, Length: 4 })) n++;
    expect(n).toBe(5);
  });
});
