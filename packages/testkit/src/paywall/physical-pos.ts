import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { errorBlock, fail, ok } from './envelope.js';
import { simKurus, simTl, simTlText } from './money.js';
import type { PayWallSimCardRead, PayWallSimPosCallback, PayWallSimPosConnection, PayWallSimPosSale, PayWallSimPosTerminal } from './physical-pos-state.js';
import type { PayWallSimulator } from './simulator.js';
import { postTemplatedCallback } from './templated-callback.js';

// Physical POS (§4.13) on PhysicalAPI, private pair. PayWall publishes three request bodies and the callback's
// fields, nothing else; each of the following is the simulator's choice, set with `sim.physicalPos.configure`:
// - a terminal added with `addTerminal` is known to PayWall only after `api/terminal/sync` of its connection, and
//   takes a sale only once `api/pair/sync/request` paired it (`pairing: 'refuse'` makes pairing fail);
// - a sale's card read is `cardRead` ('approve' → status 4, 'decline' → 5, the payment numbering of §5); a decline
//   answers `Result: false`, code 1 with a Base64 bank block (05, do not honour), as PaymentAPI declines do;
// - every sale with a `CallbackAddress` posts the §6.3 Physical POS callback, signed as hex(SHA-256(key###value…))
//   over `template`'s fields with the Physical POS Webhook key, when one is set;
// - answer bodies (unpublished) carry the ids the callback names; errors use the common numbering (§3.2 b):
//   2 invalid data, 3 no data (unknown connection or terminal), 119 MerchantUniqueCode reused.

/** Settings of the simulated physical POS. */
export interface PayWallSimPhysicalPosSettings {
  /** What the card reader does with the next sales (default `approve`). */
  cardRead: PayWallSimCardRead;
  /** Whether a terminal accepts a pairing request (default `approve`). */
  pairing: 'approve' | 'refuse';
  /** Physical POS Webhook Hash Key; without one the callback's `Hash` is empty. */
  hashKey: string | undefined;
  /** Wire names the callback's hash covers, in order (PayWall has not published the template). */
  template: readonly string[];
  /** `HashFormat` written in the callback (its table is not published). */
  hashFormat: number;
  /** `HashKeyType` written in the callback (its table is not published). */
  hashKeyType: number;
  /** Posts a callback (default: the global `fetch`). */
  deliver: (url: string, init: RequestInit) => Promise<Response>;
}

/** What `addConnection` takes. */
export interface PayWallSimPosConnectionInput {
  /** Its `ConnectionId` (default the simulator's next id). */
  connectionId?: number;
  /** A name, for the test's own reading. */
  name?: string;
}

/** What `addTerminal` takes. */
export interface PayWallSimPosTerminalInput {
  /** The connection the terminal belongs to (made by `addConnection`). */
  connectionId: number;
  /** Its `TerminalId` (default a random GUID). */
  terminalId?: string;
  /** Its `TerminalTagCode`, at most 25 characters. */
  tagCode?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SALE_TYPE = 1;

/** Physical POS state of one simulator: connections, terminals, sales and the callbacks posted. */
export class PayWallSimPhysicalPosDesk {
  /** Provider connections by `ConnectionId`. */
  readonly connections = new Map<number, PayWallSimPosConnection>();
  /** Terminals by `TerminalId` (lower case). */
  readonly terminals = new Map<string, PayWallSimPosTerminal>();
  /** Sales by your `MerchantUniqueCode`. */
  readonly sales = new Map<string, PayWallSimPosSale>();
  /** Callbacks posted (or tried), in order. */
  readonly callbacks: PayWallSimPosCallback[] = [];
  /** The settings in force. */
  readonly settings: PayWallSimPhysicalPosSettings = {
    cardRead: 'approve',
    pairing: 'approve',
    hashKey: undefined,
    template: ['PaymentRequestId', 'MerchantUniqueCode', 'Amount', 'PaymentStatusId'],
    hashFormat: 1,
    hashKeyType: 5,
    deliver: (url, init) => fetch(url, init),
  };
  // Callbacks go out one after another, in the order of the sales.
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly sim: PayWallSimulator) {}

