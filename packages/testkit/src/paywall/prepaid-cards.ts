import { simLuhn } from '../frame/card.js';
import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import type { PayWallSimPrepaidActivity, PayWallSimPrepaidCard, PayWallSimPrepaidProgramme, PayWallSimPrepaidTransaction } from './prepaid-card-state.js';
import { API, type PayWallSimulator } from './simulator.js';

// Card production (§4.12). PayWall publishes the paths and models only; each rule below is the simulator's choice:
// - the calls need the private pair (the docs name it; the .NET SDK sends it with the public one);
// - one programme, `PAYWALL_SIM_PREPAID_PROGRAMME`, with 100,000.00 TL to load from; a load moves money from the
//   programme's account onto the card at once, an unload moves it back, a spend (`sim.prepaid.spend`) leaves;
// - a disabled or deleted card refuses loads, unloads and spends (279); an unknown or deleted card is 278; an unload
//   or spend above the card's balance is 297; a load above the programme's balance is 544;
// - phone: 7–15 digits after an optional `+` (298, longer 332); description at most 250 characters (333); external id
//   at most 50 (331); PIN 4–12 digits (2); a physical card number already registered is 392;
// - the list shows card numbers masked (first six, last four) and deleted cards with `IsDelete: true`; the detail
//   shows the full number and security code; movements come 10 to a page, newest first, signed (a load positive);
// - `LastActivityTypeId`: 1 created, 2 load, 3 unload, 4 spend, 5 enabled, 6 disabled, 7 deleted, 8 updated.

/** The programme key the simulator knows from the start. */
export const PAYWALL_SIM_PREPAID_PROGRAMME = 'sim-prepaid';

const ACTIVITY: Record<PayWallSimPrepaidActivity, [number, string]> = {
  created: [1, 'Created'],
  load: [2, 'Balance increase'],
  unload: [3, 'Balance decrease'],
  spend: [4, 'Spend'],
  enabled: [5, 'Enabled'],
  disabled: [6, 'Disabled'],
  deleted: [7, 'Deleted'],
  updated: [8, 'Updated'],
};
const PAGE_SIZE = 10;

/** Card production state of one simulator: programmes, cards and their movements. */
export class PayWallSimPrepaidDesk {
  /** Programmes by `CardProductionKey`. */
  readonly programmes = new Map<string, PayWallSimPrepaidProgramme>();
  /** Cards by `CardId`. */
  readonly cards = new Map<number, PayWallSimPrepaidCard>();

  constructor(private readonly sim: PayWallSimulator) {
    this.setProgramme({
      key: PAYWALL_SIM_PREPAID_PROGRAMME,
      name: 'Sim Prepaid',
      connectionId: 31,
      providerId: 3,
      providerKey: 'sim-card-production',
      currencyId: 1,
      availableKurus: 10_000_000,
      lockedKurus: 0,
    });
  }

  /** Adds or replaces a programme. */
  setProgramme(programme: PayWallSimPrepaidProgramme): this {
    this.programmes.set(programme.key, { ...programme });
    return this;
  }

  /**
   * A purchase with the card at a merchant: what a card holder's spend looks like on the card. Throws the simulator's
   * PayWall refusal (278, 279, 297 as above) when the card could not pay.
   */
  spend(cardId: number, amountKurus: number, merchantId = 'sim-merchant'): PayWallSimPrepaidTransaction {
    const card = this.usable(cardId);
    if (card.balanceKurus < amountKurus) throw fail(297, 'Insufficient funds on the card');
    return this.move(card, 'spend', -amountKurus, merchantId, `Spend at ${merchantId}`);
  }

  /** A live card by id (278 when unknown or deleted). */
  card(cardId: number): PayWallSimPrepaidCard {
    const card = this.cards.get(cardId);
    if (!card || card.deleted) throw fail(278, 'Card not found');
    return card;
  }

  /** A live and enabled card (279 when disabled). */
  usable(cardId: number): PayWallSimPrepaidCard {
    const card = this.card(cardId);
    if (!card.active) throw fail(279, 'The card status does not allow this operation');
    return card;
  }

