/**
 * `@odeme/bip`: Turkcell BiP Payment Service. Start a payment, receive the result on a Web-standard
 * listener handler, commit channel 10 reservations. Everything an application needs from core (errors, money and
 * card helpers) is re-exported here, so one install is enough.
 * @packageDocumentation
 * @module @odeme/bip
 */

/**
 * The `905XXXXXXXXX` form BiP charges (spec §4), or `undefined` for text that is not a Turkish mobile number: core's
 * `normaliseTurkishMobile`, under the name this package has always exported.
 */
export { normaliseTurkishMobile as normaliseMsisdn } from '@odeme/core';
export * from '@odeme/core/app';
export { Bip, type BipCommitted, type BipOptions, type CommitInput } from './client.js';
export {
  BIP_CHANNEL_DEFAULTS,
  BIP_DEFAULT_BASE_URL,
  BIP_PAYMENT_METHOD,
  BipChannel,
  type BipChannelDefaults,
  type BipChannelId,
  type BipKnownChannel,
  BipResultCode,
  type BipResultCodeValue,
  bipResultCodeName,
  channelDefaults,
  channelNeedsCommit,
} from './constants.js';
export { BIP_DECLINE_CODES, bipDeclineReason, isBipDeclineCode } from './declines.js';
export type { BipBodySettings } from './encode.js';
export { type BipListenerCredentials, basicCredentialsMatch } from './listener/auth.js';
export {
  BIP_LISTENER_ERROR_CODE,
  type BipListenerContext,
  type BipListenerHandler,
  type BipListenerOptions,
  createBipListener,
} from './listener/handler.js';
export { parseListenerPayload } from './listener/parse.js';
export { type BipOperationMeta, bipOperations, paymentsCommit, paymentsStart } from './operations/payment.js';
export { type CommitRequest, commitRequest } from './schemas/commit.js';
export { resultEnvelope } from './schemas/common.js';
export {
  type ListenerParseOptions,
  listenerAddress,
  listenerItem,
  listenerPayloadSchema,
} from './schemas/listener.js';
export { FLOAT_NOISE_ULPS, listenerAmountKurus } from './schemas/listener-amount.js';
export { parseOrderDate } from './schemas/order-date.js';
export { paymentItem, type StartPaymentRequest, startPaymentRequest } from './schemas/payment.js';
export { type BipAwaitingConsent, type StartBipPaymentOptions, type StartPaymentInput, startBipPayment } from './start-payment.js';
export { generateTransactionId } from './transaction-id.js';
export { type BipTransportOptions, createBipTransport } from './transport.js';
export type {
  BipListenerAddress,
  BipListenerEvent,
  BipListenerItem,
  BipPaymentItem,
  BipResultEnvelope,
  CommitParams,
  StartPaymentParams,
} from './types/index.js';
