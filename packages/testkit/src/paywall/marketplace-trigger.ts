import type { SimReply, SimRequest } from '../frame/http.js';
import { isInt } from './checks.js';
import { fail, ok } from './envelope.js';
import { bodyOf, idOf } from './marketplace-checks.js';
import { addDays, PAYWALL_SIM_EARNING_STATUS, type PayWallSimEarning, type PayWallSimTriggerJob, trDay } from './marketplace-state.js';
import { simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// The manual trigger (#75–#78): with "Manual Trigger" on in the marketplace configuration
// (`sim.marketplace.configure({ manualTrigger: true })`) platform earnings are not paid on their reflection date but
// wait in a pool until a job pays them; with it off every call answers 551. The simulator's choices (INFERRED):
// - the pool of a window is the approved, unpaid platform earnings of the currency whose reflection day (Istanbul)
//   falls in `DateFrom`…`DateTo` (both `yyyy-MM-dd`, at most 40 days apart: 550; `DateFrom` after `DateTo`: 386);
// - `start` refuses a `DateTo` after yesterday unless `TestMode` (387), and a window that overlaps an earlier job of
//   the currency unless `SkipExistsControl` (392); it runs the job at once, paying every earning of the pool;
// - `restart` runs a job's window again (what joined the pool since, e.g. later approvals); the inquiry reports its
//   last run. Platform transfers do not fail.

type Obj = Record<string, unknown>;
// Built when the routes are registered: `API` comes from simulator.ts, which imports this module.
const T = () => `${API}/marketplace/manual/trigger`;
const DAY = 86_400_000;

function enabled(sim: PayWallSimulator): void {
  sim.marketplace.tick();
  if (!sim.marketplace.settings.manualTrigger) throw fail(551, 'Manual trigger is not active for this marketplace configuration');
}

function dayOf(v: unknown, name: string, code: number): string {
  const text = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v.trim() : '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(text);
  if (!m || Number.isNaN(Date.parse(m[0]))) throw fail(code, `${name} must be a yyyy-MM-dd date`);
  return m[0];
}

function windowOf(from: string, to: string): void {
  if (from > to) throw fail(386, 'DateFrom is after DateTo');
  if (Date.parse(to) - Date.parse(from) > 40 * DAY) throw fail(550, 'The date range is at most 40 days');
}

function currencyOf(v: unknown): number {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (!isInt(n) || n < 1 || n > 7) throw fail(53, 'Invalid currency');
  return n;
}

function pool(sim: PayWallSimulator, currencyId: number, from: string, to: string): PayWallSimEarning[] {
  return [...sim.marketplace.earnings.values()].filter((e) => {
    if (e.subMerchant || e.currencyId !== currencyId || e.statusId !== PAYWALL_SIM_EARNING_STATUS.approved || !e.reflectionDate) return false;
    const day = trDay(e.reflectionDate);
    return day >= from && day <= to;
  });
}

function run(sim: PayWallSimulator, job: PayWallSimTriggerJob): Obj {
  const due = pool(sim, job.currencyId, job.dateFrom, job.dateTo);
  for (const e of due) sim.marketplace.pay(e);
  job.earningKurus = due.reduce((s, e) => s + e.earningKurus, 0);
  job.count = due.length;
  job.results = due.map((e) => ({ Result: true, ResultMessage: `Earning ${e.id} paid with transaction ${e.payoutTransactionId}` }));
  return { JobId: job.jobId, DateFrom: job.dateFrom, DateTo: job.dateTo, Earning: simTl(job.earningKurus), Count: job.count };
}

function start(sim: PayWallSimulator, r: SimRequest): SimReply {
  enabled(sim);
  const b = bodyOf(r);
  const currencyId = currencyOf(b.CurrencyId);
  const from = dayOf(b.DateFrom, 'DateFrom', 386);
  const to = dayOf(b.DateTo, 'DateTo', 387);
  windowOf(from, to);
  const testMode = b.TestMode === true;
  if (!testMode && to > addDays(trDay(sim.now()), -1)) throw fail(387, 'DateTo must be yesterday or earlier (or use TestMode)');
  if (b.SkipExistsControl !== true) {
    for (const j of sim.marketplace.jobs.values())
      if (j.currencyId === currencyId && j.dateFrom <= to && from <= j.dateTo) throw fail(392, `The window overlaps job ${j.jobId}`);
  }
  const job: PayWallSimTriggerJob = {
    jobId: sim.nextId(),
    currencyId,
    dateFrom: from,
    dateTo: to,
    testMode,
    earningKurus: 0,
    count: 0,
    results: [],
    createdAt: sim.now(),
  };
  sim.marketplace.jobs.set(job.jobId, job);
  return ok(run(sim, job));
}

function jobOf(sim: PayWallSimulator, id: unknown): PayWallSimTriggerJob {
  const job = sim.marketplace.jobs.get(idOf(id, 'JobId'));
  if (!job) throw fail(-1, 'Manual trigger job not found');
  return job;
}

/** Manual-trigger routes #75–#78 (PaymentAPI, public pair). */
export function marketplaceTriggerRoutes(sim: PayWallSimulator): void {
  sim.api('GET', `${T()}/pending`, (r) => {
    enabled(sim);
    const from = dayOf(r.headers.get('datefrom'), 'Header datefrom', 386);
    const to = dayOf(r.headers.get('dateto'), 'Header dateto', 387);
    windowOf(from, to);
    const due = pool(sim, currencyOf(r.headers.get('currencyid')), from, to);
    return ok({ DateFrom: from, DateTo: to, Earning: simTl(due.reduce((s, e) => s + e.earningKurus, 0)), Count: due.length });
  });
  sim.api('POST', `${T()}/start`, (r) => start(sim, r));
  sim.api('GET', `${T()}/inquiry`, (r) => {
    enabled(sim);
    const job = jobOf(sim, Number(r.headers.get('jobid') ?? ''));
    return ok({
      JobId: job.jobId,
      DateFrom: job.dateFrom,
      DateTo: job.dateTo,
      Earning: simTl(job.earningKurus),
      Count: job.count,
      AnySuccess: job.results.some((x) => x.Result),
      Results: job.results,
    });
  });
  sim.api('POST', `${T()}/restart`, (r) => {
    enabled(sim);
    return ok(run(sim, jobOf(sim, bodyOf(r).JobId)));
  });
}