  /** Records a movement and the card's new balance. */
  move(card: PayWallSimPrepaidCard, kind: PayWallSimPrepaidTransaction['kind'], amountKurus: number, merchantId: string | null, description: string) {
    card.balanceKurus += amountKurus;
    const t: PayWallSimPrepaidTransaction = {
      id: this.sim.nextId(),
      kind,
      amountKurus,
      balanceAfterKurus: card.balanceKurus,
      merchantId,
      description,
      at: this.sim.now(),
    };
    card.transactions.push(t);
    card.lastActivity = kind;
    return t;
  }

  /** A new card number on the programme's BIN: 16 digits, Luhn-valid, not yet issued. */
  newNumber(): string {
    for (;;) {
      let body = '979205';
      while (body.length < 15) body += String(Math.floor(Math.random() * 10));
      for (let d = 0; d <= 9; d++) {
        const n = `${body}${d}`;
        if (simLuhn(n) && ![...this.cards.values()].some((c) => c.number === n)) return n;
      }
    }
  }
}

const digits = (v: string) => v.replace(/[\s-]/g, '');
const masked = (n: string) => `${n.slice(0, 6)}${'*'.repeat(Math.max(0, n.length - 10))}${n.slice(-4)}`;

function requirePrivate(r: SimRequest): void {
  // The simulator's header check takes PaymentAPI calls on the public pair; card production also needs the private one.
  if (!r.headers.has('apikeyprivate') || !r.headers.has('apiclientprivate'))
    throw fail(401, 'Unauthorized: card production needs apikeyprivate/apiclientprivate', null, 401);
}

function body(r: SimRequest): Record<string, unknown> {
  if (!isObj(r.json)) throw fail(2, 'Body must be a JSON object');
  return r.json;
}

function cardIdOf(v: unknown): number {
  const id = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (!isInt(id) || id <= 0) throw fail(2, 'CardId is required');
  return id;
}

function header(r: SimRequest, name: string): string {
  const v = r.headers.get(name);
  if (!v) throw fail(4, `Header ${name} is missing`);
  return v;
}

function phoneOf(v: unknown): string {
  const p = str(v);
  if (/^\+?\d{16,}$/.test(p)) throw fail(332, 'Phone is too long');
  if (!/^\+?\d{7,15}$/.test(p)) throw fail(298, 'Invalid phone number');
  return p;
}

function descriptionOf(v: unknown): string {
  const d = str(v);
  if (!d) throw fail(2, 'Description is required');
  if (d.length > 250) throw fail(333, 'Description is too long');
  return d;
}

function externalIdOf(v: unknown): string | null {
  const e = str(v);
  if (e.length > 50) throw fail(331, 'ExternalId is too long');
  return e || null;
}

function programmeOf(sim: PayWallSimulator, key: string): PayWallSimPrepaidProgramme {
  const p = sim.prepaid.programmes.get(key);
  if (!p) throw fail(270, 'Card production not found');
  return p;
}

function issue(
  sim: PayWallSimulator,
  b: Record<string, unknown>,
  kind: PayWallSimPrepaidCard['kind'],
  data: Pick<PayWallSimPrepaidCard, 'number' | 'expiryMonth' | 'expiryYear' | 'cvv'>,
) {
  const programme = programmeOf(sim, str(b.CardProductionKey));
  const card: PayWallSimPrepaidCard = {
    id: sim.nextId(),
    providerCardId: sim.nextId() + 700_000,
    programmeKey: programme.key,
    kind,
    ...data,
    phone: phoneOf(b.Phone),
    description: descriptionOf(b.Description),
    externalId: externalIdOf(b.ExternalId),
    pin: null,
    active: true,
    deleted: false,
    balanceKurus: 0,
    insertedAt: sim.now(),
    lastActivity: 'created',
    transactions: [],
  };
  sim.prepaid.cards.set(card.id, card);
  return card;
}

function physical(sim: PayWallSimulator, b: Record<string, unknown>) {
  const number = digits(str(b.Number));
  if (!simLuhn(number)) throw fail(50, 'Invalid card number');
  if ([...sim.prepaid.cards.values()].some((c) => !c.deleted && c.number === number)) throw fail(392, 'The card is already registered');
  const month = Number(b.ExpireMonth);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw fail(2, 'Invalid expiry month');
  let year = Number(b.ExpireYear);
  if (!Number.isInteger(year)) throw fail(2, 'Invalid expiry year');
  if (year < 100) year += 2000;
  const now = sim.now();
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) throw fail(106, 'The card has expired');
  if (!/^\d{3,4}$/.test(str(b.Cvv))) throw fail(2, 'Invalid security code');
  return issue(sim, b, 'physical', { number, expiryMonth: String(month).padStart(2, '0'), expiryYear: String(year), cvv: str(b.Cvv) });
}

