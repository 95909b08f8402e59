import { bindOperations, type CallOptions, type Resource } from '@odeme/core';
import { findPaymentsByConversationId } from './lookup.js';
import { createOderoPayTransport, type OderoPayOptions, resolveBaseUrl } from './transport.js';
import { oderoPayOperations } from './operations/index.js';
import type { PaymentDetail } from './schemas/index.js';

/**
 * The ÖderoPay client: every resource bound to one transport (`createOderoPayTransport`). Resources are members:
 * `odero.payments.create({...})`, `odero.threeDS.init({...})`. For the smallest bundle, call one row through the
 * transport instead (`createOderoPayTransport(options).call(paymentsCreate, input)`).
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
  readonly payments: Resource<(typeof oderoPayOperations)['payments']> & {
    /**
     * The payments ÖderoPay holds under a `conversationId` (newest first; empty when none): settles a money call
     * whose error has outcome `unknown`, by its `error.reference`. See `findPaymentsByConversationId`.
     */
    readonly findByConversationId: (conversationId: string, options?: CallOptions) => Promise<PaymentDetail[]>;
  };
  /** 3D Secure init and complete. */
  readonly threeDS: Resource<(typeof oderoPayOperations)['threeDS']>;
  /** Hosted checkout page. */
  readonly checkout: Resource<(typeof oderoPayOperations)['checkout']>;
  /** Whole-payment and per-line refunds. */
  readonly refunds: Resource<(typeof oderoPayOperations)['refunds']>;
  /** Stored cards. */
  readonly cards: Resource<(typeof oderoPayOperations)['cards']>;
  /** Installment options and BIN lookup. */
  readonly installments: Resource<(typeof oderoPayOperations)['installments']>;
  /** Payment reporting. */
  readonly reporting: Resource<(typeof oderoPayOperations)['reporting']>;
  /** Buyers and sub-merchants. */
  readonly onboarding: Resource<(typeof oderoPayOperations)['onboarding']>;
  /** Money between merchant and sub-merchants. */
  readonly crossBookings: Resource<(typeof oderoPayOperations)['crossBookings']>;
  /** Settlement-file reports. */
  readonly settlementReporting: Resource<(typeof oderoPayOperations)['settlementReporting']>;
  /** Pay-by-link products (tokenlink). */
  readonly payByLink: Resource<(typeof oderoPayOperations)['payByLink']>;
  /** Subscriptions, v1 API of the ÖderoPay docs (the default). */
  readonly subscriptions: Resource<(typeof oderoPayOperations)['subscriptions']>;
  /** Subscriptions, v2 API of the .NET client. */
  readonly subscriptionsV2: Resource<(typeof oderoPayOperations)['subscriptionsV2']>;
  /** Marketplace approvals and re-splits of payment lines. */
  readonly paymentTransactions: Resource<(typeof oderoPayOperations)['paymentTransactions']>;
  /** Shopping-loan payments. */
  readonly creditPayments: Resource<(typeof oderoPayOperations)['creditPayments']>;
  /** Money transfer codes. */
  readonly moneyTransfers: Resource<(typeof oderoPayOperations)['moneyTransfers']>;
  /** Wallet payments. */
  readonly walletPayments: Resource<(typeof oderoPayOperations)['walletPayments']>;
  /** The base URL requests go to. */
  readonly baseUrl: string;

  constructor(options: OderoPayOptions) {
    const transport = createOderoPayTransport(options);
    this.baseUrl = resolveBaseUrl(options);
    const ops = oderoPayOperations;
    this.payments = Object.freeze({
      ...bindOperations(transport, ops.payments),
      findByConversationId: (conversationId: string, options?: CallOptions) => findPaymentsByConversationId(transport, conversationId, options),
    });
    this.threeDS = bindOperations(transport, ops.threeDS);
    this.checkout = bindOperations(transport, ops.checkout);
    this.refunds = bindOperations(transport, ops.refunds);
    this.cards = bindOperations(transport, ops.cards);
    this.installments = bindOperations(transport, ops.installments);
    this.reporting = bindOperations(transport, ops.reporting);
    this.onboarding = bindOperations(transport, ops.onboarding);
    this.crossBookings = bindOperations(transport, ops.crossBookings);
    this.settlementReporting = bindOperations(transport, ops.settlementReporting);
    this.payByLink = bindOperations(transport, ops.payByLink);
    this.subscriptions = bindOperations(transport, ops.subscriptions);
    this.subscriptionsV2 = bindOperations(transport, ops.subscriptionsV2);
    this.paymentTransactions = bindOperations(transport, ops.paymentTransactions);
    this.creditPayments = bindOperations(transport, ops.creditPayments);
    this.moneyTransfers = bindOperations(transport, ops.moneyTransfers);
    this.walletPayments = bindOperations(transport, ops.walletPayments);
  }
}