  /** Changes settings (card read, pairing, hash key and template, delivery). */
  configure(settings: Partial<PayWallSimPhysicalPosSettings>): this {
    Object.assign(this.settings, settings);
    return this;
  }

  /** Adds a provider connection; returns it. */
  addConnection(input: PayWallSimPosConnectionInput = {}): PayWallSimPosConnection {
    const connectionId = input.connectionId ?? this.sim.nextId();
    const connection = { connectionId, name: input.name ?? `connection-${connectionId}`, syncedAt: null };
    this.connections.set(connectionId, connection);
    return connection;
  }

  /** Adds a terminal to a connection; PayWall knows it after the next `api/terminal/sync` of that connection. */
  addTerminal(input: PayWallSimPosTerminalInput): PayWallSimPosTerminal {
    if (!this.connections.has(input.connectionId)) throw new Error(`PayWall simulator: no physical POS connection ${input.connectionId}`);
    const terminalId = input.terminalId ?? crypto.randomUUID();
    if (!GUID.test(terminalId)) throw new Error('PayWall simulator: a TerminalId is a GUID');
    if (input.tagCode !== undefined && (input.tagCode === '' || input.tagCode.length > 25))
      throw new Error('PayWall simulator: a TerminalTagCode has 1 to 25 characters');
    const terminal = { terminalId, tagCode: input.tagCode ?? null, connectionId: input.connectionId, synced: false, paired: false };
    this.terminals.set(terminalId.toLowerCase(), terminal);
    return terminal;
  }

  /** Waits until every callback posted so far was delivered (or failed); returns them all. */
  async flush(): Promise<PayWallSimPosCallback[]> {
    await this.chain;
    return this.callbacks;
  }

  /** The terminal a request names by `TerminalId` or `TerminalTagCode` (exactly one); a known (synced) one only. */
  terminalOf(b: Record<string, unknown>): PayWallSimPosTerminal {
    const id = b.TerminalId;
    const tag = b.TerminalTagCode;
    if ((id === undefined || id === null) === (tag === undefined || tag === null)) throw fail(2, 'Give exactly one of TerminalId and TerminalTagCode');
    let found: PayWallSimPosTerminal | undefined;
    if (id !== undefined && id !== null) {
      if (typeof id !== 'string' || !GUID.test(id)) throw fail(2, 'TerminalId is not a GUID');
      found = this.terminals.get(id.toLowerCase());
    } else {
      if (typeof tag !== 'string' || tag === '' || tag.length > 25) throw fail(2, 'TerminalTagCode is invalid');
      found = [...this.terminals.values()].find((t) => t.tagCode === tag);
    }
    if (!found?.synced) throw fail(3, 'Terminal not found');
    return found;
  }

  /** Records a sale's callback and posts it after the ones before it. */
  announce(sale: PayWallSimPosSale): void {
    if (!sale.callbackAddress) return;
    this.chain = this.chain.then(() => this.post(sale));
  }

  private async post(s: PayWallSimPosSale): Promise<void> {
    const amount = simTlText(s.amountKurus);
    const fields: Record<string, unknown> = {
      ConnectionId: s.connectionId,
      TerminalId: s.terminalId,
      PaymentRequestId: s.paymentRequestId,
      PaymentRequestActivityId: s.activityId,
      PaymentTypeId: SALE_TYPE,
      PaymentStatusId: s.statusId,
      MerchantUniqueCode: s.merchantUniqueCode,
      DisplayCode: s.displayCode,
      Amount: '__AMOUNT__',
      Message: s.statusId === 4 ? 'Approved' : 'Declined',
      Hash: '',
      HashFormat: this.settings.hashFormat,
      HashKeyType: this.settings.hashKeyType,
    };
    const { hashKey, template, deliver } = this.settings;
    await postTemplatedCallback({ url: s.callbackAddress as string, fields, amountField: 'Amount', amount, hashKey, template, deliver }, this.callbacks);
  }
}

const bodyOf = (r: SimRequest): Record<string, unknown> => {
  if (!isObj(r.json)) throw fail(2, 'Body must be a JSON object');
  return r.json;
};

const isWebUrl = (v: unknown) => typeof v === 'string' && URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol);