function balanceMove(sim: PayWallSimulator, r: SimRequest, kind: 'load' | 'unload') {
  const b = body(r);
  const card = sim.prepaid.usable(cardIdOf(b.CardId));
  const kurus = simKurus(b.Amount);
  if (kurus === undefined || kurus <= 0) throw fail(51, 'Amount is not a valid amount');
  const programme = programmeOf(sim, card.programmeKey);
  if (kind === 'load') {
    if (programme.availableKurus < kurus) throw fail(544, 'Balance is not enough');
    programme.availableKurus -= kurus;
    sim.prepaid.move(card, 'load', kurus, null, 'Balance increase');
  } else {
    if (card.balanceKurus < kurus) throw fail(297, 'Insufficient funds on the card');
    programme.availableKurus += kurus;
    sim.prepaid.move(card, 'unload', -kurus, null, 'Balance decrease');
  }
  return ok(null);
}

function activity(card: PayWallSimPrepaidCard) {
  const [id, name] = ACTIVITY[card.lastActivity];
  return { LastActivityTypeId: id, LastActivityType: name };
}

function listed(sim: PayWallSimulator, c: PayWallSimPrepaidCard) {
  return {
    Id: c.id,
    CardProductionName: sim.prepaid.programmes.get(c.programmeKey)?.name ?? null,
    CardExternalId: c.providerCardId,
    ExternalId: c.externalId,
    Description: c.description,
    InsertDateTime: c.insertedAt.toISOString(),
    Phone: c.phone,
    CardNumber: masked(c.number),
    ExpiryMonth: c.expiryMonth,
    ExpiryYear: c.expiryYear,
    ...activity(c),
    Usable: c.active && !c.deleted,
    IsActive: c.active,
    IsDelete: c.deleted,
  };
}

function dayOf(v: string | null): string | undefined {
  if (!v) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw fail(2, 'Invalid date filter');
  return d.toISOString().slice(0, 10);
}

function pageOf(v: string | null): number {
  const page = v ? Number(v) : 1;
  if (!Number.isInteger(page) || page < 1) throw fail(2, 'Invalid page');
  return page;
}

function transactions(sim: PayWallSimulator, r: SimRequest) {
  const card = sim.prepaid.card(cardIdOf(header(r, 'cardid')));
  const page = pageOf(r.headers.get('page'));
  const from = dayOf(r.headers.get('datefrom'));
  const to = dayOf(r.headers.get('dateto'));
  const all = card.transactions
    .filter((t) => {
      const day = t.at.toISOString().slice(0, 10);
      return (!from || day >= from) && (!to || day <= to);
    })
    .reverse();
  const skip = (page - 1) * PAGE_SIZE;
  const items = all.slice(skip, skip + PAGE_SIZE);
  return ok({
    Page: page,
    PageItemCount: items.length,
    TotalItemCount: all.length,
    TotalPageCount: Math.ceil(all.length / PAGE_SIZE),
    PageSkip: skip,
    Transactions: items.map((t) => ({
      TransactionId: t.id,
      CardNumber: masked(card.number),
      DateTime: t.at.toISOString(),
      Amount: simTl(t.amountKurus),
      MerchantId: t.merchantId,
      CardType: card.kind === 'virtual' ? 1 : 2,
      CardId: card.id,
      CardDescription: card.description,
      Description: t.description,
      AvailableBalance: simTl(t.balanceAfterKurus),
    })),
  });
}

function list(sim: PayWallSimulator, r: SimRequest) {
  const start = Number(header(r, 'start'));
  const length = Number(header(r, 'length'));
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(length) || length < 1) throw fail(2, 'Invalid start or length');
  const h = (n: string) => r.headers.get(n) || undefined;
  const id = h('cardid');
  const number = h('cardnumber');
  const phone = h('phone');
  const externalId = h('externalid');
  const all = [...sim.prepaid.cards.values()].filter(
    (c) =>
      (!id || String(c.id) === id) && (!number || c.number === digits(number)) && (!phone || c.phone === phone) && (!externalId || c.externalId === externalId),
  );
  return ok({ Data: all.slice(start, start + length).map((c) => listed(sim, c)), TotalRecord: all.length });
}

