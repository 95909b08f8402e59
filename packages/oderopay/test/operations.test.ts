import * as oderopay from '@odeme/oderopay';
import { allOperations } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import { basket, card, setup } from './helpers';

describe('operation table', () => {
  it('has every A.6 operation once: 60 rows, unique ids and method+path pairs', () => {
    const ops = allOperations();
    expect(ops).toHaveLength(60);
    expect(new Set(ops.map((o) => o.id)).size).toBe(60);
    expect(new Set(ops.map((o) => `${o.method} ${o.path}`)).size).toBe(60);
  });

  it('exports every row alone, named by its id without the dots, as the same object the client binds', () => {
    const exported = oderopay as unknown as Record<string, unknown>;
    for (const op of allOperations()) {
      const name = op.id.replace(/\.(\w)/g, (_m, c: string) => c.toUpperCase());
      expect(exported[name], op.id).toBe(op);
    }
    expect(oderopay.paymentsCreate.path).toBe('/payment/v1/card-payments');
    expect(oderopay.threeDSInit.id).toBe('threeDS.init');
  });

  it('only reads retry: every write is marked to be sent once', () => {
    const retried = allOperations().filter((o) => o.retryable ?? !o.movesMoney);
    for (const o of retried) expect(o.method === 'GET' || ['installments.retrieve', 'creditPayments.preview'].includes(o.id), o.id).toBe(true);
    for (const o of allOperations().filter((x) => x.method === 'GET')) expect(o.movesMoney, o.id).toBe(false);
    // Records that change state without moving money (cards, buyers, links) are sent once but not labelled as money.
    for (const id of ['onboarding.createBuyer', 'cards.delete', 'payByLink.create']) {
      const o = allOperations().find((x) => x.id === id);
      expect([o?.movesMoney, o?.retryable], id).toEqual([false, false]);
    }
  });

  it('every resource works against the simulator', async () => {
    const { odero, sim } = setup();
    const buyer = await odero.onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz', email: 'ayse@example.com', buyerExternalId: 'b-1' });
    expect((await odero.onboarding.retrieveBuyer({ id: buyer.id })).name).toBe('Ayşe');
    expect((await odero.onboarding.updateBuyer({ id: buyer.id, name: 'Ayşe', surname: 'Kaya' })).surname).toBe('Kaya');
    expect((await odero.onboarding.searchBuyers({ surname: 'Kaya' })).totalSize).toBe(1);

    const seller = await odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Usta Ahşap', iban: 'TR33 0006 1005 1978 6457 8413 26' });
    expect((await odero.onboarding.retrieveSubMerchant({ id: seller.id })).name).toBe('Usta Ahşap');
    expect((await odero.onboarding.updateSubMerchant({ id: seller.id, name: 'Usta Ahşap Ltd' })).name).toBe('Usta Ahşap Ltd');
    expect((await odero.onboarding.searchSubMerchants()).items).toHaveLength(1);

    const p = await odero.payments.create({
      ...basket(),
      buyerId: buyer.id,
      card: card(),
      plan: { price: '49.90', periodType: 30, paymentCount: 12 },
      items: [
        { name: 'Masa', price: '100.25', subMerchantId: seller.id, subMerchantPrice: '90.00' },
        { name: 'Kargo', price: '50.25' },
      ],
    });
    const [tx1, tx2] = p.paymentTransactions ?? [];
    expect(tx1?.subMerchantName).toBe('Usta Ahşap Ltd');
    expect(
      (await odero.paymentTransactions.approve({ paymentTransactionIds: [tx1?.id as number, 999], isTransactional: false })).items?.[1]?.approvalStatus,
    ).toBe('FAILURE');
    expect((await odero.paymentTransactions.disapprove({ paymentTransactionIds: [tx1?.id as number] })).items?.[0]?.approvalStatus).toBe('SUCCESS');
    expect((await odero.paymentTransactions.update({ id: tx2?.id as number, subMerchantId: seller.id, subMerchantPrice: '40' })).subMerchantPrice).toBe(40);
    await odero.paymentTransactions.reorganize({ paymentId: p.id, items: [{ paymentTransactionId: tx2?.id as number, price: '50.25', externalId: 'ship' }] });

    const sent = await odero.crossBookings.send({ subMerchantId: seller.id, price: '10.00', currency: 'TRY', reason: 'komisyon iadesi' });
    await odero.crossBookings.receive({ subMerchantId: seller.id, price: '5.00', currency: 'TRY', reason: 'iade kesintisi' });
    const cancelled = await odero.crossBookings.cancel({ crossBookingId: sent.id });
    expect(cancelled.transactionStatus).toBe('CANCELLED');
    expect(cancelled.reference).toBe(String(sent.id));
    expect((await odero.crossBookings.search({ page: 0, size: 10 })).totalSize).toBe(2);
    // The official clients' search filters are applied: the cancelled send, the receive from the seller.
    expect((await odero.crossBookings.search({ transactionStatus: 'CANCELLED' })).items.map((c) => c.id)).toEqual([sent.id]);
    const fromSeller = await odero.crossBookings.search({ sourceMerchantType: 'SUB_MERCHANT', sourceMerchantId: seller.id });
    expect(fromSeller.items.map((c) => c.transactionStatus)).toEqual(['WAITING_FOR_PAYOUT']);

    expect((await odero.settlementReporting.searchBouncedSubMerchantRows()).items).toEqual([]);
    expect((await odero.settlementReporting.searchPayoutCompletedTransactions({ page: 0 })).items).toEqual([]);

    // enabledInstallments is optional in both official clients; a Date expiry goes out as Istanbul time.
    expect((await odero.payByLink.create({ name: 'Kahve', price: '30', expireDate: new Date('2030-01-01T09:00:00Z') })).expireDate).toBe('2030-01-01T12:00:00');
    const link = await odero.payByLink.create({ name: 'Seramik kupa', price: '120', enabledInstallments: '1,2,3', stock: 5 });
    expect(link.url).toContain(link.token as string);
    expect((await odero.payByLink.update({ id: link.id, name: 'Seramik kupa', enabledInstallments: '1', status: 'PASSIVE' })).status).toBe('PASSIVE');
    expect((await odero.payByLink.retrieve({ id: link.id })).enabledInstallments).toBe('1');
    expect((await odero.payByLink.search({ name: 'Seramik kupa' })).totalSize).toBe(1);

    const subId = p.subscriptionId as number;
    expect(subId).toBeTypeOf('number');
    expect(await odero.subscriptions.list({ limit: 5, pageNumber: 0 })).toHaveLength(1);
    expect(await odero.subscriptions.listByStatus({ status: 'ACTIVE' })).toHaveLength(1);
    expect((await odero.subscriptions.retrieve({ subscriptionId: subId })).price).toBe(49.9);
    expect(await odero.subscriptions.retrieveByConversationId({ conversationId: 'order-1001' })).toHaveLength(1);
    expect(await odero.subscriptions.updatePrice({ id: subId, price: 5.5 })).toMatchObject({ price: 5.5 });
    expect(await odero.subscriptions.updateStatus({ id: subId, status: 'PASSIVE' })).toMatchObject({ status: 'PASSIVE' });
    expect(sim.requests.at(-1)?.body).toBe('1');
    expect(await odero.subscriptions.updatePeriodType({ id: subId, periodType: 7 })).toMatchObject({ periodType: 7 });
    expect((await odero.subscriptionsV2.search({ page: 0 })) as { items: unknown[] }).toMatchObject({ totalSize: 1 });
    expect((await odero.subscriptionsV2.retrieve({ id: subId })).id).toBe(subId);
    expect(await odero.subscriptionsV2.update({ id: subId, price: '59.90' })).toMatchObject({ price: 59.9 });
    expect(await odero.subscriptionsV2.renew({ subscriptionId: subId })).toMatchObject({ id: subId });

    expect((await odero.installments.retrieve({ binNumber: '979200', price: '300', currency: 'TRY' })) as { items: unknown[] }).toMatchObject({ totalSize: 1 });
    expect(await odero.installments.retrieveWalletInstallments({ price: '100' })).toMatchObject({ items: [] });

    // Credit, money transfer and wallet answers in the official clients' shapes.
    const preview = await odero.creditPayments.preview({ amount: 1000, productType: 'ALV', creditorId: 7 });
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}')).toEqual({ amount: '1000.00', productType: 'ALV', creditorId: 7 });
    expect(preview.offerProductTable?.map((o) => o.term)).toEqual(['3', '6', '12']);
    const loan = await odero.creditPayments.init({ price: '1000', currency: 'TRY', installment: 4, creditorId: 7, productType: 'ALV' });
    expect(loan).toMatchObject({ resultCode: 0, paymentId: expect.any(Number), reference: expect.any(String) });
    expect(await odero.moneyTransfers.createCode({ amount: '75', currencyCode: 'TRY', transactionId: 'mt-1' })).toMatchObject({
      isSuccess: true,
      reference: 'mt-1',
    });
    await odero.walletPayments.init({ orderId: 'w-1', conversationId: 'wallet-1', price: '20', currency: 'TRY' });
    expect(await odero.walletPayments.status({ orderId: 'w-1' })).toMatchObject({ paymentStatus: 'WAITING', paymentType: 'WALLET_PAYMENT', paidPrice: 20 });
    sim.simulateWalletPayment('w-1');
    expect((await odero.walletPayments.status({ orderId: 'w-1' })).paymentStatus).toBe('SUCCESS');

    // Every route of the table was reached and authenticated.
    const statuses = sim.requests.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 204)).toBe(true);
  });
});
