import { PaymentDeclinedError, ProviderError, sumKurus, toKurus } from '@odeme/core';
import { decodeThreeDSHtml, readThreeDSCallback } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { basket, card, setup } from './helpers';

describe('flows through the simulator', () => {
  it('card payment: basket lines come back with exact shares of paidPrice', async () => {
    const { odero, sim } = setup();
    const p = await odero.payments.create({ ...basket(), paidPrice: '160.00', installment: 3, card: card() });
    expect(p.paymentStatus).toBe('SUCCESS');
    expect(p.binNumber).toBe('552879');
    expect(p.lastFourDigits).toBe('0008');
    expect(sumKurus((p.paymentTransactions ?? []).map((t) => toKurus(t.paidPrice)))).toBe(16000);
    expect(toKurus(p.merchantCommissionRateAmount ?? Number.NaN)).toBe(toKurus(p.paidPrice) - toKurus(p.price));
    expect((await odero.payments.retrieve({ id: p.id })).id).toBe(p.id);
    expect(sim.count('POST', '/payment/v1/card-payments')).toBe(1);
  });

  it('declines: 10051 NOT_SUFFICIENT_FUNDS and 10005 DO_NOT_HONOUR are PaymentDeclinedError with the group', async () => {
    const { odero } = setup();
    for (const [n, code, group] of [
      [ODEROPAY_TEST_CARDS.insufficientFunds, '10051', 'NOT_SUFFICIENT_FUNDS'],
      [ODEROPAY_TEST_CARDS.doNotHonour, '10005', 'DO_NOT_HONOUR'],
    ] as const) {
      const err = await odero.payments.create({ ...basket(), card: card(n) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      expect(err).toMatchObject({ providerCode: code, group, status: 422 });
    }
  });

  it('declines arriving with HTTP 200 are still errors', async () => {
    const { odero } = setup({ errorsWithHttp200: true });
    const err = await odero.payments.create({ ...basket(), card: card(ODEROPAY_TEST_CARDS.doNotHonour) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ group: 'DO_NOT_HONOUR', status: 200 });
  });

  it('3DS round trip: init → decoded bank page → bank callback → parsed → complete', async () => {
    const { odero, sim } = setup();
    const init = await odero.threeDS.init({ ...basket(), card: card(), callbackUrl: 'https://shop.example/odero/3ds' });
    const html = decodeThreeDSHtml(init);
    // The bank's page, on the provider's origin (the simulator's, as the client reached it), with a visible button.
    expect(html).toMatch(/action="https:\/\/sandbox-api-gateway\.oderopay\.com\.tr\/sim\/oderopay\/3ds\/\d+"/);
    expect(html).toContain('yönlendiriliyorsunuz');
    expect(html).toContain('<button type="submit">');
    expect(html).not.toContain('<script');
    const callback = sim.simulateBankCallback();
    const parsed = await readThreeDSCallback(callback.request);
    expect(parsed.status).toBe('SUCCESS');
    expect(parsed.conversationId).toBe('order-1001');
    expect(parsed.fields.mdStatus).toBe('1');
    const done = await odero.threeDS.complete({ paymentId: parsed.paymentId as string });
    expect(done).toMatchObject({ paymentStatus: 'SUCCESS', isThreeDS: true, id: Number(parsed.paymentId) });
    await expect(odero.threeDS.complete({ paymentId: done.id })).rejects.toBeInstanceOf(ProviderError);
  });

  it('3DS: completing before the bank step fails; a failed bank step declines', async () => {
    const { odero, sim } = setup();
    await odero.threeDS.init({ ...basket(), card: card(ODEROPAY_TEST_CARDS.threeDSFailure), callbackUrl: 'https://shop.example/cb' });
    const pending = [...sim.threeDSSessions.values()][0];
    await expect(odero.threeDS.complete({ paymentId: pending?.paymentId as number })).rejects.toMatchObject({ providerCode: '4' });
    const cb = sim.simulateBankCallback();
    expect(cb.fields.status).toBe('FAILURE');
    await expect(odero.threeDS.complete({ paymentId: cb.fields.paymentId as string })).rejects.toBeInstanceOf(PaymentDeclinedError);
  });

  it('pre-auth then post-auth for a smaller amount', async () => {
    const { odero } = setup();
    const pre = await odero.payments.create({ ...basket(), paymentPhase: 'PRE_AUTH', card: card() });
    expect(pre.paymentPhase).toBe('PRE_AUTH');
    await expect(odero.refunds.create({ paymentId: pre.id })).rejects.toBeInstanceOf(ProviderError);
    const post = await odero.payments.postAuth({ paymentId: pre.id, paidPrice: '120.00' });
    expect(post).toMatchObject({ paymentPhase: 'POST_AUTH', paidPrice: 120 });
    await expect(odero.payments.postAuth({ paymentId: pre.id })).rejects.toBeInstanceOf(ProviderError);
  });

  it('multi-card: two pre-auth legs closed together', async () => {
    const { odero } = setup();
    const leg = (n: number, cardNumber: string, amount: string) =>
      odero.payments.create({
        ...basket(),
        conversationId: 'multi-1',
        paidPrice: amount,
        paymentPhase: 'PRE_AUTH',
        paymentType: 'MULTI_CARD_PAYMENT',
        paymentOrder: n,
        card: card(cardNumber),
      });
    const a = await leg(1, ODEROPAY_TEST_CARDS.success, '100.50');
    const b = await leg(2, ODEROPAY_TEST_CARDS.successDebit, '50.00');
    await expect(odero.payments.multiCardPostAuth({ conversationId: 'multi-1', paidPrice: '150.49' })).rejects.toBeInstanceOf(ProviderError);
    const done = await odero.payments.multiCardPostAuth({ conversationId: 'multi-1', paidPrice: '150.50' });
    expect(done).toMatchObject({ paymentMultiCardStatus: 'SUCCESS', multiPayment: true, paymentIdList: [a.id, b.id] });
  });

  it('partial refund, then a refund beyond the remainder is rejected; totals stay bounded', async () => {
    const { odero, sim } = setup();
    const p = await odero.payments.create({ ...basket(), card: card() });
    const line = p.paymentTransactions?.[0];
    const r1 = await odero.refunds.createTransaction({ paymentTransactionId: line?.id as number, refundPrice: '60.25' });
    expect(r1).toMatchObject({ status: 'SUCCESS', refundPrice: 60.25 });
    await expect(odero.refunds.createTransaction({ paymentTransactionId: line?.id as number, refundPrice: '40.01' })).rejects.toMatchObject({
      providerCode: '5',
    });
    const r2 = await odero.refunds.createTransaction({ paymentTransactionId: line?.id as number });
    expect(r2.refundPrice).toBe(40);
    await expect(odero.refunds.createByPaymentId({ paymentId: p.id, refundPrice: '50.26' })).rejects.toBeInstanceOf(ProviderError);
    const rest = await odero.refunds.create({ paymentId: p.id });
    expect(rest).toMatchObject({ refundType: 'REFUND', refundPrice: 50.25 });
    // The simulator sends `paymentTxRefunds`; the client also offers it as `paymentTransactionRefunds`.
    expect(rest.paymentTransactionRefunds).toHaveLength(1);
    await expect(odero.refunds.create({ paymentId: p.id })).rejects.toBeInstanceOf(ProviderError);
    const total = [...sim.refunds.values()].filter((x) => x.kind === 'transaction').reduce((s, x) => s + x.refundPrice, 0);
    expect(total).toBe(15050);
    const found = await odero.refunds.searchTransactions({ paymentId: p.id });
    expect(found.totalSize).toBe(3);
    expect((await odero.refunds.retrieveTransaction({ id: r1.id })).id).toBe(r1.id);
  });

  it('a same-day full refund with nothing refunded before is a CANCEL', async () => {
    const { odero } = setup({ refundListField: 'paymentTransactionRefunds' });
    const p = await odero.payments.create({ ...basket(), card: card() });
    const r = await odero.refunds.create({ paymentId: p.id, conversationId: 'c-1' });
    expect(r).toMatchObject({ refundType: 'CANCEL', refundPrice: 150.5 });
    expect(r.paymentTransactionRefunds).toHaveLength(2);
    expect((await odero.refunds.retrieve({ id: r.id as number })).refundType).toBe('CANCEL');
  });

  it('stored card: store after payment, pay with it, list it, delete it', async () => {
    const { odero } = setup();
    const first = await odero.payments.create({ ...basket(), card: { ...card(), storeCardAfterSuccessPayment: true, cardAlias: 'İş kartım' } });
    expect(first.cardUserKey).toHaveLength(36);
    const stored = { cardUserKey: first.cardUserKey as string, cardToken: first.cardToken as string };
    const second = await odero.payments.create({ ...basket(), card: stored });
    expect(second.paidWithStoredCard).toBe(true);
    const list = await odero.cards.search({ cardUserKey: stored.cardUserKey });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ cardAlias: 'İş kartım', lastFourDigits: '0008', cardAssociation: 'MASTER_CARD' });
    await odero.cards.delete(stored);
    expect((await odero.cards.search({ cardUserKey: stored.cardUserKey })).items).toHaveLength(0);
    await expect(odero.payments.create({ ...basket(), card: stored })).rejects.toBeInstanceOf(ProviderError);
  });

  it('BIN lookup and installments by BIN', async () => {
    const { odero } = setup();
    expect(await odero.installments.retrieveBin({ binNumber: '552879' })).toMatchObject({
      cardType: 'CREDIT_CARD',
      cardAssociation: 'MASTER_CARD',
      bankName: 'Halkbank',
    });
    const inst = await odero.installments.search({ binNumber: '552879', price: '100.00', currency: 'TRY' });
    expect(inst.items).toHaveLength(1);
    expect(inst.items[0]?.installmentPrices.map((i) => i.installmentNumber)).toEqual([1, 2, 3, 6, 9, 12]);
    const debit = await odero.installments.search({ binNumber: '476662', price: 100, currency: 'TRY' });
    expect(debit.items[0]?.installmentPrices).toHaveLength(1);
    await expect(odero.installments.retrieveBin({ binNumber: '123456' })).rejects.toMatchObject({ status: 404 });
  });

  it('paginated payment search', async () => {
    const { odero } = setup();
    for (let i = 0; i < 5; i++) await odero.payments.create({ ...basket(), conversationId: `o-${i}`, card: card() });
    const page0 = await odero.reporting.searchPayments({ page: 0, size: 2, currency: 'TRY' });
    const page2 = await odero.reporting.searchPayments({ page: 2, size: 2 });
    expect(page0).toMatchObject({ totalSize: 5, size: 2, page: 0 });
    expect(page0.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    const one = await odero.reporting.searchPayments({ conversationId: 'o-3' });
    expect(one.items).toHaveLength(1);
    const detail = await odero.reporting.retrievePayment({ id: one.items[0]?.id as number });
    expect(detail.paymentCard?.lastFourDigits).toBe('0008');
  });

  it('checkout: init, customer pays on the page, retrieve by token', async () => {
    const { odero, sim } = setup();
    const { token, pageUrl } = await odero.checkout.init({ ...basket(), callbackUrl: 'https://shop.example/checkout-done' });
    expect(pageUrl).toContain(token);
    await expect(odero.checkout.retrieve({ token })).rejects.toBeInstanceOf(ProviderError);
    sim.simulateCheckoutPayment(token);
    expect(await odero.checkout.retrieve({ token })).toMatchObject({ paymentStatus: 'SUCCESS', price: 150.5 });
  });

  it('the simulator rejects a wrong signature with its own check', async () => {
    const { odero } = setup({}, { secretKey: 'a-different-secret' });
    await expect(odero.installments.retrieveBin({ binNumber: '552879' })).rejects.toMatchObject({ status: 401, providerCode: '1' });
  });

  it('a required merchantId header is checked', async () => {
    const bad = setup({ merchantId: 'm-1' });
    await expect(bad.odero.installments.retrieveBin({ binNumber: '552879' })).rejects.toMatchObject({ status: 401 });
    const good = setup({ merchantId: 'm-1' }, { merchantId: 'm-1' });
    await expect(good.odero.installments.retrieveBin({ binNumber: '552879' })).resolves.toMatchObject({ binNumber: '552879' });
  });

  it('reads retry through a simulated 503 and a dropped connection; payments do not', async () => {
    const { odero, sim } = setup();
    sim.injectFault({ kind: 'status', status: 503 }, { match: (m) => m === 'GET' });
    sim.injectFault({ kind: 'reset' }, { match: (m) => m === 'GET' });
    await expect(odero.installments.retrieveBin({ binNumber: '552879' })).resolves.toMatchObject({ binNumber: '552879' });
    expect(sim.count('GET')).toBe(3);
    sim.injectFault({ kind: 'drop-response' });
    await expect(odero.payments.create({ ...basket(), card: card() })).rejects.toMatchObject({ code: 'network_error' });
    expect(sim.count('POST')).toBe(1);
    expect(sim.payments.size).toBe(1);
  });
});
