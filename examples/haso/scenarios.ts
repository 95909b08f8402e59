import { ProviderError, sumKurus, toKurus } from '@odeme/core';
import { check, type Scenario } from '../demo-kit';
import { demoClient, limitAndPurchase } from './limit-and-purchase';

export const scenarios: Scenario[] = [
  {
    name: 'HASO: limit via KKB PIN, 3-installment purchase, paid installment, partial refund',
    provider: 'haso',
    async run({ step, log }) {
      const { sim, haso } = demoClient();
      step('limit → purchase → paid → refund');
      const out = await limitAndPurchase(haso, (ref) => sim.pinFor(ref) as string);
      check(out.plan.length === 3, 'three installments');
      check(out.plan[0]?.status === 1, 'the first installment is paid');
      check(sumKurus(out.plan.map((p) => p.amount as number)) === toKurus('1000'), 'plan adds up to 1 250 TL minus the 250 TL refund');
      check(out.refund.RefundStatus === 'Succeeded', 'refund succeeded');
      log(`customer ${out.customerId}, limit ${out.limit} TL, plan ${out.plan.map((p) => `${p.due}:${p.amount}`).join(' ')}`);
    },
  },
  {
    name: 'HASO: KKB report not ready (RETRY), then decided',
    provider: 'haso',
    async run({ step }) {
      const { haso } = demoClient('form');
      step('start in test mode');
      const started = await haso.limits.start({
        shopperName: 'Can',
        shopperSurname: 'Demir',
        tckn: '10000000078',
        mobileNumber: '5329998877',
        email: 'can@example.com',
        testOn: true,
      });
      step('PIN with testResult RETRY: report pending');
      const pending = await haso.limits.confirmPin({ kkbRefNo: started.KkbRefNo as string, pinCode: '0', testResult: 'RETRY' });
      check(pending.CustomerInfo === undefined, 'no limit yet');
      step('poll with testResult C');
      const ready = await haso.limits.askReportResult({ kkbRefNo: started.KkbRefNo as string, testResult: 'C' });
      check(ready.CustomerInfo?.CustomerLimitKurus === 1_000_000, 'limit decided');
    },
  },
  {
    name: 'HASO: enforcement expense on the last installment; H307 on a repeated refund',
    provider: 'haso',
    async run({ step, log }) {
      const { sim, haso } = demoClient();
      const out = await limitAndPurchase(haso, (ref) => sim.pinFor(ref) as string);
      const merchantOid = sim.state.transactions.get(out.transactionCode)?.merchantOid as string;
      const ref = { merchantOid, transactionCode: out.transactionCode };
      step('report the transaction to enforcement, send KTVÜ 500 TL + expenses 123,45 TL');
      await haso.enforcement.report(ref);
      const plan = await haso.enforcement.sendExpense({ ...ref, counterPartyAttorneyFee: toKurus('500'), expenseAmount: toKurus('123.45') });
      check(plan.PaymentPlan?.at(-1)?.totalExpenseAmountKurus === 62_345, 'total lands on the last installment');
      step('repeat the refund id');
      const again = await haso.refunds.create({ refundId: `RF-${out.transactionCode}`, ...ref, refundAmount: 100 }).catch((e: unknown) => e);
      check(again instanceof ProviderError && again.providerCode === 'H307', 'repeat refund is H307');
      log(`last installment expense ${plan.PaymentPlan?.at(-1)?.totalExpenseAmount} TL`);
    },
  },
];
