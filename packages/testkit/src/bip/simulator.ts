import { readBasicAuth, sameText, simRandomHex } from '../frame/crypto.js';
import { SimReject, type SimReply, type SimRequest } from '../frame/http.js';
import { Simulator, type SimulatorOptions } from '../frame/simulator.js';
import { BIP_SIM_CHANNEL_DEFAULTS, BIP_SIM_CODES, BIP_SIM_PRODUCTS, type BipSimProduct } from './catalogue.js';
import { declineTriggerFor } from './declines.js';
import { BIP_SIM_DOUBLE_FIELDS, javaJson } from './java-json.js';
import { approvedPayload, BIP_SIM_ADDRESS, type BipSimAddress, failedPayload } from './payload.js';
import { simCommitBody, simStartBody } from './requests.js';
import type { BipSimDelivery, BipSimTransaction } from './types.js';

/** Where the simulated Turkcell posts listener callbacks: a URL (sent with `fetch`) or a handler called directly. */
export type BipSimListenerTarget =
  | {
      /** The merchant's listener URL. */
      url: string;
      /** `fetch` to post with (default the global one); e.g. another simulator's or an app's. */
      fetch?: (input: Request) => Promise<Response>;
    }
  | {
      /** The merchant's listener handler, called in process (e.g. a framework route handler). */
      handler: (request: Request) => Promise<Response>;
      /** URL the request carries (default `https://merchant.example/bip/listener`). */
      url?: string;
    };

/** Options of `BipSimulator`. */
export interface BipSimulatorOptions extends SimulatorOptions {
  /** The service's BiP Developer API credentials the gateway accepts. */
  username: string;
  /** Password of the same credentials. */
  password: string;
  /** Product catalogue (default `BIP_SIM_PRODUCTS`). */
  products?: readonly BipSimProduct[];
  /** Where callbacks go; can be set later with `setListener`. */
  listener?: BipSimListenerTarget;
  /** Basic credentials the gateway sends to the listener (none by default: the documentation does not say whose). */
  listenerCredentials?: {
    /** User name sent to the listener. */
    username: string;
    /** Password sent to the listener. */
    password: string;
  };
  /** Key of the channel in commit requests (default `channelId`). */
  commitChannelKey?: string;
  /** Channels the gateway accepts (default 10, 11, 40, 50). */
  channels?: readonly number[];
  /** Clock for `orderDate` (default the real one). */
  now?: () => Date;
}

/** How the simulated user approves: which addresses they chose, which removable items they dropped. */
export interface BipSimApproval {
  /** Delivery address chosen, for a deliverable order (default `BIP_SIM_ADDRESS`). */
  shippingAddress?: BipSimAddress;
  /** Billing address chosen, when billing is required (default the shipping address, then `BIP_SIM_ADDRESS`). */
  billingAddress?: BipSimAddress;
  /** Product ids the user removed from the cart (only removable ones can be). */
  removeItems?: number[];
}

/**
 * A BiP Payment Service gateway. `POST /pgw/paymentService` and `/pgw/commitService` under any host, HTTP Basic,
 * the documented validation, and a state machine per transaction that the test drives:
 * `consent_requested` → `approve()` (→ `approved`, or `reserved` with a commit token on channel 10) /
 * `reject()` / `timeout()`, each followed by a listener POST; channel 10 then → `committed`, exactly once,
 * only with the right token. Listener amounts are Java doubles, printed as Java prints them: `56.0`, and a total
 * summed in doubles (`3 × 1.10` → `3.3000000000000003`).
 *
 * @example
 * const sim = new BipSimulator({ username: 'bip-user', password: 'bip-pass', listener: { handler: (req) => app.fetch(req) } });
 * const bip = new Bip({ username: 'bip-user', password: 'bip-pass', fetch: sim.fetch });
 * const started = await bip.startPayment({ msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
 * const delivery = await sim.approve(started.transactionId); // the user says yes in BiP; your listener is called
 * delivery.acknowledged; // true when the listener answered 200 with resultCode 0
 */