function saleAnswer(s: PayWallSimPosSale) {
  return {
    PaymentRequestId: s.paymentRequestId,
    PaymentRequestActivityId: s.activityId,
    TerminalId: s.terminalId,
    MerchantUniqueCode: s.merchantUniqueCode,
    DisplayCode: s.displayCode,
    Amount: simTl(s.amountKurus),
    CurrencyId: s.currencyId,
    PaymentStatusId: s.statusId,
  };
}

function sale(sim: PayWallSimulator, r: SimRequest) {
  const desk = sim.physicalPos;
  const b = bodyOf(r);
  const amountKurus = simKurus(b.Amount);
  if (amountKurus === undefined || amountKurus <= 0) throw fail(51, 'Amount is not a valid amount');
  if (!isInt(b.CurrencyId) || b.CurrencyId < 1 || b.CurrencyId > 7) throw fail(53, 'Invalid currency');
  const code = str(b.MerchantUniqueCode);
  if (!code || code.length > 250) throw fail(101, 'Unexpected MerchantUniqueCode');
  if (desk.sales.has(code)) throw fail(119, 'MerchantUniqueCode has already been used');
  const methods = Array.isArray(b.Methods) ? b.Methods : [];
  const ids = methods.map((m) => (isObj(m) && isInt(m.PaymentMethodId) && m.PaymentMethodId > 0 ? m.PaymentMethodId : 0));
  if (ids.length === 0 || ids.includes(0)) throw fail(2, 'Methods needs at least one PaymentMethodId');
  if (b.CallbackAddress !== undefined && b.CallbackAddress !== null && !isWebUrl(b.CallbackAddress)) throw fail(166, 'Invalid callback address');
  const terminal = desk.terminalOf(b);
  if (!terminal.paired) throw fail(2, 'Terminal is not paired');
  const s: PayWallSimPosSale = {
    paymentRequestId: sim.nextId(),
    activityId: sim.nextId(),
    merchantUniqueCode: code,
    displayCode: str(b.DisplayCode) || null,
    terminalId: terminal.terminalId,
    connectionId: terminal.connectionId,
    amountKurus,
    currencyId: b.CurrencyId,
    methods: ids,
    statusId: desk.settings.cardRead === 'approve' ? 4 : 5,
    callbackAddress: isWebUrl(b.CallbackAddress) ? (b.CallbackAddress as string) : null,
    customer: isObj(b.Customer) ? b.Customer : null,
    createdAt: sim.now(),
  };
  desk.sales.set(code, s);
  desk.announce(s);
  if (s.statusId === 4) return ok(saleAnswer(s));
  throw fail(1, 'Payment failed', {
    ...saleAnswer(s),
    Error: errorBlock({ providerCode: '05', providerMessage: 'Do not honour', bankCode: '05', bankMessage: 'İşlem onaylanmadı' }),
  });
}

/** Physical POS routes (§4.13, #147–#149 in the client's numbering): paths without the `/api/paywall` prefix. */
export function physicalPosRoutes(sim: PayWallSimulator): void {
  sim.api('POST', '/api/terminal/sync', (r) => {
    const b = bodyOf(r);
    const id = typeof b.ConnectionId === 'string' && /^\d+$/.test(b.ConnectionId) ? Number(b.ConnectionId) : b.ConnectionId;
    const connection = isInt(id) ? sim.physicalPos.connections.get(id) : undefined;
    if (!connection) throw fail(3, 'Connection not found');
    connection.syncedAt = sim.now();
    const terminals = [...sim.physicalPos.terminals.values()].filter((t) => t.connectionId === connection.connectionId);
    for (const t of terminals) t.synced = true;
    return ok({
      ConnectionId: connection.connectionId,
      Terminals: terminals.map((t) => ({ TerminalId: t.terminalId, TerminalTagCode: t.tagCode, Paired: t.paired })),
    });
  });
  sim.api('POST', '/api/pair/sync/request', (r) => {
    const terminal = sim.physicalPos.terminalOf(bodyOf(r));
    if (sim.physicalPos.settings.pairing === 'refuse') throw fail(1, 'The terminal refused the pairing request');
    terminal.paired = true;
    return ok({ TerminalId: terminal.terminalId, TerminalTagCode: terminal.tagCode, Paired: true });
  });
  sim.api('POST', '/api/payment/sync/sale', (r) => sale(sim, r));
}
