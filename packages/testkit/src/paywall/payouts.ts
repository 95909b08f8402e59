import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl, simTlText } from './money.js';
import type { PayWallSimPayout, PayWallSimPayoutAccount, PayWallSimPayoutCallback, PayWallSimPayoutIdentity, PayWallSimPayoutKind } from './payout-state.js';
import { API, type PayWallSimulator } from './simulator.js';
import { postTemplatedCallback } from './templated-callback.js';

// PayOut (§4.11). PayWall publishes neither the payout statuses, the timing of a transfer, nor the payout
// callback's hash template; each is the simulator's choice below and can be set with `sim.payout.configure`:
// - statuses use the payment numbering: 1 created (amount locked), 2 started, then 4 successful (the locked amount
//   leaves the account) or 5 failed (it is released);
// - a payout starts `startAfterMs` after it was sent and settles `settleAfterMs` after it was sent, on the
//   simulator's clock (`advanceTime`, or any later payout call);
// - each status change posts the §6.3 PayOut callback to its `CallbackAddress` (when `CallbackSupport` was true),
//   signed as hex(SHA-256(key###value…)) over `template`'s fields with the PayOut Webhook key, when one is set;
// - errors use the common numbering (§3.2 b): 241 provider not found, 246 connection not found, 247 provider
//   currency, 251 payout not found, 544 balance not enough, 119 MerchantUniqueCode reused, 198 member not found.

/** A receiver IBAN whose payouts fail when they settle (valid check digits). */
export const PAYWALL_SIM_FAILING_IBAN = 'TR320001000000000000000666';
/** A provider account number whose payouts fail when they settle. */
export const PAYWALL_SIM_FAILING_ACCOUNT = '9999000666';

/** Settings of the simulated PayOut. */
export interface PayWallSimPayoutSettings {
  /** Milliseconds from send to status 2 (default one minute). */
  startAfterMs: number;
  /** Milliseconds from send to status 4 or 5 (default ten minutes). */
  settleAfterMs: number;
  /** PayOut Webhook Hash Key; without one the callback's `Hash` is empty. */
  hashKey: string | undefined;
  /** Wire names the callback's hash covers, in order (PayWall has not published the template). */
  template: readonly string[];
  /** `HashFormat` and `HashKeyType` written in the callback (their tables are not published). */
  hashFormat: number;
  /** See `hashFormat`. */
  hashKeyType: number;
  /** Posts a callback (default: the global `fetch`). */
  deliver: (url: string, init: RequestInit) => Promise<Response>;
  /** IBANs and account numbers whose payouts fail. */
  failingReceivers: Set<string>;
}

const TYPE_ID: Record<PayWallSimPayoutKind, number> = { iban: 1, account: 2, member: 3 };
const STATUS_NAME: Record<number, string> = { 1: 'Created', 2: 'Started', 4: 'Successful', 5: 'Failed' };

