/**
 * `@odeme/paywall`: a typed PayWall (paywall.one) client for payments, 3D, pre-auth, refunds, cancels,
 * queries, reconciliation and CardWall, with callback verification. `new PayWall(options)` groups the methods by
 * area (`PaymentsMethods`, `RefundsMethods`…); requests and answers have names (`DirectPaymentParams`,
 * `PaymentStart`, `PaymentState`…); errors, money and card helpers of `@odeme/core/app` are exported here too, so
 * one install is enough.
 * @packageDocumentation
 * @module @odeme/paywall
 */
export * from '@odeme/core/app';
export { decodePayWallText } from './base64-text.js';
export { bulkPaymentsAll } from './bulk-pages.js';
export { callbackKurus } from './callbacks/amounts.js';
export {
  MAX_BULK_CALLBACK_BYTES,
  MAX_BULK_DECOMPRESSED_BYTES,
  type PayWallBulkCallback,
  type PayWallBulkCallbackOptions,
  type PayWallBulkInput,
  type PayWallBulkPageFields,
  type PayWallBulkVerifiedFields,
  verifyBulkCallback,
} from './callbacks/bulk.js';
export {
  MAX_BULK_FILE_BYTES,
  MAX_BULK_FILE_DECOMPRESSED_BYTES,
  PAYWALL_BULK_FILE_COLUMNS,
  type PayWallBulkFileLine,
  type PayWallBulkFileOptions,
  type PayWallBulkFileResult,
  type PayWallBulkFileUnreadable,
  parseBulkFileResult,
} from './callbacks/bulk-file.js';
export {
  inferredGeneralTemplate,
  type PayWallGeneralCallback,
  type PayWallGeneralFields,
  type PayWallHashTemplate,
  verifyGeneralCallback,
} from './callbacks/general.js';
export { paymentTemplate, payWallHash, payWallHashText } from './callbacks/hash.js';
export type { PayWallCallbackLimits, PayWallFormInput, PayWallJsonInput } from './callbacks/input.js';
export type { PayWallHashKeys } from './callbacks/keys.js';
export {
  type PayWallPhysicalPosCallback,
  type PayWallPhysicalPosCallbackOptions,
  type PayWallPhysicalPosFields,
  verifyPhysicalPosCallback,
} from './callbacks/physical-pos.js';
export {
  type PayWallThreeDReturn,
  type PayWallThreeDReturnUnverified,
  type PayWallThreeDReturnVerified,
  type PayWallUncheckedThreeDReturn,
  parseThreeDReturn,
  verifyThreeDReturn,
} from './callbacks/three-d-return.js';
export { type PayWallCallbackOptions, PayWallCallbacks } from './callbacks/verifier.js';
export { type PayWallUnpublishedWebhook, type PayWallWebhook, verifyUnpublishedWebhook } from './callbacks/webhooks.js';
export { PayWall } from './client.js';
export { PAYWALL_CREDENTIAL_REFUSALS, refusesCredentials } from './credentials.js';
export { PAYWALL_DECLINE_CODES, payWallCodeReason, payWallDeclineReason, threeDReturnDeclineReason } from './declines.js';
export { isPayWallEnvelope, type PayWallEnvelope, type PayWallErrorDetails, unwrapPayWall } from './envelope.js';
export {
  describePayWallErrorCode,
  PAYWALL_PAYMENT_ERROR_CODES,
  type PayWallErrorCodeInfo,
  type PayWallErrorTable,
  payWallCommonErrorCodes,
} from './error-codes.js';
export { type PayWallBaseUrls, type PayWallDataCenter, type PayWallEnvironment, type PayWallHost, payWallHosts, payWallHostsAt } from './hosts.js';
export { installmentChoices } from './installments.js';
export { findPayWallPayment } from './lookup.js';
export { memberEarningsAll } from './marketplace-pages.js';
export { membersListAll } from './member-pages.js';
export type * from './methods/index.js';
export {
  apmCancelProvision,
  apmCloseProvision,
  apmConfirmOtp,
  apmList,
  apmPay,
  apmPayById,
  apmPayByKey,
  apmQrGenerate,
  apmQuery,
  apmRefund,
  apmRefundPartial,
} from './operations/apm.js';
export {
  bulkPaymentsCancelBatch,
  bulkPaymentsCancelPayments,
  bulkPaymentsQuery,
  bulkPaymentsRefundBatch,
  bulkPaymentsRefundPayments,
  bulkPaymentsResendCallback,
  bulkPaymentsRetry,
  bulkPaymentsStart,
  bulkPaymentsStartFile,
  bulkPaymentsStartLarge,
  bulkPaymentsSummary,
  encodeBulkFile,
} from './operations/bulk-payments.js';
export {
  cardWallInsuranceList,
  cardWallInsuranceRemove,
  cardWallInsuranceSave,
  cardWallInsuranceUpdate,
  cardWallList,
  cardWallRemove,
  cardWallSave,
  cardWallUpdate,
} from './operations/cardwall.js';
export { clientSideTempCard, clientSideTempToken } from './operations/client-side.js';
export { checkoutGenerate, checkoutInquiry } from './operations/hosted-checkout.js';
export { type PayWallAuth, type PayWallMeta, type PayWallOperation, payWallOperations } from './operations/index.js';
export { binInquiry, installmentsList } from './operations/lookups.js';
export {
  marketplaceApprovalReport,
  marketplaceApprovePayment,
  marketplaceApprovePaymentSelf,
  marketplaceApproveProducts,
  marketplaceApproveProductsSelf,
  marketplaceDebtsByPayment,
  marketplaceDebtsByProduct,
  marketplaceDebtsDecrease,
  marketplaceDebtsDelete,
  marketplaceDebtsIncrease,
  marketplaceManualTriggerInquiry,
  marketplaceManualTriggerPending,
  marketplaceManualTriggerRestart,
  marketplaceManualTriggerStart,
  marketplaceRejectPayment,
  marketplaceRejectProducts,
} from './operations/marketplace.js';
export {
  marketplaceEarningsById,
  marketplaceEarningsByMember,
  marketplaceEarningsByPayment,
  marketplaceEarningsByProduct,
  marketplaceEarningsDecrease,
  marketplaceEarningsDecreaseProduct,
  marketplaceEarningsIncrease,
  marketplaceEarningsIncreaseProduct,
  marketplaceEarningsPostpone,
  marketplaceEarningsPostponeProduct,
  marketplaceEarningsRetry,
  marketplaceEarningsRetryPayment,
  marketplaceEarningsRetryProduct,
  marketplaceEarningsSetProductReflectionDate,
  marketplaceEarningsSetReflectionDate,
} from './operations/marketplace-earnings.js';
export {
  memberBankAccountsCreate,
  memberBankAccountsList,
  memberBankAccountsRemove,
  memberBankAccountsUpdate,
  membersCreate,
  membersList,
  membersRemove,
  membersSearch,
  membersUpdate,
  memberValueDatesGet,
  memberValueDatesSet,
} from './operations/members.js';
export { paymentLinksGenerate } from './operations/payment-links.js';
export { paymentProductsDecreaseMemberEarning, paymentProductsIncreaseMemberEarning, paymentProductsList } from './operations/payment-products.js';
export {
  campaignsVposInquiry,
  paymentsCancelProvision,
  paymentsCaptureProvision,
  paymentsEnd3d,
  paymentsStart3d,
  paymentsStart3dModel,
  paymentsStartDirect,
  paymentsStartDirectInsurance,
  paymentsStartSplit,
  paymentsVersion,
} from './operations/payments.js';
export {
  payoutsBalance,
  payoutsMainBalance,
  payoutsQuery,
  payoutsSendToAccount,
  payoutsSendToIban,
  payoutsSendToMember,
  payoutsVerifyAccountIdentity,
} from './operations/payouts.js';
export { physicalPosRequestPairing, physicalPosSale, physicalPosSyncTerminal } from './operations/physical-pos.js';
export {
  prepaidCardsAccountBalance,
  prepaidCardsAddPhysical,
  prepaidCardsCreateVirtual,
  prepaidCardsDetail,
  prepaidCardsDisable,
  prepaidCardsEnable,
  prepaidCardsList,
  prepaidCardsLoad,
  prepaidCardsRemove,
  prepaidCardsSetDescription,
  prepaidCardsSetPhone,
  prepaidCardsSetPin,
  prepaidCardsTransactions,
  prepaidCardsUnload,
} from './operations/prepaid-cards.js';
export { queriesByMerchantUniqueCode, queriesByPaymentId, queriesByProductId, queriesByTrackingCode, queriesByUniqueCode } from './operations/queries.js';
export {
  recurringAddCard,
  recurringCreate,
  recurringCustomerPool,
  recurringGet,
  recurringGetPayment,
  recurringItemPool,
  recurringListCards,
  recurringRemove,
  recurringRemoveCard,
  recurringResubscribe,
  recurringSearchCustomers,
  recurringSearchItems,
  recurringUnsubscribe,
  recurringUpdate,
} from './operations/recurring.js';
export {
  cancelsByPaymentId,
  cancelsByUniqueCode,
  cancelsCreate,
  refundsCreate,
  refundsPartial,
  refundsPartialByPaymentId,
  refundsPartialByUniqueCode,
  revertsByPaymentId,
  revertsCreate,
} from './operations/refunds.js';
export { vposEndOfDay, vposReconcile, vposReconciliation, vposReconciliationList, vposTransactionList } from './operations/vpos.js';
export type { PayWallOptions } from './options.js';
export { isUnknownOutcomeCode, PAYWALL_UNKNOWN_OUTCOME_CODES } from './outcome-codes.js';
export { reconciliationListAll } from './reconciliation-pages.js';
export { customerPoolAll, itemPoolAll } from './recurring-pages.js';
export { createPayWallRuntime, encodePayWall, PAYWALL } from './runtime.js';
export {
  PAYWALL_BULK_FILE_MAX_CHARS,
  PAYWALL_BULK_FILE_MAX_ROWS,
  PAYWALL_BULK_QUERY_MAX_PAGE_SIZE,
  PAYWALL_BULK_STORM_MAX,
  PAYWALL_BULK_TSUNAMI_MAX,
} from './schemas/bulk-payments.js';
export {
  PAYWALL_CALLBACK_TYPES,
  PayWallCardMethod,
  PayWallCardModel,
  PayWallCargoType,
  PayWallChannel,
  type PayWallChannelId,
  PayWallCurrency,
  type PayWallCurrencyId,
  PayWallDiscountOwnerType,
  PayWallDiscountType,
  PayWallPaymentStatus,
  type PayWallPaymentStatusId,
  type PayWallPaymentTerm,
  PayWallPayWatchAction,
  PayWallTempCardType,
} from './schemas/enums.js';
export * as payWallSchemas from './schemas/index.js';
export {
  PayWallMemberType,
  type PayWallMemberTypeId,
  PayWallValueDateCalculation,
  type PayWallValueDateCalculationId,
} from './schemas/members.js';
export { PayWallLanguage, PayWallSalesType } from './schemas/payment-links.js';
export {
  PayWallRecurringItemType,
  type PayWallRecurringItemTypeId,
  PayWallRecurringPeriod,
  type PayWallRecurringPeriodId,
  PayWallSubscriptionType,
  type PayWallSubscriptionTypeId,
} from './schemas/recurring-enums.js';
export { createPayWallTransport } from './transport.js';
export type * from './types/index.js';
