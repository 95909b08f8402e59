import { CHALLENGE_ATTEMPTS, type ChallengeOutcome, SIM_SMS_CODE } from '../frame/challenge.js';
import { base64FromText, simRandomHex } from '../frame/crypto.js';
import { SimReject, type SimReply, type SimRequest } from '../frame/http.js';
import { Simulator, type SimulatorOptions } from '../frame/simulator.js';
import { checkOderoPayAuth } from './auth.js';
import { registerBankPages, threeDSHtmlContent } from './bank-pages.js';
import { binOf, ODEROPAY_DECLINES, ODEROPAY_TEST_CARDS } from './cards.js';
import { registerCatalogRoutes } from './catalog.js';
import { registerCheckoutPages } from './checkout-pages.js';
import { registerCrossBookingRoutes } from './cross-bookings.js';
import { ODEROPAY_SIM_ERRORS } from './errors.js';
import { registerExtraRoutes } from './extras.js';
import { percentOf, simDate, simKurus, split, tl } from './money.js';
import { registerRefundRoutes } from './refunds.js';
import { registerReportingRoutes } from './reporting.js';
import type {
  OderoPaySimCheckout,
  OderoPaySimPayment,
  OderoPaySimRecord,
  OderoPaySimRefund,
  OderoPaySimStoredCard,
  OderoPaySimThreeDSSession,
} from './state.js';
import { paymentRuleError, type SimCard, simPaymentBody } from './validate.js';

/** Options of the ÖderoPay simulator. */
export interface OderoPaySimulatorOptions extends SimulatorOptions {
  /** The API key requests must carry in `x-api-key`. */
  apiKey: string;
  /** The secret key the simulator checks `x-signature` with. */
  secretKey: string;
  /** When set, every request must carry this `merchantId` header. */
  merchantId?: string;
  /** Answer errors with HTTP 200 (the TokenPay client's assumption) instead of 4xx; default false. */
  errorsWithHttp200?: boolean;
  /** Name of the line-refund list in whole-payment refunds (default `paymentTxRefunds`, as the node types). */
  refundListField?: 'paymentTxRefunds' | 'paymentTransactionRefunds';
  /** Public origin used in page URLs (default `https://sandbox-api-gateway.oderopay.com.tr`). */
  origin?: string;
  /**
   * The SMS code the bank's 3DS page accepts (default `SIM_SMS_CODE`, 123456): ÖderoPay publishes no test code, so
   * this one is the simulator's.
   */
  smsCode?: string;
  /**
   * A nonce of the merchant's Content-Security-Policy: the 3DS HTML and the bank's post back then submit by themselves
   * with a script carrying it. Without one, the shopper presses a visible button (no inline script is ever needed).
   */
  pageNonce?: string;
  /** The merchant's name on the bank page (default `Test Mağazası`). */
  merchantName?: string;
}

/** What `simulateBankCallback` hands back: the POST the bank page would send to the merchant's `callbackUrl`. */
export interface OderoPayBankCallback {
  /** The merchant's `callbackUrl` from 3DS init. */
  url: string;
  /** The form fields posted: `paymentId`, `conversationId`, `status` (`SUCCESS` / `FAILURE`), `mdStatus`. */
  fields: Record<string, string>;
  /** `application/x-www-form-urlencoded` body. */
  body: string;
  /** The same POST as a `Request`, ready for a route handler. */
  request: Request;
}

/**
 * A stateful ÖderoPay simulator: checks the four auth headers and the signature with its own code, validates
 * bodies against the spec, and keeps payments, 3DS sessions, pre/post-auth, refunds, stored cards, checkout
 * tokens, installments, sub-merchants, buyers, links and subscriptions. Test cards are in `ODEROPAY_TEST_CARDS`.
 *
 * @example
 * const keys = { apiKey: 'demo-api-key', secretKey: 'demo-secret-key' };
 * const sim = new OderoPaySimulator(keys);
 * const odero = new OderoPay({ ...keys, environment: 'sandbox', fetch: sim.fetch });
 * await odero.threeDS.init({ ...payment, callbackUrl: 'https://shop.example/3ds' }); // answers the bank page (htmlContent)
 * const callback = sim.simulateBankCallback(); // the customer passes the bank's 3DS step
 * await handle3dsCallback(callback.request); // your route: reads the POST, then calls odero.threeDS.complete
 */
