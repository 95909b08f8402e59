/**
 * `@odeme/core/app`: what an application using a provider client needs from core, re-exported by every provider
 * package so that one install is enough (`import { OderoPay, PaymentDeclinedError, toKurus } from '@odeme/oderopay'`).
 * Building a provider (operation rows, the Transport, signing) needs `@odeme/core` itself.
 * @packageDocumentation
 * @module @odeme/core/app
 */
export { type Answer, type ResponseInfo, responseOf } from './answer.js';
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
export { DECLINE_REASONS, type DeclineReason, isDeclineReason, type ShopperLocale, shopperMessage, suggestsAnotherCard } from './decline.js';
export {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  HttpError,
  isOdemeError,
  NetworkError,
  OdemeError,
  type OdemeErrorCode,
  type Outcome,
  PaymentDeclinedError,
  ProviderError,
  SignatureVerificationError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export { checkIban, type IbanCheck, ibanValid, normaliseIban } from './iban.js';
export { normaliseTurkishMobile, tcknValid, vknValid } from './identifiers.js';
export { type InstallmentChoice, type InstallmentFigures, installmentChoice } from './installments.js';
export type { Language, Locale, LocaleMessages } from './locale.js';
export type { Logger, LogLevel } from './logger.js';
export {
  addKurus,
  allocate,
  compareKurus,
  formatTRY,
  fromKurus,
  type Kurus,
  kurus,
  multiplyKurus,
  subtractKurus,
  sumKurus,
  toKurus,
} from './money.js';
export type { Referenced } from './operation.js';
export { type Page, type PaginateOptions, paginate } from './paginate.js';
export { redactText, redactValue } from './redact.js';
export type { CallOptions, ClientOptions, FetchLike, Hooks, RequestEvent, ResponseEvent, RetryEvent } from './transport.js';
export { parseTurkishAmount } from './turkish-amount.js';
export { TURKEY_UTC_OFFSET_MINUTES, TURKEY_UTC_OFFSET_MS, turkeyDateTime, turkeyDay } from './turkey-time.js';
