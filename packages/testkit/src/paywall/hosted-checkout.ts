import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { fail, ok } from './envelope.js';
import type { PayWallSimCheckout } from './link-state.js';
import { simKurus, simTl } from './money.js';
import { announcePagePayment, type PayWallSimPagePayment, recordPagePayment } from './page-payments.js';
import { API, type PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

// Hosted checkout (§4.9 #113, #114), common error numbering (§3.2 b): 139 not found, 140 expired, 141 empty
// UniqueCode, 142 invalid amount, 148 UniqueCode reused, 149 already paid, 150/151 back URLs, 152 product limit.
// Simulator's choices: a checkout without `ExpireDateTime` takes payments for a day; at most 50 products; the
// products, when given, must add up to `Amount` (142); `LanguageId` 0 (the .NET SDK's unset value) is Turkish;
// each attempt on the page is a payment `{UniqueCode}-{n}` (`private/query` finds it), announced with the general
// callback (§6.3) when `CallbackSupport` was true.

const DAY_MS = 86_400_000;
const MAX_PRODUCTS = 50;
const CURRENCY_NAMES: Record<number, string> = { 1: 'TRY', 2: 'USD', 3: 'EUR', 4: 'BAM', 5: 'MKD', 6: 'ALL', 7: 'GBP' };

function generate(sim: PayWallSimulator, r: SimRequest) {
  const b = r.json;
  if (!isObj(b)) throw fail(2, 'Body must be a JSON object');
  const uniqueCode = str(b.UniqueCode);
  if (!uniqueCode) throw fail(141, 'UniqueCode is empty');
  if ([...sim.checkouts.values()].some((c) => c.uniqueCode === uniqueCode)) throw fail(148, 'A checkout with this UniqueCode exists');
  const amountKurus = simKurus(b.Amount);
  if (amountKurus === undefined || amountKurus <= 0) throw fail(142, 'Invalid amount');
  const language = b.LanguageId ?? 0;
  if (language !== 0 && language !== 1 && language !== 2) throw fail(2, 'LanguageId must be 1 or 2');
  if (!isInt(b.CurrencyId) || b.CurrencyId < 1 || b.CurrencyId > 7) throw fail(53, 'Invalid currency');
  if (!URL.canParse(str(b.SuccessBackUrl))) throw fail(150, 'SuccessBackUrl is invalid');
  if (!URL.canParse(str(b.FailBackUrl))) throw fail(151, 'FailBackUrl is invalid');
  if (b.CallbackSupport === true && !URL.canParse(str(b.CallbackAddress))) throw fail(166, 'Invalid callback address');
  const products = Array.isArray(b.Products) ? (b.Products as unknown[]) : [];
  if (products.length > MAX_PRODUCTS) throw fail(152, 'Too many products');
  if (products.length) {
    const sum = products.reduce<number>((s, x) => s + (isObj(x) ? (simKurus(x.ProductAmount) ?? Number.NaN) : Number.NaN), 0);
    if (sum !== amountKurus) throw fail(142, 'Products do not add up to Amount');
  }
  const expiry = str(b.ExpireDateTime);
  const expiresAt = expiry ? new Date(expiry) : new Date(sim.now().getTime() + DAY_MS);
  if (Number.isNaN(expiresAt.getTime())) throw fail(2, 'ExpireDateTime is not a date');
  const id = sim.nextId();
  const guid = crypto.randomUUID();
  const c: PayWallSimCheckout = {
    id,
    guid,
    uniqueCode,
    link: `${r.url.origin}/sim/paywall/checkout/${guid}`,
    amountKurus,
    currencyId: b.CurrencyId,
    languageId: language === 2 ? 2 : 1,
    installmentSupport: b.InstallmentSupport === true,
    installmentDynamic: b.InstallmentDynamic === true,
    showProduct: b.ShowProduct === true,
    successUrl: str(b.SuccessBackUrl),
    failUrl: str(b.FailBackUrl),
    cardWallSupport: b.CardWallSupport === true,
    expiresAt,
    callbackAddress: b.CallbackSupport === true ? str(b.CallbackAddress) : null,
    paymentIds: [],
    paid: false,
  };
  sim.checkouts.set(id, c);
  return ok({ Id: id, Guid: guid, UniqueCode: uniqueCode, Amount: simTl(amountKurus), Link: c.link });
}

function inquiry(sim: PayWallSimulator, r: SimRequest) {
  const raw = r.headers.get('id');
  if (!raw) throw fail(4, 'Header Id is missing');
  const c = sim.checkouts.get(Number(raw));
  if (!c) throw fail(139, 'Checkout not found');
  return ok({
    Id: c.id,
    Guid: c.guid,
    UniqueCode: c.uniqueCode,
    LanguageId: c.languageId,
    CurrencyId: c.currencyId,
    CurrencyName: CURRENCY_NAMES[c.currencyId] ?? '',
    Amount: simTl(c.amountKurus),
    InstallmentSupport: c.installmentSupport,
    InstallmentDynamic: c.installmentDynamic,
    ShowProduct: c.showProduct,
    ReceiverInfoSupport: false,
    ReceiverAddressSupport: false,
    SuccessBackUrl: c.successUrl,
    FailBackUrl: c.failUrl,
    CardWallSupport: c.cardWallSupport,
    CardWallExpirationMin: c.cardWallSupport ? 15 : 0,
    ExpiryTime: c.expiresAt.toISOString(),
    AnyPayment: c.paymentIds.length > 0,
    SuccessPayment: c.paid,
  });
}

/** Hosted checkout routes (#113, #114). */
export function checkoutRoutes(sim: PayWallSimulator): void {
  sim.api('POST', `${API}/checkout/generate`, (r) => generate(sim, r));
  sim.api('GET', `${API}/checkout/inquiry`, (r) => inquiry(sim, r));
}

/** How a shopper pays a checkout. */
export interface PayWallSimCheckoutPayment extends PayWallSimPagePayment {
  /** Posts the general callback (default: the global `fetch`). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/** What the shopper's attempt on a checkout page did. */
export interface PayWallSimCheckoutResult {
  /** The payment recorded. */
  payment: PayWallSimPayment;
  /** Where PayWall sends the browser back: `SuccessBackUrl` or `FailBackUrl`. */
  returnUrl: string;
}

/**
 * The shopper's step: pays a checkout (by id or its `Link` URL) on PayWall's page. Throws PayWall's code in the
 * message: 139 unknown checkout, 140 expired, 149 already paid.
 */
export async function payCheckout(
  sim: PayWallSimulator,
  checkout: number | string,
  options: PayWallSimCheckoutPayment = {},
): Promise<PayWallSimCheckoutResult> {
  const c = typeof checkout === 'number' ? sim.checkouts.get(checkout) : [...sim.checkouts.values()].find((x) => x.link === checkout);
  if (!c) throw new Error('PayWall simulator: checkout not found (139)');
  if (sim.now() >= c.expiresAt) throw new Error('PayWall simulator: checkout expired (140)');
  if (c.paid) throw new Error('PayWall simulator: checkout is already paid (149)');
  const p = recordPagePayment(sim, `${c.uniqueCode}-${c.paymentIds.length + 1}`, c.amountKurus, c.currencyId, options);
  c.paymentIds.push(p.paymentId);
  c.paid = p.statusId === 4;
  await announcePagePayment(sim, c.callbackAddress, p, options.fetch);
  return { payment: p, returnUrl: c.paid ? c.successUrl : c.failUrl };
}
