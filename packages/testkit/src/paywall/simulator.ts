import { sameText } from '../frame/crypto.js';
import type { SimReply, SimRequest } from '../frame/http.js';
import { Simulator, type SimulatorOptions } from '../frame/simulator.js';
import { apmRoutes, PayWallSimApmDesk } from './apm.js';
import { bulkPaymentRoutes } from './bulk-payments.js';
import { PayWallSimBulkDesk } from './bulk-state.js';
import { buildGeneralCallback, type PayWallSimGeneralCallback, type PayWallSimGeneralCallbackInput, sendGeneralCallback } from './callbacks.js';
import { cardWallRoutes } from './cardwall.js';
import { caseless } from './caseless.js';
import { fail } from './envelope.js';
import { checkoutRoutes } from './hosted-checkout.js';
import type { PayWallSimCheckout, PayWallSimPaymentLink } from './link-state.js';
import { marketplaceRoutes } from './marketplace.js';
import { marketplaceDebtRoutes } from './marketplace-debts.js';
import { PayWallSimMarketplaceDesk } from './marketplace-state.js';
import { marketplaceTriggerRoutes } from './marketplace-trigger.js';
import type { PayWallSimMember } from './member-state.js';
import { memberRoutes } from './members.js';
import { paymentLinkRoutes } from './payment-links.js';
import { paymentProductRoutes } from './payment-products.js';
import { paymentRoutes } from './payments.js';
import { PayWallSimPayoutDesk, payoutRoutes } from './payouts.js';
import { PayWallSimPhysicalPosDesk, physicalPosRoutes } from './physical-pos.js';
import { PayWallSimPrepaidDesk, prepaidCardRoutes } from './prepaid-cards.js';
import { privateRoutes } from './private.js';
import { reconciliationRoutes } from './reconciliation.js';
import { recurringRoutes } from './recurring.js';
import { PayWallSimRecurringBook, type PayWallSimRecurringOptions } from './recurring-state.js';
import type { PayWallSimPayment, PayWallSimReconciliation, PayWallSimStoredCard, PayWallSimThreeDSession } from './state.js';
import { completeThreeD, type PayWallSimFormPost, type PayWallSimThreeDOptions, threeDRoutes } from './three-d.js';

/** Credentials and behaviour of a PayWall simulator. */
export interface PayWallSimulatorOptions extends SimulatorOptions {
  /** The public pair PaymentAPI calls must carry. */
  apiKeyPublic: string;
  /** Client id of the public pair. */
  apiClientPublic: string;
  /** The private pair PaymentPrivateAPI and CardWallAPI calls must carry. */
  apiKeyPrivate: string;
  /** Client id of the private pair. */
  apiClientPrivate: string;
  /** Keys the simulator signs callbacks with: the 3D return and the general (System Webhook) callback. */
  hashKeys?: {
    /** Key of the 3D return's hash. */
    threeD?: string;
    /** System Webhook key of the general callback's hash. */
    systemWebhook?: string;
  };
  /** The simulator's clock (default: real time); `advanceTime` moves it. */
  now?: () => Date;
  /** Stored-card `UniqueCode`s older than this rotate on the next access (default 15 minutes). */
  cardCodeTtlMs?: number;
  /** The SMS code the bank's 3D page accepts (default `SIM_SMS_CODE`, 123456: PayWall publishes no test code). */
  smsCode?: string;
  /** A nonce for the bank page's post back: with it the page submits by itself; without, a visible button does. */
  pageNonce?: string;
  /** How subscriptions retry, sign and post their callbacks (see `PayWallSimRecurringOptions`). */
  recurring?: PayWallSimRecurringOptions;
}

/** Which API a path belongs to: paths of the four APIs do not overlap. */
export type PayWallSimHost = 'payment' | 'private' | 'cardWall' | 'member' | 'physical';

/** The prefix PaymentAPI and PaymentPrivateAPI paths live under. */
export const API = '/api/paywall';
/** The CardWall prefix. */
export const CARDWALL = '/paywall';

