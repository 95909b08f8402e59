import { isOdemeError, type OperationInput, ValidationError } from '@odeme/core';
import { allOperations, createOderoPayTransport } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import { KNOWN_WIRE_DIFFERENCES } from './differences.js';
import { OFFICIAL_CALLS, type OfficialCall } from './fixtures/oderopay-official.js';
import { compareBody, compareQuery, fieldPaths, type WireDifference } from './wire-compare.js';

// Every official ÖderoPay request, sent through our client with the same values: what goes on the wire must carry the
// official client's fields, under the same names, nesting, JSON types and values. What differs is listed, with its
// reason, in `differences.ts`; anything else fails.

/** Our operation for each official method. */
const OURS: Record<string, string> = {
  'payment.createPayment': 'payments.create',
  'payment.retrievePaymentDetail': 'reporting.retrievePayment',
  'payment.retrievePayment': 'payments.retrieve',
  'payment.searchPayments': 'reporting.searchPayments',
  'payment.approvePaymentTransactions': 'paymentTransactions.approve',
  'payment.disapprovePaymentTransactions': 'paymentTransactions.disapprove',
  'payment.updatePaymentTransaction': 'paymentTransactions.update',
  'payment.reorganizePaymentTransactions': 'paymentTransactions.reorganize',
  'payment.init3DSPayment': 'threeDS.init',
  'payment.complete3DSPayment': 'threeDS.complete',
  'payment.initCheckoutPayment': 'checkout.init',
  'payment.initCreditPayment': 'creditPayments.init',
  'payment.createCreditPayment': 'creditPayments.init',
  'payment.previewCreditPayment': 'creditPayments.preview',
  'payment.retrieveCheckoutPayment': 'checkout.retrieve',
  'payment.refundPaymentTransaction': 'refunds.createTransaction',
  'payment.retrievePaymentTransactionRefund': 'refunds.retrieveTransaction',
  'payment.searchPaymentTransactionRefunds': 'refunds.searchTransactions',
  'payment.refundPayment': 'refunds.create',
  'payment.retrievePaymentRefund': 'refunds.retrieve',
  'payment.receiveMoney': 'crossBookings.receive',
  'payment.sendMoney': 'crossBookings.send',
  'payment.cancelCrossBooking': 'crossBookings.cancel',
  'payment.searchCrossBookings': 'crossBookings.search',
  'payment.deleteStoredCard': 'cards.delete',
  'payment.searchStoredCards': 'cards.search',
  'payment.postAuthPayment': 'payments.postAuth',
  'payment.multiCardPostAuthPayment': 'payments.multiCardPostAuth',
  'payment.moneyTransferPayment': 'moneyTransfers.createCode',
  'payment.initWalletPayment': 'walletPayments.init',
  'payment.inquireWalletPayment': 'walletPayments.status',
  'installment.searchInstallments': 'installments.search',
  'installment.retrieveInstallments': 'installments.retrieve',
  'installment.retrieveBinNumber': 'installments.retrieveBin',
  'link.createLink': 'payByLink.create',
  'link.updateLink': 'payByLink.update',
  'link.retrieveLink': 'payByLink.retrieve',
  'link.searchLinks': 'payByLink.search',
  'onboarding.createSubMerchant': 'onboarding.createSubMerchant',
  'onboarding.updateSubMerchant': 'onboarding.updateSubMerchant',
  'onboarding.retrieveSubMerchant': 'onboarding.retrieveSubMerchant',
  'onboarding.searchSubMerchants': 'onboarding.searchSubMerchants',
  'onboarding.createBuyer': 'onboarding.createBuyer',
  'onboarding.updateBuyer': 'onboarding.updateBuyer',
  'onboarding.retrieveBuyer': 'onboarding.retrieveBuyer',
  'onboarding.searchBuyers': 'onboarding.searchBuyers',
  'settlementReporting.searchBouncedSubMerchantRows': 'settlementReporting.searchBouncedSubMerchantRows',
  'settlementReporting.searchPayoutCompletedTransactions': 'settlementReporting.searchPayoutCompletedTransactions',
};

/** What our client needs beyond the official fields, where it asks for more (each is also a listed difference). */
const ADDED: Record<string, Record<string, unknown>> = {
  'payment.initCheckoutPayment(node)': { callbackUrl: 'https://shop.example/checkout' },
};

const rows = new Map(allOperations().map((o) => [o.id, o]));

/** `{name}` values of our row's path, read from the official example path. */
function pathParams(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_m, n: string) => {
    names.push(n);
    return '([^/]+)';
  });
  const m = new RegExp(`^${pattern}/?$`).exec(path);
  return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] as string)])) : undefined;
}

interface Sent {
  method: string;
  url: URL;
  body: string;
}

