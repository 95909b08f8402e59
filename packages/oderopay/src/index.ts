/**
 * `@odeme/oderopay`: a typed ÖderoPay (TokenPay) client on `@odeme/core`: card payments, 3DS, checkout,
 * refunds, stored cards, installments, reporting, onboarding, pay-by-link, subscriptions and more.
 * @packageDocumentation
 */
export { OderoPay, type OderoPayOptions } from './client.js';
export { ODEROPAY_ENVIRONMENTS, type OderoPayEnvironment } from './environments.js';
export { type OderoPayErrorBody, PAYMENT_ERROR_THRESHOLD, providerErrorFrom, unwrapOderoPay } from './envelope.js';
export { allOperations, oderoPayOperations } from './operations/index.js';
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
} from './three-ds.js';
