/**
 * `@odeme/haso`: typed client for HASO ("Hemen Al Sonra Öde") buy-now-pay-later, with `requestToken` signing,
 * integer-kuruş amounts, the `Success`/`Errors`/`Data` envelope and HASO's browser flows.
 * @packageDocumentation
 */
export {
  autoSubmitHtml,
  HASO_BROWSER_PATHS,
  type HasoBrowserForm,
  HasoBrowserFlows,
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
export { canonicalKeys, getField, HASO_DATA_KEYS, type HasoEnvelope, readEnvelope, unwrapHaso } from './envelope.js';
export { toDotNetForm } from './form.js';
export { HASO_METHODS, type HasoMethodName, type HasoMethodRow, type HasoTokenOrders } from './methods.js';
export { type HasoOperationMeta, hasoOperations } from './operations/index.js';
export { checkHasoOptions, type HasoOptions } from './options.js';
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
export { getLimitForm, transactionForm, transactionMobileForm } from './schemas/browser.js';
export { type HasoReturn, type HasoReturnBody, type HasoReturnKind, parseHasoReturn } from './return-post.js';
export { encodeHaso, hasoRuntime, resolveTokenOrder } from './runtime.js';
export { kurusTwin, mobileNumber, tckn, tcknValid } from './schemas/common.js';
export { type HasoPaymentPlanItem, paymentPlanItem } from './schemas/responses.js';
export { hasoRequestToken, type HasoTokenPart, hasoTokenText, tokenParts } from './token.js';
