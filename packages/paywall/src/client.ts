import { bindOperations, type CallOptions, type OperationInput, type OperationOutput, type Transport } from '@odeme/core';
import { bulkPaymentsAll } from './bulk-pages.js';
import { PayWallCallbacks } from './callbacks/verifier.js';
import { findPayWallPayment } from './lookup.js';
import { memberEarningsAll } from './marketplace-pages.js';
import { membersListAll } from './member-pages.js';
import type { ApmMethods } from './methods/apm.js';
import type { BulkPaymentsMethods, BulkPaymentsResource } from './methods/bulk-payments.js';
import type { CardWallInsuranceMethods, CardWallMethods, CardWallResource } from './methods/cardwall.js';
import type { ClientSideMethods } from './methods/client-side.js';
import type { CheckoutMethods } from './methods/hosted-checkout.js';
import type { BinMethods, InstallmentsMethods } from './methods/lookups.js';
import type {
  MarketplaceDebtsMethods,
  MarketplaceEarningsMethods,
  MarketplaceManualTriggerMethods,
  MarketplaceMethods,
  MarketplaceResource,
} from './methods/marketplace.js';
import type { MemberBankAccountsMethods, MembersMethods, MembersResource, MemberValueDatesMethods } from './methods/members.js';
import type { PaymentLinksMethods } from './methods/payment-links.js';
import type { PaymentProductsMethods } from './methods/payment-products.js';
import type { CampaignsMethods, PaymentsMethods, PaymentsResource } from './methods/payments.js';
import type { PayoutsMethods } from './methods/payouts.js';
import type { PhysicalPosMethods } from './methods/physical-pos.js';
import type { PrepaidCardsMethods } from './methods/prepaid-cards.js';
import type { QueriesMethods } from './methods/queries.js';
import type { RecurringMethods, RecurringResource } from './methods/recurring.js';
import type { CancelsMethods, RefundsMethods, RevertsMethods } from './methods/refunds.js';
import type { VposMethods, VposResource } from './methods/vpos.js';
import { payWallOperations as rows } from './operations/index.js';
import type { PayWallOperation } from './operations/meta.js';
import type { PayWallOptions } from './options.js';
import { reconciliationListAll } from './reconciliation-pages.js';
import { customerPoolAll, itemPoolAll } from './recurring-pages.js';
import { createPayWallTransport } from './transport.js';

/**
 * The PayWall client: `new PayWall({ apiKeyPublic, apiClientPublic, apiKeyPrivate, apiClientPrivate, environment: 'test' })`.
 * Each member groups the operations of one area; every method is one row of the operation table. For the smallest
 * bundle, call one row through `createPayWallTransport` instead.
 * @example
 * ```ts
 * import { PayWall, PayWallCurrency } from '@odeme/paywall';
 *
 * const paywall = new PayWall({
 *   apiKeyPublic: process.env.PAYWALL_PUBLIC_KEY!,
 *   apiClientPublic: process.env.PAYWALL_PUBLIC_CLIENT!,
 *   apiKeyPrivate: process.env.PAYWALL_PRIVATE_KEY!, // refunds, cancels, queries, CardWall
 *   apiClientPrivate: process.env.PAYWALL_PRIVATE_CLIENT!,
 *   environment: 'test',
 * });
 * const { Payment } = await paywall.payments.startDirect({
 *   PaymentDetail: { Amount: '150.00', MerchantUniqueCode: 'order-1001', CurrencyId: PayWallCurrency.TRY, Installment: 1, ClientIP: '203.0.113.7' },
 *   Card: { OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
 *   Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
 *   Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: '150.00' }],
 * });
 * await paywall.refunds.partial({ MerchantUniqueCode: 'order-1001', Amount: '50.00' });
 * ```
 */
