/**
 * `@odeme/licrus`: typed client of the Licrus (ONEROV) Integration service: Login tickets, the Online Ödeme
 * `Payment` method and the documented integration methods. Each method is also a row of its own (`paymentsPay`, …)
 * for `callWithTicket` over `createLicrusTransport`, so that a bundle keeps only the rows it uses. Everything an
 * application needs from core (errors, money and card helpers) is re-exported here, so one install is enough.
 * @packageDocumentation
 * @module @odeme/licrus
 */
export * from '@odeme/core/app';
export { type CallerContext, callLicrus } from './caller.js';
export { DEFAULT_CARD_VENDOR, PaymentCardVendor, type PaymentCardVendorName } from './card-vendor.js';
export { Licrus } from './client.js';
export { LICRUS_DECLINE_CODES, licrusDeclineReason } from './declines.js';
export {
  DEFAULT_CODE_PATTERN,
  DEFAULT_ENVELOPE_SETTINGS,
  type EnvelopeSettings,
  extractCodes,
  type MessageTypeValues,
  normaliseMessages,
  unwrapEnvelope,
} from './envelope.js';
export { LicrusDeclineError, LicrusError, type LicrusErrorContext } from './errors.js';
export { type LicrusCredentials, licrusLogin } from './login.js';
export type * from './methods/catalogue.js';
export type * from './methods/lookups.js';
export type * from './methods/orders.js';
export type * from './methods/partners.js';
export type * from './methods/payments.js';
export type * from './methods/serial-numbers.js';
export type * from './methods/service.js';
export { authLogin } from './operations/auth.js';
export { partsList, partsSave, priceListsSave, productsList, productsSave } from './operations/catalogue.js';
export type { LicrusMeta, LicrusOperation } from './operations/define.js';
export { type LicrusOperations, licrusOperations } from './operations/index.js';
export {
  addressesCities,
  addressesDistricts,
  extendedWarrantyGetCustomer,
  productGroupsMainGroups,
  reportsLoad,
  websiteCities,
  websiteProductGroups,
  websiteServices,
} from './operations/lookups.js';
export { ordersListApproved, ordersUpdate } from './operations/orders.js';
export { partnersList, partnersSave } from './operations/partners.js';
export { paymentsPay } from './operations/payments.js';
export { serialNumbersImport, serialNumbersList } from './operations/serial-numbers.js';
export {
  laborCostsGetByQuote,
  laborPackagesSave,
  parametersSend,
  serviceRequestsCreateEam,
  serviceRequestsCreateFirstStart,
  webFormsCreateCall,
  workOrdersCreateWallBox,
  workOrdersUpdateSerzatOrderId,
} from './operations/service.js';
export type { LicrusOptions, LicrusTransportOptions } from './options.js';
export { DEFAULT_PATHS, INFERRED_PATHS, type LicrusOperationId } from './paths.js';
export { lookupRow } from './schemas/address.js';
export { type LicrusMessageKind, type LicrusMessageType, licrusMessage } from './schemas/common.js';
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
export { licrusMobile, taxIdNumber } from './schemas/identifiers.js';
export { loginResponse } from './schemas/login.js';
export { order } from './schemas/orders.js';
export { partner } from './schemas/partners.js';
export { part } from './schemas/parts.js';
export {
  paymentCard,
  paymentRequest,
  paymentRequestCode,
  paymentResponse,
} from './schemas/payment.js';
export { product } from './schemas/products.js';
export { type LoginOnce, TicketSession, type TicketSessionOptions } from './session.js';
export { defaultIsTicketInvalid, LicrusTicketRefusedError } from './ticket-errors.js';
export { createLicrusTransport } from './transport.js';
export type * from './types/auth.js';
export type * from './types/catalogue.js';
export type * from './types/envelope.js';
export type * from './types/lookups.js';
export type * from './types/orders.js';
export type * from './types/partners.js';
export type * from './types/payments.js';
export type * from './types/serial-numbers.js';
export type * from './types/service.js';
export { callWithTicket, type TicketSource } from './with-ticket.js';
