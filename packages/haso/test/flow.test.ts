import { ProviderError, responseOf, sumKurus, toKurus } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { customerWithLimit, shopper, simAndClient } from './helpers.js';

describe('HASO flows through the simulator', () => {
  it('limit via KKB PIN → transaction → plan → pay an installment → partial refund → check refund', async () => {
    const { sim, haso } = simAndClient();
    const started = await haso.limits.start(shopper);
    expect(started.KkbRefNo).toMatch(/^KKB/);
    const kkbRefNo = started.KkbRefNo as string;

    await expect(haso.limits.confirmPin({ kkbRefNo, pinCode: '000000' })).rejects.toBeInstanceOf(ProviderError);
    const confirmed = await haso.limits.confirmPin({ kkbRefNo, pinCode: sim.pinFor(kkbRefNo) as string });
    const customerId = confirmed.CustomerInfo?.CustomerId as string;
    expect(confirmed.CustomerInfo?.CustomerLimitKurus).toBe(1_000_000);

    const info = await haso.customers.getInformation({ customerId, orderAmount: 100_000 });
    expect(info.CustomerInfo?.AvailableLimitKurus).toBe(1_000_000);

    // 1000.00 TL in 3: 333.34 + 333.33 + 333.33, a month apart from 2026-01-31 (clamped to month ends).
    const tx = await haso.transactions.create({ merchantOid: 'ORD-1001', orderAmount: 100_000, selectedInstallment: 3, customerId });
    const plan = tx.PaymentPlan ?? [];
    expect(plan.map((p) => p.InstallmentNo)).toEqual([1, 2, 3]);
    expect(plan.map((p) => p.installmentPaymentKurus)).toEqual([33_334, 33_333, 33_333]);
    expect(sumKurus(plan.map((p) => p.installmentPaymentKurus as number))).toBe(100_000);
    expect(plan.map((p) => p.termDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    const transactionCode = tx.transactionCode as string;

    const paid = await haso.payments.setPaid({
      merchantOid: 'ORD-1001',
      paymentCode: plan[0]?.paymentCode as string,
      paymentDate: '2026-02-20',
      paymentReferenceCode: 'EFT-77',
    });
    expect(paid.Message).toBe('RS100');

    const refund = await haso.refunds.create({ refundId: 'RF-1', merchantOid: 'ORD-1001', transactionCode, refundAmount: toKurus('100.50') });
    expect(refund.Message).toBe('RS100');
    const again = await haso.refunds.create({ refundId: 'RF-1', merchantOid: 'ORD-1001', transactionCode, refundAmount: 10_050 }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ProviderError);
    expect((again as ProviderError).providerCode).toBe('H307');

    const checked = await haso.refunds.check({ refundId: 'RF-1' });
    expect(checked.RefundStatus).toBe('Succeeded');
    expect(checked.refundAmount).toBe(100.5);
    const missing = await haso.refunds.check({ refundId: 'RF-404' }).catch((e: unknown) => e);
    expect((missing as ProviderError).providerCode).toBe('H308');

    const after = await haso.transactions.paymentPlan({ merchantOid: 'ORD-1001', transactionCode });
    const rows = after.PaymentPlan ?? [];
    expect(rows.map((p) => p.paymentStatus)).toEqual([1, 0, 0]);
    expect(sumKurus(rows.map((p) => p.installmentPaymentKurus as number))).toBe(100_000 - 10_050);
    expect(rows[2]?.installmentPaymentKurus).toBe(33_333 - 10_050);
  });

  it('enforcement expense lands on the last installment and a new total replaces the old one', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    const tx = await haso.transactions.create({ merchantOid: 'ORD-ICRA', orderAmount: 60_000, selectedInstallment: 6, customerId });
    const ref = { merchantOid: 'ORD-ICRA', transactionCode: tx.transactionCode as string };
    const notYet = await haso.enforcement.sendExpense({ ...ref, counterPartyAttorneyFee: 50_000, expenseAmount: 12_345 }).catch((e: unknown) => e);
    expect(notYet).toBeInstanceOf(ProviderError);

    await haso.enforcement.report(ref);
    const first = await haso.enforcement.sendExpense({ ...ref, counterPartyAttorneyFee: 50_000, expenseAmount: 12_345 });
    expect(first.PaymentPlan?.map((p) => p.totalExpenseAmountKurus)).toEqual([0, 0, 0, 0, 0, 62_345]);
    const second = await haso.enforcement.sendExpense({ ...ref, counterPartyAttorneyFee: 50_000, expenseAmount: 20_000 });
    expect(second.PaymentPlan?.at(-1)?.totalExpenseAmountKurus).toBe(70_000);
    expect(sumKurus((second.PaymentPlan ?? []).map((p) => p.totalExpenseAmountKurus as number))).toBe(70_000);
  });

  it('test switches: RETRY leaves the report pending, AskKkbReportResult then decides; E gives limit 0', async () => {
    const { haso } = simAndClient();
    const started = await haso.limits.start({ ...shopper, testOn: true });
    const kkbRefNo = started.KkbRefNo as string;
    const pending = await haso.limits.confirmPin({ kkbRefNo, pinCode: 'any', testResult: 'RETRY' });
    // No CustomerInfo is how the client tells "not ready"; the simulator also says so in a field HASO does not document.
    const readyFlag = (answer: object) => (responseOf(answer)?.data as { ReportReady?: boolean } | undefined)?.ReportReady;
    expect(pending.CustomerInfo).toBeUndefined();
    expect(readyFlag(pending)).toBe(false);
    const still = await haso.limits.askReportResult({ kkbRefNo, testResult: 'RETRY' });
    expect(still.CustomerInfo).toBeUndefined();
    expect(readyFlag(still)).toBe(false);
    const ready = await haso.limits.askReportResult({ kkbRefNo, testResult: 'B' });
    expect(ready.CustomerInfo?.CustomerLimitKurus).toBe(1_500_000);

    const other = { ...shopper, tckn: '10000000078', mobileNumber: '5329998877' };
    const s2 = await haso.limits.start({ ...other, testOn: true });
    const zero = await haso.limits.confirmPin({ kkbRefNo: s2.KkbRefNo as string, pinCode: 'x', testResult: 'E' });
    expect(zero.CustomerInfo?.CustomerLimitKurus).toBe(0);
  });

  it('bulk paid, balance load closing installments, customer lists and GSM change codes', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    const a = await haso.transactions.create({ merchantOid: 'ORD-A', orderAmount: 30_000, selectedInstallment: 3, customerId });
    const b = await haso.transactions.create({ merchantOid: 'ORD-B', orderAmount: 9_000, selectedInstallment: 3, customerId });
    const codes = (a.PaymentPlan ?? []).slice(0, 2).map((p) => p.paymentCode as string);
    expect((await haso.payments.setBulkPaid({ merchantOid: 'ORD-A', paymentCodes: codes, paymentDate: new Date('2026-02-01T10:00:00Z') })).Message).toBe(
      'RS100',
    );

    // 60 TL closes B-1 and B-2 (30 TL each, due first); A-3 (100 TL) stays open.
    const loaded = await haso.customers.loadBalance({ customerId, balanceAmount: 6_000, paymentDate: '2026-02-10' });
    expect(loaded.Message).toBe('RS100');
    const payments = await haso.customers.payments({ customerId, paymentStatuses: [1] });
    expect(payments.Payments?.map((p) => p.paymentCode).sort()).toEqual([...codes, `${b.transactionCode}-1`, `${b.transactionCode}-2`].sort());

    const list = await haso.customers.transactions({ customerId });
    // Newest first, told by the documented plan (the items' own fields are not public).
    expect((list.Transactions ?? []).map((t) => t.PaymentPlan?.[0]?.paymentCode)).toEqual([`${b.transactionCode}-1`, `${a.transactionCode}-1`]);

    const same = await haso.customers.changeGsmNo({ CustomerId: customerId, NewGsmNo: shopper.mobileNumber }).catch((e: unknown) => e);
    expect((same as ProviderError).providerCode).toBe('H311');
    const unknown = await haso.customers.changeGsmNo({ CustomerId: '99', NewGsmNo: '5551234567' }).catch((e: unknown) => e);
    expect((unknown as ProviderError).providerCode).toBe('H223');
    const otherId = await customerWithLimit(haso, sim, { ...shopper, tckn: '10000000078', mobileNumber: '5329998877' });
    const inUse = await haso.customers.changeGsmNo({ CustomerId: otherId, NewGsmNo: shopper.mobileNumber }).catch((e: unknown) => e);
    expect((inUse as ProviderError).providerCode).toBe('RS115');
    expect((inUse as ProviderError).details?.kkbPhones).toEqual(['5329998877']);
    expect((await haso.customers.changeGsmNo({ CustomerId: otherId, NewGsmNo: '5330001122' })).Message).toBe('RS100');
  });

  it('KDS limit, plan by dealer segment and GetToken', async () => {
    const { haso } = simAndClient();
    const kds = await haso.limits.setFromKds({ ...shopper, birthDate: '1990-05-17', dealerSegment: 'GOLD', kdsLimit: 250_000 });
    expect(kds.CustomerInfo?.CustomerLimitKurus).toBe(250_000);
    const options = await haso.transactions.planByDealerSegment({ dealerSegment: 'GOLD', orderAmount: 100_000 });
    expect(options.Installments?.map((i) => i.InstallmentNo)).toEqual([1, 3, 6, 9, 12]);
    expect(options.Installments?.[1]?.installmentPaymentKurus).toBe(33_334);
    const token = await haso.tokens.get({ merchantOid: 'ORD-WEB-1', orderAmount: 100_000 });
    expect(token.Token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('form encoding works end to end against the simulator', async () => {
    const { sim, haso } = simAndClient({ encoding: 'form' });
    const customerId = await customerWithLimit(haso, sim);
    const tx = await haso.transactions.create({
      merchantOid: 'ORD-F',
      orderAmount: 71_999,
      selectedInstallment: 1,
      customerId,
      basketList: [{ skuCode: 'SKU-1', skuAmount: 71_999, productName: 'Kulaklık' }],
    });
    expect(tx.PaymentPlan?.[0]?.installmentPaymentKurus).toBe(71_999);
    const codes = (tx.PaymentPlan ?? []).map((p) => p.paymentCode as string);
    expect((await haso.payments.setBulkPaid({ merchantOid: 'ORD-F', paymentCodes: codes, paymentDate: '2026-02-01' })).Message).toBe('RS100');
    expect(sim.requests.every((r) => r.headers['content-type']?.startsWith('application/x-www-form-urlencoded'))).toBe(true);
  });
});
