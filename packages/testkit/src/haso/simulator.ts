import { hmacSha256Base64, sameText, simId } from '../frame/crypto.js';
import type { SimRequest } from '../frame/http.js';
import { Simulator, type SimulatorOptions } from '../frame/simulator.js';
import { registerBrowserPages } from './browser-pages.js';
import { customerHandlers } from './customers.js';
import { limitHandlers } from './limits.js';
import { simDay } from './plan.js';
import { HasoSimFailure, type HasoSimState } from './state.js';
import { HASO_SIM_TOKEN_ORDERS } from './token-orders.js';
import { transactionHandlers } from './transactions.js';
import { type HasoSimBody, readHasoBody, tokenText } from './wire.js';

/** Options of {@link HasoSimulator}. */
export interface HasoSimulatorOptions extends SimulatorOptions {
  /** The merchant id requests must carry (`merchantId`); others are refused. */
  merchantId: string;
  /** HMAC key the simulator checks every `requestToken` with. */
  merchantKey: string;
  /** Salt appended to each token text before the HMAC. */
  merchantSalt: string;
  /** Token orders replacing the simulator's table, by path (`null` = accept without a token). */
  tokenOrders?: Record<string, readonly string[] | null>;
  /** The PIN the simulated KKB SMS carries (default: random six digits, read it with `pinFor`). */
  pinCode?: string;
  /** Limit granted by a real (non-test) KKB approval, in kuruş (default 1 000 000 = 10 000 TL). */
  defaultLimitKurus?: number;
  /** The code HASO's browser screen accepts (default `SIM_SMS_CODE`, 123456: HASO publishes no test code). */
  smsCode?: string;
  /** A nonce for the screen's post back to the shop: with it the page submits by itself; without, a button does. */
  pageNonce?: string;
  /** The merchant's limit on one purchase, in kuruş (default `HASO_SIM_MERCHANT_LIMIT_KURUS`, 50 000 TL). */
  merchantLimitKurus?: number;
  /** Clock (default `new Date()`). */
  now?: () => Date;
}

/** Context a handler gets: state, clock, ids, options. */
export interface HasoSimContext {
  /** The simulator's state, which handlers change. */
  state: HasoSimState;
  /** The simulator's options. */
  options: HasoSimulatorOptions;
  /** Today in Türkiye, `yyyy-MM-dd`, from the simulator's clock. */
  today: () => string;
  /** A fresh upper-case id with this prefix (`KKB…`, `T…`). */
  newId: (prefix: string) => string;
  /** The next customer id (`5001`, `5002`…). */
  nextCustomerId: () => string;
  /** A counter that orders transactions by creation. */
  seq: () => number;
}

/** A handler of one HASO method: returns `Data`, or throws `HasoSimFailure`. */
export type HasoSimHandler = (body: HasoSimBody, ctx: HasoSimContext) => Record<string, unknown> | Promise<Record<string, unknown>>;

/**
 * A stateful HASO: verifies every `requestToken` with its own field orders (a wrong merchant id, key or salt gets
 * HTTP 401), and keeps customers, KKB limit requests (PIN, `testResult`), transactions with payment plans, payments,
 * refunds, enforcement expenses, GSM changes and balances. Answers in HASO's `Success` / `Errors` / `Data` envelope;
 * declines follow `HASO_DECLINE_TRIGGERS`.
 *
 * @example
 * const creds = { merchantId: 'M-1', merchantKey: 'demo-key', merchantSalt: 'demo-salt' };
 * const sim = new HasoSimulator({ ...creds, pinCode: '123456' });
 * const haso = new Haso({ ...creds, baseUrl: 'https://haso.example', ipAddress: '203.0.113.7', fetch: sim.fetch });
 * const { KkbRefNo } = await haso.limits.start({ shopperName, shopperSurname, tckn, mobileNumber, email });
 * sim.pinFor(KkbRefNo!); // '123456': the PIN the shopper gets by SMS
 */
export class HasoSimulator extends Simulator {
  /** The simulator's state, for tests to inspect. */
  readonly state: HasoSimState = { customers: new Map(), kkbRequests: new Map(), transactions: new Map(), refunds: new Map(), tokens: new Set() };
  private readonly options: HasoSimulatorOptions;
  private readonly ctx: HasoSimContext;

  constructor(options: HasoSimulatorOptions) {
    super('haso', options);
    this.options = options;
    let customerNo = 5000;
    let seq = 0;
    const now = options.now ?? (() => new Date());
    this.ctx = {
      state: this.state,
      options,
      today: () => simDay(now()),
      newId: (prefix) => `${prefix}${simId().toUpperCase()}`,
      nextCustomerId: () => String(++customerNo),
      seq: () => ++seq,
    };
    for (const [path, handler] of Object.entries({ ...limitHandlers, ...transactionHandlers, ...customerHandlers })) {
      this.route('POST', path, (r) => this.answer(r, handler));
    }
    registerBrowserPages(this, this.ctx, {
      ...(options.smsCode ? { smsCode: options.smsCode } : {}),
      ...(options.pageNonce ? { pageNonce: options.pageNonce } : {}),
    });
  }

  /** The PIN sent by SMS for a KKB request (what the shopper would type). */
  pinFor(kkbRefNo: string): string | undefined {
    return this.state.kkbRequests.get(kkbRefNo)?.pinCode;
  }

  private async answer(r: SimRequest, handler: HasoSimHandler) {
    const body = readHasoBody(r);
    if (!body) return envelope(false, ['Geçersiz istek: gövde JSON ya da form değil'], null);
    // HASO documents no answer for refused credentials: the simulator answers HTTP 401 in HASO's envelope.
    const merchantId = body.merchantId ?? body.MerchantId;
    if (merchantId !== this.options.merchantId) return envelope(false, ['Geçersiz merchantId'], null, 401);
    const orders = { ...HASO_SIM_TOKEN_ORDERS, ...this.options.tokenOrders };
    const order = orders[r.path];
    if (order === undefined) return envelope(false, [`Bilinmeyen metod ${r.path}`], null);
    if (order !== null) {
      const text = order.map((name) => tokenText(body[name])).join('') + this.options.merchantSalt;
      const expected = await hmacSha256Base64(this.options.merchantKey, text);
      if (typeof body.requestToken !== 'string' || !sameText(expected, body.requestToken)) return envelope(false, ['requestToken doğrulanamadı'], null, 401);
    }
    try {
      return envelope(true, [], await handler(body, this.ctx));
    } catch (e) {
      if (e instanceof HasoSimFailure) return envelope(false, e.errors, e.data ?? null);
      throw e;
    }
  }
}

function envelope(success: boolean, errors: string[], data: Record<string, unknown> | null, status = 200) {
  return { status, body: { Success: success, Errors: errors, Data: data } };
}