/** PayOut state of one simulator: accounts, payouts, known identities and the callbacks posted. */
export class PayWallSimPayoutDesk {
  /** Payout accounts by connection id. */
  readonly accounts = new Map<number, PayWallSimPayoutAccount>();
  /** Payouts by your `MerchantUniqueCode`. */
  readonly payouts = new Map<string, PayWallSimPayout>();
  /** Provider accounts by identity, for `payout/verify/account/identity`. */
  readonly identities = new Map<string, PayWallSimPayoutIdentity>();
  /** Callbacks posted (or tried), in order. */
  readonly callbacks: PayWallSimPayoutCallback[] = [];
  /** The settings in force. */
  readonly settings: PayWallSimPayoutSettings = {
    startAfterMs: 60_000,
    settleAfterMs: 600_000,
    hashKey: undefined,
    template: ['MerchantUniqueCode', 'PayoutTransactionId', 'PayoutTransactionAmount', 'NewStatusId'],
    hashFormat: 1,
    hashKeyType: 4,
    deliver: (url, init) => fetch(url, init),
    failingReceivers: new Set([PAYWALL_SIM_FAILING_IBAN, PAYWALL_SIM_FAILING_ACCOUNT]),
  };
  // Callbacks go out one after another, in the order of the status changes.
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly sim: PayWallSimulator) {
    // The simulator's choice of starting balances: a main account per currency TRY, USD and EUR.
    for (const [id, currencyId, kurus] of [
      [1, 1, 10_000_000],
      [2, 2, 1_000_000],
      [3, 3, 1_000_000],
    ] as const)
      this.setAccount({ connectionId: id, providerId: 1, providerKey: 'sim-payout', currencyId, main: true, availableKurus: kurus, lockedKurus: 0 });
    this.identities.set('11111111110', { firstname: 'Ayşe', lastname: 'Yılmaz', personalIdentity: '11111111110', accountNumber: '1000200030' });
  }

  /** Changes settings (timings, hash key and template, delivery, failing receivers). */
  configure(settings: Partial<PayWallSimPayoutSettings>): this {
    Object.assign(this.settings, settings);
    return this;
  }

  /** Adds or replaces a payout account. */
  setAccount(account: PayWallSimPayoutAccount): this {
    this.accounts.set(account.connectionId, { ...account });
    return this;
  }

  /** The main account of a currency. */
  mainAccount(currencyId: number): PayWallSimPayoutAccount | undefined {
    for (const a of this.accounts.values()) if (a.main && a.currencyId === currencyId) return a;
    return undefined;
  }

  /** Moves every payout whose time has come to its next status, posting callbacks; called on each clock move and payout call. */
  tick(): void {
    const now = this.sim.now().getTime();
    for (const p of this.payouts.values()) {
      const at = p.createdAt.getTime();
      if (p.statusId === 1 && now >= at + this.settings.startAfterMs) this.move(p, 2);
      if (p.statusId === 2 && now >= at + this.settings.settleAfterMs) this.move(p, p.willFail ? 5 : 4);
    }
  }

  /** Runs `tick`, then waits until every callback posted so far was delivered (or failed); returns them all. */
  async flush(): Promise<PayWallSimPayoutCallback[]> {
    this.tick();
    await this.chain;
    return this.callbacks;
  }

  private move(p: PayWallSimPayout, to: number): void {
    const from = p.statusId;
    p.statusId = to;
    const account = this.accounts.get(p.connectionId);
    if (account && (to === 4 || to === 5)) {
      account.lockedKurus -= p.amountKurus;
      if (to === 5) account.availableKurus += p.amountKurus;
    }
    if (p.callbackAddress) {
      const at = this.sim.now();
      this.chain = this.chain.then(() => this.post(p, from, to, at));
    }
  }

  private async post(p: PayWallSimPayout, from: number, to: number, at: Date): Promise<void> {
    const amount = simTlText(p.amountKurus);
    const fields: Record<string, unknown> = {
      MerchantGroupCode: p.merchantGroupCode,
      MerchantUniqueCode: p.merchantUniqueCode,
      PayoutTransactionId: p.transactionId,
      PayoutTransactionAmount: '__AMOUNT__',
      PayoutTransactionDate: at.toISOString(),
      PayoutConnectedId: p.connectionId,
      LastStatusId: from,
      NewStatusId: to,
      Message: STATUS_NAME[to] ?? '',
      Hash: '',
      HashFormat: this.settings.hashFormat,
      HashKeyType: this.settings.hashKeyType,
    };
    const { hashKey, template, deliver } = this.settings;
    await postTemplatedCallback(
      { url: p.callbackAddress as string, fields, amountField: 'PayoutTransactionAmount', amount, hashKey, template, deliver },
      this.callbacks,
    );
  }
}

