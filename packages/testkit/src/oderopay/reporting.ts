import type { SimRequest } from '../frame/http.js';
import { binOf } from './cards.js';
import { simKurus, split, tl } from './money.js';
import { queryList, queryText, simInstant } from './query.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimPayment, OderoPaySimRefund } from './state.js';

// Payment reporting and settlement files, in the official clients' shapes (PaymentDetailResponse and its lines, refunds,
// PayoutCompletedTransaction, BouncedSubMerchantRow), with every filter of their search requests applied.

/** A filter that reads one query key; `undefined` when the key is absent, else a test on a payment. */
type PaymentFilter = (r: SimRequest, sim: OderoPaySimulator) => ((p: OderoPaySimPayment) => boolean) | undefined;

const amountBound = (key: string, pick: (p: OderoPaySimPayment) => number, cmp: (a: number, b: number) => boolean): PaymentFilter => {
  return (r, sim) => {
    const text = queryText(r, key);
    if (text === undefined) return undefined;
    const k = simKurus(text);
    if (k === undefined) throw sim.validation(`${key} must be a decimal amount`);
    return (p) => cmp(pick(p), k);
  };
};

const dateBound = (key: string, cmp: (a: number, b: number) => boolean): PaymentFilter => {
  return (r, sim) => {
    const text = queryText(r, key);
    if (text === undefined) return undefined;
    const at = simInstant(text);
    if (at === undefined) throw sim.validation(`${key} must be a date-time such as 2026-03-01T14:07:18`);
    return (p) => cmp(simInstant(p.createdDate) as number, at);
  };
};

const equals = (key: string, pick: (p: OderoPaySimPayment) => unknown): PaymentFilter => {
  return (r) => {
    const v = queryText(r, key);
    return v === undefined ? undefined : (p) => String(pick(p)) === v;
  };
};

const anyOf = (keys: string[], pick: (p: OderoPaySimPayment) => unknown[]): PaymentFilter => {
  return (r) => {
    const wanted = queryList(r, ...keys);
    return wanted === undefined ? undefined : (p) => pick(p).some((x) => x !== undefined && wanted.includes(String(x)));
  };
};

/** Every filter of the official clients' SearchPaymentsRequest (Node and Java names alike). */
const PAYMENT_FILTERS: PaymentFilter[] = [
  anyOf(['paymentIds'], (p) => [p.id]),
  anyOf(['paymentTxIds', 'paymentTransactionIds'], (p) => p.transactions.map((t) => t.id)),
  anyOf(['subMerchantIds'], (p) => p.transactions.map((t) => t.subMerchantId)),
  anyOf(['itemExternalIds'], (p) => p.transactions.map((t) => t.externalId)),
  equals('paymentStatus', (p) => p.paymentStatus),
  equals('connectorType', () => 'TOKENPOS'),
  equals('currency', (p) => p.currency),
  equals('lastFourDigits', (p) => p.cardNumber?.slice(-4)),
  equals('installment', (p) => p.installment),
  equals('conversationId', (p) => p.conversationId),
  equals('isThreeDS', (p) => p.isThreeDS),
  (r) => {
    const bin = queryText(r, 'binNumber');
    return bin === undefined ? undefined : (p) => p.cardNumber?.startsWith(bin) === true;
  },
  amountBound(
    'minPrice',
    (p) => p.price,
    (a, b) => a >= b,
  ),
  amountBound(
    'maxPrice',
    (p) => p.price,
    (a, b) => a <= b,
  ),
  amountBound(
    'minPaidPrice',
    (p) => p.paidPrice,
    (a, b) => a >= b,
  ),
  amountBound(
    'maxPaidPrice',
    (p) => p.paidPrice,
    (a, b) => a <= b,
  ),
  dateBound('minCreatedDate', (a, b) => a >= b),
  dateBound('maxCreatedDate', (a, b) => a <= b),
];

/** Registers payment reporting and the settlement-file reports. */
export function registerReportingRoutes(sim: OderoPaySimulator): void {
  const on = (method: string, path: string, handler: (r: SimRequest) => ReturnType<OderoPaySimulator['ok']>) =>
    sim.route(method, path, (r) => sim.authed(r, () => handler(r)));

  on('GET', '/payment-reporting/v1/payments', (r) => {
    const tests = PAYMENT_FILTERS.map((f) => f(r, sim)).filter((t) => t !== undefined);
    const all = [...sim.payments.values()].filter((p) => tests.every((t) => t(p))).sort((a, b) => b.id - a.id);
    return sim.page(
      r,
      all.map((p) => paymentDetail(sim, p)),
    );
  });
  on('GET', '/payment-reporting/v1/payments/{id}', (r) => sim.ok(paymentDetail(sim, sim.payment(r.params.id))));

  const period = (r: SimRequest) => {
    const bounds = (['startDate', 'endDate'] as const).map((k) => {
      const text = queryText(r, k);
      if (text === undefined) return undefined;
      const at = simInstant(text);
      if (at === undefined) throw sim.validation(`${k} must be a date-time such as 2026-03-01T14:07:18`);
      return at;
    });
    return (date: string) => {
      const at = simInstant(date) as number;
      return (bounds[0] === undefined || at >= bounds[0]) && (bounds[1] === undefined || at <= bounds[1]);
    };
  };
  // The simulator plays no bounced payouts: the report is empty, its dates still checked.
  on('GET', '/settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows', (r) => {
    period(r);
    return sim.page(r, []);
  });
  on('GET', '/settlement-reporting/v1/settlement-file/payout-completed-transactions', (r) => {
    const within = period(r);
    const type = queryText(r, 'settlementType');
    const rows =
      type !== undefined && type !== 'SETTLEMENT'
        ? []
        : [...sim.payments.values()].flatMap((p) =>
            p.transactions
              .filter((t) => t.transactionStatus === 'PAYOUT_STARTED' && within(p.createdDate))
              .flatMap((t) => {
                const fee = split(
                  p.pfCommission,
                  p.transactions.map((x) => x.paidPrice),
                )[p.transactions.indexOf(t)] as number;
                const sub = t.subMerchantPrice ?? 0;
                const merchant = { transactionId: t.id, transactionType: 'PAYMENT', currency: 'TRY' };
                return [
                  { ...merchant, payoutAmount: tl(t.paidPrice - t.refunded - fee - sub), merchantId: MERCHANT_ACCOUNT_ID, merchantType: 'MERCHANT' },
                  ...(t.subMerchantId !== undefined ? [{ ...merchant, payoutAmount: tl(sub), merchantId: t.subMerchantId, merchantType: 'SUB_MERCHANT' }] : []),
                ];
              }),
          );
    return sim.page(r, rows);
  });
}