/** Card production routes (#133–#146). */
export function prepaidCardRoutes(sim: PayWallSimulator): void {
  const route = (method: string, path: string, handler: (r: SimRequest) => ReturnType<typeof ok>) =>
    sim.api(method, `${API}/card/production/${path}`, (r) => {
      requirePrivate(r);
      return handler(r);
    });
  const update = (r: SimRequest, change: (card: PayWallSimPrepaidCard, b: Record<string, unknown>) => void) => {
    const b = body(r);
    const card = sim.prepaid.card(cardIdOf(b.CardId));
    change(card, b);
    return ok(null);
  };

  route('GET', 'balance', (r) => {
    const p = programmeOf(sim, header(r, 'cardproductionkey'));
    return ok({
      Balances: [{ TotalBalance: simTl(p.availableKurus + p.lockedKurus), LockedBalance: simTl(p.lockedKurus), AvailableBalance: simTl(p.availableKurus) }],
      ProviderDump: JSON.stringify({ available: simTl(p.availableKurus) }),
      ProviderHttpStatus: 200,
      ProviderConnectedId: p.connectionId,
      ProviderId: p.providerId,
      ProviderKey: p.providerKey,
      CurrencyId: p.currencyId,
    });
  });
  route('POST', 'virtual', (r) => {
    const now = sim.now();
    const card = issue(sim, body(r), 'virtual', {
      number: sim.prepaid.newNumber(),
      expiryMonth: String(now.getUTCMonth() + 1).padStart(2, '0'),
      expiryYear: String(now.getUTCFullYear() + 3),
      cvv: String(Math.floor(Math.random() * 900) + 100),
    });
    return ok({
      CardId: card.id,
      CardIdExternal: card.providerCardId,
      ExternalId: card.externalId,
      CardNumber: card.number,
      ExpiryMonth: card.expiryMonth,
      ExpiryYear: card.expiryYear,
    });
  });
  route('POST', 'physical/add', (r) => {
    physical(sim, body(r));
    return ok(null);
  });
  route('GET', 'detail', (r) => {
    const c = sim.prepaid.card(cardIdOf(header(r, 'cardid')));
    return ok({
      CardId: c.id,
      CardIdExternal: c.providerCardId,
      ExternalId: c.externalId,
      BalanceInfo: { TotalBalance: simTl(c.balanceKurus) },
      CardInfo: { CardNumberMasked: masked(c.number), CardNumber: c.number, ExpiryMonth: c.expiryMonth, ExpiryYear: c.expiryYear, Cvv: c.cvv },
    });
  });
  route('GET', 'list', (r) => list(sim, r));
  route('GET', 'transaction', (r) => transactions(sim, r));
  route('POST', 'balance/increase', (r) => balanceMove(sim, r, 'load'));
  route('POST', 'balance/decrease', (r) => balanceMove(sim, r, 'unload'));
  route('PUT', 'enable', (r) =>
    update(r, (c) => {
      c.active = true;
      c.lastActivity = 'enabled';
    }),
  );
  route('PUT', 'disable', (r) =>
    update(r, (c) => {
      c.active = false;
      c.lastActivity = 'disabled';
    }),
  );
  route('DELETE', 'delete', (r) =>
    update(r, (c) => {
      c.deleted = true;
      c.active = false;
      c.lastActivity = 'deleted';
    }),
  );
  route('PUT', 'phone', (r) =>
    update(r, (c, b) => {
      c.phone = phoneOf(b.Phone);
      c.lastActivity = 'updated';
    }),
  );
  route('PUT', 'description', (r) =>
    update(r, (c, b) => {
      c.description = descriptionOf(b.Description);
      c.lastActivity = 'updated';
    }),
  );
  route('PUT', 'pin', (r) =>
    update(r, (c, b) => {
      const pin = str(b.Pin);
      if (!/^\d{4,12}$/.test(pin)) throw fail(2, 'Invalid PIN');
      c.pin = pin;
      c.lastActivity = 'updated';
    }),
  );
}
