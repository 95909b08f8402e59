import { simRandomHex } from '../frame/crypto.js';
import type { SimReply, SimRequest } from '../frame/http.js';
import { binOf, ODEROPAY_SIM_BINS, ODEROPAY_SIM_INSTALLMENT_RATES } from './cards.js';
import { percentOf, simDate, simKurus, tl } from './money.js';
import { queryList, queryText } from './query.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimRecord } from './state.js';

type Handler = (r: SimRequest) => SimReply | Promise<SimReply>;

/** Stored-card search keys the official clients send (the card's own fields). */
const CARD_FILTERS = ['cardUserKey', 'cardToken', 'cardAlias', 'cardBrand', 'cardType', 'cardBankName', 'cardAssociation'] as const;

/** Registers stored cards, installments, onboarding, links, payment transactions and subscriptions. */
export function registerCatalogRoutes(sim: OderoPaySimulator): void {
  const on = (method: string, path: string, handler: Handler) => sim.route(method, path, (r) => sim.authed(r, () => handler(r)));
  const q = queryText;

  // ---- stored cards ----
  on('GET', '/payment/v1/cards', (r) => {
    const cards = [...sim.storedCards.values()]
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
      })
      .filter((c) => CARD_FILTERS.every((k) => q(r, k) === undefined || String(c[k]) === q(r, k)));
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
      // `subMerchantIds` is a list (repeated or comma-joined); other keys match a field of the record.
      const ids = queryList(r, 'subMerchantIds');
      const filters = [...new Set(r.url.searchParams.keys())].filter((k) => !['page', 'size', 'subMerchantIds'].includes(k) && q(r, k) !== undefined);
      return sim.page(
        r,
        [...store.values()].filter((rec) => (!ids || ids.includes(String(rec.id))) && filters.every((k) => String(rec[k]) === q(r, k))),
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
  // `enabledInstallments` is optional in both official clients.
  crud('/tokenlink/v1/products', sim.records.products, ['name'], (b) => {
    const token = simRandomHex(12);
    return {
      status: b.status ?? 'ACTIVE',
      soldCount: 0,
      token,
      url: `https://sandbox-link.oderopay.com.tr/${token}`,
      qrCodeUrl: `https://sandbox-link.oderopay.com.tr/${token}/qr`,
    };
  });

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
    // The Java client's PaymentTransactionReorganizeResponse: the payment and the lines as re-split.
    return sim.ok({ paymentId: p.id, items });
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
}
