import * as z from 'zod/mini';
import { amount, decimal, id, listOf, paging } from './common.js';
import { openEnum, REFUND_DESTINATION_TYPES, REFUND_STATUSES, REFUND_TYPES } from './enums.js';

/** POST /payment/v1/refunds: refunds (or, same day, cancels) the whole payment. */
export const refundPaymentRequest = z.strictObject({
  /** The payment to refund. */
  paymentId: id,
  /** Echoed back. */
  conversationId: z.optional(z.string()),
  /** Where the money goes: `CARD` or `WALLET` (open). */
  refundDestinationType: z.optional(openEnum(REFUND_DESTINATION_TYPES)),
});

/** POST /payment/v1/refund-transactions: refunds one basket line, in full or in part. */
export const refundTransactionRequest = z.strictObject({
  /** The basket line (payment transaction) to refund. */
  paymentTransactionId: id,
  /** Echoed back. */
  conversationId: z.optional(z.string()),
  /** Amount in TL; omit to refund what is left of the line. */
  refundPrice: z.optional(amount()),
  /** Where the money goes: `CARD` or `WALLET` (open). */
  refundDestinationType: z.optional(openEnum(REFUND_DESTINATION_TYPES)),
});

/** POST /payment/v1/refund-transactions/byPaymentId (docs only): a partial refund addressed by payment id. */
export const refundByPaymentIdRequest = z.strictObject({
  /** The payment to refund from. */
  paymentId: id,
  /** Amount in TL. */
  refundPrice: amount(),
  /** Where the money goes; the docs give BANK as the default (open). */
  refundDestinationType: z.optional(openEnum(REFUND_DESTINATION_TYPES)),
});

/** A refund of one payment transaction. */
export const refundTransactionResponse = z.looseObject({
  /** Line refund id. */
  id: z.number(),
  /** The `conversationId` sent with the refund. */
  conversationId: z.nullish(z.string()),
  /** When it was made (local date-time). */
  createdDate: z.nullish(z.string()),
  /** `SUCCESS` or `FAILURE` (open). */
  status: openEnum(REFUND_STATUSES),
  /** Whether the line had already been settled. */
  isAfterSettlement: z.nullish(z.boolean()),
  /** Amount refunded. */
  refundPrice: decimal,
  /** Part refunded to the card. */
  refundBankPrice: z.nullish(decimal),
  /** Part refunded to the wallet. */
  refundWalletPrice: z.nullish(decimal),
  /** Currency of the amounts. */
  currency: z.nullish(z.string()),
  /** The refunded basket line. */
  paymentTransactionId: z.nullish(z.number()),
  /** The payment of that line. */
  paymentId: z.nullish(z.number()),
  /** Where the money went (open). */
  refundDestinationType: z.nullish(openEnum(REFUND_DESTINATION_TYPES)),
  /** The bank's reference of the refund (EN docs). */
  refundHostReference: z.nullish(z.string()),
  /** The bank's authorisation code of the refund (EN docs). */
  refundAuthCode: z.nullish(z.string()),
});

/**
 * A whole-payment refund. The name of the per-transaction list is not settled (the ÖderoPay node types say
 * `paymentTxRefunds`, the Java client and Craftgate `paymentTransactionRefunds`): both are kept as sent, and
 * `paymentTransactionRefunds` is filled from `paymentTxRefunds` when only that one arrives.
 */
export const refundPaymentResponse = z.pipe(
  z.looseObject({
    /** Refund id (a same-day `CANCEL` has one; a `REFUND` may not). */
    id: z.nullish(z.number()),
    /** The `conversationId` sent with the refund. */
    conversationId: z.nullish(z.string()),
    /** When it was made (local date-time). */
    createdDate: z.nullish(z.string()),
    /** `SUCCESS` or `FAILURE` (open). */
    status: openEnum(REFUND_STATUSES),
    /** Amount refunded. */
    refundPrice: decimal,
    /** Part refunded to the card. */
    refundBankPrice: z.nullish(decimal),
    /** Part refunded to the wallet. */
    refundWalletPrice: z.nullish(decimal),
    /** `CANCEL` (same-day void) or `REFUND` (open). */
    refundType: z.nullish(openEnum(REFUND_TYPES)),
    /** Where the money went (open). */
    refundDestinationType: z.nullish(openEnum(REFUND_DESTINATION_TYPES)),
    /** Currency of the amounts. */
    currency: z.nullish(z.string()),
    /** The refunded payment. */
    paymentId: z.nullish(z.number()),
    /** The line refunds (Java client and Craftgate name); read this one. */
    paymentTransactionRefunds: z.nullish(z.array(refundTransactionResponse)),
    /** The line refunds (ÖderoPay node types' name), kept as sent. */
    paymentTxRefunds: z.nullish(z.array(refundTransactionResponse)),
  }),
  z.transform((r) => (r.paymentTransactionRefunds == null && r.paymentTxRefunds != null ? { ...r, paymentTransactionRefunds: r.paymentTxRefunds } : r)),
);

/** GET …/{id} for a refund or refund transaction. */
export const refundIdPath = z.strictObject({
  /** Refund or line refund id. */
  id,
});

/** GET /payment/v1/refund-transactions query. */
export const searchRefundTransactionsRequest = z.strictObject({
  /** Line refunds of this payment. */
  paymentId: z.optional(id),
  /** Line refunds with this `conversationId`. */
  conversationId: z.optional(z.string()),
  /** Line refunds of this basket line. */
  paymentTransactionId: z.optional(id),
  ...paging,
});

/** A page of line refunds. */
export const refundTransactionList = listOf(refundTransactionResponse);