/** The API a request path belongs to (paths are matched without regard to case, as PayWall's server does). */
export function hostOf(path: string): PayWallSimHost {
  const p = path.toLowerCase();
  if (p.startsWith(`${API}/private/`)) return 'private';
  if (p.startsWith(`${CARDWALL}/card`)) return 'cardWall';
  // PhysicalAPI (physical POS) paths carry no `/paywall` segment: `/api/terminal/…`, `/api/pair/…`, `/api/payment/…`.
  if (['/api/terminal/', '/api/pair/', '/api/payment/'].some((prefix) => p.startsWith(prefix))) return 'physical';
  // MemberAPI (`member`, `member/bankaccount`, `member/valuedate`) shares the `/api/paywall` prefix on one origin.
  if (p === `${API}/member` || p.startsWith(`${API}/member/`)) return 'member';
  // Payment product management (`product`, `product/member/earning/…`) takes the private pair on either host.
  if (p === `${API}/product` || p.startsWith(`${API}/product/`)) return 'private';
  return 'payment';
}

/** A handler of the simulator's own API routes (`sim.api(method, path, handler)`). */
export type ApiHandler = (r: SimRequest) => SimReply | Promise<SimReply>;
// Deep enough for the longest path (`/api/paywall/private/refund/partial/by/paymentid`, 7 segments) and then some.
const MAX_SEGMENTS = 10;
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/**
 * A stateful PayWall: PaymentAPI, PaymentPrivateAPI and CardWallAPI on one `fetch` (their paths do not
 * overlap, so it also works on one loopback origin). It checks the header pair each API needs, validates
 * bodies with its own rules, keeps payments, 3D sessions, pre-auths, refunds, stored cards and reconciliations,
 * and answers documented failures with PayWall's codes and Base64 bank texts. Test cards are in `PAYWALL_SIM_CARDS`.
 *
 * @example
 * const keys = { apiKeyPublic: 'pk', apiClientPublic: 'pc', apiKeyPrivate: 'sk', apiClientPrivate: 'sc' };
 * const sim = new PayWallSimulator({ ...keys, hashKeys: { threeD: 'hash-3d' } });
 * const paywall = new PayWall({ ...keys, environment: 'test', hashKeys: { threeD: 'hash-3d' }, fetch: sim.fetch });
 * const started = await paywall.payments.start3d(request); // answers a RedirectUrl
 * const post = await sim.completeThreeD(started.RedirectUrl!); // the browser step: the signed post to your success URL
 */
export class PayWallSimulator extends Simulator {
  /** Payments by `paymentId`. */
  readonly payments = new Map<number, PayWallSimPayment>();
  /** CardWall cards by id. */
  readonly storedCards = new Map<number, PayWallSimStoredCard>();
  /** Open 3D sessions by the token in their `RedirectUrl`. */
  readonly threeDSessions = new Map<string, PayWallSimThreeDSession>();
  /** Temporary tokens (`temptoken`) by token, for client-side card entry. */
  readonly tempTokens = new Map<
    string,
    {
      /** Expiry in ms on the simulator's clock. */
      expiresAt: number;
      /** Scope: may save a card. */
      clientCardSave: boolean;
      /** Scope: may start a 3D session. */
      threeDSession: boolean;
    }
  >();
  /** Temporary cards (`tempcard`) by card token. */
  readonly tempCards = new Map<
    string,
    {
      /** Expiry in ms on the simulator's clock. */
      expiresAt: number;
      /** The card body as sent. */
      card: Record<string, unknown>;
    }
  >();
  /** MemberAPI members (with their bank accounts and value date) by PayWall's member id. */
  readonly members = new Map<number, PayWallSimMember>();
  /** PayOut: accounts and balances, payouts, the callbacks posted, and its settings (`payout.configure`). */
  readonly payout: PayWallSimPayoutDesk = new PayWallSimPayoutDesk(this);
  /** APM: provider connections, payments and their refunds, and its settings (`apm.configure`). */
  readonly apm: PayWallSimApmDesk = new PayWallSimApmDesk(this);
  /** Card production: programmes, prepaid cards and their movements (`prepaid.spend` makes a card holder's purchase). */
  readonly prepaid: PayWallSimPrepaidDesk = new PayWallSimPrepaidDesk(this);
  /** Physical POS: connections, terminals (`addConnection`, `addTerminal`), sales, callbacks, the card read (`configure`). */
  readonly physicalPos: PayWallSimPhysicalPosDesk = new PayWallSimPhysicalPosDesk(this);
  /** Marketplace: products, platform and sub-merchant earnings, debts and manual-trigger jobs (`marketplace.configure`). */
  readonly marketplace: PayWallSimMarketplaceDesk = new PayWallSimMarketplaceDesk(this);
  /** Bulk payments (Storm, Tsunami, file): batches, the results posted, and the settings (`bulk.configure`, `bulk.flush`). */
  readonly bulk: PayWallSimBulkDesk = new PayWallSimBulkDesk(this);
  /** Payment links (`linkqr/generate`) by id. */
  readonly paymentLinks = new Map<number, PayWallSimPaymentLink>();
  /** Hosted checkouts (`checkout/generate`) by id. */
  readonly checkouts = new Map<number, PayWallSimCheckout>();
  /** Saved reconciliations by business day (`yyyy-MM-dd`). */
  readonly reconciliations = new Map<string, PayWallSimReconciliation>();
  /** Subscriptions, their pools and the recurring callbacks posted. */
  readonly recurring = new PayWallSimRecurringBook();
  /** The options it was built with. */
  readonly options: PayWallSimulatorOptions;
  // Work the clock makes due (scheduled charges): run after every `advanceTime`, in the order registered.
  private readonly clockListeners: (() => void)[] = [];
  private offsetMs = 0;
  private seq = 1000;
  private readonly apiRoutes = new Map<string, ApiHandler>();

