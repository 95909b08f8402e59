import type { SimRequest } from '../frame/http.js';
import { ODEROPAY_SIM_ERRORS } from './errors.js';
import { simDate, simKurus, tl } from './money.js';
import { queryText } from './query.js';
import { MERCHANT_ACCOUNT_ID } from './reporting.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimRecord } from './state.js';

// Money between the merchant and its sub-merchants. Answers carry the official clients' CrossBookingTransactionResponse
// fields (id, price, createdDate, transactionStatus); the search applies every filter of their search request.

const SEARCH_KEYS = ['sourceMerchantId', 'sourceMerchantType', 'destinationMerchantId', 'destinationMerchantType', 'transactionStatus'] as const;

const answer = (rec: OderoPaySimRecord) => ({ id: rec.id, price: rec.price, createdDate: rec.createdDate, transactionStatus: rec.transactionStatus });

/** Registers receive, send, cancel and search of cross-bookings. */
export function registerCrossBookingRoutes(sim: OderoPaySimulator): void {
  const on = (method: string, path: string, handler: (r: SimRequest) => ReturnType<OderoPaySimulator['ok']>) =>
    sim.route(method, path, (r) => sim.authed(r, () => handler(r)));
  const store = sim.records.crossBookings;

  // receive: the sub-merchant pays the merchant; send: the merchant pays the sub-merchant.
  const booking = (direction: 'RECEIVE' | 'SEND') => (r: SimRequest) => {
    const b = sim.body(r);
    const price = simKurus(b.price);
    if (price === undefined || price <= 0) throw sim.validation('price must be a positive decimal');
    if (typeof b.currency !== 'string' || b.currency === '') throw sim.validation('currency is required');
    if (b.reason !== undefined && typeof b.reason !== 'string') throw sim.validation('reason must be text');
    const subMerchantId = Number(b.subMerchantId);
    if (b.subMerchantId === undefined || !sim.records.subMerchants.has(subMerchantId)) throw sim.notFound(`sub-merchant ${String(b.subMerchantId)}`);
    const merchant = { id: MERCHANT_ACCOUNT_ID, type: 'MERCHANT' };
    const subMerchant = { id: subMerchantId, type: 'SUB_MERCHANT' };
    const [source, destination] = direction === 'RECEIVE' ? [subMerchant, merchant] : [merchant, subMerchant];
    const id = sim.nextId();
    const rec: OderoPaySimRecord = {
      id,
      direction,
      reason: b.reason,
      price: tl(price),
      currency: b.currency,
      subMerchantId,
      sourceMerchantId: source.id,
      sourceMerchantType: source.type,
      destinationMerchantId: destination.id,
      destinationMerchantType: destination.type,
      transactionStatus: 'WAITING_FOR_PAYOUT',
      createdDate: simDate(),
    };
    store.set(id, rec);
    return sim.ok(answer(rec));
  };
  on('POST', '/payment/v1/cross-bookings/receive', booking('RECEIVE'));
  on('POST', '/payment/v1/cross-bookings/send', booking('SEND'));
  on('POST', '/payment/v1/cross-bookings/cancel', (r) => {
    // Both official clients send `{ crossBookingId }`.
    const rec = store.get(Number(sim.body(r).crossBookingId));
    if (!rec) throw sim.notFound('cross-booking');
    if (rec.transactionStatus !== 'WAITING_FOR_PAYOUT')
      throw sim.fail(400, ODEROPAY_SIM_ERRORS.invalidState, `cross-booking is ${String(rec.transactionStatus)}`);
    rec.transactionStatus = 'CANCELLED';
    return sim.ok(answer(rec));
  });
  on('GET', '/payment/v1/cross-bookings', (r) => {
    const wanted = SEARCH_KEYS.map((k) => [k, queryText(r, k)] as const).filter(([, v]) => v !== undefined);
    const rows = [...store.values()].filter((rec) => wanted.every(([k, v]) => String(rec[k]) === v)).sort((a, b) => b.id - a.id);
    return sim.page(r, rows.map(answer));
  });
}
