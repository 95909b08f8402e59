import { escapeHtml, pageReply, simPage } from '../frame/challenge.js';
import type { SimReply, SimRequest } from '../frame/http.js';
import type { PayWallSimApmKind, PayWallSimApmPayment, PayWallSimApmProvider } from './apm-state.js';
import { isInt, isObj, str } from './checks.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// APM (§4.10). PayWall publishes the endpoints but not the providers' behaviour; the simulator's choices:
// - three provider connections (see `PAYWALL_SIM_APM_PROVIDERS`): an OTP wallet that also takes QR and page payments,
//   a direct wallet (TRY, USD, EUR) that also takes page payments, and a bank whose direct payments are
//   pre-authorisations (status 3) that `apm/provision/close` captures or `apm/provision/cancel` releases;
// - statuses use the payment numbering (§5): 1 created (page not opened yet), 2 started (waiting for the OTP, the scan
//   or the page), 3 pre-authorised, 4 successful, 5 failed (a cancelled pre-authorisation is 5, named `Cancelled`);
// - the OTP is `settings.otp` (123456), valid `settings.otpSeconds` (180) on the simulator's clock; the third wrong
//   code, or a code after the deadline, fails the payment;
// - a page payment (`byid`, `bykey`) and a QR payment open `/sim/paywall/apm/{token}`: approving or declining there
//   answers 303 to your success or fail URL with `merchantUniqueCode`, `uniqueCode` and `status` in the query (PayWall
//   does not publish what it sends back: confirm with `apm/query`);
// - the whole `Amount` of `byid`/`bykey` (unit not published) is read as TL for refunds and answered back as sent;
// - a full refund refunds what is left after partial ones; the refund answers carry the amount this call refunded;
// - activity types (`TypeId`, not published): 1 Sale, 2 Refund, 3 PartialRefund, 4 Capture, 5 Cancel;
// - errors use the common numbering (§3.2 b): 281 provider not found, 286 connection not found, 287 currency,
//   288 payment type not offered by the provider, 290–292 lengths, 296 transaction not found, 359 status not
//   convenient, 360 nothing left to refund, 373 partial refund above what is left, 40 OTP error, 51 amount,
//   53 currency, 102/103 return URLs, 112 capture above the authorised amount, 119 MerchantUniqueCode reused.

/** The OTP the simulated providers accept. */
export const PAYWALL_SIM_APM_OTP = '123456';

/** The provider connections a new simulator offers. */
export const PAYWALL_SIM_APM_PROVIDERS: readonly PayWallSimApmProvider[] = [
  {
    providerId: 11,
    providerKey: 'sim-wallet',
    providerName: 'Simülasyon Cüzdan',
    categoryName: 'Wallet',
    connectionId: 201,
    currencyIds: [1],
    externalId: null,
    otpBased: true,
    qrBased: true,
    checkoutBased: true,
    directPayBased: false,
    preAuth: false,
  },
  {
    providerId: 12,
    providerKey: 'sim-direct',
    providerName: 'Simülasyon Hızlı Öde',
    categoryName: 'Wallet',
    connectionId: 202,
    currencyIds: [1, 2, 3],
    externalId: 'store-1',
    otpBased: false,
    qrBased: false,
    checkoutBased: true,
    directPayBased: true,
    preAuth: false,
  },
  {
    providerId: 13,
    providerKey: 'sim-preauth',
    providerName: 'Simülasyon Provizyon',
    categoryName: 'Bank',
    connectionId: 203,
    currencyIds: [1],
    externalId: null,
    otpBased: false,
    qrBased: false,
    checkoutBased: false,
    directPayBased: true,
    preAuth: true,
  },
];

/** Settings of the simulated APM. */
export interface PayWallSimApmSettings {
  /** The OTP the providers accept. */
  otp: string;
  /** Seconds an OTP stays valid. */
  otpSeconds: number;
  /** Wrong OTPs that fail the payment. */
  otpAttempts: number;
}

const STATUS: Record<number, string> = { 1: 'Created', 2: 'Started', 3: 'Awaiting settlement', 4: 'Successful', 5: 'Failed' };
const TYPE = { refund: [2, 'Refund'], partialRefund: [3, 'PartialRefund'], capture: [4, 'Capture'], cancel: [5, 'Cancel'] } as const;

