import { ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { shopper, simAndClient } from './helpers.js';

async function refused(run: () => Promise<unknown>, field: string) {
  const e = await run().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  expect((e as ValidationError).fields).toContain(field);
}

describe('input validation before anything is sent', () => {
  it('amounts: integer kuruş only (no decimals, floats, negatives, strings)', async () => {
    const { sim, haso } = simAndClient();
    const base = { merchantOid: 'O1', transactionCode: 'T1', counterPartyAttorneyFee: 100, expenseAmount: 100 };
    await refused(() => haso.enforcement.sendExpense({ ...base, expenseAmount: 12.5 }), 'expenseAmount');
    await refused(() => haso.enforcement.sendExpense({ ...base, counterPartyAttorneyFee: -1 }), 'counterPartyAttorneyFee');
    await refused(() => haso.enforcement.sendExpense({ ...base, expenseAmount: '100' as unknown as number }), 'expenseAmount');
    await refused(() => haso.customers.loadBalance({ customerId: '1', balanceAmount: 0, paymentDate: '2026-01-01' }), 'balanceAmount');
    await refused(() => haso.limits.setFromKds({ ...shopper, birthDate: '1990-01-01', dealerSegment: 'S', kdsLimit: 1000.5 }), 'kdsLimit');
    await refused(
      () => haso.transactions.create({ merchantOid: 'O', orderAmount: 100, selectedInstallment: 1, customerId: '1', basketList: [{ skuAmount: 9.99 }] }),
      'basketList.0.skuAmount',
    );
    await refused(() => haso.customers.getInformation({ orderAmount: 100, availableLimit: Number.NaN }), 'availableLimit');
    expect(sim.requests).toHaveLength(0);
  });

  it('tckn checksum, mobile number, merchantOid and customerId lengths, dates, test switch', async () => {
    const { sim, haso } = simAndClient();
    await refused(() => haso.limits.start({ ...shopper, tckn: '10000000147' }), 'tckn');
    await refused(() => haso.limits.start({ ...shopper, tckn: '01234567890' }), 'tckn');
    await refused(() => haso.limits.start({ ...shopper, mobileNumber: '0212 111 22 33' }), 'mobileNumber');
    await refused(() => haso.limits.start({ ...shopper, mobileNumber: '4321112233' }), 'mobileNumber');
    await refused(() => haso.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '+90 532 111 22 3' }), 'NewGsmNo');
    await refused(() => haso.transactions.paymentPlan({ merchantOid: 'X'.repeat(21), transactionCode: 'T' }), 'merchantOid');
    await refused(() => haso.customers.transactions({ customerId: '12345678901' }), 'customerId');
    await refused(() => haso.payments.setPaid({ merchantOid: 'O', paymentCode: 'P', paymentDate: '2026-02-30' }), 'paymentDate');
    await refused(() => haso.payments.setPaid({ merchantOid: 'O', paymentCode: 'P', paymentDate: '15.01.2026' }), 'paymentDate');
    await refused(() => haso.limits.confirmPin({ kkbRefNo: 'K', pinCode: '1', testResult: 'G' as 'A' }), 'testResult');
    // @ts-expect-error 5.10 documents the statuses 0–4 only
    await refused(() => haso.customers.payments({ customerId: '1', paymentStatuses: [7] }), 'paymentStatuses.0');
    await refused(() => haso.payments.setBulkPaid({ merchantOid: 'O', paymentCodes: [], paymentDate: '2026-01-01' }), 'paymentCodes');
    // Fields HASO does not document are refused (use `extra` to send them on purpose).
    await refused(() => haso.refunds.check({ refundId: 'R', amount: 1 } as never), '');
    expect(sim.requests).toHaveLength(0);
  });

  it('fields the docs type as .NET int refuse values above 2,147,483,647; the largest int is sent as given', async () => {
    const { sim, haso } = simAndClient();
    const MAX = 2_147_483_647;
    const kds = { ...shopper, birthDate: '1990-01-01', dealerSegment: 'S' };
    await refused(() => haso.limits.setFromKds({ ...kds, kdsLimit: MAX + 1 }), 'kdsLimit');
    await refused(() => haso.customers.getInformation({ orderAmount: 100, availableLimit: MAX + 1 }), 'availableLimit');
    await refused(() => haso.customers.getInformation({ orderAmount: 100, RevisedFeeRate: MAX + 1 }), 'RevisedFeeRate');
    await refused(() => haso.customers.transactions({ customerId: '1', pageNo: MAX + 1 }), 'pageNo');
    await refused(() => haso.customers.payments({ customerId: '1', pageSize: 2 ** 40 }), 'pageSize');
    const line = { skuAmount: MAX + 1 };
    await refused(
      () => haso.transactions.create({ merchantOid: 'O', orderAmount: 100, selectedInstallment: 1, customerId: '1', basketList: [line] }),
      'basketList.0.skuAmount',
    );
    await refused(
      () =>
        haso.transactions.create({
          merchantOid: 'O',
          orderAmount: 100,
          selectedInstallment: 1,
          customerId: '1',
          basketList: [{ skuMerchantContributionRate: MAX + 1 }],
        }),
      'basketList.0.skuMerchantContributionRate',
    );
    await refused(() => haso.transactions.create({ merchantOid: 'O', orderAmount: 100, selectedInstallment: MAX + 1, customerId: '1' }), 'selectedInstallment');
    const error = (await haso.limits.setFromKds({ ...kds, kdsLimit: MAX + 1 }).catch((x: unknown) => x)) as ValidationError;
    expect(error.message).toContain('2,147,483,647');
    expect(error.message).not.toContain(String(MAX + 1));
    expect(sim.requests).toHaveLength(0);
    await haso.limits.setFromKds({ ...kds, kdsLimit: MAX });
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}').kdsLimit).toBe(MAX);
  });

  it('the simulator refuses an int field the .NET server could not bind, as HASO would', async () => {
    const { sim, haso } = simAndClient();
    const raw = await haso
      .call('/RequestV2/SetLimitFromKds', { ...shopper, birthDate: '1990-01-01', dealerSegment: 'S', kdsLimit: 2_147_483_648 }, [
        'merchantId',
        'shopperName',
        'shopperSurname',
        'dealerSegment',
        'ipAddress',
      ])
      .catch((x: unknown) => x);
    expect(raw).toMatchObject({ name: 'ProviderError' });
    expect(sim.requests).toHaveLength(1);
  });
});
