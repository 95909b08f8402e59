/**
 * `@odeme/licrus`: typed client of the Licrus (ONEROV) Integration service: Login tickets, the Online Ödeme
 * `Payment` method and the documented integration methods.
 * @packageDocumentation
 */
export { type CallerContext, callLicrus } from './caller.js';
export { detectPaymentCardVendor, PaymentCardVendor, type PaymentCardVendorName } from './card-vendor.js';
export { Licrus, type LicrusMethod } from './client.js';
export {
  DEFAULT_CODE_PATTERN,
  DEFAULT_ENVELOPE_SETTINGS,
  type EnvelopeSettings,
  extractCodes,
  LicrusError,
  type LicrusErrorContext,
  type MessageTypeValues,
  normaliseMessages,
  unwrapEnvelope,
} from './envelope.js';
export { type LicrusMeta, type LicrusOperation, licrusOperations } from './operations/index.js';
export type { LicrusOptions } from './options.js';
export { DEFAULT_PATHS, INFERRED_PATHS, type LicrusOperationId } from './paths.js';
export { type LicrusMessage, type LicrusMessageKind, licrusMessage } from './schemas/common.js';
export {
  AgreementType,
  CircularType,
  DeliveryMethod,
  FinancialLedgerType,
  OnFailureRule,
  OnWarningBehavior,
  OrderStatus,
  OrderType,
  PartRelationType,
  ProductOrigin,
  ServiceRequestPriority,
  ServiceResponseMessageType,
  SubCallType,
} from './schemas/enums.js';
export type { LoginResponse } from './schemas/login.js';
export type { Order } from './schemas/orders.js';
export type { Part } from './schemas/parts.js';
export type { Partner } from './schemas/partners.js';
export { type PaymentCardInput, type PaymentRequestInput, type PaymentResponse, paymentRequestCode } from './schemas/payment.js';
export type { Product } from './schemas/products.js';
export type { LookupRow } from './schemas/address.js';
export { TicketSession } from './session.js';
export { defaultIsTicketInvalid } from './ticket-errors.js';