  constructor(options: PayWallSimulatorOptions) {
    super('paywall', options);
    this.options = options;
    paymentRoutes(this);
    threeDRoutes(this);
    privateRoutes(this);
    reconciliationRoutes(this);
    cardWallRoutes(this);
    recurringRoutes(this);
    memberRoutes(this);
    payoutRoutes(this);
    apmRoutes(this);
    paymentLinkRoutes(this);
    checkoutRoutes(this);
    prepaidCardRoutes(this);
    physicalPosRoutes(this);
    marketplaceRoutes(this);
    marketplaceDebtRoutes(this);
    marketplaceTriggerRoutes(this);
    paymentProductRoutes(this);
    bulkPaymentRoutes(this);
    // PayWall's server routes paths whatever their casing (ASP.NET's default; the docs themselves write
    // `cancel/by/uniqueCode`): API calls are matched here on the lower-cased path, after the 3D page route above.
    for (const method of METHODS)
      for (let n = 1; n <= MAX_SEGMENTS; n++) this.route(method, Array.from({ length: n }, (_, i) => `/{s${i}}`).join(''), (r) => this.dispatchApi(r));
  }

  /** The simulator's current time. */
  now(): Date {
    return new Date((this.options.now?.() ?? new Date()).getTime() + this.offsetMs);
  }

  /** Moves the clock forward (e.g. a day, to turn a same-day cancel into a refund). */
  advanceTime(ms: number): this {
    this.offsetMs += ms;
    for (const listener of this.clockListeners) listener();
    return this;
  }

  /** Runs `listener` after every clock move (for work that falls due with time, such as subscription charges). */
  onClock(listener: () => void): void {
    this.clockListeners.push(listener);
  }

  /** Next id for payments, activities, cards. */
  nextId(): number {
    this.seq += 1;
    return this.seq;
  }

  /**
   * Registers an API route behind the header check of its API. Its path matches in any casing, and its handler
   * reads the JSON body's names in any casing (`caseless`), as PayWall's server does.
   */
  api(method: string, path: string, handler: ApiHandler): void {
    this.apiRoutes.set(`${method.toUpperCase()} ${path.toLowerCase()}`, handler);
  }

  private dispatchApi(r: SimRequest): SimReply | Promise<SimReply> {
    const path = r.path.toLowerCase().replace(/\/+$/, '');
    const handler = this.apiRoutes.get(`${r.method} ${path}`);
    if (!handler) return { status: 404, body: { error: `${this.name} simulator: no route for ${r.method} ${r.path}` } };
    this.authorise(r);
    return handler({ ...r, json: caseless(r.json) });
  }