export class BipSimulator extends Simulator {
  /** Transactions by `transactionId`. */
  readonly transactions = new Map<string, BipSimTransaction>();
  /** Every listener call made, in order. */
  readonly deliveries: BipSimDelivery[] = [];
  private readonly products: Map<number, BipSimProduct>;
  private readonly channels: Set<number>;
  private readonly forcedStarts: { resultCode: number; resultDesc: string; status?: number }[] = [];
  private listener: BipSimListenerTarget | undefined;

  constructor(private readonly options: BipSimulatorOptions) {
    super('bip', options);
    this.products = new Map((options.products ?? BIP_SIM_PRODUCTS).map((p) => [p.id, p]));
    this.channels = new Set(options.channels ?? [10, 11, 40, 50]);
    this.listener = options.listener;
    this.route('POST', '/pgw/paymentService', (r) => this.start(this.authed(r)));
    this.route('POST', '/pgw/commitService', (r) => this.commit(this.authed(r)));
  }

  /** Sets (or replaces) where listener callbacks go. */
  setListener(target: BipSimListenerTarget): this {
    this.listener = target;
    return this;
  }

  /** Makes the next `startPayment` answer with this code instead of 1103 (e.g. 4010403 for a non-Turkcell number). */
  queueStartResult(result: { resultCode: number; resultDesc: string; status?: number }): this {
    this.forcedStarts.push(result);
    return this;
  }

  /** A transaction by id; throws when unknown (a test bug). */
  transaction(transactionId: string): BipSimTransaction {
    const tx = this.transactions.get(transactionId);
    if (!tx) throw new Error(`bip simulator: no transaction ${transactionId}`);
    return tx;
  }

  /** Successful commits across all transactions. */
  get commitCount(): number {
    let n = 0;
    for (const tx of this.transactions.values()) n += tx.commits;
    return n;
  }

  /**
   * The user approves in BiP: the order is charged (or reserved on channel 10) and the listener is called. For a
   * number of `BIP_DECLINE_TRIGGERS` the charge fails instead, and the listener gets that trigger's failure.
   */
  async approve(transactionId: string, approval: BipSimApproval = {}): Promise<BipSimDelivery> {
    const tx = this.pending(transactionId);
    const trigger = declineTriggerFor(tx.msisdn);
    if (trigger) {
      tx.state = 'rejected';
      return this.deliver(tx, failedPayload(tx, trigger.resultCode, trigger.resultDesc));
    }
    for (const id of approval.removeItems ?? []) {
      const item = tx.items.find((i) => i.id === id);
      if (!item) throw new Error(`bip simulator: item ${id} is not in transaction ${transactionId}`);
      if (!item.isRemovable) throw new Error(`bip simulator: item ${id} is not removable`);
    }
    tx.items = tx.items.filter((i) => !approval.removeItems?.includes(i.id));
    if (tx.items.length === 0) throw new Error('bip simulator: the user cannot remove every item');
    tx.totalKurus = tx.items.reduce((sum, i) => sum + i.priceKurus * i.count, 0);
    if (tx.isDeliverable) tx.shippingAddress = approval.shippingAddress ?? BIP_SIM_ADDRESS;
    if (tx.isBillingRequired) tx.billingAddress = approval.billingAddress ?? approval.shippingAddress ?? BIP_SIM_ADDRESS;
    if (tx.channelId === 10) {
      tx.state = 'reserved';
      tx.commitToken = String(Number.parseInt(simRandomHex(4), 16)).padStart(8, '1');
    } else tx.state = 'approved';
    return this.deliver(tx, approvedPayload(tx, this.options.now?.() ?? new Date()));
  }

  /** The charge fails or the user refuses (default 4010101, the observed "could not be put on the invoice"). */
  reject(transactionId: string, result: { resultCode?: number; resultDesc?: string } = {}): Promise<BipSimDelivery> {
    const tx = this.pending(transactionId);
    tx.state = 'rejected';
    return this.deliver(tx, failedPayload(tx, result.resultCode ?? 4010101, result.resultDesc ?? 'FAIL'));
  }

