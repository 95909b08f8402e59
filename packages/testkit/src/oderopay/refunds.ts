import type { SimReply, SimRequest } from '../frame/http.js';
import { ODEROPAY_SIM_ERRORS } from './errors.js';
import { simDate, simKurus, tl } from './money.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimPayment, OderoPaySimRefund, OderoPaySimTransaction } from './state.js';

// Refunds never exceed what was paid: per line (its paidPrice) and per payment (the sum of its lines).

/** Registers the refund routes on the simulator. */
export function registerRefundRoutes(sim: OderoPaySimulator): void {
  const refundable = (p: OderoPaySimPayment) => {
    if (p.paymentStatus !== 'SUCCESS') throw sim.fail(400, ODEROPAY_SIM_ERRORS.invalidState, `payment ${p.id} is ${p.paymentStatus} and cannot be refunded`);
    if (p.paymentPhase === 'PRE_AUTH') throw sim.fail(400, ODEROPAY_SIM_ERRORS.invalidState, 'a pre-auth is closed by post-auth, not refunded');
  };
  const findTx = (id: unknown): { payment: OderoPaySimPayment; tx: OderoPaySimTransaction } => {
    for (const payment of sim.payments.values()) {
      const tx = payment.transactions.find((t) => t.id === Number(id));
      if (tx) return { payment, tx };
    }
    throw sim.notFound(`payment transaction ${String(id)}`);
  };
  const txRefund = (payment: OderoPaySimPayment, tx: OderoPaySimTransaction, amount: number, b: Record<string, unknown>, parent?: number) => {
    tx.refunded += amount;
    payment.refunded += amount;
    const refund: OderoPaySimRefund = {
      id: sim.nextId(),
      kind: 'transaction',
      paymentId: payment.id,
      paymentTransactionId: tx.id,
      ...(typeof b.conversationId === 'string' ? { conversationId: b.conversationId } : {}),
      refundPrice: amount,
      refundDestinationType: typeof b.refundDestinationType === 'string' ? b.refundDestinationType : 'CARD',
      currency: payment.currency,
      createdDate: simDate(),
      lines: parent === undefined ? [] : [parent],
    };
    sim.refunds.set(refund.id, refund);
    return refund;
  };
  const txJson = (r: OderoPaySimRefund) => ({
    id: r.id,
    conversationId: r.conversationId,
    createdDate: r.createdDate,
    status: 'SUCCESS',
    isAfterSettlement: false,
    refundPrice: tl(r.refundPrice),
    refundBankPrice: tl(r.refundPrice),
    refundWalletPrice: 0,
    currency: r.currency,
    paymentTransactionId: r.paymentTransactionId,
    paymentId: r.paymentId,
    refundDestinationType: r.refundDestinationType,
    refundHostReference: `host-${r.id}`,
    refundAuthCode: String(r.id).slice(-6),
  });
  const paymentRefundJson = (r: OderoPaySimRefund) => ({
    ...(r.refundType === 'CANCEL' ? { id: r.id } : {}),
    conversationId: r.conversationId,
    createdDate: r.createdDate,
    status: 'SUCCESS',
    refundPrice: tl(r.refundPrice),
    refundBankPrice: tl(r.refundPrice),
    refundWalletPrice: 0,
    refundType: r.refundType,
    refundDestinationType: r.refundDestinationType,
    currency: r.currency,
    paymentId: r.paymentId,
    [sim.options.refundListField ?? 'paymentTxRefunds']: r.lines.map((id) => txJson(sim.refunds.get(id) as OderoPaySimRefund)),
  });

  sim.route('POST', '/payment/v1/refunds', (r) =>
    sim.authed(r, () => {
      const b = sim.body(r);
      const payment = sim.payment(b.paymentId);
      refundable(payment);
      const left = payment.paidPrice - payment.refunded;
      if (left <= 0) throw sim.fail(400, ODEROPAY_SIM_ERRORS.refundExceeds, 'payment is already fully refunded');
      const refund: OderoPaySimRefund = {
        id: sim.nextId(),
        kind: 'payment',
        paymentId: payment.id,
        ...(typeof b.conversationId === 'string' ? { conversationId: b.conversationId } : {}),
        refundPrice: left,
        refundType: payment.refunded === 0 ? 'CANCEL' : 'REFUND',
        refundDestinationType: typeof b.refundDestinationType === 'string' ? b.refundDestinationType : 'CARD',
        currency: payment.currency,
        createdDate: simDate(),
        lines: [],
      };
      for (const tx of payment.transactions) {
        const rest = tx.paidPrice - tx.refunded;
        if (rest > 0) refund.lines.push(txRefund(payment, tx, rest, b, refund.id).id);
      }
      sim.refunds.set(refund.id, refund);
      return sim.ok(paymentRefundJson(refund));
    }),
  );
  sim.route('GET', '/payment/v1/refunds/{id}', (r) =>
    sim.authed(r, () => {
      const refund = sim.refunds.get(Number(r.params.id));
      if (refund?.kind !== 'payment') throw sim.notFound(`refund ${r.params.id}`);
      return sim.ok({ ...paymentRefundJson(refund), id: refund.id });
    }),
  );
  sim.route('POST', '/payment/v1/refund-transactions', (r) =>
    sim.authed(r, () => {
      const b = sim.body(r);
      const { payment, tx } = findTx(b.paymentTransactionId);
      refundable(payment);
      const left = tx.paidPrice - tx.refunded;
      const amount = b.refundPrice === undefined ? left : simKurus(b.refundPrice);
      if (amount === undefined || amount <= 0) throw sim.validation('refundPrice must be a positive decimal');
      if (amount > left) throw sim.fail(400, ODEROPAY_SIM_ERRORS.refundExceeds, `refundPrice exceeds the refundable amount of the transaction (${tl(left)})`);
      if (payment.refunded + amount > payment.paidPrice) throw sim.fail(400, ODEROPAY_SIM_ERRORS.refundExceeds, 'refunds would exceed the payment');
      return sim.ok(txJson(txRefund(payment, tx, amount, b)));
    }),
  );
  sim.route('POST', '/payment/v1/refund-transactions/byPaymentId', (r) =>
    sim.authed(r, () => {
      const b = sim.body(r);
      const payment = sim.payment(b.paymentId);
      refundable(payment);
      const amount = simKurus(b.refundPrice);
      if (amount === undefined || amount <= 0) throw sim.validation('refundPrice must be a positive decimal');
      if (payment.refunded + amount > payment.paidPrice)
        throw sim.fail(400, ODEROPAY_SIM_ERRORS.refundExceeds, 'refundPrice exceeds the refundable amount of the payment');
      let rest = amount;
      let first: OderoPaySimRefund | undefined;
      for (const tx of payment.transactions) {
        const take = Math.min(rest, tx.paidPrice - tx.refunded);
        if (take <= 0) continue;
        const refund = txRefund(payment, tx, take, { ...b, refundDestinationType: b.refundDestinationType ?? 'BANK' });
        first ??= refund;
        rest -= take;
        if (rest === 0) break;
      }
      return sim.ok({ ...txJson(first as OderoPaySimRefund), refundPrice: tl(amount) });
    }),
  );
  sim.route('GET', '/payment/v1/refund-transactions/{id}', (r) =>
    sim.authed(r, () => {
      const refund = sim.refunds.get(Number(r.params.id));
      if (refund?.kind !== 'transaction') throw sim.notFound(`refund transaction ${r.params.id}`);
      return sim.ok(txJson(refund));
    }),
  );
  sim.route(
    'GET',
    '/payment/v1/refund-transactions',
    (r: SimRequest): Promise<SimReply> =>
      sim.authed(r, () => {
        const q = r.url.searchParams;
        const all = [...sim.refunds.values()].filter(
          (x) =>
            x.kind === 'transaction' &&
            (!q.get('paymentId') || x.paymentId === Number(q.get('paymentId'))) &&
            (!q.get('paymentTransactionId') || x.paymentTransactionId === Number(q.get('paymentTransactionId'))) &&
            (!q.get('conversationId') || x.conversationId === q.get('conversationId')),
        );
        return sim.page(r, all.map(txJson));
      }),
  );
}
