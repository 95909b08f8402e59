import type { SimRequest } from '../frame/http.js';
import { isObj, str } from './checks.js';
import { findSimBin, PAYWALL_SIM_CURRENCIES, PAYWALL_SIM_STATUS_NAMES } from './data.js';
import { fail, ok } from './envelope.js';
import { simKurus, simTl } from './money.js';
import { addActivity } from './payments.js';
import { API, type PayWallSimulator } from './simulator.js';
import { istanbulDay, type PayWallSimPayment } from './state.js';

// PaymentPrivateAPI answers with the common numbering (§3.2 list b): 56 PaymentNotFound,
// 92 PaymentNotConvenientForOperation, 93 PaymentHasSuccessfulRefund, 94 PaymentHasSuccessfulCancel,
// 112 PaymentAmountNotConvenient, 2 InvalidData.

type Obj = Record<string, unknown>;
const body = (r: SimRequest): Obj => (isObj(r.json) ? r.json : {});

function find(sim: PayWallSimulator, b: Obj, by: 'merchant' | 'unique' | 'id'): PayWallSimPayment {
  const p =
    by === 'merchant'
      ? sim.byMerchantCode(str(b.MerchantUniqueCode))
      : by === 'unique'
        ? sim.byUniqueCode(str(b.UniqueCode))
        : sim.payments.get(Number(b.PaymentId));
  if (!p) throw fail(56, 'Payment not found');
  return p;
}

const refundable = (p: PayWallSimPayment) => p.capturedKurus - p.refundedKurus;

function refund(sim: PayWallSimulator, p: PayWallSimPayment, amountKurus: number | 'rest') {
  if (p.cancelled) throw fail(94, 'Payment has a successful cancel');
  if (p.statusId !== 4) throw fail(92, 'Payment is not convenient for this operation');
  const left = refundable(p);
  if (left === 0) throw fail(93, 'Payment has been refunded in full');
  const amount = amountKurus === 'rest' ? left : amountKurus;
  if (amount <= 0 || amount > left) throw fail(112, 'Refund amount is more than what is left to refund');
  p.refundedKurus += amount;
  addActivity(sim, p, amount === p.capturedKurus ? 'Refund' : 'PartialRefund', amount);
  return ok(null);
}

function cancel(sim: PayWallSimulator, p: PayWallSimPayment) {
  if (p.cancelled) throw fail(94, 'Payment has a successful cancel');
  if (p.refundedKurus > 0) throw fail(93, 'Payment has a successful refund');
  if (p.statusId !== 4 && p.statusId !== 3) throw fail(92, 'Payment is not convenient for this operation');
  if (istanbulDay(p.createdAt) !== istanbulDay(sim.now())) throw fail(92, 'Cancel is possible on the day of the payment only; refund it instead');
  p.cancelled = true;
  addActivity(sim, p, 'Cancel', p.capturedKurus || p.amountKurus);
  return ok(null);
}

function amountOf(b: Obj, field = 'Amount'): number {
  const k = simKurus(b[field]);
  if (k === undefined || k < 0) throw fail(2, `${field} is not a valid amount`);
  return k;
}

// Same day → cancel; later → refund; a non-zero amount different from the total → partial refund.
function revert(sim: PayWallSimulator, p: PayWallSimPayment, amount: number) {
  if (amount !== 0 && amount !== p.capturedKurus) return refund(sim, p, amount);
  if (istanbulDay(p.createdAt) === istanbulDay(sim.now()) && p.refundedKurus === 0) return cancel(sim, p);
  return refund(sim, p, 'rest');
}

/**
 * `QueryPaywall` of a payment: the fields of the .NET SDK's `QueryPaywallResponse`, no others. Its non-nullable
 * numbers are never `null` (0 where the simulator has no value, as a .NET default); interest and commission are
 * `null` (the simulator applies none).
 */