/** APM state of one simulator: provider connections, payments by your code, settings. */
export class PayWallSimApmDesk {
  /** Provider connections by connection id. */
  readonly providers = new Map<number, PayWallSimApmProvider>();
  /** Payments by your `MerchantUniqueCode`. */
  readonly payments = new Map<string, PayWallSimApmPayment>();
  /** The settings in force. */
  readonly settings: PayWallSimApmSettings = { otp: PAYWALL_SIM_APM_OTP, otpSeconds: 180, otpAttempts: 3 };

  constructor(private readonly sim: PayWallSimulator) {
    for (const p of PAYWALL_SIM_APM_PROVIDERS) this.setProvider(p);
  }

  /** Changes settings (OTP, its validity, attempts). */
  configure(settings: Partial<PayWallSimApmSettings>): this {
    Object.assign(this.settings, settings);
    return this;
  }

  /** Adds or replaces a provider connection. */
  setProvider(provider: PayWallSimApmProvider): this {
    this.providers.set(provider.connectionId, { ...provider, currencyIds: [...provider.currencyIds] });
    return this;
  }

  /** A payment by PayWall's `UniqueCode`. */
  byUniqueCode(code: string): PayWallSimApmPayment | undefined {
    for (const p of this.payments.values()) if (p.uniqueCode.toLowerCase() === code.toLowerCase()) return p;
    return undefined;
  }

  /** A payment by the token of its page or QR code. */
  byToken(token: string): PayWallSimApmPayment | undefined {
    for (const p of this.payments.values()) if (p.token === token) return p;
    return undefined;
  }

  /** Fails every OTP payment whose code expired; called on each clock move and APM call. */
  tick(): void {
    const now = this.sim.now().getTime();
    for (const p of this.payments.values()) if (p.statusId === 2 && p.otpExpiresAt !== null && now > p.otpExpiresAt) p.statusId = 5;
  }
}

function header(r: SimRequest, name: string): string {
  const v = r.headers.get(name);
  if (!v) throw fail(2, `Header ${name} is missing`);
  return v;
}

function urlField(b: Record<string, unknown>, name: string, code: number, long: number, required: boolean): string | null {
  const v = str(b[name]);
  if (!v) {
    if (required) throw fail(code, `Unexpected ${name}`);
    return null;
  }
  if (v.length > 250) throw fail(long, `${name} is too long`);
  if (!URL.canParse(v)) throw fail(code, `Unexpected ${name}`);
  return v;
}

interface Started {
  provider: PayWallSimApmProvider;
  code: string;
  currencyId: number;
}

/** The checks every payment start shares: currency, your code, the provider's currencies. */
function startChecks(sim: PayWallSimulator, b: Record<string, unknown>, provider: PayWallSimApmProvider | undefined, notFound: [number, string]): Started {
  if (!isInt(b.CurrencyId) || b.CurrencyId < 1 || b.CurrencyId > 7) throw fail(53, 'Invalid currency');
  const code = str(b.MerchantUniqueCode);
  if (!code) throw fail(101, 'Unexpected MerchantUniqueCode');
  if (code.length > 250) throw fail(290, 'MerchantUniqueCode is too long');
  if (sim.apm.payments.has(code)) throw fail(119, 'MerchantUniqueCode has already been used');
  if (!provider) throw fail(...notFound);
  if (!provider.currencyIds.includes(b.CurrencyId)) throw fail(287, 'The APM provider does not support this currency');
  return { provider, code, currencyId: b.CurrencyId };
}

function record(sim: PayWallSimulator, r: SimRequest, s: Started, kind: PayWallSimApmKind, amountKurus: number, b: Record<string, unknown>) {
  const p: PayWallSimApmPayment = {
    transactionId: sim.nextId(),
    uniqueCode: crypto.randomUUID(),
    merchantUniqueCode: s.code,
    provider: s.provider,
    kind,
    currencyId: s.currencyId,
    amountKurus,
    refundedKurus: 0,
    statusId: 1,
    cancelled: false,
    description: str(b.Description) || null,
    successUrl: null,
    failUrl: null,
    otpAttempts: 0,
    otpExpiresAt: null,
    token: null,
    activities: [],
    createdAt: sim.now(),
    ip: r.headers.get('x-forwarded-for') ?? '127.0.0.1',
  };
  sim.apm.payments.set(s.code, p);
  return p;
}