export class OderoPaySimulator extends Simulator {
  /** Payments by id. */
  readonly payments = new Map<number, OderoPaySimPayment>();
  /** 3DS sessions by payment id. */
  readonly threeDSSessions = new Map<number, OderoPaySimThreeDSSession>();
  /** Stored cards by card token. */
  readonly storedCards = new Map<string, OderoPaySimStoredCard>();
  /** Refunds and refund transactions by id. */
  readonly refunds = new Map<number, OderoPaySimRefund>();
  /** Checkout sessions by token. */
  readonly checkouts = new Map<string, OderoPaySimCheckout>();
  /** Buyers, sub-merchants, links, cross-bookings and subscriptions by id. */
  readonly records = {
    /** Buyers. */
    buyers: new Map<number, OderoPaySimRecord>(),
    /** Sub-merchants (marketplace). */
    subMerchants: new Map<number, OderoPaySimRecord>(),
    /** Pay-by-link products. */
    products: new Map<number, OderoPaySimRecord>(),
    /** Cross-bookings between merchant and sub-merchants. */
    crossBookings: new Map<number, OderoPaySimRecord>(),
    /** Subscriptions (created with a payment's `plan`). */
    subscriptions: new Map<number, OderoPaySimRecord>(),
    /** Credit (shopping-loan) payments started, by payment id. */
    creditPayments: new Map<number, OderoPaySimRecord>(),
  };
  /** Wallet payments: order id → payment id (the payment is in `payments`). */
  readonly wallets = new Map<string, number>();
  /** @internal */
  readonly options: OderoPaySimulatorOptions;
  private seq = 1_000_000 + Math.floor(Math.random() * 1000) * 1000;

  constructor(options: OderoPaySimulatorOptions) {
    super('oderopay', options);
    this.options = options;
    this.route('POST', '/payment/v1/card-payments', (r) => this.authed(r, () => this.createPayment(r, false)));
    this.route('GET', '/payment/v1/card-payments/{id}', (r) => this.authed(r, () => this.ok(this.paymentJson(this.payment(r.params.id)))));
    this.route('POST', '/payment/v1/card-payments/3ds-init', (r) => this.authed(r, () => this.createPayment(r, true)));
    this.route('POST', '/payment/v1/card-payments/3ds-complete', (r) => this.authed(r, () => this.completeThreeDS(r)));
    this.route('POST', '/payment/v1/card-payments/{paymentId}/post-auth', (r) => this.authed(r, () => this.postAuth(r)));
    this.route('POST', '/payment/v1/card-payments/{conversationId}/multi_post-auth', (r) => this.authed(r, () => this.multiPostAuth(r)));
    this.route('POST', '/payment/v1/checkout-payments/init', (r) => this.authed(r, () => this.initCheckout(r)));
    this.route('GET', '/payment/v1/checkout-payments/{token}', (r) => this.authed(r, () => this.retrieveCheckout(r)));
    registerRefundRoutes(this);
    registerCatalogRoutes(this);
    registerReportingRoutes(this);
    registerCrossBookingRoutes(this);
    registerExtraRoutes(this);
    registerBankPages(this);
    registerCheckoutPages(this);
  }

  // ---------- helpers shared with the route modules ----------

  /** @internal Runs `next` once the request authenticates. */
  async authed(r: SimRequest, next: () => SimReply | Promise<SimReply>): Promise<SimReply> {
    const problem = await checkOderoPayAuth(r, this.options);
    if (problem) throw this.fail(401, ODEROPAY_SIM_ERRORS.unauthorized, problem);
    return next();
  }

  /** @internal An `errors` envelope to throw. */
  fail(status: number, errorCode: string, errorDescription: string, errorGroup?: string): SimReject {
    const errors = { errorCode, errorDescription, ...(errorGroup ? { errorGroup } : {}) };
    return new SimReject({ status: this.options.errorsWithHttp200 ? 200 : status, body: { errors }, headers: { 'x-request-id': simRandomHex(8) } });
  }

