import { bindOperations, type ClientOptions, ConfigurationError, type Resource, Transport } from '@odeme/core';
import { ODEROPAY_ENVIRONMENTS, type OderoPayEnvironment } from './environments.js';
import { oderoPayOperations } from './operations/index.js';
import { oderoPayRuntime } from './runtime.js';

/** Options of `new OderoPay(...)`: credentials, where to send, and every core client option. */
export interface OderoPayOptions extends ClientOptions {
  /** Merchant API key (`x-api-key`). */
  apiKey: string;
  /** Merchant secret key; only used inside the signature, never sent. */
  secretKey: string;
  /** Public host to use; `baseUrl` wins when both are given. There is no default: choose one explicitly. */
  environment?: OderoPayEnvironment;
  /** Sent as a `merchantId` header (mentioned by newer EN docs; not sent by the official clients). */
  merchantId?: string;
  /** `x-auth-version` header: `'1'` (default, as ÖderoPay's node client) or `'v1'` (Java/PHP/.NET clients). */
  authVersion?: '1' | 'v1' | (string & {});
  /** Source of `x-rnd-key` values; default 16 random alphanumerics from Web Crypto. For tests. */
  randomKey?: () => string;
}

type Ops = typeof oderoPayOperations;

/**
 * The ÖderoPay client. Resources are members: `odero.payments.create({...})`, `odero.threeDS.init({...})`.
 *
 * @example
 * const odero = new OderoPay({ apiKey, secretKey, environment: 'sandbox' });
 * const payment = await odero.payments.create({ price: '100', paidPrice: '100', installment: 1, currency: 'TRY', paymentGroup: 'PRODUCT', card, items });
 */
export class OderoPay {
  /** Card payments, pre-auth capture, multi-card capture, retrieve. */
  readonly payments: Resource<Ops['payments']>;
  /** 3D Secure init and complete. */
  readonly threeDS: Resource<Ops['threeDS']>;
  /** Hosted checkout page. */
  readonly checkout: Resource<Ops['checkout']>;
  /** Whole-payment and per-line refunds. */
  readonly refunds: Resource<Ops['refunds']>;
  /** Stored cards. */
  readonly cards: Resource<Ops['cards']>;
  /** Installment options and BIN lookup. */
  readonly installments: Resource<Ops['installments']>;
  /** Payment reporting. */
  readonly reporting: Resource<Ops['reporting']>;
  /** Buyers and sub-merchants. */
  readonly onboarding: Resource<Ops['onboarding']>;
  /** Money between merchant and sub-merchants. */
  readonly crossBookings: Resource<Ops['crossBookings']>;
  /** Settlement-file reports. */
  readonly settlementReporting: Resource<Ops['settlementReporting']>;
  /** Pay-by-link products (tokenlink). */
  readonly payByLink: Resource<Ops['payByLink']>;
  /** Subscriptions, v1 API of the ÖderoPay docs (the default). */
  readonly subscriptions: Resource<Ops['subscriptions']>;
  /** Subscriptions, v2 API of the .NET client. */
  readonly subscriptionsV2: Resource<Ops['subscriptionsV2']>;
  /** Marketplace approvals and re-splits of payment lines. */
  readonly paymentTransactions: Resource<Ops['paymentTransactions']>;
  /** Shopping-loan payments. */
  readonly creditPayments: Resource<Ops['creditPayments']>;
  /** Money transfer codes. */
  readonly moneyTransfers: Resource<Ops['moneyTransfers']>;
  /** Wallet payments. */
  readonly walletPayments: Resource<Ops['walletPayments']>;
  /** The base URL requests go to. */
  readonly baseUrl: string;

  constructor(options: OderoPayOptions) {
    const { apiKey, secretKey } = options ?? ({} as OderoPayOptions);
    if (typeof apiKey !== 'string' || apiKey === '') throw new ConfigurationError('OderoPay needs an apiKey', { provider: 'oderopay' });
    if (typeof secretKey !== 'string' || secretKey === '') throw new ConfigurationError('OderoPay needs a secretKey', { provider: 'oderopay' });
    this.baseUrl = resolveBaseUrl(options);
    const transport = new Transport(
      oderoPayRuntime({
        apiKey,
        secretKey,
        baseUrl: this.baseUrl,
        authVersion: options.authVersion ?? '1',
        merchantId: options.merchantId,
        ...(options.randomKey ? { randomKey: options.randomKey } : {}),
      }),
      options,
    );
    const ops = oderoPayOperations;
    this.payments = bindOperations(transport, ops.payments);
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

function resolveBaseUrl(options: OderoPayOptions): string {
  if (options.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new ConfigurationError(`OderoPay baseUrl is not an absolute URL: ${options.baseUrl}`, { provider: 'oderopay' });
    }
    if (url.search || url.hash) throw new ConfigurationError('OderoPay baseUrl must not carry a query or fragment', { provider: 'oderopay' });
    return options.baseUrl.replace(/\/+$/, '');
  }
  if (options.environment === undefined)
    throw new ConfigurationError("OderoPay needs `environment` ('sandbox' | 'production' | 'az-sandbox') or `baseUrl`", { provider: 'oderopay' });
  const url = (ODEROPAY_ENVIRONMENTS as Record<string, string>)[options.environment];
  if (!url) throw new ConfigurationError(`Unknown OderoPay environment "${options.environment}"`, { provider: 'oderopay' });
  return url;
}
