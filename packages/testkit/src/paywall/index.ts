// The PayWall simulator: a stateful fake of PaymentAPI, PaymentPrivateAPI and CardWallAPI.
export {
  completeApmPage,
  PAYWALL_SIM_APM_OTP,
  PAYWALL_SIM_APM_PROVIDERS,
  PayWallSimApmDesk,
  type PayWallSimApmPageResult,
  type PayWallSimApmSettings,
} from './apm.js';
export type { PayWallSimApmActivity, PayWallSimApmKind, PayWallSimApmPayment, PayWallSimApmProvider } from './apm-state.js';
export {
  maskSimCard as payWallSimMaskCard,
  PAYWALL_SIM_BULK_FILE_COLUMNS,
  PAYWALL_SIM_BULK_FILE_FORMAT,
  PAYWALL_SIM_BULK_FILE_MAX_ROWS,
  PAYWALL_SIM_BULK_FILE_PATTERN,
} from './bulk-file.js';
export {
  PAYWALL_SIM_BULK_RESEND_MS,
  type PayWallSimBulkBatch,
  type PayWallSimBulkCallback,
  type PayWallSimBulkCard,
  PayWallSimBulkDesk,
  type PayWallSimBulkItem,
  type PayWallSimBulkKind,
  type PayWallSimBulkSettings,
} from './bulk-state.js';
export type { PayWallSimGeneralCallback, PayWallSimGeneralCallbackInput } from './callbacks.js';
export {
  PAYWALL_DECLINE_CARDS,
  PAYWALL_SIM_BINS,
  PAYWALL_SIM_CARDS,
  PAYWALL_SIM_DECLINES,
  PAYWALL_SIM_INSTALLMENT_RATES,
  type PayWallSimBin,
  type PayWallSimDecline,
  type PayWallSimDeclineReason,
} from './data.js';
export {
  type PayWallSimCheckoutPayment,
  type PayWallSimCheckoutResult,
  payCheckout,
} from './hosted-checkout.js';
export type { PayWallSimCheckout, PayWallSimPaymentLink } from './link-state.js';
export {
  PAYWALL_SIM_COMMISSION_TYPE,
  PAYWALL_SIM_EARNING_STATUS,
  PAYWALL_SIM_EARNING_STATUS_NAMES,
  type PayWallSimDebt,
  type PayWallSimEarning,
  PayWallSimMarketplaceDesk,
  type PayWallSimMarketplaceProduct,
  type PayWallSimMarketplaceSettings,
  type PayWallSimTriggerJob,
} from './marketplace-state.js';
export type { PayWallSimBankAccount, PayWallSimMember, PayWallSimMemberDetails, PayWallSimValueDate } from './member-state.js';
export type { PayWallSimPagePayment } from './page-payments.js';
export { type PayWallSimLinkPayment, payPaymentLink } from './payment-links.js';
export { PAYWALL_SIM_VERSION } from './payments.js';
export type {
  PayWallSimPayout,
  PayWallSimPayoutAccount,
  PayWallSimPayoutCallback,
  PayWallSimPayoutIdentity,
  PayWallSimPayoutKind,
} from './payout-state.js';
export {
  PAYWALL_SIM_FAILING_ACCOUNT,
  PAYWALL_SIM_FAILING_IBAN,
  PayWallSimPayoutDesk,
  type PayWallSimPayoutSettings,
} from './payouts.js';
export {
  PayWallSimPhysicalPosDesk,
  type PayWallSimPhysicalPosSettings,
  type PayWallSimPosConnectionInput,
  type PayWallSimPosTerminalInput,
} from './physical-pos.js';
export type {
  PayWallSimCardRead,
  PayWallSimPosCallback,
  PayWallSimPosConnection,
  PayWallSimPosSale,
  PayWallSimPosTerminal,
} from './physical-pos-state.js';
export type {
  PayWallSimPrepaidActivity,
  PayWallSimPrepaidCard,
  PayWallSimPrepaidProgramme,
  PayWallSimPrepaidTransaction,
} from './prepaid-card-state.js';
export { PAYWALL_SIM_PREPAID_PROGRAMME, PayWallSimPrepaidDesk } from './prepaid-cards.js';
export type { PayWallSimSignedCallback } from './templated-callback.js';
export { addPeriod as payWallSimAddPeriod, PAYWALL_SIM_RECURRING_TEMPLATE } from './recurring-charges.js';
export {
  type PayWallSimPoolCustomer,
  type PayWallSimPoolItem,
  PayWallSimRecurringBook,
  type PayWallSimRecurringCallback,
  type PayWallSimRecurringOptions,
  type PayWallSimSubscription,
  type PayWallSimSubscriptionCard,
  type PayWallSimSubscriptionItem,
  type PayWallSimSubscriptionJob,
} from './recurring-state.js';
export { type ApiHandler, PayWallSimulator, type PayWallSimulatorOptions } from './simulator.js';
export type { PayWallSimActivity, PayWallSimPayment, PayWallSimReconciliation, PayWallSimStoredCard, PayWallSimThreeDSession } from './state.js';
export type { PayWallSimFormPost, PayWallSimThreeDOptions } from './three-d.js';
