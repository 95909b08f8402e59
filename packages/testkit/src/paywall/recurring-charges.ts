import { sha256Hex } from '../frame/crypto.js';
import { PAYWALL_SIM_DECLINES } from './data.js';
import { simTlText } from './money.js';
import type { PayWallSimSubscription, PayWallSimSubscriptionCard, PayWallSimSubscriptionJob } from './recurring-state.js';
import type { PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

// The charge schedule. PayWall documents the plan's fields (period, trial, first date, `FailAttempt` tries
// `FailAttemptPendingHour` hours apart) but not the engine; the simulator's choices are:
// - the first charge is due at `FirstPaymentDate`, else at creation with `PaymentAtCreation`, else after the trial
//   (`TrialDay` days) or, without one, one period after creation; later ones one period after the previous date;
// - a try charges the cards by priority until one succeeds; a declined charge is tried again `FailAttempt` times,
//   `FailAttemptPendingHour` hours apart (the `retryPendingHours` option when 0), then left as failed;
// - a stopped subscription skips the charges that fall due while it is stopped (see `resumeSchedule`).

const DAY = 86_400_000;
const MONTHS: Record<number, number> = { 4: 1, 5: 3, 6: 6, 7: 9, 8: 12 };
const DAYS: Record<number, number> = { 1: 1, 2: 7, 3: 14 };

/** The date one `RecurringPeriodType` after `from` (months keep the day, clamped to the month's last day; UTC). */
export function addPeriod(from: Date, periodType: number): Date {
  const days = DAYS[periodType];
  if (days) return new Date(from.getTime() + days * DAY);
  const months = MONTHS[periodType] ?? 1;
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** A new due charge. */
export function newJob(at: Date): PayWallSimSubscriptionJob {
  return { dueAt: at, scheduledAt: at, complete: false, attempts: 0, paymentIds: [], success: false };
}

/** Charges every subscription whose next charge (or retry) is due on the simulator's clock. */
export function runDueCharges(sim: PayWallSimulator): void {
  const now = sim.now().getTime();
  for (const sub of sim.recurring.subscriptions.values()) {
    // A bound on the charges one clock move makes, so that a very long move cannot loop for ever.
    for (let n = 0; n < 10_000 && sub.active; n++) {
      const job = sub.jobs.find((j) => !j.complete);
      if (!job || job.dueAt.getTime() > now) break;
      tryCharge(sim, sub, job);
    }
  }
}

/** Moves a resumed subscription's next charge past the dates it missed while stopped. */
export function resumeSchedule(sim: PayWallSimulator, sub: PayWallSimSubscription): void {
  const job = sub.jobs.find((j) => !j.complete);
  if (!job) return;
  const now = sim.now().getTime();
  while (job.dueAt.getTime() <= now) {
    job.scheduledAt = addPeriod(job.scheduledAt, sub.periodType);
    job.dueAt = job.scheduledAt;
    job.attempts = 0;
  }
}

function chargeCard(sim: PayWallSimulator, sub: PayWallSimSubscription, job: PayWallSimSubscriptionJob, card: PayWallSimSubscriptionCard): PayWallSimPayment {
  const decline = PAYWALL_SIM_DECLINES[card.number];
  const failed = decline !== undefined && !decline.threeDOnly;
  const at = job.dueAt;
  const p: PayWallSimPayment = {
    paymentId: sim.nextId(),
    uniqueCode: crypto.randomUUID(),
    // PayWall's own key of the charge (the merchant chooses none): the simulator's pattern.
    merchantUniqueCode: `recurring-${sub.id}-${sub.jobs.indexOf(job) + 1}-${job.attempts}-${card.priority}`,
    amountKurus: sub.amountKurus,
    currencyId: sub.currencyId,
    installment: 1,
    statusId: failed ? 5 : 4,
    threeD: false,
    model3d: false,
    preAuth: false,
    capturedKurus: failed ? 0 : sub.amountKurus,
    refundedKurus: 0,
    cancelled: false,
    activities: [{ id: sim.nextId(), type: failed ? 'Failed' : 'Sale', amountKurus: sub.amountKurus, at }],
    createdAt: at,
    clientIp: '',
    channelId: 0,
    tagId: 0,
    trackingCode: undefined,
    productIds: [],
    products: sub.items.map((i) => ({ ProductName: i.name, ProductAmount: simTlText(i.amountKurus) })),
    card: { number: card.number, ownerName: card.holderName, expireMonth: String(card.month), expireYear: String(card.year), insurance: false },
    ...(failed ? { decline } : {}),
  };
  sim.payments.set(p.paymentId, p);
  job.paymentIds.push(p.paymentId);
  return p;
}

function tryCharge(sim: PayWallSimulator, sub: PayWallSimSubscription, job: PayWallSimSubscriptionJob): void {
  job.attempts += 1;
  let payment: PayWallSimPayment | undefined;
  for (const card of [...sub.cards].sort((a, b) => a.priority - b.priority)) {
    payment = chargeCard(sim, sub, job, card);
    if (payment.statusId === 4) break;
  }
  const success = payment?.statusId === 4;
  const failReason = success ? null : payment?.decline ? payment.decline.bankMessage || payment.decline.providerMessage : 'Subscription has no card';
  if (success || job.attempts > sub.failAttempt) {
    job.complete = true;
    job.success = success;
    const done = sub.jobs.filter((j) => j.complete).length;
    if (sub.type !== 2 || done < sub.periodCount) sub.jobs.push(newJob(addPeriod(job.scheduledAt, sub.periodType)));
  } else {
    const hours = sub.failAttemptPendingHour || (sim.options.recurring?.retryPendingHours ?? 24);
    job.dueAt = new Date(job.dueAt.getTime() + hours * 3_600_000);
  }
  queueCallback(sim, sub, { paymentId: payment?.paymentId ?? null, success, failReason, attempt: job.attempts, finished: job.complete });
}

/** The default template of the recurring callback's hash: the simulator's choice (PayWall has not published one). */
export const PAYWALL_SIM_RECURRING_TEMPLATE: readonly string[] = ['SubscriptionId', 'SubscriptionMerchantCode', 'PaymentId', 'Amount', 'Attempt'];

function queueCallback(
  sim: PayWallSimulator,
  sub: PayWallSimSubscription,
  t: { paymentId: number | null; success: boolean; failReason: string | null; attempt: number; finished: boolean },
): void {
  if (!sub.callbackUrl) return;
  const url = sub.callbackUrl;
  const amount = simTlText(sub.amountKurus);
  const fields: Record<string, unknown> = {
    SubscriptionId: sub.id,
    SubscriptionType: sub.type,
    SubscriptionCode: sub.code,
    SubscriptionMerchantCode: sub.merchantCode,
    Amount: '__AMOUNT__',
    Success: t.success,
    FailReason: t.failReason,
    PaymentId: t.paymentId,
    Attempt: t.attempt,
    AttemptFinished: t.finished,
    Hash: '',
    // Their value tables are not published: the simulator writes null.
    HashFormat: null,
    HashKeyType: null,
  };
  const texts: Record<string, string> = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === null ? '' : String(v)]));
  texts.Amount = amount;
  const template = sim.options.recurring?.hashTemplate ?? PAYWALL_SIM_RECURRING_TEMPLATE;
  const key = sim.options.hashKeys?.systemWebhook ?? '';
  const book = sim.recurring;
  book.enqueue(async () => {
    fields.Hash = await sha256Hex([key, ...template.map((name) => texts[name] ?? '')].join('###'));
    // JSON.stringify would print 10.5: write the amount as PayWall's decimals do.
    const body = JSON.stringify(fields).replace('"__AMOUNT__"', amount);
    book.callbacks.push({ url, body, fields: JSON.parse(body) as Record<string, unknown> });
    const deliver = sim.options.recurring?.deliver;
    if (deliver) await deliver(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  });
}