export class PayWall {
  /** Card payments (PaymentAPI): direct, insurance, 3D, 3D model, end3d, pre-auth capture and release, split, version; and `findByReference`. */
  readonly payments: PaymentsResource;
  /** The installment table (#9). */
  readonly installments: InstallmentsMethods;
  /** BIN inquiry (#10). */
  readonly bin: BinMethods;
  /** VPos campaign inquiry (#14; its body is not documented). */
  readonly campaigns: CampaignsMethods;
  /** Client-side tokens: `temptoken` (#11) on your server, `tempcard` (#12) with that token. */
  readonly clientSide: ClientSideMethods;
  /** Full and partial refunds (PaymentPrivateAPI, private pair). */
  readonly refunds: RefundsMethods;
  /** Same-day cancels (private pair). */
  readonly cancels: CancelsMethods;
  /** Cancel-or-refund: PayWall cancels on the same day and refunds later (private pair). */
  readonly reverts: RevertsMethods;
  /** Payment queries (private pair). */
  readonly queries: QueriesMethods;
  /** VPos transaction list and reconciliation (private pair), and `reconciliationListAll` over every page. */
  readonly vpos: VposResource;
  /** CardWall stored cards, e-commerce and `insurance` (CardWallAPI, private pair). */
  readonly cardWall: CardWallResource;
  /** PayOut (PaymentAPI): balances, transfers to an IBAN, a sub-merchant or a provider account, their state. */
  readonly payouts: PayoutsMethods;
  /** APM, alternative payment methods (PaymentAPI): providers, payments with OTP, QR or the provider's page, queries, refunds. */
  readonly apm: ApmMethods;
  /** Payment links and QR codes (PaymentAPI). */
  readonly paymentLinks: PaymentLinksMethods;
  /** PayWall's hosted checkout page (PaymentAPI): make one, then ask whether it was paid. */
  readonly checkout: CheckoutMethods;
  /** Subscriptions: create, change, stop, resume, their cards and charges, the customer and item pools (PaymentAPI). */
  readonly recurring: RecurringResource;
  /** Marketplace members (MemberAPI, public pair): members, their `bankAccounts` and `valueDates`, and `listAll` over every page. */
  readonly members: MembersResource;
  /** Prepaid card production (PaymentAPI): virtual and physical cards, loads and unloads, balances, movements, blocking, PIN. */
  readonly prepaidCards: PrepaidCardsMethods;
  /**
   * Payment product management (private pair): a payment's products, and a sub-merchant's earning on one before
   * approval. On PaymentPrivateAPI unless the option `productHost` says `'payment'` (PayWall has not published which).
   */
  readonly paymentProducts: PaymentProductsMethods;
  /**
   * The marketplace (PaymentAPI): approving a payment's products so their earnings are paid out, rejections, the
   * approval report, and `earnings`, `debts` and the `manualTrigger`.
   */
  readonly marketplace: MarketplaceResource;
  /**
   * Physical POS (PhysicalAPI, private pair): terminal sync, pairing, sales. Its host is not published: set
   * `baseUrls.physical`, or each call is refused before anything is sent.
   */
  readonly physicalPos: PhysicalPosMethods;
  /**
   * Bulk card payments (PaymentAPI): a Storm batch (≤ 500, at once), a Tsunami batch (≤ 50,000, queued), a payments
   * file, cancels, refunds and retries, and the batch query with `queryAll` over every page.
   */
  readonly bulkPayments: BulkPaymentsResource;
  /** Callback verification with this client's `hashKeys`. */
  readonly callbacks: PayWallCallbacks;

  private readonly transport: Transport;

