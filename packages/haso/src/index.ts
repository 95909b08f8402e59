/**
 * `@odeme/haso`: typed client for HASO ("Hemen Al Sonra Öde") buy-now-pay-later, with `requestToken` signing,
 * integer-kuruş amounts, the `Success`/`Errors`/`Data` envelope and HASO's browser flows.
 *
 * Two ways in: the {@link Haso} client (every method bound), or {@link createHasoTransport} with the operation rows
 * you need (`transactionsCreate`…), so that a bundle keeps only those rows.
 * @packageDocumentation
 */
export {
  autoSubmitHtml,
  HASO_BROWSER_PATHS,
  HasoBrowserFlows,
  type HasoBrowserForm,
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
export { HASO_METHODS, type HasoMethodName, type HasoMethodRow, type HasoTokenOrders } from './methods.js';
export { customersChangeGsmNo, customersGetInformation, customersLoadBalance, customersPayments, customersTransactions } from './operations/customer.js';
export { enforcementReport, enforcementSendExpense } from './operations/enforcement.js';
export { hasoOperations } from './operations/index.js';
export { limitsAskReportResult, limitsConfirmPin, limitsSetFromKds, limitsStart } from './operations/limit.js';
export type { HasoOperationMeta, HasoRowMeta } from './operations/meta.js';
export { paymentsSetBulkPaid, paymentsSetPaid } from './operations/payment.js';
export { refundsCheck, refundsCreate } from './operations/refund.js';
export { tokensGet } from './operations/tokens.js';
export { transactionsCreate, transactionsPaymentPlan, transactionsPlanByDealerSegment } from './operations/transaction.js';
export { checkHasoOptions, type HasoOptions } from './options.js';
export { generateMerchantOid } from './reference.js';
export {
  HasoCustomers,
  HasoEnforcement,
  HasoLimits,
  type HasoMethodFn,
  HasoPayments,
  HasoRefunds,
  HasoTokens,
  HasoTransactions,
} from './resources.js';
export { type HasoReturn, type HasoReturnBody, type HasoReturnKind, type HasoReturnLimits, parseHasoReturn, readHasoReturn } from './return-post.js';
export { encodeHaso, hasoRuntime, resolveTokenOrder } from './runtime.js';
export { getLimitForm, transactionForm, transactionMobileForm } from './schemas/browser.js';
export { kurusTwin, mobileNumber } from './schemas/common.js';
export { type HasoPaymentPlanItem, paymentPlanItem } from './schemas/responses.js';
export { checkShadowing } from './shadowing.js';
export { type HasoTokenPart, hasoRequestToken, hasoTokenText, tokenParts } from './token.js';
export { createHasoTransport } from './transport.js';