export function queryPaywallOf(p: PayWallSimPayment): Obj {
  const last = p.activities.at(-1);
  const bin = findSimBin(p.card.number)?.data;
  const masked = p.card.number.length >= 12 ? `${p.card.number.slice(0, 6)}******${p.card.number.slice(-4)}` : `${p.card.number.slice(0, 8)}****`;
  return {
    PaymentId: p.paymentId,
    ActivityId: last?.id ?? 0,
    PaymentGatewayId: 1,
    PaymentGatewayName: 'Simulated VPos',
    PaymentGatewayProviderName: 'simulator',
    AnySuccessPayment: p.capturedKurus > 0 || p.statusId === 3,
    AnySuccessRefund: p.refundedKurus > 0 && p.refundedKurus === p.capturedKurus,
    AnySuccessPartialRefund: p.refundedKurus > 0 && p.refundedKurus < p.capturedKurus,
    AnySuccessCancel: p.cancelled,
    Status: p.statusId === 4,
    StatusName: PAYWALL_SIM_STATUS_NAMES[p.statusId] ?? 'Unknown',
    StatusId: p.statusId,
    TypeName: last?.type ?? 'Sale',
    // Only "Sale" (1) is a documented activity type id; the others are not published.
    TypeId: last?.type === 'Sale' ? 1 : 0,
    Installment: p.installment,
    CurrencyId: p.currencyId,
    CurrencyName: PAYWALL_SIM_CURRENCIES[p.currencyId] ?? '',
    PaymentMethodId: 1,
    PaymentMethodName: 'Card',
    PaymentChannelId: p.channelId,
    PaymentChannelName: p.channelId === 0 ? 'Unspecified' : String(p.channelId),
    PaymentTagId: p.tagId,
    PaymentTagName: '',
    CardNumber: masked,
    CardOwnerName: p.card.ownerName,
    CardBankName: bin?.bank ?? null,
    CardBrandName: bin?.brand ?? null,
    CardTypeName: bin?.type ?? null,
    CardFamilyName: bin?.family ?? null,
    LastActivityDateTime: (last?.at ?? p.createdAt).toISOString(),
    PaymentAmount: simTl(p.amountKurus),
    ActivityAmount: simTl(last?.amountKurus ?? 0),
    IP: p.clientIp,
    AppliedInterest: null,
    InterestRate: null,
    CommissionRate: null,
    OriginalAmount: null,
    InterestAmount: null,
    CommissionAmount: null,
  };
}

/** PaymentPrivateAPI routes: refunds, cancels, reverts, queries, VPos transaction list. */
export function privateRoutes(sim: PayWallSimulator): void {
  const P = `${API}/private`;
  sim.api('POST', `${P}/refund`, (r) => refund(sim, find(sim, body(r), 'merchant'), 'rest'));
  sim.api('POST', `${P}/refund/partial`, (r) => refund(sim, find(sim, body(r), 'merchant'), amountOf(body(r))));
  sim.api('POST', `${P}/refund/partial/by/paymentid`, (r) => refund(sim, find(sim, body(r), 'id'), amountOf(body(r))));
  sim.api('POST', `${P}/refund/partial/by/uniquecode`, (r) => refund(sim, find(sim, body(r), 'unique'), amountOf(body(r))));
  sim.api('POST', `${P}/cancel`, (r) => cancel(sim, find(sim, body(r), 'merchant')));
  sim.api('POST', `${P}/cancel/by/uniqueCode`, (r) => cancel(sim, find(sim, body(r), 'unique')));
  sim.api('POST', `${P}/cancel/by/paymentid`, (r) => cancel(sim, find(sim, body(r), 'id')));
  sim.api('POST', `${P}/revert`, (r) => revert(sim, find(sim, body(r), 'merchant'), amountOf(body(r))));
  sim.api('POST', `${P}/revert/by/paymentid`, (r) => revert(sim, find(sim, body(r), 'id'), amountOf(body(r))));

  const one = (p: PayWallSimPayment | undefined) => {
    if (!p) throw fail(56, 'Payment not found');
    return ok({ Paywall: queryPaywallOf(p) });
  };
  const header = (r: SimRequest, name: string) => {
    const v = r.headers.get(name);
    if (!v) throw fail(4, `Header ${name} is missing`);
    return v;
  };
  sim.api('GET', `${P}/query`, (r) => one(sim.byMerchantCode(header(r, 'merchantuniquecode'))));
  sim.api('GET', `${P}/query/by/uniquecode`, (r) => one(sim.byUniqueCode(header(r, 'uniquecode'))));
  sim.api('GET', `${P}/query/by/paymentid`, (r) => one(sim.payments.get(Number(header(r, 'paymentid')))));
  sim.api('GET', `${P}/query/by/productid`, (r) => {
    const id = header(r, 'productid');
    return ok([...sim.payments.values()].filter((p) => p.productIds.includes(id)).map((p) => ({ Paywall: queryPaywallOf(p) })));
  });
  sim.api('GET', `${P}/query/by/trackingcode`, (r) => {
    const code = header(r, 'trackingcode');
    return ok([...sim.payments.values()].filter((p) => p.trackingCode === code).map((p) => ({ Paywall: queryPaywallOf(p) })));
  });
  // Completed VPos payments of the previous (Istanbul) day.
  sim.api('GET', `${P}/vpos/transaction/list`, () => {
    const yesterday = istanbulDay(new Date(sim.now().getTime() - 86_400_000));
    return ok([...sim.payments.values()].filter((p) => p.statusId === 4 && istanbulDay(p.createdAt) === yesterday).map(queryPaywallOf));
  });
}