  /** @internal A `data` envelope. */
  ok(data: unknown, status = 200): SimReply {
    return { status, body: { data }, headers: { 'x-request-id': simRandomHex(8) } };
  }

  /** @internal A list envelope (`items`, `page`, `size`, `totalSize`) inside `data`, paged by the query. */
  page<T>(r: SimRequest, all: T[]): SimReply {
    const page = Number(r.url.searchParams.get('page') ?? 0);
    const size = Number(r.url.searchParams.get('size') ?? 10);
    const items = all.slice(page * size, page * size + size);
    return this.ok({ items, page, size, totalSize: all.length });
  }

  /** @internal Realistic numeric ids, unique per simulator. */
  nextId(): number {
    this.seq += 1;
    return this.seq;
  }

  /** @internal */
  validation(message: string): SimReject {
    return this.fail(400, ODEROPAY_SIM_ERRORS.validation, message);
  }

  /** @internal */
  notFound(what: string): SimReject {
    return this.fail(404, ODEROPAY_SIM_ERRORS.notFound, `${what} not found`);
  }

  /** @internal */
  body(r: SimRequest): Record<string, unknown> {
    if (typeof r.json !== 'object' || r.json === null || Array.isArray(r.json)) throw this.validation('request body must be a JSON object');
    return r.json as Record<string, unknown>;
  }

  /** @internal A payment by id (path text or number). */
  payment(id: unknown): OderoPaySimPayment {
    const p = this.payments.get(Number(id));
    if (!p) throw this.notFound(`payment ${String(id)}`);
    return p;
  }

  /** @internal The PaymentResponse of a stored payment. */
  paymentJson(p: OderoPaySimPayment): Record<string, unknown> {
    const bin = p.cardNumber ? binOf(p.cardNumber) : undefined;
    const commission = p.paidPrice - p.price;
    return {
      id: p.id,
      createdDate: p.createdDate,
      conversationId: p.conversationId,
      price: tl(p.price),
      paidPrice: tl(p.paidPrice),
      walletPrice: tl(p.walletPrice),
      currency: p.currency,
      buyerId: p.buyerId,
      installment: p.installment,
      paymentType: p.paymentType,
      paymentGroup: p.paymentGroup,
      paymentStatus: p.paymentStatus,
      paymentPhase: p.paymentPhase,
      connectorType: 'TOKENPOS',
      isThreeDS: p.isThreeDS,
      merchantCommissionRate: p.merchantCommissionRate,
      merchantCommissionRateAmount: tl(commission),
      pfCommissionRateAmount: tl(p.pfCommission),
      cardUserKey: p.cardUserKey,
      cardToken: p.cardToken,
      paidWithStoredCard: p.paidWithStoredCard,
      ...(p.cardNumber && !p.paidWithStoredCard ? { binNumber: p.cardNumber.slice(0, 6), lastFourDigits: p.cardNumber.slice(-4) } : {}),
      ...(bin ? { cardType: bin.cardType, cardAssociation: bin.cardAssociation, cardBrand: bin.cardBrand } : {}),
      subscriptionId: p.subscriptionId,
      paymentTransactions: p.transactions.map((t) => {
        const pfShare =
          split(
            p.pfCommission,
            p.transactions.map((x) => x.paidPrice),
          )[p.transactions.indexOf(t)] ?? 0;
        const sub = t.subMerchantPrice ?? 0;
        return {
          id: t.id,
          externalId: t.externalId,
          name: t.name,
          transactionStatus: t.transactionStatus,
          price: tl(t.price),
          paidPrice: tl(t.paidPrice),
          walletPrice: tl(t.walletPrice),
          merchantCommissionRate: p.merchantCommissionRate,
          merchantCommissionRateAmount: tl(t.paidPrice - t.price),
          pfCommissionRateAmount: tl(pfShare),
          merchantPayoutAmount: tl(t.paidPrice - pfShare - sub),
          subMerchantId: t.subMerchantId,
          ...(t.subMerchantId !== undefined
            ? {
                subMerchantName: String(this.records.subMerchants.get(t.subMerchantId)?.name ?? 'Alt Üye İşyeri'),
                subMerchantPrice: tl(sub),
                subMerchantPayoutRate: 100,
                subMerchantPayoutAmount: tl(sub),
              }
            : {}),
          blockageResolvedDate: simDate(new Date(Date.now() + 7 * 86_400_000)),
          payout: {
            paidPrice: tl(t.paidPrice),
            currency: 'TRY',
            merchantPayoutAmount: tl(t.paidPrice - pfShare - sub),
            subMerchantPayoutAmount: tl(sub),
            pfCommissionRateAmount: tl(pfShare),
            pfConversionRate: 0,
            pfConversionRateAmount: 0,
          },
        };
      }),
    };
  }