  /** Checks the options (see `createPayWallTransport`) and binds every operation row to one transport. */
  constructor(options: PayWallOptions) {
    const transport = createPayWallTransport(options);
    this.transport = transport;
    this.payments = Object.freeze({
      ...bindOperations<typeof rows.payments, PaymentsMethods>(transport, rows.payments),
      findByReference: (reference: string, callOptions?: CallOptions) => findPayWallPayment(transport, reference, callOptions),
    });
    this.installments = bindOperations<typeof rows.installments, InstallmentsMethods>(transport, rows.installments);
    this.bin = bindOperations<typeof rows.bin, BinMethods>(transport, rows.bin);
    this.campaigns = bindOperations<typeof rows.campaigns, CampaignsMethods>(transport, rows.campaigns);
    this.clientSide = bindOperations<typeof rows.clientSide, ClientSideMethods>(transport, rows.clientSide);
    this.refunds = bindOperations<typeof rows.refunds, RefundsMethods>(transport, rows.refunds);
    this.cancels = bindOperations<typeof rows.cancels, CancelsMethods>(transport, rows.cancels);
    this.reverts = bindOperations<typeof rows.reverts, RevertsMethods>(transport, rows.reverts);
    this.queries = bindOperations<typeof rows.queries, QueriesMethods>(transport, rows.queries);
    this.vpos = Object.freeze({
      ...bindOperations<typeof rows.vpos, VposMethods>(transport, rows.vpos),
      reconciliationListAll: (params, callOptions) => reconciliationListAll(transport, params, callOptions),
    } satisfies VposResource);
    this.cardWall = Object.freeze({
      ...bindOperations<typeof rows.cardWall, CardWallMethods>(transport, rows.cardWall),
      insurance: bindOperations<typeof rows.cardWallInsurance, CardWallInsuranceMethods>(transport, rows.cardWallInsurance),
    });
    this.members = Object.freeze({
      ...bindOperations<typeof rows.members, MembersMethods>(transport, rows.members),
      bankAccounts: bindOperations<typeof rows.memberBankAccounts, MemberBankAccountsMethods>(transport, rows.memberBankAccounts),
      valueDates: bindOperations<typeof rows.memberValueDates, MemberValueDatesMethods>(transport, rows.memberValueDates),
      listAll: (params, callOptions) => membersListAll(transport, params, callOptions),
    } satisfies MembersResource);
    this.recurring = Object.freeze({
      ...bindOperations<typeof rows.recurring, RecurringMethods>(transport, rows.recurring),
      customerPoolAll: (params, callOptions) => customerPoolAll(transport, params, callOptions),
      itemPoolAll: (params, callOptions) => itemPoolAll(transport, params, callOptions),
    } satisfies RecurringResource);
    this.payouts = bindOperations<typeof rows.payouts, PayoutsMethods>(transport, rows.payouts);
    this.apm = bindOperations<typeof rows.apm, ApmMethods>(transport, rows.apm);
    this.paymentLinks = bindOperations<typeof rows.paymentLinks, PaymentLinksMethods>(transport, rows.paymentLinks);
    this.checkout = bindOperations<typeof rows.checkout, CheckoutMethods>(transport, rows.checkout);
    this.prepaidCards = bindOperations<typeof rows.prepaidCards, PrepaidCardsMethods>(transport, rows.prepaidCards);
    this.paymentProducts = bindOperations<typeof rows.paymentProducts, PaymentProductsMethods>(transport, rows.paymentProducts);
    this.marketplace = Object.freeze({
      ...bindOperations<typeof rows.marketplace, MarketplaceMethods>(transport, rows.marketplace),
      earnings: Object.freeze({
        ...bindOperations<typeof rows.marketplaceEarnings, MarketplaceEarningsMethods>(transport, rows.marketplaceEarnings),
        byMemberAll: (params, callOptions) => memberEarningsAll(transport, params, callOptions),
      } satisfies MarketplaceResource['earnings']),
      debts: bindOperations<typeof rows.marketplaceDebts, MarketplaceDebtsMethods>(transport, rows.marketplaceDebts),
      manualTrigger: bindOperations<typeof rows.marketplaceManualTrigger, MarketplaceManualTriggerMethods>(transport, rows.marketplaceManualTrigger),
    } satisfies MarketplaceResource);
    this.bulkPayments = Object.freeze({
      ...bindOperations<typeof rows.bulkPayments, BulkPaymentsMethods>(transport, rows.bulkPayments),
      queryAll: (params, callOptions) => bulkPaymentsAll(transport, params, callOptions),
    } satisfies BulkPaymentsResource);
    this.physicalPos = bindOperations<typeof rows.physicalPos, PhysicalPosMethods>(transport, rows.physicalPos);
    this.callbacks = new PayWallCallbacks({ hashKeys: options.hashKeys, ...(options.locale ? { locale: options.locale } : {}) });
  }

  /** Runs any PayWall operation row (for rows added before they get a method of their own). */
  call<O extends PayWallOperation>(op: O, input: OperationInput<O>, options?: CallOptions): Promise<OperationOutput<O>> {
    return this.transport.call(op, input, options);
  }
}
