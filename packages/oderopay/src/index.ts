/**
 * `@odeme/oderopay`: a typed ÖderoPay (TokenPay) client on `@odeme/core`: card payments, 3DS, checkout,
 * refunds, stored cards, installments, reporting, onboarding, pay-by-link, subscriptions and more.
 *
 * `new OderoPay(options)` has one member per resource (`odero.payments`, typed `PaymentsMethods`…); every method names
 * its path, whether it moves money and its reference. Requests and answers have names (`CreatePaymentParams`,
 * `Payment`, `Refund`…); answers are closed to the compiler, and `responseOf(result)` gives the HTTP facts and the
 * answer as sent. Everything an application needs from core (errors, money and card helpers) is re-exported here,
 * so one install is enough. Every operation row is also exported alone (`paymentsCreate`…): call it through
 * `createOderoPayTransport(options)` and a bundle keeps only the rows it uses.
 * @packageDocumentation
 * @module @odeme/oderopay
 */
export * from '@odeme/core/app';
export { OderoPay } from './client.js';
export { ISTANBUL_OFFSET_MS, istanbulDateTime } from './dates.js';
export { isOderoPayDeclineGroup, ODEROPAY_DECLINE_TABLE, type OderoPayDecline, oderoPayDeclineReason } from './declines.js';
export {
  type OderoPayEnvelopeRules,
  type OderoPayErrorBody,
  type OderoPayRowMeta,
  PAYMENT_ERROR_THRESHOLD,
  providerErrorFrom,
  unwrapOderoPay,
} from './envelope.js';
export { ODEROPAY_ENVIRONMENTS, type OderoPayEnvironment } from './environments.js';
export { installmentChoices } from './installment-choices.js';
export type { ListAllOptions } from './listing.js';
export { findPaymentsByConversationId } from './lookup.js';
export type * from './methods/cards.js';
export type * from './methods/checkout.js';
export type * from './methods/cross-bookings.js';
export type * from './methods/extras.js';
export type * from './methods/installments.js';
export type * from './methods/onboarding.js';
export type * from './methods/pay-by-link.js';
export type * from './methods/payment-transactions.js';
export type * from './methods/payments.js';
export type * from './methods/refunds.js';
export type * from './methods/reporting.js';
export type * from './methods/subscriptions.js';
export type * from './methods/three-ds.js';
export { cardsDelete, cardsSearch } from './operations/cards.js';
export { checkoutInit, checkoutRetrieve } from './operations/checkout.js';
export { crossBookingsCancel, crossBookingsReceive, crossBookingsSearch, crossBookingsSend } from './operations/cross-bookings.js';
export { creditPaymentsInit, creditPaymentsPreview, moneyTransfersCreateCode, walletPaymentsInit, walletPaymentsStatus } from './operations/extras.js';
export { allOperations, oderoPayOperations } from './operations/index.js';
export { installmentsRetrieve, installmentsRetrieveBin, installmentsRetrieveWalletInstallments, installmentsSearch } from './operations/installments.js';
export {
  onboardingCreateBuyer,
  onboardingCreateSubMerchant,
  onboardingRetrieveBuyer,
  onboardingRetrieveSubMerchant,
  onboardingSearchBuyers,
  onboardingSearchSubMerchants,
  onboardingUpdateBuyer,
  onboardingUpdateSubMerchant,
} from './operations/onboarding.js';
export { payByLinkCreate, payByLinkRetrieve, payByLinkSearch, payByLinkUpdate } from './operations/pay-by-link.js';
export {
  paymentTransactionsApprove,
  paymentTransactionsDisapprove,
  paymentTransactionsReorganize,
  paymentTransactionsUpdate,
} from './operations/payment-transactions.js';
export { paymentsCreate, paymentsMultiCardPostAuth, paymentsPostAuth, paymentsRetrieve } from './operations/payments.js';
export {
  refundsCreate,
  refundsCreateByPaymentId,
  refundsCreateTransaction,
  refundsRetrieve,
  refundsRetrieveTransaction,
  refundsSearchTransactions,
} from './operations/refunds.js';
export {
  reportingRetrievePayment,
  reportingSearchPayments,
  settlementReportingSearchBouncedSubMerchantRows,
  settlementReportingSearchPayoutCompletedTransactions,
} from './operations/reporting.js';
export {
  subscriptionsList,
  subscriptionsListByStatus,
  subscriptionsRetrieve,
  subscriptionsRetrieveByConversationId,
  subscriptionsUpdatePeriodType,
  subscriptionsUpdatePrice,
  subscriptionsUpdateStatus,
  subscriptionsV2Renew,
  subscriptionsV2Retrieve,
  subscriptionsV2Search,
  subscriptionsV2Update,
} from './operations/subscriptions.js';
export { threeDSComplete, threeDSInit } from './operations/three-ds.js';
export { type OderoPayRuntimeConfig, oderoPayRuntime, signRequest } from './runtime.js';
export * from './schemas/index.js';
export { computeSignature, createRandomKey, decodeSignedUrl, type SignatureInput, signatureBase, wireUrl } from './signing.js';
export {
  decodeThreeDSHtml,
  parseThreeDSCallback,
  readThreeDSCallback,
  type ThreeDSCallback,
  type ThreeDSCallbackBody,
  type ThreeDSCallbackFieldNames,
  type ThreeDSCallbackLimits,
} from './three-ds.js';
export { createOderoPayTransport, type OderoPayOptions } from './transport.js';
export type * from './types/cards.js';
export type * from './types/checkout.js';
export type * from './types/cross-bookings.js';
export type * from './types/extras.js';
export type * from './types/installments.js';
export type * from './types/list.js';
export type * from './types/onboarding.js';
export type * from './types/pay-by-link.js';
export type * from './types/payment-transactions.js';
export type * from './types/payments.js';
export type * from './types/refunds.js';
export type * from './types/reporting.js';
export type * from './types/subscriptions.js';
export type * from './types/three-ds.js';
export type * from './types/without.js';