function providerAnswer(p: PayWallSimApmPayment, amountKurus: number, extra: { otpSeconds?: number; message: string }) {
  return {
    ErrorCode: 0,
    Body: {
      Success: p.statusId !== 5,
      Code: '00',
      Message: extra.message,
      Status: p.statusId,
      OtpVerifyCounterInSeconds: extra.otpSeconds ?? 0,
      Id: p.transactionId,
      ServiceId: p.provider.providerId,
      BatchNo: 1,
      TransactionSequenceNumber: p.activities.length + 1,
      TransactionAmount: simTl(amountKurus),
      TransactionApprovalCode: p.statusId === 5 ? null : String(p.transactionId).padStart(6, '0'),
      LoyaltyMessage: null,
      Hash: null,
    },
    HttpCode: 200,
  };
}

function transactionOf(p: PayWallSimApmPayment, amountKurus = p.amountKurus) {
  return {
    ApmKey: p.provider.providerKey,
    ApmConnectionId: p.provider.connectionId,
    ApmTransactionId: p.transactionId,
    UniqueCode: p.uniqueCode,
    MerchantUniqueCode: p.merchantUniqueCode,
    Amount: simTl(amountKurus),
  };
}

function pay(sim: PayWallSimulator, r: SimRequest): SimReply {
  const b = body(r);
  const provider = isInt(b.ApmConnectionId) ? sim.apm.providers.get(b.ApmConnectionId) : undefined;
  const s = startChecks(sim, b, provider, [286, 'APM connection not found']);
  keyMatches(b, s.provider);
  if (!s.provider.otpBased && !s.provider.directPayBased) throw fail(288, 'The APM provider does not take this payment type');
  const amountKurus = positiveKurus(b.Amount);
  productsMatch(b.Products, amountKurus);
  const payer = isObj(b.Payer) ? b.Payer : {};
  if (s.provider.otpBased && !str(payer.Phone)) throw fail(2, 'Payer.Phone is required by this provider');
  const p = record(sim, r, s, 'pay', amountKurus, b);
  if (s.provider.otpBased) {
    p.statusId = 2;
    p.otpExpiresAt = sim.now().getTime() + sim.apm.settings.otpSeconds * 1000;
  } else p.statusId = s.provider.preAuth ? 3 : 4;
  const pending = p.statusId === 2;
  return ok({
    ...transactionOf(p),
    PendingOtpConfirm: pending,
    ProviderDummyResponse: providerAnswer(p, amountKurus, {
      message: pending ? 'OTP sent' : 'Approved',
      ...(pending ? { otpSeconds: sim.apm.settings.otpSeconds } : {}),
    }),
  });
}

function confirmOtp(sim: PayWallSimulator, r: SimRequest): SimReply {
  const b = body(r);
  const p = sim.apm.byUniqueCode(str(b.UniqueCode));
  if (!p) throw fail(296, 'APM transaction not found');
  if (p.kind !== 'pay' || p.statusId !== 2 || p.otpExpiresAt === null) throw fail(359, 'The APM transaction status is not convenient for this operation');
  if (sim.now().getTime() > p.otpExpiresAt) {
    p.statusId = 5;
    throw fail(40, 'OTP expired');
  }
  if (str(b.Otp) !== sim.apm.settings.otp) {
    p.otpAttempts += 1;
    if (p.otpAttempts >= sim.apm.settings.otpAttempts) p.statusId = 5;
    throw fail(40, 'OTP is wrong');
  }
  p.statusId = 4;
  return ok({ ...transactionOf(p), ProviderDummyResponse: providerAnswer(p, p.amountKurus, { message: 'Approved' }) });
}

function qrGenerate(sim: PayWallSimulator, r: SimRequest): SimReply {
  const b = body(r);
  const provider = isInt(b.ApmConnectionId) ? sim.apm.providers.get(b.ApmConnectionId) : undefined;
  const s = startChecks(sim, b, provider, [286, 'APM connection not found']);
  keyMatches(b, s.provider);
  if (!s.provider.qrBased) throw fail(288, 'The APM provider does not take QR payments');
  const amountKurus = positiveKurus(b.Amount);
  const successUrl = urlField(b, 'MerchantSuccessBackUrl', 102, 291, false);
  const failUrl = urlField(b, 'MerchantFailBackUrl', 103, 292, false);
  urlField(b, 'UserRedirectUrl', 2, 2, false);
  const p = record(sim, r, s, 'qr', amountKurus, b);
  Object.assign(p, { statusId: 2, successUrl, failUrl, token: crypto.randomUUID() });
  return ok({ ...transactionOf(p), QrDetail: { FormatType: 1, Content: `${r.url.origin}/sim/paywall/apm/${p.token}` } });
}

