import type { SimReply, SimRequest } from '../frame/http.js';
import { isObj } from './checks.js';
import { PAYWALL_SIM_CURRENCIES } from './data.js';
import { fail, ok } from './envelope.js';
import { bodyOf, changeable, earningKurus, headerDay, headerInt, idOf, idsOf, reflectionDateOf } from './marketplace-checks.js';
import {
  PAYWALL_SIM_EARNING_STATUS,
  PAYWALL_SIM_EARNING_STATUS_NAMES,
  type PayWallSimEarning,
  type PayWallSimMarketplaceProduct,
  trDay,
} from './marketplace-state.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// Marketplace approval, reports and earning changes (#48–#69). The ledger and its rules are in marketplace-state.ts.
// Where PayWall has not published a body the simulator reads (INFERRED):
// - #48/#49 read `PaymentId` and `ProductIds` (PayWall's product ids, the `Id` of the payment-start answer's
//   products); any other field (`Payout`, …) is accepted and ignored.
// - #50/#51 (self approval) read `PaymentId`, `ProductIds` (#50) and `Products: [{ ProductId, Earning }]`: your
//   sub-merchant earning per product (0 to the product amount; the rest is the platform's). A product without one
//   keeps the calculated split. #50 without `ProductIds` approves the products listed in `Products`.
// - `ApplyAll` (#59–#63): `false` changes the product's sub-merchant earning only; `true` every earning of the
//   product, the platform's too. An increase with `ApplyAll` takes the amount from the platform's earning (and a
//   decrease gives it back), so the product's split still adds up; without it only the sub-merchant's changes.
// - Changes by id (#65–#69) change that one earning. Earnings change while unpaid (35 once paid, 362 once cancelled);
//   dates only once approved (363). Retries take failed earnings only (369 when there are none); without
//   `ChangeReflectionDate` the transfer is tried again at once.

type Obj = Record<string, unknown>;
const { approved, failed, calculated, cancelled } = PAYWALL_SIM_EARNING_STATUS;
// Paths are built when the routes are registered: `API` comes from simulator.ts, which imports this module.
const M = () => `${API}/marketplace`;
const iso = (d: Date | undefined) => (d ? d.toISOString() : null);

/** The marketplace products of a successful payment: 32 when there is no such payment, 31 when it has none. */
function productsOf(sim: PayWallSimulator, paymentId: number): PayWallSimMarketplaceProduct[] {
  const p = sim.payments.get(paymentId);
  if (!p) throw fail(32, 'Marketplace payment not found');
  const list = sim.marketplace.productsOf(paymentId);
  if (list.length === 0) throw fail(31, 'The payment has no marketplace product');
  return list;
}

function productById(sim: PayWallSimulator, id: number): PayWallSimMarketplaceProduct {
  const product = sim.marketplace.products.get(id);
  if (!product) throw fail(34, `No earning for product ${id}`);
  return product;
}

function earningById(sim: PayWallSimulator, id: unknown): PayWallSimEarning {
  const e = sim.marketplace.earnings.get(idOf(id, 'Id'));
  if (!e) throw fail(34, 'Earning not found');
  return e;
}

/** Refuses approving a product that is approved already (303) or whose payment was cancelled (29). */
function approvable(sim: PayWallSimulator, product: PayWallSimMarketplaceProduct): void {
  if (product.approved) throw fail(303, `Product ${product.id} is already approved`);
  if (sim.marketplace.earningsOf(product).some((e) => e.statusId === cancelled)) throw fail(29, `Product ${product.id} belongs to a cancelled payment`);
}

/** Your sub-merchant earnings by product id, from a self approval's `Products`. */
function ownEarnings(sim: PayWallSimulator, b: Obj): Map<number, number | undefined> {
  const out = new Map<number, number | undefined>();
  if (b.Products === undefined || b.Products === null) return out;
  if (!Array.isArray(b.Products)) throw fail(29, 'Products must be a list');
  for (const x of b.Products) {
    if (!isObj(x)) throw fail(29, 'Products must be objects');
    const id = idOf(x.ProductId, 'Products[].ProductId');
    const raw = x.Earning ?? x.MemberEarning;
    const k = raw === undefined || raw === null ? undefined : simKurus(raw);
    const product = productById(sim, id);
    if (raw !== undefined && raw !== null && (k === undefined || k < 0 || k > product.amountKurus))
      throw fail(365, `Earning of product ${id} must be between 0 and the product amount`);
    out.set(id, k);
  }
  return out;
}

