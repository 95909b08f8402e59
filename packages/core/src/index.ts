/**
 * `@odeme/core`: the request loop, signing, errors, money and card helpers shared by every odeme provider client.
 * @packageDocumentation
 * @module @odeme/core
 */

export { type Answer, attachResponse, type ResponseInfo, responseOf } from './answer.js';
export { readBodyText, readStreamBytes } from './body.js';
export { assertServerSide, isBrowser } from './browser.js';
export {
  type CardBrand,
  cardBin,
  cardLastFour,
  checkCardExpiry,
  cvvValid,
  detectCardBrand,
  type ExpiryCheck,
  luhnValid,
  maskCardNumber,
  normaliseCardNumber,
} from './card.js';
export {
  type BytesOrText,
  basicAuthHeader,
  hmacSha256,
  hmacSha256Base64,
  hmacSha256Hex,
  parseBasicAuthHeader,
  randomBytes,
  randomKey,
  randomUuid,
  sha256,
  sha256Base64,
  sha256Hex,
  timingSafeEqual,
} from './crypto.js';
export {
  DECLINE_REASONS,
  type DeclineReason,
  declineReasonFromIso8583,
  isDeclineReason,
  type ShopperLocale,
  shopperMessage,
  suggestsAnotherCard,
} from './decline.js';
export { base64Decode, base64DecodeText, base64Encode, hexDecode, hexEncode, utf8Decode, utf8Encode } from './encoding.js';
export {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  HttpError,
  isOdemeError,
  NetworkError,
  OdemeError,
  type OdemeErrorCode,
  type OdemeErrorOptions,
  type Outcome,
  type PaymentDeclinedContext,
  PaymentDeclinedError,
  ProviderError,
  type ProviderErrorContext,
  type ResponseContext,
  SignatureVerificationError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export { checkIban, type IbanCheck, ibanValid, normaliseIban } from './iban.js';
export { type IbanOptions, iban, tckn, turkishMobile, vkn } from './identifier-schemas.js';
export { normaliseTurkishMobile, tcknValid, vknValid } from './identifiers.js';
export { DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.js';
export { type InstallmentChoice, type InstallmentFigures, installmentChoice } from './installments.js';
export { issueMessage } from './issues.js';
export { lazySchema } from './lazy-schema.js';
export {
  catalogsOf,
  isTranslated,
  type Language,
  type Locale,
  type LocaleMessages,
  languageOf,
  localizeError,
  type MessageCatalog,
  translate,
} from './locale.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export {
  addKurus,
  allocate,
  compareKurus,
  formatTRY,
  fromKurus,
  fromX100,
  type Kurus,
  kurus,
  kurusToDecimalNumber,
  multiplyKurus,
  subtractKurus,
  sumKurus,
  toKurus,
  toX100String,
} from './money.js';
export {
  defaultEncode,
  defineOperation,
  type EncodeContext,
  type EncodedRequest,
  fillPath,
  type HttpMethod,
  type Operation,
  type OperationInput,
  type OperationOutput,
  pathParamNames,
  type Referenced,
  type ReferenceRule,
  type WithReference,
} from './operation.js';
export { classifyOutcome } from './outcome.js';
export { type Page, type PaginateOptions, paginate } from './paginate.js';
export { isSecretKey, REDACTED, redactHeaders, redactText, redactValue, SecretSet } from './redact.js';
export {
  type AllAgree,
  bindOperations,
  type MethodsAgree,
  type NamedKeys,
  type OperationCaller,
  type OperationMethod,
  type Resource,
  type Same,
  type SameFields,
} from './resource.js';
export { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.js';
export { cardNumber, checkExpiryInto, cvv, type IssueSink, issuesFromZod, kurusAmount, parseOrThrow, type TlAmountOptions, tlAmount } from './schemas.js';
export {
  type CallOptions,
  type ClientOptions,
  defaultUnwrap,
  type FetchLike,
  type Hooks,
  type OutgoingRequest,
  type ProviderRuntime,
  type RawResponse,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
  responseContext,
  serialiseBody,
  Transport,
} from './transport.js';
export { TURKEY_UTC_OFFSET_MINUTES, TURKEY_UTC_OFFSET_MS, turkeyDateTime, turkeyDay } from './turkey-time.js';
export { parseTurkishAmount } from './turkish-amount.js';