function redirectPay(sim: PayWallSimulator, r: SimRequest, by: 'id' | 'key'): SimReply {
  const b = body(r);
  const fits = (x: PayWallSimApmProvider) =>
    (by === 'id' ? x.providerId === b.ApmId : x.providerKey === str(b.ApmKey)) && (!isInt(b.CurrencyId) || x.currencyIds.includes(b.CurrencyId));
  const all = [...sim.apm.providers.values()];
  const provider = all.find(fits) ?? all.find((x) => (by === 'id' ? x.providerId === b.ApmId : x.providerKey === str(b.ApmKey)));
  const s = startChecks(sim, b, provider, [281, 'APM provider not found']);
  if (!s.provider.checkoutBased) throw fail(288, 'The APM provider has no payment page');
  if (!isInt(b.Amount) || b.Amount <= 0) throw fail(51, 'Amount is not a valid amount');
  const successUrl = urlField(b, 'MerchantSuccessBackUrl', 102, 291, true);
  const failUrl = urlField(b, 'MerchantFailBackUrl', 103, 292, true);
  const p = record(sim, r, s, 'redirect', b.Amount * 100, b);
  Object.assign(p, { successUrl, failUrl, token: crypto.randomUUID() });
  return ok({
    RedirectUrl: `${r.url.origin}/sim/paywall/apm/${p.token}`,
    Transaction: { ApmTransactionId: p.transactionId, UniqueCode: p.uniqueCode, MerchantUniqueCode: p.merchantUniqueCode, Amount: b.Amount },
  });
}

function refund(sim: PayWallSimulator, r: SimRequest, partial: boolean): SimReply {
  const b = body(r);
  const p = settled(sim, b);
  const left = p.amountKurus - p.refundedKurus;
  if (left <= 0) throw fail(360, 'The APM transaction has been refunded');
  let amountKurus = left;
  if (partial) {
    amountKurus = positiveKurus(b.Amount);
    if (amountKurus > left) throw fail(373, 'Partial refund amount is more than the transaction amount');
  }
  p.refundedKurus += amountKurus;
  p.activities.push({ type: partial ? 'partialRefund' : 'refund', amountKurus, at: sim.now() });
  return ok({ ...transactionOf(p, amountKurus), ProviderDummyResponse: providerAnswer(p, amountKurus, { message: 'Refunded' }) });
}

function settled(sim: PayWallSimulator, b: Record<string, unknown>): PayWallSimApmPayment {
  sim.apm.tick();
  const p = sim.apm.byUniqueCode(str(b.UniqueCode));
  if (!p) throw fail(296, 'APM transaction not found');
  if (p.statusId !== 4) throw fail(359, 'The APM transaction status is not convenient for this operation');
  return p;
}

/** The provision answers of the docs carry `ErrorCodeType` and `ErrorMessage` in the envelope. */
function provisionDone(): SimReply {
  return { body: { ErrorCode: 0, ErrorCodeType: 0, ErrorMessage: '', Result: true, Message: '', Body: null } };
}

function provision(sim: PayWallSimulator, r: SimRequest, close: boolean): SimReply {
  const b = body(r);
  const p = sim.apm.byUniqueCode(str(b.UniqueCode));
  if (!p) throw fail(296, 'APM transaction not found');
  if (p.statusId !== 3) throw fail(359, 'The APM transaction status is not convenient for this operation');
  if (close) {
    const amountKurus = positiveKurus(b.Amount);
    if (amountKurus > p.amountKurus) throw fail(112, 'The amount is more than the authorised amount');
    p.amountKurus = amountKurus;
    p.statusId = 4;
    p.activities.push({ type: 'capture', amountKurus, at: sim.now() });
  } else {
    p.statusId = 5;
    p.cancelled = true;
    p.activities.push({ type: 'cancel', amountKurus: p.amountKurus, at: sim.now() });
  }
  return provisionDone();
}

