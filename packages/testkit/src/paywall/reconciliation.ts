import { isInt, isObj } from './checks.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';
import { istanbulDay } from './state.js';

const COUNTERS = ['Total', 'Successful', 'Unsuccessful', 'Refund', 'PartialRefund', 'Cancel'] as const;
type Counters = Record<(typeof COUNTERS)[number], { count: number; kurus: number }>;

/** PayWall's end-of-day counters of an Istanbul day, from the payments' activities. */
export function dayCounters(sim: PayWallSimulator, day: string): Counters {
  const c = Object.fromEntries(COUNTERS.map((k) => [k, { count: 0, kurus: 0 }])) as Counters;
  const add = (k: keyof Counters, kurus: number) => {
    c[k].count += 1;
    c[k].kurus += kurus;
  };
  for (const p of sim.payments.values()) {
    for (const a of p.activities) {
      if (istanbulDay(a.at) !== day) continue;
      if (a.type === 'Sale' && a.amountKurus > 0) {
        add('Total', a.amountKurus);
        add('Successful', a.amountKurus);
      } else if (a.type === 'Failed') {
        add('Total', a.amountKurus);
        add('Unsuccessful', a.amountKurus);
      } else if (a.type === 'Refund') add('Refund', a.amountKurus);
      else if (a.type === 'PartialRefund') add('PartialRefund', a.amountKurus);
      else if (a.type === 'Cancel') add('Cancel', a.amountKurus);
    }
  }
  return c;
}

function asBody(c: Counters): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of COUNTERS) {
    out[`${k}Count`] = c[k].count;
    out[`${k}Amount`] = simTl(c[k].kurus);
  }
  return out;
}

const endOfDayId = (day: string) => Number(day.replace(/-/g, ''));

/** Reconciliation routes (#30–#33). */
export function reconciliationRoutes(sim: PayWallSimulator): void {
  const R = `${API}/private/vpos/reconciliation`;
  sim.api('POST', `${R}/reconcile`, (r) => {
    const b = r.json;
    if (!isObj(b) || typeof b.Date !== 'string') throw fail(2, 'Date is required');
    const day = b.Date.slice(0, 10);
    const theirs = dayCounters(sim, day);
    let same = true;
    for (const k of COUNTERS) {
      const count = b[`${k}Count`];
      const amount = simKurus(b[`${k}Amount`]);
      if (!isInt(count) || amount === undefined) throw fail(2, `${k}Count and ${k}Amount are required`);
      if (count !== theirs[k].count || amount !== theirs[k].kurus) same = false;
    }
    const existing = sim.reconciliations.get(day);
    const now = sim.now();
    const rec = existing ?? { id: sim.nextId(), date: day, reconciled: same, insertedAt: now, updatedAt: now };
    rec.reconciled = same;
    rec.updatedAt = now;
    sim.reconciliations.set(day, rec);
    // The merchant's counters as received, under the docs' names whatever casing they came in.
    const merchant = Object.fromEntries(COUNTERS.flatMap((k) => [`${k}Count`, `${k}Amount`]).map((k) => [k, b[k]]));
    return ok({
      IsReconciled: same,
      IsSaved: true,
      ExistsReconciliation: Boolean(existing),
      OperationDateTime: now.toISOString(),
      ReconciliationDate: day,
      Merchant: merchant,
      PayWall: { EndOfDayId: endOfDayId(day), ...asBody(theirs) },
    });
  });
  sim.api('GET', R, (r) => {
    const day = r.headers.get('reconciliationdate') ?? '';
    const rec = sim.reconciliations.get(day);
    if (!rec) throw fail(3, 'No reconciliation for this date');
    return ok({
      IsReconciled: rec.reconciled,
      InsertDateTime: rec.insertedAt.toISOString(),
      UpdateDateTime: rec.updatedAt.toISOString(),
      ReconciliationDate: rec.date,
    });
  });
  sim.api('GET', `${R}/endofday`, (r) => {
    const day = r.headers.get('endofdaydate') ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw fail(2, 'endofdaydate must be yyyy-MM-dd');
    return ok({ EndOfDayId: endOfDayId(day), ...asBody(dayCounters(sim, day)) });
  });
  sim.api('GET', `${R}/list`, (r) => {
    const from = r.headers.get('datefrom') ?? '0000-00-00';
    const to = r.headers.get('dateto') ?? '9999-99-99';
    const start = Number(r.headers.get('start') ?? 0);
    const length = Number(r.headers.get('length') ?? 10);
    const desc = r.headers.get('sortvalue') === 'desc';
    const rows = [...sim.reconciliations.values()]
      .filter((x) => x.date >= from && x.date <= to)
      .sort((a, b) => (desc ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)));
    return ok({
      Data: rows.slice(start, start + length).map((x) => ({
        ReconciliationId: x.id,
        ReconciliationDate: x.date,
        IsReconciled: x.reconciled,
        InsertDateTime: x.insertedAt.toISOString(),
        UpdateDateTime: x.updatedAt.toISOString(),
      })),
      TotalRecord: rows.length,
    });
  });
}
