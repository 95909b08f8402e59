import type { AllAgree, MethodsAgree } from '@odeme/core';
import {
  type CardsExtras,
  type CardsMethods,
  type CheckoutMethods,
  type CreatePaymentParams,
  type CreditPaymentsMethods,
  type CrossBookingsExtras,
  type CrossBookingsMethods,
  type InstallmentsMethods,
  type MoneyTransfersMethods,
  type OderoPay,
  type OnboardingExtras,
  type OnboardingMethods,
  oderoPayOperations,
  type PayByLinkExtras,
  type PayByLinkMethods,
  type Payment,
  type PaymentsExtras,
  type PaymentsMethods,
  type PaymentTransactionsMethods,
  type RefundsExtras,
  type RefundsMethods,
  type ReportingExtras,
  type ReportingMethods,
  type SettlementReportingExtras,
  type SettlementReportingMethods,
  type SubscriptionsExtras,
  type SubscriptionsMethods,
  type SubscriptionsV2Extras,
  type SubscriptionsV2Methods,
  type ThreeDSMethods,
  ValidationError,
  type WalletPaymentsMethods,
} from '@odeme/oderopay';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { basket, card, setup } from './helpers';

const rows = oderoPayOperations;
type Rows = typeof rows;

/** What each resource has besides its rows, by name; checked against the `…Extras` interfaces below. */
const EXTRAS = {
  payments: ['findByConversationId'],
  refunds: ['searchTransactionsAll'],
  cards: ['searchAll'],
  reporting: ['searchPaymentsAll'],
  onboarding: ['searchBuyersAll', 'searchSubMerchantsAll'],
  crossBookings: ['searchAll'],
  settlementReporting: ['searchBouncedSubMerchantRowsAll', 'searchPayoutCompletedTransactionsAll'],
  payByLink: ['searchAll'],
  subscriptions: ['listAll'],
  subscriptionsV2: ['searchAll'],
} as const satisfies Partial<Record<keyof Rows, readonly string[]>>;

describe('the documented method interfaces', () => {
  it('agree with the operation rows, group by group (input, output, every row a method, every method a row)', () => {
    expectTypeOf<AllAgree<MethodsAgree<PaymentsMethods, Rows['payments']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ThreeDSMethods, Rows['threeDS']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CheckoutMethods, Rows['checkout']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<RefundsMethods, Rows['refunds']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CardsMethods, Rows['cards']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<InstallmentsMethods, Rows['installments']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ReportingMethods, Rows['reporting']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<OnboardingMethods, Rows['onboarding']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CrossBookingsMethods, Rows['crossBookings']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<SettlementReportingMethods, Rows['settlementReporting']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PayByLinkMethods, Rows['payByLink']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<SubscriptionsMethods, Rows['subscriptions']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<SubscriptionsV2Methods, Rows['subscriptionsV2']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PaymentTransactionsMethods, Rows['paymentTransactions']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CreditPaymentsMethods, Rows['creditPayments']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<MoneyTransfersMethods, Rows['moneyTransfers']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<WalletPaymentsMethods, Rows['walletPayments']>>>().toEqualTypeOf<true>();
  });

  it('type every resource of the client as its rows plus its declared extras, and nothing else', () => {
    type Resource<K extends keyof OderoPay> = keyof OderoPay[K];
    type Extras<K extends keyof typeof EXTRAS> = (typeof EXTRAS)[K][number];
    expectTypeOf<Extras<'payments'>>().toEqualTypeOf<keyof PaymentsExtras>();
    expectTypeOf<Extras<'refunds'>>().toEqualTypeOf<keyof RefundsExtras>();
    expectTypeOf<Extras<'cards'>>().toEqualTypeOf<keyof CardsExtras>();
    expectTypeOf<Extras<'reporting'>>().toEqualTypeOf<keyof ReportingExtras>();
    expectTypeOf<Extras<'onboarding'>>().toEqualTypeOf<keyof OnboardingExtras>();
    expectTypeOf<Extras<'crossBookings'>>().toEqualTypeOf<keyof CrossBookingsExtras>();
    expectTypeOf<Extras<'settlementReporting'>>().toEqualTypeOf<keyof SettlementReportingExtras>();
    expectTypeOf<Extras<'payByLink'>>().toEqualTypeOf<keyof PayByLinkExtras>();
    expectTypeOf<Extras<'subscriptions'>>().toEqualTypeOf<keyof SubscriptionsExtras>();
    expectTypeOf<Extras<'subscriptionsV2'>>().toEqualTypeOf<keyof SubscriptionsV2Extras>();
    expectTypeOf<Resource<'payments'>>().toEqualTypeOf<keyof Rows['payments'] | keyof PaymentsExtras>();
    expectTypeOf<Resource<'threeDS'>>().toEqualTypeOf<keyof Rows['threeDS']>();
  });

  it('at run time: every row is a method of its resource, every method a row or a declared extra', () => {
    const { odero } = setup();
    const client = odero as unknown as Record<string, Record<string, unknown>>;
    for (const [group, table] of Object.entries(rows)) {
      const resource = client[group];
      expect(resource, group).toBeDefined();
      expect(Object.isFrozen(resource), group).toBe(true);
      const extras: readonly string[] = (EXTRAS as Partial<Record<string, readonly string[]>>)[group] ?? [];
      expect(Object.keys(resource ?? {}).sort(), group).toEqual([...Object.keys(table), ...extras].sort());
      for (const name of Object.keys(resource ?? {})) expect(typeof resource?.[name], `${group}.${name}`).toBe('function');
    }
  });
});

describe('requests and answers are closed to the compiler', () => {
  it('a misspelt answer field, a currency ÖderoPay does not take and an installment count out of range fail to compile', async () => {
    const { odero, sim } = setup();
    const payment: Payment = await odero.payments.create({ ...basket(), card: card() });
    expect(payment.paymentStatus).toBe('SUCCESS');
    // @ts-expect-error: `paymentStatuss` is not a field of a payment
    void payment.paymentStatuss;
    // @ts-expect-error: closed in nested objects too
    void payment.paymentTransactions?.[0]?.paymentStatus;
    // An answer's enum stays open (a value ÖderoPay adds later still types) and is a plain string to the caller.
    expectTypeOf<'SUCCESS'>().toExtend<Payment['paymentStatus']>();
    expectTypeOf<'A_NEW_STATUS'>().toExtend<Payment['paymentStatus']>();
    expectTypeOf<NonNullable<Payment['paymentStatus']>>().toExtend<string>();

    const sent = sim.requests.length;
    // @ts-expect-error: 'TL' is not a currency ÖderoPay takes ('TRY' is)
    const tl: CreatePaymentParams = { ...basket(), currency: 'TL', card: card() };
    // @ts-expect-error: 13 is not an installment count
    const thirteen: CreatePaymentParams = { ...basket(), installment: 13, card: card() };
    for (const [input, field] of [
      [tl, 'currency'],
      [thirteen, 'installment'],
    ] as const) {
      const error = await odero.payments.create(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual([field]);
    }
    expect(sim.requests.length).toBe(sent);
  });
});