function queryOf(p: PayWallSimApmPayment) {
  const last = p.activities.at(-1);
  const [typeId, type] = last ? TYPE[last.type] : [1, 'Sale'];
  return {
    ApmConnectionId: p.provider.connectionId,
    ApmProviderKey: p.provider.providerKey,
    ApmTransactionId: p.transactionId,
    CurrencyId: p.currencyId,
    MerchantUniqueCode: p.merchantUniqueCode,
    UniqueCode: p.uniqueCode,
    MerchantSuccessBackUrl: p.successUrl,
    MerchantFailBackUrl: p.failUrl,
    Amount: simTl(p.amountKurus),
    Description: p.description,
    ChannelType: 1,
    StatusId: p.statusId,
    Status: p.cancelled ? 'Cancelled' : (STATUS[p.statusId] ?? ''),
    TypeId: typeId,
    Type: type,
    Ip: p.ip,
    DateTime: p.createdAt.toISOString(),
  };
}

function listOf(sim: PayWallSimulator, r: SimRequest) {
  const currency = r.headers.get('currencyid');
  const externalId = r.headers.get('externalid');
  const feature = r.headers.get('focusedfeature')?.toLowerCase();
  const distinct = r.headers.get('distinctduplicates')?.toLowerCase() === 'true';
  const has: Record<string, (p: PayWallSimApmProvider) => boolean> = {
    otp: (p) => p.otpBased,
    qr: (p) => p.qrBased,
    checkout: (p) => p.checkoutBased,
    direct: (p) => p.directPayBased,
  };
  const seen = new Set<string>();
  return [...sim.apm.providers.values()]
    .filter((p) => !currency || p.currencyIds.includes(Number(currency)))
    .filter((p) => !externalId || p.externalId === externalId)
    .filter((p) => !feature || (has[feature]?.(p) ?? false))
    .filter((p) => !distinct || (!seen.has(p.providerKey) && seen.add(p.providerKey)))
    .map((p) => ({
      ProviderId: p.providerId,
      ProviderKey: p.providerKey,
      ProviderName: p.providerName,
      CategoryName: p.categoryName,
      ConnectionId: p.connectionId,
      ExternalIdSupport: true,
      ExternalId: p.externalId,
      Logo: `https://paywall.test/sim/logos/${p.providerKey}.png`,
      Features: { OtpBased: p.otpBased, QrBased: p.qrBased, CheckoutBased: p.checkoutBased, DirectPayBased: p.directPayBased },
    }));
}

function body(r: SimRequest): Record<string, unknown> {
  if (!isObj(r.json)) throw fail(2, 'Body must be a JSON object');
  return r.json;
}

function positiveKurus(value: unknown): number {
  const k = simKurus(value);
  if (k === undefined || k <= 0) throw fail(51, 'Amount is not a valid amount');
  return k;
}

function keyMatches(b: Record<string, unknown>, provider: PayWallSimApmProvider): void {
  const key = str(b.ApmKey);
  if (key && key !== provider.providerKey) throw fail(281, 'APM provider not found for this connection');
}

// Products are optional (the .NET SDK writes `null`); when sent, they must add up to the amount.
function productsMatch(products: unknown, amountKurus: number): void {
  if (!Array.isArray(products) || products.length === 0) return;
  let sum = 0;
  for (const p of products) {
    const k = isObj(p) ? simKurus(p.ProductAmount) : undefined;
    if (k === undefined || k <= 0) throw fail(2, 'ProductAmount is not a valid amount');
    sum += k;
  }
  if (sum !== amountKurus) throw fail(26, 'Product total does not match the transaction amount');
}

/** A provider page: `inner` under its title, as every simulator page is served. */
function page(title: string, inner: string): SimReply {
  return pageReply(simPage(title, `<h1>${escapeHtml(title)}</h1>${inner}`));
}

