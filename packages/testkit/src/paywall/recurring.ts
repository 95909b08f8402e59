import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { findSimBin } from './data.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import { addPeriod, newJob, resumeSchedule, runDueCharges } from './recurring-charges.js';
import { addPoolCustomer, addPoolItem, recurringPoolRoutes } from './recurring-pools.js';
import type { PayWallSimSubscription, PayWallSimSubscriptionCard, PayWallSimSubscriptionItem } from './recurring-state.js';
import { API, type ApiHandler, type PayWallSimulator } from './simulator.js';

// Subscriptions (#98–#107), answering with the common numbering's subscription codes (§3.2 b, 305–352). Bodies
// come camelCase with every member written (the .NET SDK) or PascalCase: `caseless` reads both. Choices of the
// simulator where PayWall says nothing: a declined first charge does not refuse the creation (the charge is retried
// on the plan's schedule and reported by callback); a deleted subscription is gone (queries answer 323); a stopped
// one resumes at its next date after the resubscribe.

type Obj = Record<string, unknown>;
const DAY = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const num = (v: unknown, fallback = 0) => (v === undefined || v === null ? fallback : v);

function body(r: SimRequest): Obj {
  if (!isObj(r.json)) throw fail(2, 'Body must be a JSON object');
  return r.json;
}

function byKey(sim: PayWallSimulator, code: string): PayWallSimSubscription {
  if (!code) throw fail(2, 'SubscriptionMerchantCode is required');
  const s = sim.recurring.byMerchantCode(code);
  if (!s) throw fail(323, 'Subscription not found');
  return s;
}

function byId(sim: PayWallSimulator, id: unknown): PayWallSimSubscription {
  const s = sim.recurring.subscriptions.get(Number(id));
  if (!s) throw fail(323, 'Subscription not found');
  return s;
}

interface Plan {
  type: number;
  currencyId: number;
  amountKurus: number;
  hasTrial: boolean;
  trialDay: number;
  periodType: number;
  failAttempt: number;
  failAttemptPendingHour: number;
  callbackUrl: string;
}

function checkPlan(b: Obj): Plan {
  const type = b.SubscriptionType;
  if (type !== 1 && type !== 2) throw fail(305, 'Invalid SubscriptionType');
  if (!isInt(b.CurrencyId) || b.CurrencyId < 1 || b.CurrencyId > 7) throw fail(53, 'Invalid currency');
  const amountKurus = simKurus(b.Amount);
  if (amountKurus === undefined || amountKurus <= 0) throw fail(330, 'Invalid subscription amount');
  const periodType = b.RecurringPeriodType;
  if (!isInt(periodType) || periodType < 1 || periodType > 8) throw fail(306, 'Invalid RecurringPeriodType');
  const hasTrial = b.HasTrial === true;
  const trialDay = num(b.TrialDay);
  if (!isInt(trialDay) || trialDay < 0 || (hasTrial && trialDay < 1)) throw fail(307, 'Invalid TrialDay');
  // The simulator's bounds: PayWall names the errors, not the limits.
  const failAttempt = num(b.FailAttempt);
  if (!isInt(failAttempt) || failAttempt < 0 || failAttempt > 10) throw fail(308, 'FailAttempt must be 0–10');
  const pending = num(b.FailAttemptPendingHour);
  if (!isInt(pending) || pending < 0 || pending > 720) throw fail(309, 'FailAttemptPendingHour must be 0–720');
  const callbackUrl = str(b.CallbackUrl);
  if (callbackUrl && !URL.canParse(callbackUrl)) throw fail(166, 'Invalid callback address');
  return { type, currencyId: b.CurrencyId, amountKurus, hasTrial, trialDay, periodType, failAttempt, failAttemptPendingHour: pending, callbackUrl };
}

