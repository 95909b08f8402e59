export type { ApmMethods } from './apm.js';
export type { BulkPaymentsMethods, BulkPaymentsResource } from './bulk-payments.js';
export type { CardWallInsuranceMethods, CardWallMethods, CardWallResource } from './cardwall.js';
export type { ClientSideMethods } from './client-side.js';
export type { CheckoutMethods } from './hosted-checkout.js';
export type { BinMethods, InstallmentsMethods } from './lookups.js';
export type {
  MarketplaceDebtsMethods,
  MarketplaceEarningsMethods,
  MarketplaceEarningsResource,
  MarketplaceManualTriggerMethods,
  MarketplaceMethods,
  MarketplaceResource,
} from './marketplace.js';
export type { MemberBankAccountsMethods, MembersMethods, MembersResource, MemberValueDatesMethods } from './members.js';
export type { PaymentLinksMethods } from './payment-links.js';
export type { PaymentProductsMethods } from './payment-products.js';
export type { CampaignsMethods, PaymentsMethods, PaymentsResource } from './payments.js';
export type { PayoutsMethods } from './payouts.js';
export type { PhysicalPosMethods } from './physical-pos.js';
export type { PrepaidCardsMethods } from './prepaid-cards.js';
export type { QueriesMethods } from './queries.js';
export type { RecurringMethods, RecurringResource } from './recurring.js';
export type { CancelsMethods, RefundsMethods, RevertsMethods } from './refunds.js';
export type { VposMethods, VposResource } from './vpos.js';