// Own IBAN check (the simulator does not share the client's code): shape and ISO 13616 mod 97.
function ibanValid(value: string): boolean {
  const s = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const digits = `${s.slice(4)}${s.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

function header(r: SimRequest, name: string): string {
  const v = r.headers.get(name);
  if (!v) throw fail(4, `Header ${name} is missing`);
  return v;
}

function balanceOf(a: PayWallSimPayoutAccount) {
  return {
    Balances: [{ TotalBalance: simTl(a.availableKurus + a.lockedKurus), LockedBalance: simTl(a.lockedKurus), AvailableBalance: simTl(a.availableKurus) }],
    ProviderDump: JSON.stringify({ available: simTlText(a.availableKurus) }),
    ProviderHttpStatus: 200,
    ProviderConnectedId: a.connectionId,
    ProviderId: a.providerId,
    ProviderKey: a.providerKey,
    CurrencyId: a.currencyId,
  };
}

function send(sim: PayWallSimulator, r: SimRequest, kind: PayWallSimPayoutKind) {
  const desk = sim.payout;
  desk.tick();
  const b = r.json;
  if (!isObj(b)) throw fail(2, 'Body must be a JSON object');
  const amountKurus = simKurus(b.Amount);
  if (amountKurus === undefined || amountKurus <= 0) throw fail(51, 'Amount is not a valid amount');
  if (!isInt(b.CurrencyId) || b.CurrencyId < 1 || b.CurrencyId > 7) throw fail(53, 'Invalid currency');
  const code = str(b.MerchantUniqueCode);
  if (!code || code.length > 250) throw fail(101, 'Unexpected MerchantUniqueCode');
  if (desk.payouts.has(code)) throw fail(119, 'MerchantUniqueCode has already been used');
  const key = str(b.PayoutProviderKey);
  const account = key ? [...desk.accounts.values()].find((a) => a.providerKey === key && a.currencyId === b.CurrencyId) : desk.mainAccount(b.CurrencyId);
  if (!account) {
    if (key && [...desk.accounts.values()].some((a) => a.providerKey === key)) throw fail(247, 'Payout provider does not support this currency');
    throw fail(key ? 241 : 246, key ? 'Payout provider not found' : 'No payout connection for this currency');
  }
  if (b.CallbackSupport === true && !URL.canParse(str(b.CallbackAddress))) throw fail(166, 'Invalid callback address');
  let title = str(b.ReceiverTitle);
  let iban: string | null = null;
  let receiverAccount: string | null = null;
  let memberId: number | null = null;
  if (kind === 'member') {
    if (!isInt(b.MemberId) || b.MemberId <= 0) throw fail(228, 'MemberId is required');
    const member = sim.members.get(b.MemberId);
    if (!member) throw fail(198, 'Member not found');
    const bank = member.bankAccounts.find((x) => x.currencyId === b.CurrencyId);
    if (!bank) throw fail(267, 'The member has no bank account for this currency');
    memberId = member.id;
    title = bank.title;
    iban = bank.iban;
  } else {
    if (!title) throw fail(2, 'ReceiverTitle is required');
    if (kind === 'iban') {
      iban = str(b.ReceiverIban).replace(/\s+/g, '').toUpperCase();
      if (!ibanValid(iban)) throw fail(2, 'ReceiverIban is not a valid IBAN');
    } else {
      receiverAccount = str(b.ReceiverAccount);
      if (!receiverAccount) throw fail(2, 'ReceiverAccount is required');
    }
  }
  if (account.availableKurus < amountKurus) throw fail(544, 'Balance is not enough');
  account.availableKurus -= amountKurus;
  account.lockedKurus += amountKurus;
  const p: PayWallSimPayout = {
    transactionId: sim.nextId(),
    uniqueCode: crypto.randomUUID(),
    merchantUniqueCode: code,
    merchantGroupCode: str(b.MerchantGroupCode) || null,
    connectionId: account.connectionId,
    kind,
    receiverTitle: title,
    receiverIban: iban,
    receiverAccount,
    receiverIdentity: str(b.ReceiverIdentity) || null,
    memberId,
    description: str(b.Description) || null,
    amountKurus,
    currencyId: b.CurrencyId,
    statusId: 1,
    callbackAddress: b.CallbackSupport === true ? str(b.CallbackAddress) : null,
    createdAt: sim.now(),
    willFail: desk.settings.failingReceivers.has(iban ?? receiverAccount ?? ''),
  };
  desk.payouts.set(code, p);
  return ok({ Result: true, PayoutTransactionId: p.transactionId, MerchantUniqueCode: code, UniqueCode: p.uniqueCode, Amount: simTl(amountKurus) });
}

function queryOf(sim: PayWallSimulator, p: PayWallSimPayout, r: SimRequest) {
  const a = sim.payout.accounts.get(p.connectionId);
  return {
    PayoutConnectionId: p.connectionId,
    PayoutProviderKey: a?.providerKey ?? null,
    PayoutTransactionId: p.transactionId,
    CurrencyId: p.currencyId,
    MerchantUniqueCode: p.merchantUniqueCode,
    UniqueCode: p.uniqueCode,
    Amount: simTl(p.amountKurus),
    Description: p.description,
    ReceiverTitle: p.receiverTitle,
    ReceiverIban: p.receiverIban,
    ReceiverAccountNumber: p.receiverAccount,
    ChannelId: 1,
    Channel: 'API',
    StatusId: p.statusId,
    Status: STATUS_NAME[p.statusId] ?? '',
    TypeId: TYPE_ID[p.kind],
    Type: p.kind === 'iban' ? 'IBAN' : p.kind === 'account' ? 'Account' : 'Member',
    Ip: r.headers.get('x-forwarded-for') ?? '127.0.0.1',
    DateTime: p.createdAt.toISOString(),
  };
}

/** PayOut routes (#126–#132). */
export function payoutRoutes(sim: PayWallSimulator): void {
  sim.onClock(() => sim.payout.tick());
  sim.api('GET', `${API}/payout/balance`, (r) => {
    sim.payout.tick();
    const id = Number(header(r, 'payoutconnectionid'));
    const a = Number.isInteger(id) ? sim.payout.accounts.get(id) : undefined;
    if (!a) throw fail(246, 'Payout connection not found');
    return ok(balanceOf(a));
  });
  sim.api('GET', `${API}/payout/balance/main`, (r) => {
    sim.payout.tick();
    const a = sim.payout.mainAccount(Number(header(r, 'currencyid')));
    if (!a) throw fail(246, 'No main payout connection for this currency');
    return ok(balanceOf(a));
  });
  sim.api('POST', `${API}/payout/send/iban`, (r) => send(sim, r, 'iban'));
  sim.api('POST', `${API}/payout/send/account`, (r) => send(sim, r, 'account'));
  sim.api('POST', `${API}/payout/send/member`, (r) => send(sim, r, 'member'));
  sim.api('GET', `${API}/payout/query`, (r) => {
    sim.payout.tick();
    const p = sim.payout.payouts.get(header(r, 'merchantuniquecode'));
    if (!p) throw fail(251, 'Payout transaction not found');
    return ok(queryOf(sim, p, r));
  });
  sim.api('GET', `${API}/payout/verify/account/identity`, (r) => {
    const key = header(r, 'providerkey');
    const currencyId = Number(header(r, 'currencyid'));
    const identity = header(r, 'identity');
    const a = [...sim.payout.accounts.values()].find((x) => x.providerKey === key);
    if (!a) throw fail(241, 'Payout provider not found');
    if (a.currencyId !== currencyId && ![...sim.payout.accounts.values()].some((x) => x.providerKey === key && x.currencyId === currencyId))
      throw fail(247, 'Payout provider does not support this currency');
    const found = sim.payout.identities.get(identity);
    return ok({
      ProviderConnectedId: a.connectionId,
      ProviderId: a.providerId,
      ProviderKey: a.providerKey,
      CurrencyId: currencyId,
      AccountDetail: found
        ? {
            AccountExists: true,
            UserIdentity: identity,
            Firstname: found.firstname,
            Lastname: found.lastname,
            PersonalIdentity: found.personalIdentity,
            AccountNumber: found.accountNumber,
          }
        : { AccountExists: false, UserIdentity: identity, Firstname: null, Lastname: null, PersonalIdentity: null, AccountNumber: null },
    });
  });
}