/** APM routes (#115–#125) and the provider page of page and QR payments. */
export function apmRoutes(sim: PayWallSimulator): void {
  sim.onClock(() => sim.apm.tick());
  sim.route('GET', '/sim/paywall/apm/{token}', (r) => {
    const p = sim.apm.byToken(r.params.token as string);
    if (!p) return { status: 404, ...page('Ödeme bulunamadı', '') };
    if (p.statusId !== 1 && p.statusId !== 2) return page('Bu ödeme tamamlandı', `<p>${escapeHtml(STATUS[p.statusId] ?? '')}</p>`);
    p.statusId = 2;
    const action = `/sim/paywall/apm/${escapeHtml(r.params.token as string)}/answer`;
    const button = (decision: string, label: string) =>
      `<form method="post" action="${action}"><input type="hidden" name="decision" value="${decision}"><button type="submit">${label}</button></form>`;
    return page(
      p.provider.providerName,
      `<p>${escapeHtml(simTl(p.amountKurus).toFixed(2))} — ${escapeHtml(p.merchantUniqueCode)}</p>${button('approve', 'Onayla')}${button('decline', 'Reddet')}`,
    );
  });
  sim.route('POST', '/sim/paywall/apm/{token}/answer', (r) => {
    const p = sim.apm.byToken(r.params.token as string);
    if (!p) return { status: 404, ...page('Ödeme bulunamadı', '') };
    if (p.statusId === 2) p.statusId = r.form?.get('decision') === 'approve' ? 4 : 5;
    const url = p.statusId === 4 ? p.successUrl : p.failUrl;
    if (!url) return page(p.statusId === 4 ? 'Ödeme onaylandı' : 'Ödeme tamamlanamadı', '');
    const back = new URL(url);
    back.searchParams.set('merchantUniqueCode', p.merchantUniqueCode);
    back.searchParams.set('uniqueCode', p.uniqueCode);
    back.searchParams.set('status', p.statusId === 4 ? 'success' : 'fail');
    return { status: 303, headers: { location: back.toString() } };
  });
  sim.api('GET', `${API}/apm/list`, (r) => ok(listOf(sim, r)));
  sim.api('POST', `${API}/apm/pay`, (r) => pay(sim, r));
  sim.api('POST', `${API}/apm/pay/confirm/otp`, (r) => confirmOtp(sim, r));
  sim.api('POST', `${API}/apm/pay/qr/generate`, (r) => qrGenerate(sim, r));
  sim.api('POST', `${API}/apm/pay/byid`, (r) => redirectPay(sim, r, 'id'));
  sim.api('POST', `${API}/apm/pay/bykey`, (r) => redirectPay(sim, r, 'key'));
  sim.api('GET', `${API}/apm/query`, (r) => {
    sim.apm.tick();
    const p = sim.apm.payments.get(header(r, 'merchantuniquecode'));
    if (!p) throw fail(296, 'APM transaction not found');
    return ok(queryOf(p));
  });
  sim.api('POST', `${API}/apm/refund`, (r) => refund(sim, r, false));
  sim.api('POST', `${API}/apm/refund/partial`, (r) => refund(sim, r, true));
  sim.api('POST', `${API}/apm/provision/close`, (r) => provision(sim, r, true));
  sim.api('POST', `${API}/apm/provision/cancel`, (r) => provision(sim, r, false));
}

/** What the payer's browser ends with after the provider page. */
export interface PayWallSimApmPageResult {
  /** The payment's status afterwards (4 approved, 5 declined). */
  statusId: number;
  /** Where the browser was sent (your success or fail URL with the simulator's query), if the payment has one. */
  returnUrl: string | undefined;
}

/**
 * The payer's step of a page or QR payment: opens the `RedirectUrl` (or the QR code's `Content`) and approves, or
 * declines with `{ approve: false }`, returning where the browser is sent.
 */
export async function completeApmPage(sim: PayWallSimulator, url: string, options: { approve?: boolean } = {}): Promise<PayWallSimApmPageResult> {
  const opened = await sim.fetch(url);
  if (opened.status !== 200) throw new Error(`PayWall simulator: APM page answered ${opened.status}`);
  const token = new URL(url).pathname.split('/').at(-1) as string;
  const answer = await sim.fetch(new URL(`/sim/paywall/apm/${token}/answer`, url).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ decision: options.approve === false ? 'decline' : 'approve' }).toString(),
    redirect: 'manual',
  });
  const p = sim.apm.byToken(token);
  return { statusId: p?.statusId ?? 0, returnUrl: answer.headers.get('location') ?? undefined };
}
