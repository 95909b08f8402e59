import { createHash } from 'node:crypto';
import { PaymentDeclinedError } from '@odeme/core';
import { DECLINE_GROUPS, ODEROPAY_DECLINE_TABLE } from '@odeme/oderopay';
import { ODEROPAY_DECLINES, ODEROPAY_TEST_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { basket, card, creds, setup } from './helpers';

// The simulator answers what ÖderoPay's own clients send as the gateway does: an unsigned `null` body on GET and
// DELETE, list filters as repeated keys, every search filter applied, answers in the official clients' shapes.

const BASE = 'https://sandbox-api-gateway.oderopay.com.tr';

/** A request signed the way ÖderoPay's Node client signs it: the decoded URL, and the body only when there is one. */
function officialRequest(method: string, pathAndQuery: string, body?: string): Request {
  const url = `${BASE}${pathAndQuery}`;
  const rnd = 'Xa15Fp';
  const signed = method === 'GET' || method === 'DELETE' ? '' : (body ?? '');
  const signature = createHash('sha256')
    .update(decodeURIComponent(url) + creds.apiKey + creds.secretKey + rnd + signed, 'utf8')
    .digest('base64');
  const headers = { 'x-api-key': creds.apiKey, 'x-rnd-key': rnd, 'x-auth-version': '1', 'x-signature': signature, 'content-type': 'application/json' };
  // Axios, given `data: null` and a JSON content type, puts the text `null` in the body of every GET and DELETE.
  return new Request(url, { method, headers, body: method === 'GET' ? undefined : (body ?? 'null') });
}

describe('simulator: as tolerant as the gateway', () => {
  it("the Node client's deleteStoredCard (DELETE with an unsigned `null` body) deletes the card, no 401", async () => {
    const { sim, odero } = setup();
    const p = await odero.payments.create({ ...basket(), card: { ...card(), storeCardAfterSuccessPayment: true } });
    const key = p.cardUserKey as string;
    const token = p.cardToken as string;
    const res = await sim.fetch(officialRequest('DELETE', `/payment/v1/cards?cardUserKey=${key}&cardToken=${token}`));
    expect(res.status).toBe(204);
    expect(sim.requests.at(-1)?.body).toBe('null');
    expect(sim.storedCards.size).toBe(0);
    // A POST body is still signed: the same trick on a POST is refused.
    const forged = officialRequest('POST', '/payment/v1/card-payments/3ds-complete', '{"paymentId":1}');
    const tampered = new Request(forged.url, { method: 'POST', headers: forged.headers, body: '{"paymentId":2}' });
    expect((await sim.fetch(tampered)).status).toBe(401);
  });

  it('repeated query keys (paymentIds=1&paymentIds=2) and comma-joined lists read alike', async () => {
    const { sim, odero } = setup();
    const a = await odero.payments.create({ ...basket(), card: card() });
    const b = await odero.payments.create({ ...basket(), card: card() });
    await odero.payments.create({ ...basket(), card: card() });
    const repeated = await sim.fetch(officialRequest('GET', `/payment-reporting/v1/payments?paymentIds=${a.id}&paymentIds=${b.id}`));
    const ids = ((await repeated.json()) as { data: { items: { id: number }[] } }).data.items.map((x) => x.id);
    expect(ids.sort()).toEqual([a.id, b.id].sort());
    expect((await odero.reporting.searchPayments({ paymentIds: [a.id, b.id] })).items.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(new URL(sim.requests.at(-1)?.url ?? '').searchParams.get('paymentIds')).toBe(`${a.id},${b.id}`);
  });

  it('every payment search filter of the official clients is applied', async () => {
    const { odero } = setup();
    const seller = await odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Usta Ahşap' });
    const plain = await odero.payments.create({ ...basket(), conversationId: 'o-plain', card: card() });
    const market = await odero.payments.create({
      ...basket(),
      conversationId: 'o-market',
      paidPrice: '160.00',
      installment: 3,
      card: card(ODEROPAY_TEST_CARDS.successDebit),
      items: [
        { name: 'Masa', price: '100.25', externalId: 'sku-masa', subMerchantId: seller.id, subMerchantPrice: '90' },
        { name: 'Kargo', price: '50.25', externalId: 'sku-kargo' },
      ],
    });
    const only = async (filter: Parameters<typeof odero.reporting.searchPayments>[0]) => (await odero.reporting.searchPayments(filter)).items.map((x) => x.id);
    const tx = market.paymentTransactions?.[0]?.id as number;
    expect(await only({ paymentTxIds: [tx] })).toEqual([market.id]);
    expect(await only({ paymentTransactionIds: [tx] })).toEqual([market.id]);
    expect(await only({ subMerchantIds: [seller.id] })).toEqual([market.id]);
    expect(await only({ itemExternalIds: ['sku-kargo'] })).toEqual([market.id]);
    expect(await only({ binNumber: '552879' })).toEqual([plain.id]);
    expect(await only({ lastFourDigits: '0001' })).toEqual([market.id]);
    expect(await only({ installment: 3 })).toEqual([market.id]);
    expect(await only({ minPaidPrice: '155' })).toEqual([market.id]);
    expect(await only({ maxPaidPrice: '155' })).toEqual([plain.id]);
    expect(await only({ minPrice: '150.50', maxPrice: '150.50' })).toHaveLength(2);
    expect(await only({ isThreeDS: true })).toEqual([]);
    expect(await only({ connectorType: 'TOKENGATE' })).toEqual([]);
    expect(await only({ currency: 'USD' })).toEqual([]);
    expect(await only({ paymentStatus: 'SUCCESS', conversationId: 'o-plain' })).toEqual([plain.id]);
  });

  it('reporting lines carry price, paidPrice, payout, commissions and refunds (PaymentTransactionDetail)', async () => {
    const { odero } = setup();
    const p = await odero.payments.create({ ...basket(), paidPrice: '160.00', card: card() });
    const line = p.paymentTransactions?.[0];
    await odero.refunds.createTransaction({ paymentTransactionId: line?.id as number, refundPrice: '10.00', conversationId: 'r-1' });
    const detail = await odero.reporting.retrievePayment({ id: p.id });
    const reported = detail.paymentTransactions?.[0];
    expect(reported).toMatchObject({ id: line?.id, price: line?.price, paidPrice: line?.paidPrice, externalId: 'sku-1' });
    expect(reported?.payout).toMatchObject({ currency: 'TRY', paidPrice: line?.paidPrice });
    expect(reported?.paymentTransactionCard?.pfCommissionRateAmount).toBeTypeOf('number');
    expect(reported?.paymentTransactionRefunds?.[0]).toMatchObject({ refundPrice: 10, refundStatus: 'SUCCESS', conversationId: 'r-1' });
    await odero.refunds.create({ paymentId: p.id });
    const after = await odero.reporting.retrievePayment({ id: p.id });
    expect(after.paymentRefunds?.[0]).toMatchObject({ refundStatus: 'SUCCESS', refundDestinationType: 'CARD', paymentType: 'CARD_PAYMENT' });
  });

  it('stored-card, link and sub-merchant searches apply their filters; subMerchantIds is a list', async () => {
    const { odero } = setup();
    await odero.payments.create({ ...basket(), card: { ...card(), storeCardAfterSuccessPayment: true } });
    await odero.payments.create({ ...basket(), card: { ...card(ODEROPAY_TEST_CARDS.successDebit), storeCardAfterSuccessPayment: true } });
    expect((await odero.cards.search({ cardType: 'DEBIT_CARD' })).items.map((c) => c.binNumber)).toEqual(['476662']);
    expect((await odero.cards.search({ cardAssociation: 'MASTER_CARD', cardBankName: 'Halkbank' })).items).toHaveLength(1);
    const a = await odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Ayşe Seramik' });
    const b = await odero.onboarding.createSubMerchant({ subMerchantType: 'PRIVATE_COMPANY', name: 'Bora Tekstil' });
    await odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Cem Kitap' });
    expect((await odero.onboarding.searchSubMerchants({ subMerchantIds: [a.id, b.id] })).items.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect((await odero.onboarding.searchSubMerchants({ subMerchantIds: [a.id, b.id], subMerchantType: 'PERSONAL' })).items.map((s) => s.id)).toEqual([a.id]);
    await odero.payByLink.create({ name: 'Kupa', price: '10' });
    const passive = await odero.payByLink.create({ name: 'Tabak', price: '20' });
    await odero.payByLink.update({ id: passive.id, name: 'Tabak', status: 'PASSIVE' });
    expect((await odero.payByLink.search({ status: 'PASSIVE' })).items.map((l) => l.id)).toEqual([passive.id]);
  });

  it('checkout takes buyerType as a number (the Java client sends an Integer)', async () => {
    const { sim, odero } = setup();
    const { items, ...rest } = basket();
    await odero.checkout.init({ ...rest, items, callbackUrl: 'https://shop.example/cb', buyerType: 2 });
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}').buyerType).toBe(2);
    await odero.checkout.init({ ...rest, items, callbackUrl: 'https://shop.example/cb', buyerType: '1' });
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}').buyerType).toBe(1);
    await expect(odero.checkout.init({ ...rest, items, callbackUrl: 'https://shop.example/cb', buyerType: 'bireysel' })).rejects.toMatchObject({
      fields: ['buyerType'],
    });
  });
});

describe('simulator: a test card for every payment error group ÖderoPay documents', () => {
  const groups = Object.values(ODEROPAY_DECLINES).map((d) => d.errorGroup);

  it('covers the payment groups of the error-code page (PICKUP_CARD is named only in the security notes; UNKNOWN is a refund)', () => {
    expect(new Set(groups)).toEqual(new Set(DECLINE_GROUPS.filter((g) => g !== 'PICKUP_CARD' && g !== 'UNKNOWN')));
    expect(groups).toHaveLength(11);
  });

  it("each card is declined with its code, group and the group's reason, directly and at 3DS complete", async () => {
    const { sim, odero } = setup();
    for (const [number, d] of Object.entries(ODEROPAY_DECLINES)) {
      const reason = ODEROPAY_DECLINE_TABLE[d.errorGroup]?.reason;
      expect(reason, d.errorGroup).toBeDefined();
      const err = await odero.payments.create({ ...basket(), card: card(number) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      expect(err).toMatchObject({ providerCode: d.errorCode, group: d.errorGroup, reason, outcome: 'rejected' });
      const init = await odero.threeDS.init({ ...basket(), card: card(number), callbackUrl: 'https://shop.example/3ds' });
      expect(init.htmlContent).toBeTruthy();
      sim.simulateBankCallback();
      const done = await odero.threeDS.complete({ paymentId: [...sim.threeDSSessions.keys()].at(-1) as number }).catch((e: unknown) => e);
      expect(done).toMatchObject({ group: d.errorGroup, reason });
    }
  });
});
