/**
 * `@odeme/haso`: typed client for HASO ("Hemen Al Sonra Öde") buy-now-pay-later, with `requestToken` signing,
 * integer-kuruş amounts, the `Success`/`Errors`/`Data` envelope and HASO's browser flows.
 *
 * Two ways in: the {@link Haso} client (every method bound and documented on its resource's interface:
 * `LimitsMethods`, `CustomersMethods`, `TransactionsMethods`…), or {@link createHasoTransport} with the operation rows
 * you need (`transactionsCreate`…), so that a bundle keeps only those rows. Requests and answers have names
 * (`CreateTransactionParams`, `Transaction`, `Installment`…); the errors, money and identifier helpers of
 * `@odeme/core/app` are re-exported, so this one install is enough.
 * @packageDocumentation
 * @module @odeme/haso
 */
export * from '@odeme/core/app';
export {
  autoSubmitHtml,
  HASO_BROWSER_PATHS,
  HasoBrowserFlows,
  type HasoBrowserForm,
  type HasoBrowserFormOptions,
  type HasoGetLimitInput,
  type HasoTransactionInput,
  type HasoTransactionMobileInput,
} from './browser-flow.js';
export { Haso, type HasoCallOptions, type HasoWireValue } from './client.js';
export {
  HASO_PAYMENT_STATUSES,
  HASO_RESULT_CODES,
  HASO_TEST_RESULTS,
  type HasoPaymentStatus,
  type HasoResultCode,
  type HasoTestResult,
  readResultCode,
} from './codes.js';
export { hasoDate, isHasoDay } from './dates.js';
export { HASO_DECISION_OPERATIONS, HASO_DECLINE_CODES, type HasoDecline, hasoDeclineReason } from './declines.js';
export { canonicalKeys, getField, HASO_DATA_KEYS, type HasoEnvelope, type HasoRefusalRules, readEnvelope, unwrapHaso } from './envelope.js';
export { toDotNetForm } from './form.js';
export type { ListAllOptions } from './listing.js';
export { HASO_METHODS, type HasoMethodName, type HasoMethodRow, type HasoTokenOrders } from './methods.js';
export { customersChangeGsmNo, customersGetInformation, customersLoadBalance, customersPayments, customersTransactions } from './operations/customer.js';
export { enforcementReport, enforcementSendExpense } from './operations/enforcement.js';
export { type HasoOperations, hasoOperations } from './operations/index.js';
export { limitsAskReportResult, limitsConfirmPin, limitsSetFromKds, limitsStart } from './operations/limit.js';
export type { HasoOperationMeta, HasoRowMeta } from './operations/meta.js';
export { paymentsSetBulkPaid, paymentsSetPaid } from './operations/payment.js';
export { refundsCheck, refundsCreate } from './operations/refund.js';
export { type HasoResources, hasoResources } from './operations/resources.js';
export { tokensGet } from './operations/tokens.js';
export { transactionsCreate, transactionsPaymentPlan, transactionsPlanByDealerSegment } from './operations/transaction.js';
export { checkHasoOptions, type HasoOptions } from './options.js';
export { generateMerchantOid } from './reference.js';
export type { CustomersExtras, CustomersMethods } from './resources/customers.js';
export type { EnforcementMethods } from './resources/enforcement.js';
export type { LimitsMethods } from './resources/limits.js';
export type { PaymentsMethods } from './resources/payments.js';
export type { RefundsMethods } from './resources/refunds.js';
export type { TokensMethods } from './resources/tokens.js';
export type { TransactionsMethods } from './resources/transactions.js';
export { type HasoReturn, type HasoReturnBody, type HasoReturnKind, type HasoReturnLimits, parseHasoReturn, readHasoReturn } from './return-post.js';
export { encodeHaso, hasoRuntime, resolveTokenOrder } from './runtime.js';
export { getLimitForm, transactionForm, transactionMobileForm } from './schemas/browser.js';
export { kurusTwin, mobileNumber } from './schemas/common.js';
export { paymentPlanItem } from './schemas/responses.js';
export { checkShadowing } from './shadowing.js';
export { type HasoTokenPart, hasoRequestToken, hasoTokenText, tokenParts } from './token.js';
export { createHasoTransport } from './transport.js';
export type {
  Acknowledgement,
  ChangeGsmNoParams,
  CustomerInformationParams,
  CustomerPayments,
  CustomerPaymentsParams,
  CustomerTransaction,
  CustomerTransactions,
  CustomerTransactionsParams,
  GsmChangeResult,
  LoadBalanceParams,
} from './types/customers.js';
export type { EnforcementExpenseParams, EnforcementReportParams } from './types/enforcement.js';
export type { AskReportResultParams, ConfirmPinParams, CustomerInfo, LimitStatus, SetKdsLimitParams, StartLimitParams } from './types/limits.js';
export type { PaidReportResult, SetBulkPaidParams, SetPaidParams } from './types/payments.js';
export type { CheckRefundParams, CreateRefundParams, Refund } from './types/refunds.js';
export type { BrowserToken, GetTokenParams } from './types/tokens.js';
export type {
  BasketItem,
  CreateTransactionParams,
  DealerSegmentPlanParams,
  HasoPaymentPlanItem,
  Installment,
  InstallmentOptions,
  PaymentPlanParams,
  Transaction,
} from './types/transactions.js';