/** The simulator's own merchant account id, as settlement rows and cross-bookings name the merchant side. */
export const MERCHANT_ACCOUNT_ID = 1000;

const refundJson = (x: OderoPaySimRefund, p: OderoPaySimPayment) => ({
  id: x.id,
  createdDate: x.createdDate,
  refundStatus: 'SUCCESS',
  refundDestinationType: x.refundDestinationType,
  price: tl(x.refundPrice),
  refundBankPrice: tl(x.refundPrice),
  refundWalletPrice: 0,
  conversationId: x.conversationId,
  paymentType: p.paymentType,
});

/** PaymentDetailResponse of a stored payment, lines and refunds included. */
export function paymentDetail(sim: OderoPaySimulator, p: OderoPaySimPayment): Record<string, unknown> {
  const bin = p.cardNumber ? binOf(p.cardNumber) : undefined;
  const refunds = [...sim.refunds.values()].filter((x) => x.paymentId === p.id);
  const fees = split(
    p.pfCommission,
    p.transactions.map((t) => t.paidPrice),
  );
  return {
    id: p.id,
    createdDate: p.createdDate,
    updatedDate: p.createdDate,
    orderId: p.conversationId,
    price: tl(p.price),
    paidPrice: tl(p.paidPrice),
    walletPrice: tl(p.walletPrice),
    paymentType: p.paymentType,
    connectorType: 'TOKENPOS',
    currency: p.currency,
    paymentStatus: p.paymentStatus,
    conversationId: p.conversationId,
    paymentCard: {
      cardType: bin?.cardType,
      cardAssociation: bin?.cardAssociation,
      cardBrand: bin?.cardBrand,
      cardHolderName: p.cardHolderName,
      binNumber: p.cardNumber?.slice(0, 6),
      lastFourDigits: p.cardNumber?.slice(-4),
      installment: p.installment,
      isThreeDS: p.isThreeDS,
      mdStatus: p.isThreeDS ? 1 : 0,
      pfCommissionRateAmount: tl(p.pfCommission),
      merchantCommissionRate: p.merchantCommissionRate,
      merchantCommissionRateAmount: tl(p.paidPrice - p.price),
    },
    paymentRefunds: refunds.filter((x) => x.kind === 'payment').map((x) => refundJson(x, p)),
    paymentTransactions: p.transactions.map((t, i) => {
      const fee = fees[i] as number;
      const sub = t.subMerchantPrice ?? 0;
      return {
        id: t.id,
        createdDate: p.createdDate,
        externalId: t.externalId,
        transactionStatus: t.transactionStatus,
        transactionStatusDate: p.createdDate,
        price: tl(t.price),
        paidPrice: tl(t.paidPrice),
        walletPrice: tl(t.walletPrice),
        merchantPayoutAmount: tl(t.paidPrice - fee - sub),
        ...(t.subMerchantId !== undefined
          ? {
              subMerchantId: t.subMerchantId,
              subMerchantName: String(sim.records.subMerchants.get(t.subMerchantId)?.name ?? 'Alt Üye İşyeri'),
              subMerchantPrice: tl(sub),
              subMerchantPayoutRate: 100,
              subMerchantPayoutAmount: tl(sub),
            }
          : {}),
        payout: {
          paidPrice: tl(t.paidPrice),
          currency: 'TRY',
          merchantPayoutAmount: tl(t.paidPrice - fee - sub),
          subMerchantPayoutAmount: tl(sub),
          pfCommissionRateAmount: tl(fee),
          pfConversionRate: 0,
          pfConversionRateAmount: 0,
        },
        paymentTransactionCard: {
          merchantCommissionRate: p.merchantCommissionRate,
          merchantCommissionRateAmount: tl(t.paidPrice - t.price),
          pfCommissionRateAmount: tl(fee),
        },
        paymentTransactionRefunds: refunds
          .filter((x) => x.paymentTransactionId === t.id)
          .map((x) => {
            const { price, ...rest } = refundJson(x, p);
            return { ...rest, refundPrice: price, isAfterSettlement: false };
          }),
      };
    }),
  };
}
