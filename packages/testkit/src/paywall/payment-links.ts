import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { fail, ok } from './envelope.js';
import type { PayWallSimPaymentLink } from './link-state.js';
import { simKurus, simTl } from './money.js';
import { announcePagePayment, type PayWallSimPagePayment, recordPagePayment } from './page-payments.js';
import { API, type PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

// Payment link / QR (§4.9 #112), common error numbering (§3.2 b): 127 photo upload, 128 photo required for a
// product, 134 quantity required, 135 quantity above stock, 138 photo too large. Simulator's choices: a photo may be
// at most 5 MB of Base64 text; `LanguageId` 0 (what the .NET SDK sends when it is not set) is Turkish; a payment
// made on the link is recorded as a payment (`private/query` finds it) under `link-{id}-{n}` and announced with the
// general callback (§6.3) when `CallbackSupport` was true, since PayWall publishes no link callback of its own.

const MAX_PHOTO = 5 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function generate(sim: PayWallSimulator, r: SimRequest) {
  const b = r.json;
  if (!isObj(b)) throw fail(2, 'Body must be a JSON object');
  if (b.SalesType !== 1 && b.SalesType !== 2) throw fail(131, 'SalesType must be 1 (product) or 2 (service)');
  const photo = str(b.PhotoBase64);
  if (b.SalesType === 1 && !photo) throw fail(128, 'A photo is required for a product');
  if (photo && !BASE64.test(photo)) throw fail(127, 'PhotoBase64 could not be read');
  if (photo.length > MAX_PHOTO) throw fail(138, 'Photo is too large');
  if (!str(b.ItemName)) throw fail(2, 'ItemName is required');
  const amountKurus = simKurus(b.ItemAmount);
  if (amountKurus === undefined || amountKurus <= 0) throw fail(51, 'ItemAmount is not a valid amount');
  const language = b.LanguageId ?? 0;
  if (language !== 0 && language !== 1 && language !== 2) throw fail(2, 'LanguageId must be 1 or 2');
  if (!isInt(b.CurrencyId) || b.CurrencyId < 1 || b.CurrencyId > 7) throw fail(53, 'Invalid currency');
  const stockTrack = b.StockTrack === true;
  if (stockTrack && !(isInt(b.StockCount) && b.StockCount > 0)) throw fail(134, 'StockCount is required when stock is tracked');
  if (b.CallbackSupport === true && !URL.canParse(str(b.CallbackAddress))) throw fail(166, 'Invalid callback address');
  const id = sim.nextId();
  const guid = crypto.randomUUID();
  const link: PayWallSimPaymentLink = {
    id,
    guid,
    link: `${r.url.origin}/sim/paywall/link/${guid}`,
    salesType: b.SalesType,
    itemName: str(b.ItemName),
    amountKurus,
    currencyId: b.CurrencyId,
    languageId: language === 2 ? 2 : 1,
    stockTrack,
    stockCount: stockTrack ? (b.StockCount as number) : 0,
    callbackAddress: b.CallbackSupport === true ? str(b.CallbackAddress) : null,
    merchantOrderId: str(b.MerchantOrderId) || null,
    merchantTrackId: str(b.MerchantTrackId) || null,
    paymentIds: [],
  };
  sim.paymentLinks.set(id, link);
  return ok({ Id: id, Link: link.link, MerchantOrderId: link.merchantOrderId, MerchantTrackId: link.merchantTrackId, Amount: simTl(amountKurus) });
}

/** Payment link routes (#112). */
export function paymentLinkRoutes(sim: PayWallSimulator): void {
  sim.api('POST', `${API}/linkqr/generate`, (r) => generate(sim, r));
}

/** How a shopper pays a link. */
export interface PayWallSimLinkPayment extends PayWallSimPagePayment {
  /** Units bought (default 1). */
  quantity?: number;
  /** Posts the general callback (default: the global `fetch`). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/**
 * The shopper's step: pays a link (by id or its `Link` URL) on PayWall's page. Returns the payment; stock is
 * reduced on success. Throws PayWall's code in the message: 129 unknown link, 135 more than the stock.
 */
export async function payPaymentLink(sim: PayWallSimulator, link: number | string, options: PayWallSimLinkPayment = {}): Promise<PayWallSimPayment> {
  const l = typeof link === 'number' ? sim.paymentLinks.get(link) : [...sim.paymentLinks.values()].find((x) => x.link === link);
  if (!l) throw new Error('PayWall simulator: payment link not found (129)');
  const quantity = options.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1) throw new Error('PayWall simulator: quantity is required (134)');
  if (l.stockTrack && quantity > l.stockCount) throw new Error('PayWall simulator: quantity is more than the stock (135)');
  const p = recordPagePayment(sim, `link-${l.id}-${l.paymentIds.length + 1}`, l.amountKurus * quantity, l.currencyId, options);
  l.paymentIds.push(p.paymentId);
  if (p.statusId === 4 && l.stockTrack) l.stockCount -= quantity;
  await announcePagePayment(sim, l.callbackAddress, p, options.fetch);
  return p;
}