function approve(sim: PayWallSimulator, r: SimRequest, scope: 'product' | 'payment', self: boolean): SimReply {
  const b = bodyOf(r);
  const list = productsOf(sim, idOf(b.PaymentId, 'PaymentId'));
  const own = self ? ownEarnings(sim, b) : new Map<number, number | undefined>();
  let chosen: PayWallSimMarketplaceProduct[];
  if (scope === 'payment') {
    chosen = list.filter((x) => !x.approved);
    if (chosen.length === 0) throw fail(31, 'No product of the payment is left to approve');
  } else {
    const ids = self && (b.ProductIds === undefined || b.ProductIds === null) && own.size > 0 ? [...own.keys()] : idsOf(b.ProductIds, 'ProductIds');
    chosen = ids.map((id) => {
      const product = list.find((x) => x.id === id);
      if (!product) throw fail(30, `No product ${id} to approve in this payment`);
      return product;
    });
  }
  for (const product of chosen) approvable(sim, product);
  for (const id of own.keys()) if (!chosen.some((x) => x.id === id)) throw fail(29, `Product ${id} is not being approved`);
  for (const product of chosen) sim.marketplace.approve(product, own.get(product.id));
  return ok(null);
}

function reject(sim: PayWallSimulator, chosen: PayWallSimMarketplaceProduct[]): SimReply {
  for (const product of chosen) {
    if (!product.approved) throw fail(29, `Product ${product.id} is not approved`);
    if (sim.marketplace.earningsOf(product).some((e) => e.statusId !== approved && e.statusId !== failed))
      throw fail(35, `An earning of product ${product.id} has already been sent`);
  }
  for (const product of chosen) sim.marketplace.unapprove(product);
  return ok(null);
}

function productReport(sim: PayWallSimulator, product: PayWallSimMarketplaceProduct): Obj {
  const [platform, member] = sim.marketplace.earningsOf(product);
  return {
    PaymentId: product.paymentId,
    ProductId: product.id,
    ProductExternalId: product.externalId,
    ProductName: product.name,
    ProductAmount: simTl(product.amountKurus),
    MerchantEarningId: platform.id,
    MerchantEarning: simTl(platform.earningKurus),
    MerchantReflectionDate: iso(platform.reflectionDate),
    SubMerchantEarningId: member.id,
    SubMerchantEarning: simTl(member.earningKurus),
    SubMerchantReflectionDate: iso(member.reflectionDate),
    MerchantEarningStatusId: platform.statusId,
    MerchantPayoutTransactionId: platform.payoutTransactionId,
    SubMerchantEarningStatusId: member.statusId,
    SubMerchantPayoutTransactionId: member.payoutTransactionId,
  };
}

function earningReport(sim: PayWallSimulator, e: PayWallSimEarning): Obj {
  return {
    Id: e.id,
    PaymentId: e.paymentId,
    ProductId: e.productId,
    MerchantId: sim.marketplace.settings.merchantId,
    MemberId: e.memberId,
    IsSubMerchant: e.subMerchant,
    Earning: simTl(e.earningKurus),
    ReflectionDate: iso(e.reflectionDate),
    EarningStatusId: e.statusId,
  };
}

function memberRow(e: PayWallSimEarning): Obj {
  return {
    Id: e.id,
    IsSubMerchant: e.subMerchant,
    PaymentId: e.paymentId,
    ProductId: e.productId,
    CurrencyId: e.currencyId,
    Currency: PAYWALL_SIM_CURRENCIES[e.currencyId] ?? '',
    CalculationCommissionType: e.commissionType,
    CalculationCommission: simTl(e.commissionHundredths),
    Earning: simTl(e.earningKurus),
    MarketPlaceEarningStatusId: e.statusId,
    MarketPlaceEarningStatus: PAYWALL_SIM_EARNING_STATUS_NAMES[e.statusId] ?? '',
    MarketPlaceEarningTransactionId: e.payoutTransactionId,
    ReflectionDate: iso(e.reflectionDate),
    CalculationDateTime: e.calculatedAt.toISOString(),
  };
}