function checkItems(sim: PayWallSimulator, items: unknown, amountKurus: number): PayWallSimSubscriptionItem[] {
  if (!Array.isArray(items) || items.length === 0) throw fail(310, 'Items are empty');
  const out = items.map((raw): PayWallSimSubscriptionItem => {
    if (!isObj(raw)) throw fail(311, 'Items contain an invalid item');
    const poolId = raw.SubscriptionItemPoolId;
    if (poolId !== undefined && poolId !== null) {
      const pooled = sim.recurring.items.get(Number(poolId));
      if (!pooled) throw fail(342, 'Items contain an invalid pool id');
      return { poolId: pooled.id, type: pooled.type, name: pooled.name, amountKurus: pooled.amountKurus };
    }
    if (!isInt(raw.Type) || raw.Type < 1 || raw.Type > 3) throw fail(311, 'Items contain an invalid type');
    const name = str(raw.Name);
    if (!name) throw fail(312, 'An item has no name');
    if (name.length > 200) throw fail(313, 'An item name is too long');
    const a = simKurus(raw.Amount);
    if (a === undefined || a <= 0) throw fail(330, 'Invalid item amount');
    return { poolId: 0, type: raw.Type, name, amountKurus: a };
  });
  if (out.reduce((s, i) => s + i.amountKurus, 0) !== amountKurus) throw fail(314, 'Amount does not equal the items');
  // New items enter the pool only once the whole request is valid.
  return out.map((i) => (i.poolId ? i : { ...i, poolId: addPoolItem(sim, { type: i.type, name: i.name, amountKurus: i.amountKurus }).id }));
}

function checkCustomer(sim: PayWallSimulator, c: unknown): () => number {
  if (!isObj(c)) throw fail(315, 'Customer is invalid');
  const poolId = c.SubscriptionCustomerPoolId;
  if (poolId !== undefined && poolId !== null) {
    if (!sim.recurring.customers.has(Number(poolId))) throw fail(343, 'Customer not found in the pool');
    return () => Number(poolId);
  }
  if (!str(c.Name)) throw fail(345, 'Customer name must be filled');
  if (!str(c.Lastname)) throw fail(346, 'Customer last name must be filled');
  if (str(c.Email) && !EMAIL.test(str(c.Email))) throw fail(320, 'Invalid customer e-mail');
  const entry = {
    name: str(c.Name),
    lastname: str(c.Lastname),
    phone: str(c.Phone),
    email: str(c.Email),
    country: str(c.Country),
    city: str(c.City),
    address: str(c.Address),
    identity: '',
  };
  return () => addPoolCustomer(sim, entry).id;
}

function cardFromWall(sim: PayWallSimulator, sub: PayWallSimSubscription | undefined, code: string): Omit<PayWallSimSubscriptionCard, 'id' | 'priority'> {
  const found = sim.findCard(code, false);
  if (found.stale) throw fail(118, 'Card UniqueCode is no longer valid (rotated): list the cards again');
  if (!found.card) throw fail(115, 'Card not found in CardWall');
  const c = found.card;
  const now = sim.now();
  if (c.year < now.getUTCFullYear() || (c.year === now.getUTCFullYear() && c.month < now.getUTCMonth() + 1)) throw fail(328, 'Subscription card has expired');
  if (sub?.cards.some((x) => x.storedCardId === c.id)) throw fail(2, 'The card is already on the subscription');
  if (sub && sub.cards.length >= (sim.options.recurring?.cardLimit ?? 5)) throw fail(350, 'Subscription card limit reached');
  return { storedCardId: c.id, number: c.number, holderName: c.holderName, month: c.month, year: c.year };
}