  /** The user never answers (code -1101 by default; its meaning is an inference from third-party code). */
  timeout(transactionId: string, result: { resultCode?: number; resultDesc?: string } = {}): Promise<BipSimDelivery> {
    const tx = this.pending(transactionId);
    tx.state = 'timed_out';
    return this.deliver(tx, failedPayload(tx, result.resultCode ?? -1101, result.resultDesc ?? 'TIMEOUT'));
  }

  /** Sends the last callback of a transaction again (Turkcell's retry policy is unknown; merchants must tolerate repeats). */
  redeliver(transactionId: string): Promise<BipSimDelivery> {
    const tx = this.transaction(transactionId);
    const last = tx.deliveries.at(-1);
    if (!last) throw new Error(`bip simulator: nothing was delivered for ${transactionId}`);
    return this.deliver(tx, last.payload);
  }

  private pending(transactionId: string): BipSimTransaction {
    const tx = this.transaction(transactionId);
    if (tx.state !== 'consent_requested') throw new Error(`bip simulator: transaction ${transactionId} is ${tx.state}, not awaiting consent`);
    return tx;
  }

  private authed(r: SimRequest): SimRequest {
    const given = readBasicAuth(r.headers.get('authorization'));
    const userOk = sameText(given?.user ?? '', this.options.username);
    const passOk = sameText(given?.password ?? '', this.options.password);
    // KONG's answer to missing or wrong Basic credentials.
    if (!given || !userOk || !passOk)
      throw new SimReject({ status: 401, body: { message: 'Unauthorized' }, headers: { 'www-authenticate': 'Basic realm="kong"' } });
    if (!(r.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json'))
      throw new SimReject({ status: 415, body: { message: 'Unsupported Media Type: send application/json' } });
    return r;
  }

  private start(r: SimRequest): SimReply {
    const parsed = simStartBody.safeParse(r.json);
    const id = (r.json as { transactionId?: unknown } | undefined)?.transactionId;
    if (!parsed.success)
      throw refuse(
        BIP_SIM_CODES.VALIDATION_ERROR,
        'VALIDATION_ERROR',
        id,
        400,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    const b = parsed.data;
    if (this.transactions.has(b.transactionId)) throw refuse(BIP_SIM_CODES.DUPLICATE_TRANSACTION, 'DUPLICATE_TRANSACTION', b.transactionId);
    if (!this.channels.has(b.channelId)) throw refuse(BIP_SIM_CODES.UNKNOWN_CHANNEL, 'UNKNOWN_CHANNEL', b.transactionId);
    if (b.channelId === 50 && b.itemList.length !== 1) throw refuse(BIP_SIM_CODES.VALIDATION_ERROR, 'IN_APP_PURCHASE_TAKES_ONE_ITEM', b.transactionId, 400);
    const defaults = BIP_SIM_CHANNEL_DEFAULTS[b.channelId] ?? { isDeliverable: false, isBillingRequired: false, isRemovable: true };
    const items: BipSimTransaction['items'] = [];
    for (const i of b.itemList) {
      const product = this.products.get(i.id);
      if (!product) throw refuse(BIP_SIM_CODES.UNKNOWN_PRODUCT, `UNKNOWN_PRODUCT ${i.id}`, b.transactionId);
      items.push({ id: i.id, name: product.name, priceKurus: product.priceKurus, count: i.count, isRemovable: i.isRemovable ?? defaults.isRemovable });
    }
    const forced = this.forcedStarts.shift();
    if (forced) throw refuse(forced.resultCode, forced.resultDesc, b.transactionId, forced.status ?? 200);
    this.transactions.set(b.transactionId, {
      transactionId: b.transactionId,
      msisdn: b.msisdn,
      channelId: b.channelId,
      isDeliverable: b.isDeliverable ?? defaults.isDeliverable,
      isBillingRequired: b.isBillingRequired ?? defaults.isBillingRequired,
      language: b.language,
      items,
      totalKurus: items.reduce((sum, i) => sum + i.priceKurus * i.count, 0),
      state: 'consent_requested',
      commitToken: undefined,
      commits: 0,
      shippingAddress: undefined,
      billingAddress: undefined,
      deliveries: [],
      createdAt: this.options.now?.() ?? new Date(),
    });
    return { body: { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: b.transactionId } };
  }

  private commit(r: SimRequest): SimReply {
    const parsed = simCommitBody.safeParse(r.json);
    const id = (r.json as { transactionId?: unknown } | undefined)?.transactionId;
    const key = this.options.commitChannelKey ?? 'channelId';
    const channel = (r.json as Record<string, unknown> | undefined)?.[key];
    if (!parsed.success || typeof channel !== 'number')
      throw refuse(
        BIP_SIM_CODES.VALIDATION_ERROR,
        'VALIDATION_ERROR',
        id,
        400,
        parsed.success ? [`${key}: required number`] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    const b = parsed.data;
    const tx = this.transactions.get(b.transactionId);
    if (!tx) throw refuse(BIP_SIM_CODES.UNKNOWN_TRANSACTION, 'UNKNOWN_TRANSACTION', b.transactionId);
    if (channel !== 10 || tx.channelId !== 10) throw refuse(BIP_SIM_CODES.NOT_COMMITTABLE, 'NOT_COMMITTABLE', b.transactionId);
    if (tx.state === 'committed') throw refuse(BIP_SIM_CODES.ALREADY_COMMITTED, 'ALREADY_COMMITTED', b.transactionId);
    if (tx.state !== 'reserved') throw refuse(BIP_SIM_CODES.NOT_RESERVED, 'NOT_RESERVED', b.transactionId);
    if (!sameText(b.msisdn, tx.msisdn)) throw refuse(BIP_SIM_CODES.MSISDN_MISMATCH, 'MSISDN_MISMATCH', b.transactionId);
    if (!sameText(b.commitToken, tx.commitToken ?? '')) throw refuse(BIP_SIM_CODES.INVALID_COMMIT_TOKEN, 'INVALID_COMMIT_TOKEN', b.transactionId);
    tx.state = 'committed';
    tx.commits += 1;
    return { body: { transactionId: b.transactionId, resultCode: 0, resultDesc: 'SUCCESS' } };
  }

  private async deliver(tx: BipSimTransaction, payload: Record<string, unknown>): Promise<BipSimDelivery> {
    const target = this.listener;
    if (!target) throw new Error('bip simulator: no listener configured (pass `listener` or call setListener)');
    const headers = new Headers({ 'content-type': 'application/json' });
    const creds = this.options.listenerCredentials;
    if (creds) headers.set('authorization', `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${creds.username}:${creds.password}`)))}`);
    const url = target.url ?? 'https://merchant.example/bip/listener';
    // Written as Turkcell's Java side writes it: amounts as doubles, so float noise reaches the listener as it would.
    const body = javaJson(payload, BIP_SIM_DOUBLE_FIELDS);
    const request = new Request(url, { method: 'POST', headers, body });
    const delivery: BipSimDelivery = { transactionId: tx.transactionId, payload, body, status: 0, response: undefined, acknowledged: false };
    try {
      const res = 'handler' in target ? await target.handler(request) : await (target.fetch ?? ((req: Request) => globalThis.fetch(req)))(request);
      delivery.status = res.status;
      const text = await res.text();
      try {
        delivery.response = JSON.parse(text);
      } catch {
        delivery.response = text;
      }
      const ack = delivery.response as { transactionId?: unknown; resultCode?: unknown } | undefined;
      delivery.acknowledged = res.status === 200 && ack?.resultCode === 0 && String(ack?.transactionId) === tx.transactionId;
    } catch (e) {
      delivery.response = e instanceof Error ? e.message : String(e);
    }
    tx.deliveries.push(delivery);
    this.deliveries.push(delivery);
    return delivery;
  }
}

function refuse(resultCode: number, resultDesc: string, transactionId: unknown, status = 200, errors?: string[]): SimReject {
  return new SimReject({
    status,
    body: { resultCode, resultDesc, ...(typeof transactionId === 'string' ? { transactionId } : {}), ...(errors ? { errors } : {}) },
  });
}
