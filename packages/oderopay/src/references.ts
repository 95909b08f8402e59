import { type ReferenceRule, randomUuid } from '@odeme/core';

// The merchant reference of each money row (typed as core's `ReferenceRule`, so a row's type names it).

/** `conversationId`: ÖderoPay lets the merchant choose it, so a UUID is generated when the caller gives none. */
export const generatedConversationId: ReferenceRule = { field: 'conversationId', generate: randomUuid };
/** A `conversationId` the caller gives (a multi-card payment's legs, an unpublished body): never generated. */
export const givenConversationId: ReferenceRule = { field: 'conversationId' };
/** The payment a capture, 3DS completion, refund by payment or re-split acts on. */
export const paymentIdReference: ReferenceRule = { field: 'paymentId' };
/** The record (payment transaction, subscription) an update names in its path. */
export const idReference: ReferenceRule = { field: 'id' };
/** The subscription a renewal charges. */
export const subscriptionIdReference: ReferenceRule = { field: 'subscriptionId' };
/** The cross-booking a cancel names. */
export const crossBookingIdReference: ReferenceRule = { field: 'crossBookingId' };
/** The merchant's own id of a money transfer. */
export const transactionIdReference: ReferenceRule = { field: 'transactionId' };