function create(sim: PayWallSimulator, r: SimRequest) {
  const b = body(r);
  const merchantCode = str(b.SubscriptionMerchantCode);
  if (!merchantCode) throw fail(2, 'SubscriptionMerchantCode is required');
  if (sim.recurring.byMerchantCode(merchantCode)) throw fail(322, 'Subscription already exists');
  const plan = checkPlan(b);
  const periodCount = num(b.RecurringPeriodCount);
  if (!isInt(periodCount) || periodCount < 0 || (plan.type === 2 && periodCount < 1)) throw fail(352, 'Invalid RecurringPeriodCount');
  const firstText = str(b.FirstPaymentDate);
  if (firstText && !Number.isFinite(Date.parse(firstText))) throw fail(2, 'FirstPaymentDate is not a date');
  const card = isObj(b.Card) && str(b.Card.UniqueCode) ? cardFromWall(sim, undefined, str(b.Card.UniqueCode)) : undefined;
  const customer = checkCustomer(sim, b.Customer);
  const items = checkItems(sim, b.Items, plan.amountKurus);
  const now = sim.now();
  const first = firstText
    ? new Date(firstText)
    : b.PaymentAtCreation === true
      ? now
      : plan.hasTrial
        ? new Date(now.getTime() + plan.trialDay * DAY)
        : addPeriod(now, plan.periodType);
  const sub: PayWallSimSubscription = {
    id: sim.nextId(),
    code: crypto.randomUUID(),
    merchantCode,
    ...plan,
    periodCount,
    customerPoolId: customer(),
    items,
    cards: card ? [{ ...card, id: sim.nextId(), priority: 1 }] : [],
    jobs: [newJob(first)],
    insertedAt: now,
    active: true,
  };
  sim.recurring.subscriptions.set(sub.id, sub);
  runDueCharges(sim);
  return ok({ SubscriptionId: sub.id, FirstPaymentDateTime: first.toISOString() });
}

function update(sim: PayWallSimulator, r: SimRequest) {
  const b = body(r);
  const sub = byKey(sim, str(b.SubscriptionMerchantCode));
  const plan = checkPlan(b);
  if (!plan.callbackUrl) throw fail(163, 'CallbackUrl must be filled');
  const items = checkItems(sim, b.Items, plan.amountKurus);
  const newPlan = plan.periodType !== sub.periodType || plan.hasTrial !== sub.hasTrial || plan.trialDay !== sub.trialDay;
  Object.assign(sub, plan, { items });
  // A new period type or trial ends the plan and starts another (§4.8): the next charge is counted from now.
  const job = sub.jobs.find((j) => !j.complete);
  if (newPlan && job) {
    const now = sim.now();
    job.scheduledAt = plan.hasTrial ? new Date(now.getTime() + plan.trialDay * DAY) : addPeriod(now, plan.periodType);
    job.dueAt = job.scheduledAt;
    job.attempts = 0;
  }
  return ok(null);
}

function view(sim: PayWallSimulator, s: PayWallSimSubscription): Obj {
  const c = sim.recurring.customers.get(s.customerPoolId);
  return {
    Id: s.id,
    CurrencyId: s.currencyId,
    SubscriptionType: s.type,
    SubscriptionCode: s.code,
    SubscriptionMerchantCode: s.merchantCode,
    Amount: simTl(s.amountKurus),
    CallbackUrl: s.callbackUrl || null,
    HasTrial: s.hasTrial,
    TrialDay: s.trialDay,
    RecurringPeriodType: s.periodType,
    FailAttempt: s.failAttempt,
    FailAttemptPendingHour: s.failAttemptPendingHour,
    Card: { CardCount: s.cards.length },
    Customer: c
      ? {
          Name: c.name,
          Lastname: c.lastname,
          Phone: c.phone,
          Email: c.email,
          Country: c.country,
          City: c.city,
          Address: c.address,
          IdentityNumber: c.identity || null,
        }
      : null,
    Items: s.items.map((i) => ({ Type: i.type, Name: i.name, Amount: simTl(i.amountKurus) })),
    Jobs: s.jobs.map((j) => ({ RecurringDateTime: j.scheduledAt.toISOString(), IsComplete: j.complete })),
    InsertDateTime: s.insertedAt.toISOString(),
    IsActive: s.active,
  };
}

