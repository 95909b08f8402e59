import { bindOperations, type CallOptions, type Transport } from '@odeme/core';
import { asPage, everyRow, everyRowByPageNumber } from './listing.js';
import { findPaymentsByConversationId } from './lookup.js';
import type { CardsExtras, CardsMethods } from './methods/cards.js';
import type { CheckoutMethods } from './methods/checkout.js';
import type { CrossBookingsExtras, CrossBookingsMethods } from './methods/cross-bookings.js';
import type { CreditPaymentsMethods, MoneyTransfersMethods, WalletPaymentsMethods } from './methods/extras.js';
import type { InstallmentsMethods } from './methods/installments.js';
import type { OnboardingExtras, OnboardingMethods } from './methods/onboarding.js';
import type { PayByLinkExtras, PayByLinkMethods } from './methods/pay-by-link.js';
import type { PaymentTransactionsMethods } from './methods/payment-transactions.js';
import type { PaymentsExtras, PaymentsMethods } from './methods/payments.js';
import type { RefundsExtras, RefundsMethods } from './methods/refunds.js';
import type { ReportingExtras, ReportingMethods, SettlementReportingExtras, SettlementReportingMethods } from './methods/reporting.js';
import type { SubscriptionsExtras, SubscriptionsMethods, SubscriptionsV2Extras, SubscriptionsV2Methods } from './methods/subscriptions.js';
import type { ThreeDSMethods } from './methods/three-ds.js';
import { oderoPayOperations as rows } from './operations/index.js';
import { createOderoPayTransport, type OderoPayOptions, resolveBaseUrl } from './transport.js';

/**
 * The ÖderoPay client: every resource bound to one transport (`createOderoPayTransport`). Resources are members:
 * `odero.payments.create({...})`, `odero.threeDS.init({...})`; each method's documentation names its path, whether it
 * moves money and its reference. For the smallest bundle, call one row through the transport instead
 * (`createOderoPayTransport(options).call(paymentsCreate, input)`).
 *
 * @example
 * ```ts
 * import { OderoPay } from '@odeme/oderopay';
 *
 * const odero = new OderoPay({ apiKey, secretKey, environment: 'sandbox' });
 * const payment = await odero.payments.create({
 *   price: '150.50', // TL, exact to the kuruş; the sum of items[].price
 *   paidPrice: '150.50',
 *   installment: 1,
 *   currency: 'TRY',
 *   paymentGroup: 'PRODUCT',
 *   card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: '5528790000000008', expireYear: '2035', expireMonth: '07', cvc: '123' },
 *   items: [{ name: 'Kitap', price: '100.25' }, { name: 'Kalem', price: '50.25' }],
 * });
 * payment.reference; // the conversationId it was sent with (generated when you give none)
 * await odero.refunds.create({ paymentId: payment.id });
 * ```
 */
export class OderoPay {
  /** Card payments, pre-auth capture, multi-card capture, retrieve, and the lookup by `conversationId`. */
  readonly payments: PaymentsMethods & PaymentsExtras;
  /** 3D Secure init and complete. */
  readonly threeDS: ThreeDSMethods;
  /** Hosted checkout page. */
  readonly checkout: CheckoutMethods;
  /** Whole-payment and per-line refunds. */
  readonly refunds: RefundsMethods & RefundsExtras;
  /** Stored cards. */
  readonly cards: CardsMethods & CardsExtras;
  /** Installment options and BIN lookup. */
  readonly installments: InstallmentsMethods;
  /** Payment reporting. */
  readonly reporting: ReportingMethods & ReportingExtras;
  /** Buyers and sub-merchants. */
  readonly onboarding: OnboardingMethods & OnboardingExtras;
  /** Money between merchant and sub-merchants. */
  readonly crossBookings: CrossBookingsMethods & CrossBookingsExtras;
  /** Settlement-file reports. */
  readonly settlementReporting: SettlementReportingMethods & SettlementReportingExtras;
  /** Pay-by-link products (tokenlink). */
  readonly payByLink: PayByLinkMethods & PayByLinkExtras;
  /** Subscriptions, v1 API of the ÖderoPay docs (the default). */
  readonly subscriptions: SubscriptionsMethods & SubscriptionsExtras;
  /** Subscriptions, v2 API of the .NET client. */
  readonly subscriptionsV2: SubscriptionsV2Methods & SubscriptionsV2Extras;
  /** Marketplace approvals and re-splits of payment lines. */
  readonly paymentTransactions: PaymentTransactionsMethods;
  /** Shopping-loan payments. */
  readonly creditPayments: CreditPaymentsMethods;
  /** Money transfer codes. */
  readonly moneyTransfers: MoneyTransfersMethods;
  /** Wallet payments. */
  readonly walletPayments: WalletPaymentsMethods;
  /** The base URL requests go to. */
  readonly baseUrl: string;
  readonly #transport: Transport;