/** #58: a member's sub-merchant earnings, paged (`length` ≤ 50), sorted by id, filtered by reflection day. */
function byMember(sim: PayWallSimulator, r: SimRequest): SimReply {
  const memberId = headerInt(r, 'memberid');
  if (!sim.members.has(memberId)) throw fail(198, 'Member not found');
  const start = r.headers.get('start') ? headerInt(r, 'start') : 0;
  const length = r.headers.get('length') ? headerInt(r, 'length') : 50;
  if (length < 1 || length > 50) throw fail(2, 'Header length must be 1 to 50');
  const order = (r.headers.get('sortvalue') ?? 'asc').toLowerCase();
  if (order !== 'asc' && order !== 'desc') throw fail(2, 'Header sortvalue must be asc or desc');
  const column = r.headers.get('sortcolumn') ?? 'Id';
  if (column.toLowerCase() !== 'id') throw fail(2, 'Header sortcolumn must be Id');
  const from = headerDay(r, 'datefrom');
  const to = headerDay(r, 'dateto');
  const inWindow = (e: PayWallSimEarning) => {
    if (!from && !to) return true;
    const day = e.reflectionDate ? trDay(e.reflectionDate) : undefined;
    return day !== undefined && (!from || day >= from) && (!to || day <= to);
  };
  const all = [...sim.marketplace.earnings.values()].filter((e) => e.memberId === memberId && inWindow(e)).sort((a, b) => a.id - b.id);
  if (order === 'desc') all.reverse();
  return ok({ Data: all.slice(start, start + length).map(memberRow), TotalRecord: all.length });
}

/** The earnings a by-product change reaches: the sub-merchant's, or with `ApplyAll` both. */
function reached(sim: PayWallSimulator, b: Obj): PayWallSimEarning[] {
  const [platform, member] = sim.marketplace.earningsOf(productById(sim, idOf(b.ProductId, 'ProductId')));
  return b.ApplyAll === true ? [member, platform] : [member];
}

function dated(list: PayWallSimEarning[]): void {
  for (const e of list) {
    changeable(e);
    if (!e.reflectionDate || e.statusId === calculated) throw fail(363, `Earning ${e.id} has no reflection date until it is approved`);
  }
}

function postpone(list: PayWallSimEarning[], day: unknown): SimReply {
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1) throw fail(2, 'Day must be a whole number of 1 or more');
  dated(list);
  for (const e of list) e.reflectionDate = new Date((e.reflectionDate as Date).getTime() + day * 86_400_000);
  return ok(null);
}

function setDate(sim: PayWallSimulator, list: PayWallSimEarning[], value: unknown): SimReply {
  const date = reflectionDateOf(sim, value);
  dated(list);
  for (const e of list) e.reflectionDate = date;
  return ok(null);
}

/** Adds `delta` kuruş to each earning (paired: `[member, platform]` moves it from one to the other). */
function change(list: PayWallSimEarning[], delta: number, paired: boolean): SimReply {
  for (const e of list) changeable(e);
  const next = list.map((e, i) => e.earningKurus + (paired && i === 1 ? -delta : delta));
  if (next.some((k) => k < 0)) throw fail(365, 'The change would leave an earning below zero');
  list.forEach((e, i) => {
    e.earningKurus = next[i] as number;
  });
  return ok(null);
}

function retry(sim: PayWallSimulator, list: PayWallSimEarning[], b: Obj): SimReply {
  const due = list.filter((e) => e.statusId === failed);
  if (due.length === 0) throw fail(369, 'There is no unsuccessful earning to retry');
  const date = b.ChangeReflectionDate === true ? reflectionDateOf(sim, b.ReflectionDate) : sim.now();
  for (const e of due) {
    e.statusId = approved;
    e.reflectionDate = date;
  }
  sim.marketplace.tick();
  return ok(null);
}