function paymentView(sim: PayWallSimulator, r: SimRequest) {
  const sid = r.headers.get('subscriptionid') ?? '';
  const pid = r.headers.get('paymentid') ?? '';
  if (!sid || !pid) throw fail(4, 'Headers subscriptionid and paymentid are required');
  const s = byId(sim, sid);
  const p = s.jobs.some((j) => j.paymentIds.includes(Number(pid))) ? sim.payments.get(Number(pid)) : undefined;
  if (!p) throw fail(56, 'Payment not found');
  const n = p.card.number;
  return ok({
    SubscriptionId: s.id,
    // Its values are not published: the simulator answers 1 active, 2 stopped.
    SubscriptionStatusType: s.active ? 1 : 2,
    PaymentSuccess: p.statusId === 4,
    SubscriptionMerchantCode: s.merchantCode,
    Payment: {
      Id: p.paymentId,
      CardOwnerName: p.card.ownerName,
      CardNumber: `${n.slice(0, 6)}******${n.slice(-4)}`,
      CurrencyId: p.currencyId,
      InstallmentId: p.installment,
      Amount: simTl(p.amountKurus),
      Activities: p.activities.map((a) => ({
        PaymentActivityId: a.id,
        PaymentStatusId: a.type === 'Failed' ? 5 : 4,
        PaymentStatus: a.type === 'Failed' ? 'Failed' : 'Successful',
        PaymentActivityTypeId: 1,
        PaymentActivityType: 'Sale',
      })),
    },
  });
}

function cardView(c: PayWallSimSubscriptionCard): Obj {
  const b = findSimBin(c.number)?.data;
  return {
    Id: c.id,
    Priority: c.priority,
    CardNumber: `${c.number.slice(0, 6)}******${c.number.slice(-4)}`,
    ExpiryMonth: c.month,
    ExpiryYear: c.year,
    Type: b?.type ?? null,
    Kind: b?.kind ?? null,
    Bank: b?.bank ?? null,
    Brand: b?.brand ?? null,
    Family: b?.family ?? null,
  };
}

/** Subscription routes (#98–#111); due charges run before each call and on every clock move. */
export function recurringRoutes(sim: PayWallSimulator): void {
  const route = (method: string, path: string, handler: ApiHandler) =>
    sim.api(method, `${API}${path}`, (r) => {
      runDueCharges(sim);
      return handler(r);
    });
  route('POST', '/recurring', (r) => create(sim, r));
  route('PUT', '/recurring', (r) => update(sim, r));
  route('GET', '/recurring/query', (r) => {
    const code = r.headers.get('subscriptionmerchantcode') ?? '';
    if (!code) throw fail(4, 'Header subscriptionmerchantcode is required');
    return ok(view(sim, byKey(sim, code)));
  });
  route('DELETE', '/recurring/unsubscribe', (r) => {
    const s = byKey(sim, str(body(r).SubscriptionMerchantCode));
    if (!s.active) throw fail(325, 'Subscription is already passive');
    s.active = false;
    return ok(null);
  });
  route('DELETE', '/recurring/delete', (r) => {
    const s = byKey(sim, str(body(r).SubscriptionMerchantCode));
    sim.recurring.subscriptions.delete(s.id);
    return ok(null);
  });
  route('PUT', '/recurring/resubscribe', (r) => {
    const s = byKey(sim, str(body(r).SubscriptionMerchantCode));
    if (s.active) throw fail(326, 'Subscription is already active');
    s.active = true;
    resumeSchedule(sim, s);
    return ok(null);
  });
  route('GET', '/recurring/query/payment', (r) => paymentView(sim, r));
  route('GET', '/recurring/card', (r) => {
    const id = r.headers.get('subscriptionid') ?? '';
    if (!id) throw fail(4, 'Header subscriptionid is required');
    return ok(byId(sim, id).cards.map(cardView));
  });
  route('POST', '/recurring/card', (r) => {
    const b = body(r);
    const s = byId(sim, b.SubscriptionId);
    const card = cardFromWall(sim, s, str(b.UniqueCode));
    s.cards.push({ ...card, id: sim.nextId(), priority: Math.max(0, ...s.cards.map((c) => c.priority)) + 1 });
    return ok(null);
  });
  route('DELETE', '/recurring/card', (r) => {
    const id = Number(str(body(r).Id) || body(r).Id);
    const s = [...sim.recurring.subscriptions.values()].find((x) => x.cards.some((c) => c.id === id));
    if (!s) throw fail(115, 'Card not found on any subscription');
    if (s.cards.length === 1) throw fail(349, 'The last card of a subscription cannot be deleted');
    s.cards = s.cards.filter((c) => c.id !== id);
    return ok(null);
  });
  recurringPoolRoutes(sim);
  sim.onClock(() => runDueCharges(sim));
}
