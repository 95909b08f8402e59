import { simLuhn } from '../frame/card.js';
import { fail } from './envelope.js';
import { simKurus } from './money.js';

// Independent checks of payment bodies, answering with the documented PayWall codes (§3.2 list a).

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The checked `PaymentDetail`. */
export interface CheckedDetail {
  amountKurus: number;
  merchantUniqueCode: string;
  currencyId: number;
  installment: number;
  clientIp: string;
  channelId: number;
  tagId: number;
  trackingCode: string | undefined;
  half: boolean;
  successUrl?: string;
  failUrl?: string;
}

/** Checks a `PaymentDetail` (3D adds the return URLs and `Half3D`). */
export function checkDetail(body: Obj, threeD: boolean): CheckedDetail {
  const d = body.PaymentDetail;
  if (!isObj(d)) throw fail(17, 'PaymentDetail is missing');
  const amountKurus = simKurus(d.Amount);
  if (amountKurus === undefined || amountKurus <= 0) throw fail(2, 'PaymentDetail.Amount is not a valid amount');
  const code = d.MerchantUniqueCode;
  if (typeof code !== 'string' || code.length === 0 || code.length > 250) throw fail(10, 'Unexpected MerchantUniqueCode');
  if (!isInt(d.CurrencyId) || d.CurrencyId < 1 || d.CurrencyId > 7) throw fail(8, 'Unexpected currency');
  // The docs' field table and the .NET SDK write `Installment`; the docs' own example and four PayWall clients send
  // `Installement`. PayWall takes both, and so does the simulator (the current spelling wins when both come).
  const installment = d.Installment ?? d.Installement;
  if (!isInt(installment) || installment < 1) throw fail(9, 'Unexpected installment');
  if (typeof d.ClientIP !== 'string' || d.ClientIP.length === 0 || d.ClientIP.length > 15) throw fail(2, 'ClientIP is missing or longer than 15');
  const out: CheckedDetail = {
    amountKurus,
    merchantUniqueCode: code,
    currencyId: d.CurrencyId,
    installment,
    clientIp: d.ClientIP,
    channelId: isInt(d.ChannelId) ? d.ChannelId : 0,
    tagId: isInt(d.TagId) ? d.TagId : 0,
    trackingCode: typeof d.TrackingCode === 'string' && d.TrackingCode ? d.TrackingCode : undefined,
    half: threeD ? d.Half3D === true : d.Half2D === true,
  };
  if (threeD) {
    if (typeof d.MerchantSuccessBackUrl !== 'string' || !URL.canParse(d.MerchantSuccessBackUrl) || d.MerchantSuccessBackUrl.length > 250)
      throw fail(11, 'Unexpected MerchantSuccessBackUrl');
    if (typeof d.MerchantFailBackUrl !== 'string' || !URL.canParse(d.MerchantFailBackUrl) || d.MerchantFailBackUrl.length > 250)
      throw fail(12, 'Unexpected MerchantFailBackUrl');
    out.successUrl = d.MerchantSuccessBackUrl;
    out.failUrl = d.MerchantFailBackUrl;
  }
  return out;
}

/** Checks `Products` against the amount: empty → 25, discount/cargo enums → 36–40, sum ≠ amount → 26. */
export function checkProducts(products: unknown, amountKurus: number): Obj[] {
  if (!Array.isArray(products) || products.length === 0) throw fail(25, 'Product list is empty');
  let sum = 0;
  for (const p of products) {
    if (!isObj(p)) throw fail(2, 'Products must be objects');
    const a = simKurus(p.ProductAmount);
    if (a === undefined || a <= 0) throw fail(2, 'ProductAmount is not a valid amount');
    sum += a;
    const own = p.DiscountOwnerType ?? 0;
    if (!isInt(own) || own < 0 || own > 2) throw fail(36, 'Invalid DiscountOwnerType');
    const type = p.DiscountType ?? 0;
    if (!isInt(type) || type < 0 || type > 2) throw fail(37, 'Invalid DiscountType');
    const value = simKurus(p.DiscountValue ?? 0);
    if (value === undefined || value < 0) throw fail(39, 'Invalid discount amount');
    if (type === 2 && value > 10_000) throw fail(38, 'Invalid discount percentage');
    const cargo = p.CargoType ?? 0;
    if (!isInt(cargo) || cargo < 0 || cargo > 3) throw fail(40, 'Invalid cargo type');
  }
  if (sum !== amountKurus) throw fail(26, 'Product total does not match the transaction amount');
  return products as Obj[];
}

/** A plain card's fields after checks (13–19). */
export function checkPlainCard(card: Obj, now: Date): { number: string; ownerName: string; expireMonth: string; expireYear: string } {
  const owner = str(card.OwnerName);
  if (owner.length === 0 || owner.length > 60) throw fail(13, 'Unexpected card holder');
  const number = str(card.Number);
  if (!/^\d{12,20}$/.test(number) || !simLuhn(number, { min: 12, max: 20 })) throw fail(14, 'Unexpected card number');
  const month = Number(card.ExpireMonth);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw fail(15, 'Unexpected expiry month');
  let year = Number(card.ExpireYear);
  if (!Number.isInteger(year)) throw fail(16, 'Unexpected expiry year');
  if (year < 100) year += 2000;
  const nowY = now.getUTCFullYear();
  if (year < nowY || (year === nowY && month < now.getUTCMonth() + 1)) throw fail(19, 'Card expired');
  if (!/^\d{3,4}$/.test(str(card.Cvv))) throw fail(18, 'Unexpected card detail');
  return { number, ownerName: owner, expireMonth: String(card.ExpireMonth), expireYear: String(card.ExpireYear) };
}

/** Checks `Customer` has its required texts. */
export function checkCustomer(customer: unknown): void {
  if (!isObj(customer)) throw fail(2, 'Customer is missing');
  for (const k of ['FullName', 'Phone', 'Email', 'Country', 'City', 'Address']) {
    if (typeof customer[k] !== 'string' || customer[k] === '') throw fail(2, `Customer.${k} is required`);
  }
}

export { isInt, isObj, str };