  constructor(options: OderoPayOptions) {
    const t = createOderoPayTransport(options);
    this.#transport = t;
    this.baseUrl = resolveBaseUrl(options);

    const payments = bindOperations<typeof rows.payments, PaymentsMethods>(t, rows.payments);
    const findByConversationId = (conversationId: string, options?: CallOptions) => findPaymentsByConversationId(t, conversationId, options);
    this.payments = Object.freeze({ ...payments, findByConversationId });
    this.threeDS = bindOperations<typeof rows.threeDS, ThreeDSMethods>(t, rows.threeDS);
    this.checkout = bindOperations<typeof rows.checkout, CheckoutMethods>(t, rows.checkout);
    const refunds = bindOperations<typeof rows.refunds, RefundsMethods>(t, rows.refunds);
    this.refunds = Object.freeze({ ...refunds, searchTransactionsAll: (p, o) => everyRow(refunds.searchTransactions, p, o) } satisfies RefundsExtras &
      RefundsMethods);
    const cards = bindOperations<typeof rows.cards, CardsMethods>(t, rows.cards);
    this.cards = Object.freeze({ ...cards, searchAll: (p, o) => everyRow(cards.search, p, o) } satisfies CardsExtras & CardsMethods);
    this.installments = bindOperations<typeof rows.installments, InstallmentsMethods>(t, rows.installments);
    const reporting = bindOperations<typeof rows.reporting, ReportingMethods>(t, rows.reporting);
    this.reporting = Object.freeze({ ...reporting, searchPaymentsAll: (p, o) => everyRow(reporting.searchPayments, p, o) } satisfies ReportingExtras &
      ReportingMethods);
    const onboarding = bindOperations<typeof rows.onboarding, OnboardingMethods>(t, rows.onboarding);
    this.onboarding = Object.freeze({
      ...onboarding,
      searchBuyersAll: (p, o) => everyRow(onboarding.searchBuyers, p, o),
      searchSubMerchantsAll: (p, o) => everyRow(onboarding.searchSubMerchants, p, o),
    } satisfies OnboardingExtras & OnboardingMethods);
    const crossBookings = bindOperations<typeof rows.crossBookings, CrossBookingsMethods>(t, rows.crossBookings);
    this.crossBookings = Object.freeze({ ...crossBookings, searchAll: (p, o) => everyRow(crossBookings.search, p, o) } satisfies CrossBookingsExtras &
      CrossBookingsMethods);
    const settlement = bindOperations<typeof rows.settlementReporting, SettlementReportingMethods>(t, rows.settlementReporting);
    this.settlementReporting = Object.freeze({
      ...settlement,
      searchBouncedSubMerchantRowsAll: (p, o) => everyRow(settlement.searchBouncedSubMerchantRows, p, o),
      searchPayoutCompletedTransactionsAll: (p, o) => everyRow(settlement.searchPayoutCompletedTransactions, p, o),
    } satisfies SettlementReportingExtras & SettlementReportingMethods);
    const links = bindOperations<typeof rows.payByLink, PayByLinkMethods>(t, rows.payByLink);
    this.payByLink = Object.freeze({ ...links, searchAll: (p, o) => everyRow(links.search, p, o) } satisfies PayByLinkExtras & PayByLinkMethods);
    const subscriptions = bindOperations<typeof rows.subscriptions, SubscriptionsMethods>(t, rows.subscriptions);
    this.subscriptions = Object.freeze({
      ...subscriptions,
      listAll: (p, o) => everyRowByPageNumber(subscriptions.list, p, o),
    } satisfies SubscriptionsExtras & SubscriptionsMethods);
    const v2 = bindOperations<typeof rows.subscriptionsV2, SubscriptionsV2Methods>(t, rows.subscriptionsV2);
    this.subscriptionsV2 = Object.freeze({
      ...v2,
      searchAll: (p, o) => everyRow(async (q, c) => asPage(await v2.search(q, c)), p, o),
    } satisfies SubscriptionsV2Extras & SubscriptionsV2Methods);
    this.paymentTransactions = bindOperations<typeof rows.paymentTransactions, PaymentTransactionsMethods>(t, rows.paymentTransactions);
    this.creditPayments = bindOperations<typeof rows.creditPayments, CreditPaymentsMethods>(t, rows.creditPayments);
    this.moneyTransfers = bindOperations<typeof rows.moneyTransfers, MoneyTransfersMethods>(t, rows.moneyTransfers);
    this.walletPayments = bindOperations<typeof rows.walletPayments, WalletPaymentsMethods>(t, rows.walletPayments);
  }

  /**
   * Rewrites an error in the client's `locale` (in place) and returns it: for errors this client did not throw itself,
   * such as those of `readThreeDSCallback`. With the default locale it returns the error unchanged.
   *
   * @example
   * try {
   *   ({ paymentId } = await readThreeDSCallback(request));
   * } catch (error) {
   *   throw odero.localize(error); // in Turkish with `locale: tr`
   * }
   */
  localize<E>(error: E): E {
    return this.#transport.localize(error);
  }
}
