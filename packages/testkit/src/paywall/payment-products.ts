import type { SimReply } from '../frame/http.js';
import { caseless } from './caseless.js';
import { isInt, str } from './checks.js';
import { fail, ok } from './envelope.js';
import { bodyOf, changeable, earningKurus, headerInt, idOf } from './marketplace-checks.js';
import type { PayWallSimMarketplaceProduct } from './marketplace-state.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

// Payment product management (#45–#47), behind the private pair on either host (the spec does not say which API
// serves `product`; on the simulator's one origin the path is the same). Codes of the common numbering (§3.2 b):
// 56 payment not found, 303 product already approved, 365 earning invalid, 2 invalid data.
// The simulator's choices (INFERRED):
// - The list answers the spec's fields, plus `MemberEarning` (the sub-merchant's current earning, `null` for a
//   product that is not a marketplace product) and `MemberEarningCalculated`, as the payment-start answer names them.
// - `ProductId` of #46/#47 is PayWall's product id (the list's `Id`); your own `ProductId` text is accepted too.
// - An increase moves the amount from the platform's earning to the sub-merchant's, a decrease back: the product's
//   split still adds up to its amount (365 when a share would go below zero). Only while the product is not
//   approved (303); once its payment is cancelled, 362.

type Obj = Record<string, unknown>;
// Built when the routes are registered: `API` comes from simulator.ts, which imports this module.
const P = () => `${API}/product`;

function paymentOf(sim: PayWallSimulator, id: number): PayWallSimPayment {
  const p = sim.payments.get(id);
  if (!p) throw fail(56, 'Payment not found');
  return p;
}

function productRow(sim: PayWallSimulator, p: PayWallSimPayment, raw: Obj, i: number): Obj {
  const x = caseless(raw);
  const product = sim.marketplace.products.get(p.paymentId * 100 + i);
  const member = product ? sim.marketplace.earningsOf(product)[1] : undefined;
  const num = (v: unknown) => (v === undefined || v === null ? null : (simKurus(v) ?? null));
  return {
    Id: p.paymentId * 100 + i,
    MemberId: isInt(x.MemberId) ? x.MemberId : null,
    ProductId: x.ProductId ?? null,
    ProductName: x.ProductName ?? null,
    ProductCategory: x.ProductCategory ?? null,
    ProductDescription: x.ProductDescription ?? null,
    ProductAmount: simTl(simKurus(x.ProductAmount) ?? 0),
    IsMarketPlaceSales: product !== undefined,
    Cargo: { CurrencyId: x.CargoCurrencyId ?? null, CargoOwnerType: x.CargoType ?? x.CargoOwnerType ?? 0, CargoCost: simTl(num(x.CargoCost) ?? 0) },
    Discount: { DiscountOwnerType: x.DiscountOwnerType ?? 0, DiscountType: x.DiscountType ?? 0, DiscountValue: simTl(num(x.DiscountValue) ?? 0) },
    MemberEarning: member ? simTl(member.earningKurus) : null,
    MemberEarningCalculated: x.MemberEarningCalculated === true,
  };
}

/** The marketplace product named by `PaymentId` and `ProductId` (PayWall's id, or your text). */
function productOf(sim: PayWallSimulator, b: Obj): PayWallSimMarketplaceProduct {
  const p = paymentOf(sim, idOf(b.PaymentId, 'PaymentId'));
  const id = b.ProductId;
  const list = sim.marketplace.productsOf(p.paymentId);
  const found = isInt(id) ? (list.find((x) => x.id === id) ?? list.find((x) => x.externalId === String(id))) : list.find((x) => x.externalId === str(id));
  if (!found) throw fail(2, 'ProductId is not a marketplace product of this payment');
  return found;
}

function move(sim: PayWallSimulator, b: Obj, sign: 1 | -1): SimReply {
  const product = productOf(sim, b);
  const delta = sign * earningKurus(b.Earning);
  if (product.approved) throw fail(303, `Product ${product.id} is already approved`);
  const [platform, member] = sim.marketplace.earningsOf(product);
  changeable(member);
  if (member.earningKurus + delta < 0 || platform.earningKurus - delta < 0) throw fail(365, 'The change would leave an earning below zero');
  member.earningKurus += delta;
  platform.earningKurus -= delta;
  return ok(null);
}

/** Payment product routes #45–#47. */
export function paymentProductRoutes(sim: PayWallSimulator): void {
  sim.api('GET', P(), (r) => {
    sim.marketplace.tick();
    const p = paymentOf(sim, headerInt(r, 'paymentid'));
    return ok(p.products.map((x, i) => productRow(sim, p, x, i)));
  });
  sim.api('PUT', `${P()}/member/earning/increase`, (r) => move(sim, bodyOf(r), 1));
  sim.api('PUT', `${P()}/member/earning/decrease`, (r) => move(sim, bodyOf(r), -1));
}