  /** PaymentAPI: the public pair (and the private one when sent); private and CardWall APIs: the private pair. */
  private authorise(r: SimRequest): void {
    const o = this.options;
    const h = (name: string) => r.headers.get(name) ?? '';
    const pub = sameText(h('apikeypublic'), o.apiKeyPublic) && sameText(h('apiclientpublic'), o.apiClientPublic);
    const priv = sameText(h('apikeyprivate'), o.apiKeyPrivate) && sameText(h('apiclientprivate'), o.apiClientPrivate);
    const host = hostOf(r.path);
    const sentPublic = r.headers.has('apikeypublic') || r.headers.has('apiclientpublic');
    const sentPrivate = r.headers.has('apikeyprivate') || r.headers.has('apiclientprivate');
    if (host === 'payment') {
      // `tempcard` is authorised by its `token` header (checked by the handler): from a browser or app it comes
      // alone, from the .NET SDK with all four key headers, which must then be right.
      const tempCard = r.path.toLowerCase().replace(/\/+$/, '') === `${API}/tempcard`;
      if ((tempCard ? sentPublic && !pub : !pub) || (sentPrivate && !priv))
        throw fail(401, 'Unauthorized: apikeypublic/apiclientpublic do not match', null, 401);
    } else if (host === 'member') {
      // MemberAPI takes the public pair only (the .NET SDK's MemberApiClient sends nothing else).
      if (!pub) throw fail(401, 'Unauthorized: apikeypublic/apiclientpublic do not match', null, 401);
    } else if (!priv) throw fail(401, 'Unauthorized: apikeyprivate/apiclientprivate do not match', null, 401);
  }

  /** A payment by your `MerchantUniqueCode`. */
  byMerchantCode(code: string): PayWallSimPayment | undefined {
    for (const p of this.payments.values()) if (p.merchantUniqueCode === code) return p;
    return undefined;
  }

  /** A payment by PayWall's `UniqueCode`. */
  byUniqueCode(code: string): PayWallSimPayment | undefined {
    for (const p of this.payments.values()) if (p.uniqueCode.toLowerCase() === code.toLowerCase()) return p;
    return undefined;
  }

  /** Current `UniqueCode` of a stored card, rotating it first when it is older than the TTL. */
  currentCardCode(card: PayWallSimStoredCard): string {
    const ttl = this.options.cardCodeTtlMs ?? 15 * 60_000;
    if (this.now().getTime() - card.codeIssuedAt >= ttl) this.rotateCard(card);
    return card.uniqueCode;
  }

  /** Gives every stored card a new `UniqueCode`, as PayWall does from time to time. */
  rotateCardCodes(): this {
    for (const c of this.storedCards.values()) this.rotateCard(c);
    return this;
  }

  private rotateCard(card: PayWallSimStoredCard): void {
    card.oldCodes.push(card.uniqueCode);
    card.uniqueCode = crypto.randomUUID();
    card.codeIssuedAt = this.now().getTime();
  }

  /** A stored card by code: `{ card }`, or `{ stale: true }` for a rotated-away code. */
  findCard(
    code: string,
    insurance: boolean,
  ): {
    /** The card, when the code is current. */
    card?: PayWallSimStoredCard;
    /** The code was rotated away: PayWall answers "UniqueCode invalid". */
    stale?: boolean;
  } {
    for (const c of this.storedCards.values()) {
      if (c.insurance !== insurance) continue;
      if (c.uniqueCode === code) return this.currentCardCode(c) === code ? { card: c } : { stale: true };
      if (c.oldCodes.includes(code)) return { stale: true };
    }
    return {};
  }

  /** The browser step of a 3D payment: returns the signed form post to the success or fail URL. */
  completeThreeD(redirectUrl: string, options?: PayWallSimThreeDOptions): Promise<PayWallSimFormPost> {
    return completeThreeD(this, redirectUrl, options);
  }

  /** The §6.3 general callback of a payment, as the JSON PayWall would post. */
  buildGeneralCallback(input: PayWallSimGeneralCallbackInput): Promise<PayWallSimGeneralCallback> {
    return buildGeneralCallback(this, input);
  }

  /** Posts the §6.3 general callback to `url` with a correct hash. */
  sendGeneralCallback(
    url: string,
    input: PayWallSimGeneralCallbackInput,
    fetchImpl?: (input: string, init: RequestInit) => Promise<Response>,
  ): Promise<{
    /** What was posted. */
    callback: PayWallSimGeneralCallback;
    /** Your endpoint's answer. */
    response: Response;
  }> {
    return sendGeneralCallback(this, url, input, fetchImpl);
  }
}
