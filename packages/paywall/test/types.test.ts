import type { AllAgree, MethodsAgree } from '@odeme/core';
import {
  type ApmMethods,
  type BinMethods,
  type BulkPaymentsMethods,
  type CampaignsMethods,
  type CancelsMethods,
  type CardWallInsuranceMethods,
  type CardWallMethods,
  type CheckoutMethods,
  type ClientSideMethods,
  type DirectPaymentParams,
  type InstallmentsMethods,
  type MarketplaceDebtsMethods,
  type MarketplaceEarningsMethods,
  type MarketplaceManualTriggerMethods,
  type MarketplaceMethods,
  type MemberBankAccountsMethods,
  type MembersMethods,
  type MemberValueDatesMethods,
  type PaymentLinksMethods,
  type PaymentProductsMethods,
  type PaymentStart,
  type PaymentState,
  type PaymentsMethods,
  type PayoutsMethods,
  type PrepaidCardsMethods,
  type QueriesMethods,
  type RecurringMethods,
  type RefundsMethods,
  type RevertsMethods,
  responseOf,
  payWallOperations as rows,
  type VposMethods,
} from '@odeme/paywall';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { directPayment, makeClient, makeSim, uniqueCode } from './helpers';

describe('PayWall method interfaces', () => {
  it('agree with their operation rows, group by group', () => {
    expectTypeOf<AllAgree<MethodsAgree<PaymentsMethods, typeof rows.payments>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CampaignsMethods, typeof rows.campaigns>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<InstallmentsMethods, typeof rows.installments>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<BinMethods, typeof rows.bin>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ClientSideMethods, typeof rows.clientSide>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<RefundsMethods, typeof rows.refunds>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CancelsMethods, typeof rows.cancels>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<RevertsMethods, typeof rows.reverts>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<QueriesMethods, typeof rows.queries>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<VposMethods, typeof rows.vpos>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CardWallMethods, typeof rows.cardWall>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CardWallInsuranceMethods, typeof rows.cardWallInsurance>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PayoutsMethods, typeof rows.payouts>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ApmMethods, typeof rows.apm>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PaymentLinksMethods, typeof rows.paymentLinks>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CheckoutMethods, typeof rows.checkout>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MembersMethods, typeof rows.members>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MemberBankAccountsMethods, typeof rows.memberBankAccounts>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MemberValueDatesMethods, typeof rows.memberValueDates>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<RecurringMethods, typeof rows.recurring>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PrepaidCardsMethods, typeof rows.prepaidCards>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PaymentProductsMethods, typeof rows.paymentProducts>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MarketplaceMethods, typeof rows.marketplace>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MarketplaceEarningsMethods, typeof rows.marketplaceEarnings>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MarketplaceDebtsMethods, typeof rows.marketplaceDebts>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MarketplaceManualTriggerMethods, typeof rows.marketplaceManualTrigger>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<BulkPaymentsMethods, typeof rows.bulkPayments>>>().toEqualTypeOf<true>();
  });

  it('make every row a method of the client and every method a row, or a declared extra', () => {
    const pw = makeClient();
    // Where each group of rows lives on the client, and what a member has beyond its rows.
    const members: Record<keyof typeof rows, [object, string[]]> = {
      payments: [pw.payments, ['findByReference']],
      campaigns: [pw.campaigns, []],
      installments: [pw.installments, []],
      bin: [pw.bin, []],
      clientSide: [pw.clientSide, []],
      refunds: [pw.refunds, []],
      cancels: [pw.cancels, []],
      reverts: [pw.reverts, []],
      queries: [pw.queries, []],
      vpos: [pw.vpos, ['reconciliationListAll']],
      cardWall: [pw.cardWall, ['insurance']],
      cardWallInsurance: [pw.cardWall.insurance, []],
      payouts: [pw.payouts, []],
      apm: [pw.apm, []],
      paymentLinks: [pw.paymentLinks, []],
      checkout: [pw.checkout, []],
      members: [pw.members, ['bankAccounts', 'valueDates', 'listAll']],
      memberBankAccounts: [pw.members.bankAccounts, []],
      memberValueDates: [pw.members.valueDates, []],
      recurring: [pw.recurring, ['customerPoolAll', 'itemPoolAll']],
      prepaidCards: [pw.prepaidCards, []],
      paymentProducts: [pw.paymentProducts, []],
      marketplace: [pw.marketplace, ['earnings', 'debts', 'manualTrigger']],
      marketplaceEarnings: [pw.marketplace.earnings, ['byMemberAll']],
      marketplaceDebts: [pw.marketplace.debts, []],
      marketplaceManualTrigger: [pw.marketplace.manualTrigger, []],
      bulkPayments: [pw.bulkPayments, ['queryAll']],
      physicalPos: [pw.physicalPos, []],
    };
    expect(Object.keys(members).sort()).toEqual(Object.keys(rows).sort());
    for (const [group, [member, extras]] of Object.entries(members)) {
      const names = Object.keys(rows[group as keyof typeof rows]);
      expect(Object.keys(member).sort(), group).toEqual([...names, ...extras].sort());
      for (const name of [...names, ...extras]) expect(typeof (member as Record<string, unknown>)[name], `${group}.${name}`).toMatch(/function|object/);
      expect(Object.isFrozen(member), group).toBe(true);
    }
    // Every member of the client that calls PayWall is one of the groups above.
    const callers = Object.keys(pw).filter((k) => k !== 'callbacks' && k !== 'transport');
    expect(callers.sort()).toEqual([
      'apm',
      'bin',
      'bulkPayments',
      'campaigns',
      'cancels',
      'cardWall',
      'checkout',
      'clientSide',
      'installments',
      'marketplace',
      'members',
      'paymentLinks',
      'paymentProducts',
      'payments',
      'payouts',
      'physicalPos',
      'prepaidCards',
      'queries',
      'recurring',
      'refunds',
      'reverts',
      'vpos',
    ]);
  });

  it('closes answers to the compiler and keeps unmodelled fields at run time, through responseOf', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const params: DirectPaymentParams = directPayment(uniqueCode('types'));
    const start = await pw.payments.startDirect(params);
    expectTypeOf(start).toEqualTypeOf<PaymentStart>();
    // @ts-expect-error: a misspelt field of a documented answer does not compile
    void start.Paymentt;
    const paymentId = start.Payment?.PaymentId as number;
    const { Paywall } = await pw.queries.byPaymentId({ PaymentId: paymentId });
    expectTypeOf(Paywall).toEqualTypeOf<PaymentState>();
    expect(Paywall.StatusId).toBe(4);
    // @ts-expect-error: nested answers are closed too
    void Paywall.StatusIdd;
    const info = responseOf(start);
    expect(info?.status).toBe(200);
    expect((info?.data as { Payment?: { PaymentId?: number } } | undefined)?.Payment?.PaymentId).toBe(paymentId);
  });

  it('refuses provider enum values outside the documented set before sending', async () => {
    const pw = makeClient(undefined, { fetch: async () => expect.unreachable('nothing is sent') });
    const body = directPayment();
    const refused = (detail: Record<string, unknown>) =>
      pw.payments.startDirect({ ...body, PaymentDetail: { ...body.PaymentDetail, ...detail } } as DirectPaymentParams).then(
        () => expect.unreachable('accepted'),
        (e: { fields?: string[] }) => e.fields,
      );
    expect(await refused({ CurrencyId: 8 })).toEqual(['PaymentDetail.CurrencyId']);
    expect(await refused({ ChannelId: 5 })).toEqual(['PaymentDetail.ChannelId']);
    expect(await refused({ EndOfTheDay: 31 })).toEqual(['PaymentDetail.EndOfTheDay']);
    // @ts-expect-error: 'TL' is not a PayWall currency id
    const typed: DirectPaymentParams['PaymentDetail']['CurrencyId'] = 'TL';
    void typed;
  });
});