async function send(call: OfficialCall): Promise<{ sent: Sent[]; error: unknown }> {
  const sent: Sent[] = [];
  const transport = createOderoPayTransport({
    apiKey: 'golden-api-key',
    secretKey: 'golden-secret-key',
    baseUrl: 'https://sandbox-api-gateway.oderopay.com.tr',
    logLevel: 'off',
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, url: new URL(request.url), body: await request.text() });
      return new Response(JSON.stringify({ data: {} }), { headers: { 'content-type': 'application/json' } });
    },
  });
  const key = `${call.name}(${call.source})`;
  const op = rows.get(OURS[call.name] as string);
  if (!op) throw new Error(`${key}: no operation of ours is mapped`);
  const params = pathParams(op.path, call.path.split('?')[0] as string) ?? {};
  const input = { ...params, ...(call.body ?? call.query ?? {}), ...ADDED[key] };
  const error = await transport.call(op, input as OperationInput<typeof op>).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { sent, error };
}

function differences(call: OfficialCall, sent: Sent): WireDifference[] {
  const out: WireDifference[] = [];
  if (sent.method !== call.method) out.push({ kind: 'method', field: '' });
  if (sent.url.pathname !== call.path) out.push({ kind: 'path', field: '' });
  if (call.untyped) return out;
  if (call.query) out.push(...compareQuery(call.query, sent.url.searchParams));
  else if (sent.url.search !== '') out.push({ kind: 'extra', field: 'query' });
  if (call.body) out.push(...compareBody(call.body, JSON.parse(sent.body || 'null')));
  else if (sent.body !== '') out.push({ kind: 'extra', field: 'body' });
  return out;
}

describe('conformance: golden wire fixtures of the official ÖderoPay clients', () => {
  it('the comparison itself sees a missing, extra or changed field, a list and a date', () => {
    const golden = { a: 1, card: { n: '4' }, items: [{ p: 1.5 }], at: new Date('2026-03-01T11:00:00Z') };
    expect(compareBody(golden, { a: 1, card: { n: '4' }, items: [{ p: 1.5 }], at: '2026-03-01T14:00:00' })).toEqual([]);
    expect(compareBody(golden, { a: '1', card: {}, items: [{ p: 1.5, q: 1 }], at: '2026-03-01T11:00:00', z: 0 })).toEqual([
      { kind: 'value', field: 'a' },
      { kind: 'missing', field: 'card.n' },
      { kind: 'extra', field: 'items.0.q' },
      { kind: 'value', field: 'at' },
      { kind: 'extra', field: 'z' },
    ]);
    const query = { ids: [1, 2], at: new Date('2026-03-01T11:00:00Z') };
    expect(compareQuery(query, new URLSearchParams('ids=1&ids=2&at=2026-03-01T11:00:00.000Z'))).toEqual([]);
    expect(compareQuery(query, new URLSearchParams('ids=1,2&at=2026-03-01T14:00:00'))).toEqual([]);
    expect(compareQuery(query, new URLSearchParams('ids=2,1&at=2026-03-01T11:00:00&x=1'))).toEqual([
      { kind: 'value', field: 'query.ids' },
      { kind: 'value', field: 'query.at' },
      { kind: 'extra', field: 'query.x' },
    ]);
  });

  it('maps every official operation to one of ours (45 of the Node client, and the Java-only ones)', () => {
    const node = new Set(OFFICIAL_CALLS.filter((c) => c.source === 'node').map((c) => c.name));
    expect(node.size).toBe(45);
    for (const c of OFFICIAL_CALLS) expect(rows.has(OURS[c.name] as string), c.name).toBe(true);
  });

  it('our client puts every official field on the wire with the same name, nesting, type and value', async () => {
    const found: string[] = [];
    let fields = 0;
    for (const call of OFFICIAL_CALLS) {
      const key = `${call.name}(${call.source})`;
      const { sent, error } = await send(call);
      if (error instanceof ValidationError) throw new Error(`${key}: our client refused the official request: ${error.message}`);
      if (error !== undefined && !isOdemeError(error)) throw error;
      expect(sent, key).toHaveLength(1);
      fields += call.untyped ? 0 : fieldPaths({ ...call.query, ...call.body }).length;
      for (const d of differences(call, sent[0] as Sent)) found.push(`${key} ${d.kind} ${d.field}`.trim());
    }
    expect(found.sort()).toEqual(Object.keys(KNOWN_WIRE_DIFFERENCES).sort());
    expect(fields).toBeGreaterThan(300);
    console.log(`[conformance] golden wire: ${OFFICIAL_CALLS.length} official requests, ${fields} fields compared, ${found.length} listed differences`);
  });
});
