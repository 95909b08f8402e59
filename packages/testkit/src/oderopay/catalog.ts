import { simRandomHex } from '../frame/crypto.js';
import type { SimReply, SimRequest } from '../frame/http.js';
import { binOf, ODEROPAY_SIM_BINS, ODEROPAY_SIM_INSTALLMENT_RATES } from './cards.js';
import { ODEROPAY_SIM_ERRORS } from './errors.js';
import { percentOf, simDate, simKurus, tl } from './money.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimPayment, OderoPaySimRecord } from './state.js';

type Handler = (r: SimRequest) => SimReply | Promise<SimReply>;

/** Registers stored cards, installments, reporting, onboarding, links, subscriptions and the smaller flows. */
export function registerCatalogRoutes(sim: OderoPaySimulator): void {
  const on = (method: string, path: string, handler: Handler) => sim.route(method, path, (r) => sim.authed(r, () => handler(r)));
  const q = (r: SimRequest, k: string) => r.url.searchParams.get(k) ?? undefined;

  // ---- stored cards ----
  on('GET', '/payment/v1/cards', (r) => {
    const cards = [...sim.storedCards.values()]
      .filter((c) => (!q(r, 'cardUserKey') || c.cardUserKey === q(r, 'cardUserKey')) && (!q(r, 'cardToken') || c.cardToken === q(r, 'cardToken')))
      .filter((c) => !q(r, 'cardAlias') || c.cardAlias === q(r, 'cardAlias'))
      .map((c) => {
        const bin = binOf(c.cardNumber);
        return {
          binNumber: c.cardNumber.slice(0, 6),
          lastFourDigits: c.cardNumber.slice(-4),
          cardUserKey: c.cardUserKey,
          cardToken: c.cardToken,
          cardHolderName: c.cardHolderName,
          cardAlias: c.cardAlias,
          cardType: bin?.cardType,
          cardAssociation: bin?.cardAssociation,
          cardBrand: bin?.cardBrand,
          cardBankName: bin?.bankName,
          cardBankId: bin?.bankCode,
          expireYear: c.expireYear,
          expireMonth: c.expireMonth,
        };
      });
    return sim.page(r, cards);
  });
  on('DELETE', '/payment/v1/cards', (r) => {
    const key = q(r, 'cardUserKey');
    const token = q(r, 'cardToken');
    if (key?.length !== 36 || token?.length !== 36) throw sim.validation('cardUserKey and cardToken are required (36 characters each)');
    const card = sim.storedCards.get(token);
    if (!card || card.cardUserKey !== key) throw sim.notFound('stored card');
    sim.storedCards.delete(token);
    return { status: 204 };
  });

  // ---- installments and BIN ----
  const options = (price: number, bins: typeof ODEROPAY_SIM_BINS) =>
    bins.map((b) => ({
      binNumber: b.binNumber,
      price: tl(price),
      cardType: b.cardType,
      cardAssociation: b.cardAssociation,
      cardBrand: b.cardBrand,
      bankName: b.bankName,
      bankCode: b.bankCode,
      force3ds: false,
      commercial: b.commercial,
      installmentPrices: Object.entries(ODEROPAY_SIM_INSTALLMENT_RATES)
        .filter(([n]) => b.cardType === 'CREDIT_CARD' || n === '1')
        .map(([n, rate]) => {
          const total = price + percentOf(price, rate);
          return { installmentNumber: Number(n), installmentPrice: tl(Math.floor(total / Number(n))), totalPrice: tl(total) };
        }),
    }));
  const binsFor = (bin: string | undefined) => (bin ? ODEROPAY_SIM_BINS.filter((b) => b.binNumber === bin.slice(0, 6)) : ODEROPAY_SIM_BINS);
  on('GET', '/installment/v1/installments', (r) => {
    const price = simKurus(q(r, 'price'));
    if (price === undefined) throw sim.validation('price is required');
    if (!q(r, 'currency')) throw sim.validation('currency is required');
    const items = options(price, binsFor(q(r, 'binNumber')));
    return sim.ok({ items, page: 0, size: items.length, totalSize: items.length });
  });
  on('POST', '/installment/v1/installments/retrieve', (r) => {
    const b = sim.body(r);
    const price = simKurus(b.price);
    if (price === undefined || typeof b.binNumber !== 'string') throw sim.validation('binNumber and price are required');
    const items = options(price, binsFor(b.binNumber));
    return sim.ok({ items, size: items.length, totalSize: items.length });
  });
  on('GET', '/installment/v1/installments/retrieveWalletInstallments', () => sim.ok({ items: [], size: 0, totalSize: 0 }));
  on('GET', '/installment/v1/bins/{binNumber}', (r) => {
    const bin = ODEROPAY_SIM_BINS.find((b) => b.binNumber === (r.params.binNumber as string).slice(0, 6));
    if (!bin) throw sim.notFound(`bin ${r.params.binNumber}`);
    return sim.ok({ ...bin, binNumber: r.params.binNumber });
  });

  // ---- reporting ----
  const detail = (p: OderoPaySimPayment) => {
    const bin = p.cardNumber ? binOf(p.cardNumber) : undefined;
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
      paymentRefunds: [...sim.refunds.values()]
        .filter((x) => x.paymentId === p.id && x.kind === 'payment')
        .map((x) => ({ id: x.id, refundPrice: tl(x.refundPrice) })),
      paymentTransactions: p.transactions.map((t) => ({
        id: t.id,
        transactionStatus: t.transactionStatus,
        transactionStatusDate: p.createdDate,
        paymentTransactionCard: {},
        paymentTransactionRefunds: [...sim.refunds.values()]
          .filter((x) => x.paymentTransactionId === t.id)
          .map((x) => ({ id: x.id, refundPrice: tl(x.refundPrice) })),
      })),
    };
  };
  on('GET', '/payment-reporting/v1/payments', (r) => {
    const ids = q(r, 'paymentIds')?.split(',').map(Number);
    const minPaid = simKurus(q(r, 'minPaidPrice'));
    const maxPaid = simKurus(q(r, 'maxPaidPrice'));
    const all = [...sim.payments.values()]
      .filter((p) => !ids || ids.includes(p.id))
      .filter((p) => !q(r, 'paymentStatus') || p.paymentStatus === q(r, 'paymentStatus'))
      .filter((p) => !q(r, 'conversationId') || p.conversationId === q(r, 'conversationId'))
      .filter((p) => !q(r, 'currency') || p.currency === q(r, 'currency'))
      .filter((p) => !q(r, 'binNumber') || p.cardNumber?.startsWith(q(r, 'binNumber') as string))
      .filter((p) => minPaid === undefined || p.paidPrice >= minPaid)
      .filter((p) => maxPaid === undefined || p.paidPrice <= maxPaid)
      .sort((a, b) => b.id - a.id);
    return sim.page(r, all.map(detail));
  });
  on('GET', '/payment-reporting/v1/payments/{id}', (r) => sim.ok(detail(sim.payment(r.params.id))));

  // ---- generic records (buyers, sub-merchants, links, cross-bookings) ----
  const crud = (base: string, store: Map<number, OderoPaySimRecord>, required: string[], defaults: (b: Record<string, unknown>) => Record<string, unknown>) => {
    on('POST', base, (r) => {
      const b = sim.body(r);
      for (const k of required) if (b[k] === undefined || b[k] === '') throw sim.validation(`${k} is required`);
      const id = sim.nextId();
      const rec: OderoPaySimRecord = { ...b, ...defaults(b), id, createdDate: simDate() };
      store.set(id, rec);
      return sim.ok(rec);
    });
    on('GET', base, (r) => {
      const filters = [...r.url.searchParams].filter(([k]) => k !== 'page' && k !== 'size');
      return sim.page(
        r,
        [...store.values()].filter((rec) => filters.every(([k, v]) => String(rec[k]) === v)),
      );
    });
    on('GET', `${base}/{id}`, (r) => {
      const rec = store.get(Number(r.params.id));
      if (!rec) throw sim.notFound(`${base} ${r.params.id}`);
      return sim.ok(rec);
    });
    on('PUT', `${base}/{id}`, (r) => {
      const rec = store.get(Number(r.params.id));
      if (!rec) throw sim.notFound(`${base} ${r.params.id}`);
      const next = { ...rec, ...sim.body(r), id: rec.id };
      store.set(rec.id, next);
      return sim.ok(next);
    });
  };
  crud('/onboarding/v1/buyers', sim.records.buyers, ['name', 'surname'], () => ({ status: 'ACTIVE' }));
  crud('/onboarding/v1/sub-merchants', sim.records.subMerchants, ['name', 'subMerchantType'], () => ({ status: 'ACTIVE' }));
  crud('/tokenlink/v1/products', sim.records.products, ['name', 'enabledInstallments'], (b) => {
    const token = simRandomHex(12);
    return {
      status: b.status ?? 'ACTIVE',
      soldCount: 0,
      token,
      url: `https://sandbox-link.oderopay.com.tr/${token}`,
      qrCodeUrl: `https://sandbox-link.oderopay.com.tr/${token}/qr`,
    };
  });

  // ---- cross-bookings ----
  const booking = (direction: 'RECEIVE' | 'SEND') => (r: SimRequest) => {
    const b = sim.body(r);
    const price = simKurus(b.price);
    if (price === undefined || price <= 0) throw sim.validation('price must be a positive decimal');
    if (b.subMerchantId === undefined || !sim.records.subMerchants.has(Number(b.subMerchantId))) throw sim.notFound(`sub-merchant ${String(b.subMerchantId)}`);
    const id = sim.nextId();
    const rec: OderoPaySimRecord = { ...b, id, direction, price: tl(price), transactionStatus: 'WAITING_FOR_PAYOUT', createdDate: simDate() };
    sim.records.crossBookings.set(id, rec);
    return sim.ok(rec);
  };
  on('POST', '/payment/v1/cross-bookings/receive', booking('RECEIVE'));
  on('POST', '/payment/v1/cross-bookings/send', booking('SEND'));
  on('POST', '/payment/v1/cross-bookings/cancel', (r) => {
    // Both official clients send `{ crossBookingId }`.
    const rec = sim.records.crossBookings.get(Number(sim.body(r).crossBookingId));
    if (!rec) throw sim.notFound('cross-booking');
    if (rec.transactionStatus !== 'WAITING_FOR_PAYOUT')
      throw sim.fail(400, ODEROPAY_SIM_ERRORS.invalidState, `cross-booking is ${String(rec.transactionStatus)}`);
    rec.transactionStatus = 'CANCELLED';
    return sim.ok(rec);
  });
  on('GET', '/payment/v1/cross-bookings', (r) => sim.page(r, [...sim.records.crossBookings.values()]));

  // ---- settlement reports: rows of transactions that reached payout ----
  on('GET', '/settlement-reporting/v1/settlement-file/bounced-sub-merchant-rows', (r) => sim.page(r, []));
  on('GET', '/settlement-reporting/v1/settlement-file/payout-completed-transactions', (r) =>
    sim.page(
      r,
      [...sim.payments.values()].flatMap((p) =>
        p.transactions
          .filter((t) => t.transactionStatus === 'PAYOUT_STARTED')
          .map((t) => ({
            paymentId: p.id,
            paymentTransactionId: t.id,
            merchantType: 'MERCHANT',
            settlementType: 'SETTLEMENT',
            payoutAmount: tl(t.paidPrice - t.refunded),
          })),
      ),
    ),
  );

  // ---- payment transactions ----
  const txById = (id: unknown) => {
    for (const p of sim.payments.values()) {
      const t = p.transactions.find((x) => x.id === Number(id));
      if (t) return { p, t };
    }
    return undefined;
  };
  const approval = (status: string) => (r: SimRequest) => {
    const ids = sim.body(r).paymentTransactionIds;
    if (!Array.isArray(ids) || ids.length === 0) throw sim.validation('paymentTransactionIds is required');
    const items = ids.map((id) => {
      const found = txById(id);
      if (!found) return { paymentTransactionId: Number(id), approvalStatus: 'FAILURE', failedReason: 'not found' };
      found.t.transactionStatus = status;
      return { paymentTransactionId: found.t.id, approvalStatus: 'SUCCESS' };
    });
    return sim.ok({ items, size: items.length });
  };
  on('POST', '/payment/v1/payment-transactions/approve', approval('APPROVED'));
  on('POST', '/payment/v1/payment-transactions/disapprove', approval('WAITING_FOR_APPROVAL'));
  on('PUT', '/payment/v1/payment-transactions/{id}', (r) => {
    const found = txById(r.params.id);
    if (!found) throw sim.notFound(`payment transaction ${r.params.id}`);
    const b = sim.body(r);
    if (b.subMerchantId !== undefined) found.t.subMerchantId = Number(b.subMerchantId);
    if (b.subMerchantPrice !== undefined) {
      const k = simKurus(b.subMerchantPrice);
      if (k === undefined || k > found.t.paidPrice) throw sim.validation('subMerchantPrice must be a decimal not above the transaction');
      found.t.subMerchantPrice = k;
    }
    const json = sim.paymentJson(found.p).paymentTransactions as { id: number }[];
    return sim.ok(json.find((x) => x.id === found.t.id));
  });
  on('POST', '/payment/v1/payment-transactions/reorganize', (r) => {
    const b = sim.body(r);
    const p = sim.payment(b.paymentId);
    const items = Array.isArray(b.items) ? (b.items as Record<string, unknown>[]) : [];
    for (const it of items) {
      const t = p.transactions.find((x) => x.id === Number(it.paymentTransactionId));
      if (!t) throw sim.notFound(`payment transaction ${String(it.paymentTransactionId)}`);
      if (it.subMerchantId !== undefined) t.subMerchantId = Number(it.subMerchantId);
      if (typeof it.externalId === 'string') t.externalId = it.externalId;
    }
    return sim.ok({ paymentId: p.id, reorganized: items.length });
  });

  // ---- subscriptions (v1 bare-scalar updates, v2 JSON) ----
  const subs = sim.records.subscriptions;
  const sub = (id: unknown) => {
    const s = subs.get(Number(id));
    if (!s) throw sim.notFound(`subscription ${String(id)}`);
    return s;
  };
  on('GET', '/payment/v1/subscription', (r) => {
    const limit = Number(q(r, 'limit') ?? 10);
    const page = Number(q(r, 'pageNumber') ?? 0);
    return sim.ok([...subs.values()].slice(page * limit, page * limit + limit));
  });
  on('GET', '/payment/v1/subscription/retrieve-subscription-id/{subscriptionId}', (r) => sim.ok(sub(r.params.subscriptionId)));
  on('GET', '/payment/v1/subscription/retrieve-conversation-id/{conversationId}', (r) =>
    sim.ok([...subs.values()].filter((s) => s.conversationId === r.params.conversationId)),
  );
  on('GET', '/payment/v1/subscription/{status}', (r) => sim.ok([...subs.values()].filter((s) => s.status === r.params.status)));
  on('POST', '/payment/v1/subscription/{id}/update-price', (r) => {
    if (typeof r.json !== 'number') throw sim.validation('body must be the new price as a bare number');
    const k = simKurus(r.json);
    if (k === undefined || k <= 0) throw sim.validation('price must be a positive decimal');
    const s = sub(r.params.id);
    s.price = tl(k);
    return sim.ok(s);
  });
  on('POST', '/payment/v1/subscription/{id}/update-status', (r) => {
    const names = ['ACTIVE', 'PASSIVE', 'PENDING'];
    if (typeof r.json !== 'number' || !names[r.json]) throw sim.validation('body must be 0, 1 or 2');
    const s = sub(r.params.id);
    s.status = names[r.json];
    return sim.ok(s);
  });
  on('POST', '/payment/v1/subscription/{id}/update-period-type', (r) => {
    if (typeof r.json !== 'number' && typeof r.json !== 'string') throw sim.validation('body must be a bare period value');
    const s = sub(r.params.id);
    s.periodType = r.json;
    return sim.ok(s);
  });
  on('GET', '/payment/v2/subscription', (r) => sim.page(r, [...subs.values()]));
  on('GET', '/payment/v2/subscription/{id}', (r) => sim.ok(sub(r.params.id)));
  on('PUT', '/payment/v2/subscription/{id}', (r) => {
    const s = sub(r.params.id);
    Object.assign(s, sim.body(r), { id: s.id });
    return sim.ok(s);
  });
  on('POST', '/payment/v2/subscription/renew-subscription', (r) => {
    const s = sub(sim.body(r).subscriptionId);
    s.renewedDate = simDate();
    return sim.ok(s);
  });

  // ---- ÖderoPay-only flows with unpublished bodies: accept, record, answer with realistic ids ----
  on('POST', '/payment/v1/credit-payments/init', (r) => {
    const b = sim.body(r);
    const id = sim.nextId();
    return sim.ok({ paymentId: id, conversationId: b.conversationId, status: 'INIT', redirectUrl: `https://sandbox-credit.oderopay.com.tr/${id}` });
  });
  on('POST', '/payment/v1/credit-payments/preview', (r) => {
    const price = simKurus(sim.body(r).price);
    if (price === undefined) throw sim.validation('price is required');
    return sim.ok({ price: tl(price), loanOptions: [3, 6, 12].map((n) => ({ installmentNumber: n, totalPrice: tl(price + percentOf(price, n * 200)) })) });
  });
  on('POST', '/payment/v1/money-transfers/code', (r) => {
    // MoneyTransferPaymentResult of the official Node client: success is `isSuccess: true`.
    const b = sim.body(r);
    const paymentId = sim.nextId();
    return sim.ok({
      paymentId,
      conversationId: typeof b.conversationId === 'string' ? b.conversationId : null,
      token: simRandomHex(16),
      callbackUrl: typeof b.callbackUrl === 'string' ? b.callbackUrl : null,
      isSuccess: true,
      errorCode: null,
      errorMessage: null,
    });
  });
  const wallets = new Map<string, Record<string, unknown>>();
  on('POST', '/payment/v1/wallet/init', (r) => {
    const b = sim.body(r);
    const orderId = typeof b.orderId === 'string' ? b.orderId : `order-${sim.nextId()}`;
    const rec = { orderId, status: 'WAITING', redirectUrl: `https://sandbox-wallet.oderopay.com.tr/${orderId}` };
    wallets.set(orderId, rec);
    return sim.ok(rec);
  });
  on('GET', '/payment/v1/wallet/status/{orderId}', (r) => {
    const rec = wallets.get(r.params.orderId as string);
    if (!rec) throw sim.notFound(`wallet order ${r.params.orderId}`);
    return sim.ok(rec);
  });
}
