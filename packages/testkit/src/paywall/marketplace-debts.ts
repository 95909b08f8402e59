import type { SimReply } from '../frame/http.js';
import { PAYWALL_SIM_CURRENCIES } from './data.js';
import { fail, ok } from './envelope.js';
import { bodyOf, headerInt, idOf } from './marketplace-checks.js';
import type { PayWallSimDebt } from './marketplace-state.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// Sub-merchant debts (#70–#74). A debt arises when a payment is cancelled or refunded in full after a sub-merchant
// earning of it was paid (marketplace-state.ts). PayWall has published neither the debt answer's fields nor the
// amount field of #72/#73 (INFERRED): the reports answer `{ Id, MemberId, PaymentId, ProductId, CurrencyId,
// Currency, Debt, InsertDateTime, UpdateDateTime }`, and a change reads its amount from `Amount` (or `Debt`): a
// positive decimal with at most two decimals. A decrease may bring a debt to zero, not below (2); an unknown id
// answers -1.

type Obj = Record<string, unknown>;
// Built when the routes are registered: `API` comes from simulator.ts, which imports this module.
const D = () => `${API}/marketplace`;

function debtRow(d: PayWallSimDebt): Obj {
  return {
    Id: d.id,
    MemberId: d.memberId,
    PaymentId: d.paymentId,
    ProductId: d.productId,
    CurrencyId: d.currencyId,
    Currency: PAYWALL_SIM_CURRENCIES[d.currencyId] ?? '',
    Debt: simTl(d.amountKurus),
    InsertDateTime: d.createdAt.toISOString(),
    UpdateDateTime: d.updatedAt ? d.updatedAt.toISOString() : null,
  };
}

function debtOf(sim: PayWallSimulator, id: unknown): PayWallSimDebt {
  const d = sim.marketplace.debts.get(idOf(id, 'Id'));
  if (!d) throw fail(-1, 'Debt not found');
  return d;
}

function changeDebt(sim: PayWallSimulator, b: Obj, sign: 1 | -1): SimReply {
  const d = debtOf(sim, b.Id);
  const k = simKurus(b.Amount ?? b.Debt);
  if (k === undefined || k <= 0) throw fail(2, 'Amount must be an amount above zero with at most two decimals');
  const next = d.amountKurus + sign * k;
  if (next < 0) throw fail(2, 'The decrease is more than the debt');
  d.amountKurus = next;
  d.updatedAt = sim.now();
  return ok(null);
}

/** Debt routes #70–#74 (PaymentAPI, public pair). */
export function marketplaceDebtRoutes(sim: PayWallSimulator): void {
  const list = (keep: (d: PayWallSimDebt) => boolean) => ok([...sim.marketplace.debts.values()].filter(keep).map(debtRow));
  sim.api('GET', `${D()}/report/debt/product`, (r) => {
    sim.marketplace.tick();
    const productId = headerInt(r, 'productid');
    if (!sim.marketplace.products.has(productId)) throw fail(33, 'No product to report');
    return list((d) => d.productId === productId);
  });
  sim.api('GET', `${D()}/report/debt/payment`, (r) => {
    sim.marketplace.tick();
    const paymentId = headerInt(r, 'paymentid');
    if (!sim.payments.has(paymentId)) throw fail(32, 'Marketplace payment not found');
    return list((d) => d.paymentId === paymentId);
  });
  sim.api('PUT', `${D()}/debt/increase/id`, (r) => changeDebt(sim, bodyOf(r), 1));
  sim.api('PUT', `${D()}/debt/decrease/id`, (r) => changeDebt(sim, bodyOf(r), -1));
  sim.api('DELETE', `${D()}/debt/delete/id`, (r) => {
    sim.marketplace.debts.delete(debtOf(sim, bodyOf(r).Id).id);
    return ok(null);
  });
}