  // ---------- payments ----------

  private createPayment(r: SimRequest, threeDS: boolean): SimReply {
    const parsed = simPaymentBody.safeParse(this.body(r));
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw this.validation(`${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid body'}`);
    }
    const b = parsed.data;
    if (threeDS && (typeof b.callbackUrl !== 'string' || !/^https?:\/\//.test(b.callbackUrl))) throw this.validation('callbackUrl is required for 3DS');
    const rule = paymentRuleError(b);
    if (!rule.card) throw this.validation(rule.message);
    const card = this.resolveCard(rule.card);
    const decline = card.number ? ODEROPAY_DECLINES[card.number] : undefined;
    if (decline && !threeDS) throw this.fail(422, decline.errorCode, decline.errorDescription, decline.errorGroup);

    const price = simKurus(b.price) as number;
    const paid = simKurus(b.paidPrice) as number;
    const wallet = b.walletPrice === undefined ? 0 : (simKurus(b.walletPrice) as number);
    const itemPrices = b.items.map((i) => simKurus(i.price) as number);
    const paidShares = split(paid, itemPrices);
    const walletShares = split(wallet, itemPrices);
    const id = this.nextId();
    const phase = b.paymentPhase ?? 'AUTH';
    const payment: OderoPaySimPayment = {
      id,
      createdDate: simDate(),
      ...(b.conversationId !== undefined ? { conversationId: b.conversationId } : {}),
      price,
      paidPrice: paid,
      walletPrice: wallet,
      currency: b.currency,
      ...(b.buyerId !== undefined ? { buyerId: Number(b.buyerId) } : {}),
      installment: b.installment,
      paymentType: b.paymentType ?? (wallet === 0 ? 'CARD_PAYMENT' : paid === wallet ? 'WALLET_PAYMENT' : 'CARD_AND_WALLET_PAYMENT'),
      paymentGroup: b.paymentGroup,
      paymentStatus: threeDS ? 'INIT_THREEDS' : 'SUCCESS',
      paymentPhase: phase,
      isThreeDS: threeDS,
      merchantCommissionRate: price === 0 ? 0 : Number((((paid - price) * 100) / price).toFixed(2)),
      pfCommission: percentOf(paid - wallet, 149),
      paidWithStoredCard: rule.card.kind === 'stored',
      transactions: b.items.map((item, i) => ({
        id: this.nextId(),
        paymentId: id,
        ...(item.externalId !== undefined ? { externalId: item.externalId } : {}),
        name: item.name,
        price: itemPrices[i] as number,
        paidPrice: paidShares[i] as number,
        walletPrice: walletShares[i] as number,
        ...(item.subMerchantId !== undefined ? { subMerchantId: Number(item.subMerchantId), subMerchantPrice: simKurus(item.subMerchantPrice) as number } : {}),
        refunded: 0,
        transactionStatus: 'WAITING_FOR_APPROVAL',
      })),
      refunded: 0,
      ...(card.number ? { cardNumber: card.number } : {}),
      ...(card.holder ? { cardHolderName: card.holder } : {}),
      ...(card.stored ? { cardUserKey: card.stored.cardUserKey, cardToken: card.stored.cardToken } : {}),
    };
    if (rule.card.kind === 'raw' && rule.card.card.storeCardAfterSuccessPayment) {
      const c = rule.card.card;
      payment.storeCard = { ...(c.cardAlias ? { alias: c.cardAlias } : {}), expireYear: c.expireYear, expireMonth: c.expireMonth };
    }
    if (b.plan) payment.subscriptionId = this.createSubscription(payment, b.plan);
    this.payments.set(id, payment);
    if (!threeDS) {
      this.afterSuccess(payment);
      return this.ok(this.paymentJson(payment));
    }
    const session: OderoPaySimThreeDSSession = {
      paymentId: id,
      callbackUrl: b.callbackUrl as string,
      ...(b.conversationId !== undefined ? { conversationId: b.conversationId } : {}),
      state: 'WAITING_FOR_BANK',
      failAtBank: card.number === ODEROPAY_TEST_CARDS.threeDSFailure || decline !== undefined,
      attemptsLeft: CHALLENGE_ATTEMPTS,
    };
    this.threeDSSessions.set(id, session);
    return this.ok({ htmlContent: base64FromText(threeDSHtmlContent(r.url.origin, session, this.options.pageNonce)) });
  }

  private resolveCard(card: SimCard): { number?: string; holder?: string; stored?: { cardUserKey: string; cardToken: string } } {
    if (card.kind === 'none') return {};
    if (card.kind === 'raw') return { number: card.card.cardNumber, holder: card.card.cardHolderName };
    const stored = this.storedCards.get(card.card.cardToken);
    if (!stored || stored.cardUserKey !== card.card.cardUserKey) throw this.fail(400, ODEROPAY_SIM_ERRORS.notFound, 'stored card not found');
    return { number: stored.cardNumber, holder: stored.cardHolderName, stored: card.card };
  }

  private afterSuccess(p: OderoPaySimPayment): void {
    if (!p.storeCard || !p.cardNumber || !p.cardHolderName) return;
    const stored: OderoPaySimStoredCard = {
      cardUserKey: crypto.randomUUID(),
      cardToken: crypto.randomUUID(),
      cardNumber: p.cardNumber,
      cardHolderName: p.cardHolderName,
      ...(p.storeCard.alias ? { cardAlias: p.storeCard.alias } : {}),
      expireYear: p.storeCard.expireYear,
      expireMonth: p.storeCard.expireMonth,
      createdDate: simDate(),
    };
    this.storedCards.set(stored.cardToken, stored);
    p.cardUserKey = stored.cardUserKey;
    p.cardToken = stored.cardToken;
  }

  private createSubscription(p: OderoPaySimPayment, plan: { price: number | string; periodType: number | string }): number {
    const id = this.nextId();
    this.records.subscriptions.set(id, {
      id,
      subscriptionId: id,
      conversationId: p.conversationId,
      status: 'ACTIVE',
      price: tl(simKurus(plan.price) as number),
      periodType: plan.periodType,
      createdDate: simDate(),
    });
    return id;
  }

  /** The SMS code the bank's 3DS page accepts. */
  get smsCode(): string {
    return this.options.smsCode ?? SIM_SMS_CODE;
  }

  /**
   * Plays the customer's step at the bank without a browser: marks the 3DS session verified (or failed) and returns
   * the POST the bank page sends to `callbackUrl`. Without a payment id, the latest waiting session is used. Every
   * outcome but `success`/`approved` fails the authentication: ÖderoPay's callback tells only `SUCCESS` from `FAILURE`
   * (and `mdStatus`), so a wrong code, a cancel and a time-out post the same failure.
   */
  simulateBankCallback(options: { paymentId?: number | string; outcome?: 'success' | 'failure' | ChallengeOutcome } = {}): OderoPayBankCallback {
    const waiting = [...this.threeDSSessions.values()].filter((s) => s.state === 'WAITING_FOR_BANK');
    const session = options.paymentId !== undefined ? this.threeDSSessions.get(Number(options.paymentId)) : waiting[waiting.length - 1];
    if (!session) throw new Error('OderoPaySimulator: no 3DS session is waiting for the bank');
    if (session.state !== 'WAITING_FOR_BANK') throw new Error(`OderoPaySimulator: 3DS session ${session.paymentId} is already ${session.state}`);
    const outcome = options.outcome ?? 'success';
    const success = (outcome === 'success' || outcome === 'approved') && !session.failAtBank;
    session.state = success ? 'VERIFIED' : 'FAILED';
    if (outcome !== 'failure') session.bankOutcome = outcome === 'success' ? 'approved' : outcome;
    const payment = this.payments.get(session.paymentId);
    if (payment) payment.paymentStatus = success ? 'CALLBACK_THREEDS' : 'FAILURE';
    const fields: Record<string, string> = {
      paymentId: String(session.paymentId),
      conversationId: session.conversationId ?? '',
      status: success ? 'SUCCESS' : 'FAILURE',
      mdStatus: success ? '1' : '0',
    };
    const body = new URLSearchParams(fields).toString();
    const request = new Request(session.callbackUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    return { url: session.callbackUrl, fields, body, request };
  }

  private completeThreeDS(r: SimRequest): SimReply {
    const b = this.body(r);
    if (b.paymentId === undefined) throw this.validation('paymentId is required');
    const session = this.threeDSSessions.get(Number(b.paymentId));
    if (!session) throw this.notFound(`3DS payment ${String(b.paymentId)}`);
    const payment = this.payment(session.paymentId);
    if (session.state === 'WAITING_FOR_BANK') throw this.fail(400, ODEROPAY_SIM_ERRORS.invalidState, '3DS verification has not been completed at the bank');
    if (session.state === 'COMPLETED') throw this.fail(400, ODEROPAY_SIM_ERRORS.invalidState, 'payment is already completed');
    if (session.state === 'FAILED') {
      const d = (payment.cardNumber && ODEROPAY_DECLINES[payment.cardNumber]) || {
        errorCode: '10005',
        errorGroup: 'DO_NOT_HONOUR',
        errorDescription: '3D Secure doğrulaması başarısız',
      };
      throw this.fail(422, d.errorCode, d.errorDescription, d.errorGroup);
    }
    session.state = 'COMPLETED';
    payment.paymentStatus = 'SUCCESS';
    this.afterSuccess(payment);
    return this.ok(this.paymentJson(payment));
  }

  private postAuth(r: SimRequest): SimReply {
    const p = this.payment(r.params.paymentId);
    const b = (r.json ?? {}) as { paidPrice?: unknown };
    if (p.paymentPhase !== 'PRE_AUTH' || p.paymentStatus !== 'SUCCESS')
      throw this.fail(400, ODEROPAY_SIM_ERRORS.invalidState, 'payment is not an open pre-auth');
    if (b.paidPrice !== undefined) {
      const k = simKurus(b.paidPrice);
      if (k === undefined || k <= 0) throw this.validation('paidPrice must be a positive decimal');
      if (k > p.paidPrice) throw this.validation('paidPrice cannot exceed the pre-authorised amount');
      if (k !== p.paidPrice) {
        p.paidPrice = k;
        const shares = split(
          k,
          p.transactions.map((t) => t.price),
        );
        p.transactions.forEach((t, i) => {
          t.paidPrice = shares[i] as number;
        });
      }
    }
    p.paymentPhase = 'POST_AUTH';
    return this.ok(this.paymentJson(p));
  }

  private multiPostAuth(r: SimRequest): SimReply {
    const conversationId = r.params.conversationId as string;
    const legs = [...this.payments.values()].filter((p) => p.conversationId === conversationId && p.paymentType === 'MULTI_CARD_PAYMENT');
    if (legs.length === 0) throw this.notFound(`multi-card payment ${conversationId}`);
    if (legs.some((p) => p.paymentPhase !== 'PRE_AUTH')) throw this.fail(400, ODEROPAY_SIM_ERRORS.invalidState, 'every leg must be an open pre-auth');
    const total = legs.reduce((s, p) => s + p.paidPrice, 0);
    if (simKurus((r.json as { paidPrice?: unknown } | undefined)?.paidPrice) !== total)
      throw this.validation('paidPrice must equal the total of the pre-auths');
    for (const p of legs) p.paymentPhase = 'POST_AUTH';
    return this.ok({ conversationId, paymentMultiCardStatus: 'SUCCESS', multiPayment: true, paymentIdList: legs.map((p) => p.id) });
  }

  // ---------- checkout ----------

  private initCheckout(r: SimRequest): SimReply {
    const b = this.body(r);
    const withCard = { ...b, installment: b.installment ?? 1, card: undefined, walletPrice: b.paidPrice };
    const parsed = simPaymentBody.safeParse(withCard);
    if (!parsed.success) throw this.validation(`${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    if (typeof b.callbackUrl !== 'string') throw this.validation('callbackUrl is required');
    const sum = parsed.data.items.reduce((s, i) => s + (simKurus(i.price) as number), 0);
    if (sum !== simKurus(parsed.data.price)) throw this.validation('price must equal the sum of item prices');
    const token = crypto.randomUUID();
    const minutes = typeof b.expireAfterMinutes === 'number' ? b.expireAfterMinutes : 30;
    this.checkouts.set(token, { token, body: b, expiresAt: Date.now() + minutes * 60_000 });
    // The checkout page's origin: the configured one, or the one the request reached (served on loopback, the page
    // is then the simulator's own, `GET /?token=`).
    const origin = (this.options.origin ?? r.url.origin).replace('api-gateway', 'checkout');
    return this.ok({ token, pageUrl: `${origin}/?token=${token}` });
  }

  /** Plays the customer paying on a checkout page with a test card; returns the payment id. */
  simulateCheckoutPayment(token: string, cardNumber: string = ODEROPAY_TEST_CARDS.success): number {
    const session = this.checkouts.get(token);
    if (!session) throw new Error(`OderoPaySimulator: no checkout session ${token}`);
    const b = session.body;
    const decline = ODEROPAY_DECLINES[cardNumber];
    if (decline) throw new Error(`OderoPaySimulator: test card ${cardNumber} is declined (${decline.errorGroup})`);
    const id = this.nextId();
    const price = simKurus(b.price) as number;
    const paid = simKurus(b.paidPrice) as number;
    const items = (b.items as { name: string; price: number; externalId?: string }[]) ?? [];
    const shares = split(
      paid,
      items.map((i) => simKurus(i.price) as number),
    );
    this.payments.set(id, {
      id,
      createdDate: simDate(),
      ...(typeof b.conversationId === 'string' ? { conversationId: b.conversationId } : {}),
      price,
      paidPrice: paid,
      walletPrice: 0,
      currency: String(b.currency),
      installment: Number(b.installment ?? 1),
      paymentType: 'CARD_PAYMENT',
      paymentGroup: String(b.paymentGroup),
      paymentStatus: 'SUCCESS',
      paymentPhase: String(b.paymentPhase ?? 'AUTH'),
      isThreeDS: true,
      merchantCommissionRate: 0,
      pfCommission: percentOf(paid, 149),
      paidWithStoredCard: false,
      cardNumber,
      cardHolderName: 'Checkout Customer',
      transactions: items.map((item, i) => ({
        id: this.nextId(),
        paymentId: id,
        ...(item.externalId ? { externalId: item.externalId } : {}),
        name: item.name,
        price: simKurus(item.price) as number,
        paidPrice: shares[i] as number,
        walletPrice: 0,
        refunded: 0,
        transactionStatus: 'WAITING_FOR_APPROVAL',
      })),
      refunded: 0,
    });
    session.paymentId = id;
    return id;
  }

  /** Plays the customer approving (or refusing) a wallet payment in the wallet; returns the payment id. */
  simulateWalletPayment(orderId: string, outcome: 'success' | 'failure' = 'success'): number {
    const id = this.wallets.get(orderId);
    const payment = id === undefined ? undefined : this.payments.get(id);
    if (!payment) throw new Error(`OderoPaySimulator: no wallet payment ${orderId}`);
    if (payment.paymentStatus !== 'WAITING') throw new Error(`OderoPaySimulator: wallet payment ${orderId} is already ${payment.paymentStatus}`);
    payment.paymentStatus = outcome === 'success' ? 'SUCCESS' : 'FAILURE';
    return payment.id;
  }

  private retrieveCheckout(r: SimRequest): SimReply {
    const session = this.checkouts.get(r.params.token as string);
    if (!session) throw this.notFound('checkout token');
    if (session.paymentId === undefined) throw this.fail(400, ODEROPAY_SIM_ERRORS.invalidState, 'checkout payment has not been completed');
    return this.ok(this.paymentJson(this.payment(session.paymentId)));
  }
}
