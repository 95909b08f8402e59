import type { SimRequest } from '../frame/http.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import type { PayWallSimPoolCustomer, PayWallSimPoolItem } from './recurring-state.js';
import { API, type PayWallSimulator } from './simulator.js';

// The customer and item pools of subscriptions (#108–#111). A subscription's subscriber and items enter the pools
// when it is created (unless it names pool entries); the lists page with `start`/`length` headers and filter by
// case-insensitive containment (exact kuruş for `amount`, the day of the last change for `datefrom`/`dateto`).

type Obj = Record<string, unknown>;

function header(r: SimRequest, name: string): string {
  return (r.headers.get(name) ?? '').trim();
}

function paging(r: SimRequest): { start: number; length: number } {
  const start = Number(header(r, 'start'));
  const length = Number(header(r, 'length'));
  if (header(r, 'start') === '' || header(r, 'length') === '') throw fail(4, 'Headers start and length are required');
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(length) || length < 1) throw fail(2, 'start and length must be whole numbers');
  return { start, length };
}

const contains = (value: string, wanted: string) => wanted === '' || value.toLowerCase().includes(wanted.toLowerCase());
const day = (d: Date) => d.toISOString().slice(0, 10);

function inDates(r: SimRequest, at: Date): boolean {
  const from = header(r, 'datefrom');
  const to = header(r, 'dateto');
  return (from === '' || day(at) >= from) && (to === '' || day(at) <= to);
}

function sorted<T extends { id: number }>(r: SimRequest, rows: T[]): T[] {
  const desc = header(r, 'sortvalue').toLowerCase() === 'desc';
  return rows.sort((a, b) => (desc ? b.id - a.id : a.id - b.id));
}

/** Active subscriptions using a pool entry. */
function usedBy(sim: PayWallSimulator, uses: (s: { customerPoolId: number; items: { poolId: number }[] }) => boolean): number {
  return [...sim.recurring.subscriptions.values()].filter((s) => s.active && uses(s)).length;
}

function customerView(sim: PayWallSimulator, c: PayWallSimPoolCustomer): Obj {
  return {
    Id: c.id,
    CustomerName: c.name,
    CustomerLastname: c.lastname,
    CustomerPhone: c.phone,
    CustomerEmail: c.email,
    CustomerCountry: c.country,
    CustomerCity: c.city,
    CustomerAddress: c.address,
    CustomerIdentity: c.identity || null,
    LastChangesDateTime: c.changedAt.toISOString(),
    ActiveUsedSubscription: usedBy(sim, (s) => s.customerPoolId === c.id),
  };
}

function itemView(sim: PayWallSimulator, i: PayWallSimPoolItem): Obj {
  return {
    Id: i.id,
    Type: i.type,
    Name: i.name,
    Amount: simTl(i.amountKurus),
    LastChangesDateTime: i.changedAt.toISOString(),
    ActiveUsedSubscription: usedBy(sim, (s) => s.items.some((x) => x.poolId === i.id)),
  };
}

/** Puts a subscriber in the pool. */
export function addPoolCustomer(sim: PayWallSimulator, c: Omit<PayWallSimPoolCustomer, 'id' | 'changedAt'>): PayWallSimPoolCustomer {
  const entry = { ...c, id: sim.nextId(), changedAt: sim.now() };
  sim.recurring.customers.set(entry.id, entry);
  return entry;
}

/** Puts an item in the pool. */
export function addPoolItem(sim: PayWallSimulator, i: Omit<PayWallSimPoolItem, 'id' | 'changedAt'>): PayWallSimPoolItem {
  const entry = { ...i, id: sim.nextId(), changedAt: sim.now() };
  sim.recurring.items.set(entry.id, entry);
  return entry;
}

/** Pool routes (#108–#111). */
export function recurringPoolRoutes(sim: PayWallSimulator): void {
  sim.api('GET', `${API}/recurring/customer/pool`, (r) => {
    const { start, length } = paging(r);
    const f = (k: string) => header(r, k);
    const rows = sorted(
      r,
      [...sim.recurring.customers.values()].filter(
        (c) =>
          contains(c.name, f('name')) &&
          contains(c.lastname, f('lastname')) &&
          contains(c.phone, f('phone')) &&
          contains(c.email, f('email')) &&
          contains(c.country, f('country')) &&
          contains(c.city, f('city')) &&
          contains(c.address, f('address')) &&
          contains(c.identity, f('identity')) &&
          inDates(r, c.changedAt),
      ),
    );
    return ok({ TotalRecord: rows.length, Data: rows.slice(start, start + length).map((c) => customerView(sim, c)) });
  });
  sim.api('GET', `${API}/recurring/customer/pool/search`, (r) => {
    const name = header(r, 'customername');
    if (!name) throw fail(4, 'Header customername is required');
    return ok([...sim.recurring.customers.values()].filter((c) => contains(`${c.name} ${c.lastname}`, name)).map((c) => customerView(sim, c)));
  });
  sim.api('GET', `${API}/recurring/item/pool`, (r) => {
    const { start, length } = paging(r);
    const type = header(r, 'itemtype');
    const amountText = header(r, 'amount');
    const amount = amountText === '' ? undefined : simKurus(amountText);
    if (amountText !== '' && amount === undefined) throw fail(2, 'amount is not a decimal amount');
    const rows = sorted(
      r,
      [...sim.recurring.items.values()].filter(
        (i) =>
          (type === '' || String(i.type) === type) &&
          contains(i.name, header(r, 'itemname')) &&
          (amount === undefined || i.amountKurus === amount) &&
          inDates(r, i.changedAt),
      ),
    );
    return ok({ TotalRecord: rows.length, Data: rows.slice(start, start + length).map((i) => itemView(sim, i)) });
  });
  sim.api('GET', `${API}/recurring/item/pool/search`, (r) => {
    const name = header(r, 'itemname');
    if (!name) throw fail(4, 'Header itemname is required');
    return ok([...sim.recurring.items.values()].filter((i) => contains(i.name, name)).map((i) => itemView(sim, i)));
  });
}