/** Marketplace routes #48–#69 (PaymentAPI, public pair). */
export function marketplaceRoutes(sim: PayWallSimulator): void {
  sim.onClock(() => sim.marketplace.tick());
  // Every call first pays what has fallen due, as the clock hook does.
  const route = (method: string, path: string, handler: (r: SimRequest) => SimReply) =>
    sim.api(method, `${M()}/${path}`, (r) => {
      sim.marketplace.tick();
      return handler(r);
    });

  route('POST', 'approve/pw/product', (r) => approve(sim, r, 'product', false));
  route('POST', 'approve/pw/payment', (r) => approve(sim, r, 'payment', false));
  route('POST', 'approve/self/product', (r) => approve(sim, r, 'product', true));
  route('POST', 'approve/self/payment', (r) => approve(sim, r, 'payment', true));
  route('POST', 'reject/product', (r) => {
    const b = bodyOf(r);
    const paymentId = b.PaymentId === undefined || b.PaymentId === null ? undefined : idOf(b.PaymentId, 'PaymentId');
    const chosen = idsOf(b.ProductIds, 'ProductIds').map((id) => {
      const product = sim.marketplace.products.get(id);
      if (!product || (paymentId !== undefined && product.paymentId !== paymentId)) throw fail(30, `No product ${id} to reject`);
      return product;
    });
    return reject(sim, chosen);
  });
  route('POST', 'reject/payment', (r) => {
    const chosen = productsOf(sim, idOf(bodyOf(r).PaymentId, 'PaymentId')).filter((x) => x.approved);
    if (chosen.length === 0) throw fail(29, 'No product of the payment is approved');
    return reject(sim, chosen);
  });

  route('GET', 'report/approval', (r) => {
    const list = productsOf(sim, headerInt(r, 'paymentid'));
    const ids = (approvedOnes: boolean) => list.filter((x) => x.approved === approvedOnes).map((x) => ({ ProductId: x.id }));
    return ok({ Approved: ids(true), NotApproved: ids(false) });
  });
  route('GET', 'report/earning/product', (r) => {
    const product = sim.marketplace.products.get(headerInt(r, 'productid'));
    if (!product) throw fail(33, 'No product to report');
    return ok(productReport(sim, product));
  });
  route('GET', 'report/earning/payment', (r) => ok(productsOf(sim, headerInt(r, 'paymentid')).map((x) => productReport(sim, x))));
  route('GET', 'report/earning/id', (r) => ok(earningReport(sim, earningById(sim, headerInt(r, 'earningid')))));
  route('GET', 'report/earning/member', (r) => byMember(sim, r));

  route('PUT', 'earning/postpone/product', (r) => postpone(reached(sim, bodyOf(r)), bodyOf(r).Day));
  route('PUT', 'earning/increase/product', (r) => change(reached(sim, bodyOf(r)), earningKurus(bodyOf(r).Earning), true));
  route('PUT', 'earning/decrease/product', (r) => change(reached(sim, bodyOf(r)), -earningKurus(bodyOf(r).Earning), true));
  route('PUT', 'earning/reflection/product', (r) => setDate(sim, reached(sim, bodyOf(r)), bodyOf(r).ReflectionDate));
  route('PUT', 'earning/put/retry/product', (r) => retry(sim, reached(sim, bodyOf(r)), bodyOf(r)));
  route('PUT', 'earning/put/retry/payment', (r) => {
    const b = bodyOf(r);
    const list = productsOf(sim, idOf(b.PaymentId, 'PaymentId')).flatMap((x) => sim.marketplace.earningsOf(x));
    return retry(sim, list, b);
  });
  route('PUT', 'earning/postpone/id', (r) => postpone([earningById(sim, bodyOf(r).Id)], bodyOf(r).Day));
  route('PUT', 'earning/increase/id', (r) => change([earningById(sim, bodyOf(r).Id)], earningKurus(bodyOf(r).Earning), false));
  route('PUT', 'earning/decrease/id', (r) => change([earningById(sim, bodyOf(r).Id)], -earningKurus(bodyOf(r).Earning), false));
  route('PUT', 'earning/reflection/id', (r) => setDate(sim, [earningById(sim, bodyOf(r).Id)], bodyOf(r).ReflectionDate));
  route('PUT', 'earning/put/retry/id', (r) => retry(sim, [earningById(sim, bodyOf(r).Id)], bodyOf(r)));
}

