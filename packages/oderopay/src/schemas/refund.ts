import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, answerCurrency, decimal, id, listOf, pagedQuery } from './common.js';
import { openEnum, REFUND_DESTINATION_TYPES, REFUND_STATUSES, REFUND_TYPES } from './enums.js';
import { looseObject, strictObject } from './object.js';

/** POST /payment/v1/refunds: refunds (or, same day, cancels) the whole payment. */
export const refundPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The payment to refund: `payment.id`. */
    paymentId: id,
    /** Your reference, echoed back; generated when left out, and the call's `reference`. */
    conversationId: z.optional(z.string()),
    /** Where the money goes: `CARD` or `WALLET` (`BANK` in the EN docs). */
    refundDestinationType: z.optional(z.enum(REFUND_DESTINATION_TYPES)),
  }),
);

/** POST /payment/v1/refund-transactions: refunds one basket line, in full or in part. */
export const refundTransactionRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The basket line to refund: `payment.paymentTransactions[].id`. */
    paymentTransactionId: id,
    /** Your reference, echoed back; generated when left out, and the call's `reference`. */
    conversationId: z.optional(z.string()),
    /** Amount in the payment's currency, exact to the kuruş; left out, what is left of the line is refunded. */
    refundPrice: z.optional(amount()),
    /** Where the money goes: `CARD` or `WALLET` (`BANK` in the EN docs). */
    refundDestinationType: z.optional(z.enum(REFUND_DESTINATION_TYPES)),
  }),
);

/** POST /payment/v1/refund-transactions/byPaymentId (docs only): a partial refund addressed by payment id. */
export const refundByPaymentIdRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The payment to refund from: `payment.id`; the call's `reference`. */
    paymentId: id,
    /** Amount in the payment's currency, exact to the kuruş. */
    refundPrice: amount(),
    /** Where the money goes: `CARD`, `WALLET` or `BANK` (the docs' default). */
    refundDestinationType: z.optional(z.enum(REFUND_DESTINATION_TYPES)),
  }),
);

/** A refund of one payment transaction. */
export const refundTransactionResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Line refund id. */
    id: z.number(),
    /** The `conversationId` sent with the refund. */
    conversationId: z.nullish(z.string()),
    /** When it was made (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** `SUCCESS` or `FAILURE` (others pass): check it. */
    status: openEnum(REFUND_STATUSES),
    /** Whether the line had already been settled. */
    isAfterSettlement: z.nullish(z.boolean()),
    /** Amount refunded, a decimal in `currency`. */
    refundPrice: decimal,
    /** Part refunded to the card, a decimal in `currency`. */
    refundBankPrice: z.nullish(decimal),
    /** Part refunded to the wallet, a decimal in `currency`. */
    refundWalletPrice: z.nullish(decimal),
    /** Currency of the amounts (others pass). */
    currency: z.nullish(answerCurrency),
    /** The refunded basket line. */
    paymentTransactionId: z.nullish(z.number()),
    /** The payment of that line. */
    paymentId: z.nullish(z.number()),
    /** Where the money went: `CARD`, `WALLET`, `BANK` (others pass). */
    refundDestinationType: z.nullish(openEnum(REFUND_DESTINATION_TYPES)),
    /** The bank's reference of the refund (EN docs). */
    refundHostReference: z.nullish(z.string()),
    /** The bank's authorisation code of the refund (EN docs). */
    refundAuthCode: z.nullish(z.string()),
  }),
);

/**
 * A whole-payment refund. The name of the per-transaction list is not settled (the ÖderoPay node types say
 * `paymentTxRefunds`, the Java client and Craftgate `paymentTransactionRefunds`): both are kept as sent, and
 * `paymentTransactionRefunds` is filled from `paymentTxRefunds` when only that one arrives (an overwrite, not a
 * transform, so that the answer keeps the object's documented type).
 */
export const refundPaymentResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Refund id (a same-day `CANCEL` has one; a `REFUND` may not). */
    id: z.nullish(z.number()),
    /** The `conversationId` sent with the refund. */
    conversationId: z.nullish(z.string()),
    /** When it was made (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** `SUCCESS` or `FAILURE` (others pass): check it. */
    status: openEnum(REFUND_STATUSES),
    /** Amount refunded, a decimal in `currency`. */
    refundPrice: decimal,
    /** Part refunded to the card, a decimal in `currency`. */
    refundBankPrice: z.nullish(decimal),
    /** Part refunded to the wallet, a decimal in `currency`. */
    refundWalletPrice: z.nullish(decimal),
    /** `CANCEL` (same-day void) or `REFUND` (others pass). */
    refundType: z.nullish(openEnum(REFUND_TYPES)),
    /** Where the money went: `CARD`, `WALLET`, `BANK` (others pass). */
    refundDestinationType: z.nullish(openEnum(REFUND_DESTINATION_TYPES)),
    /** Currency of the amounts (others pass). */
    currency: z.nullish(answerCurrency),
    /** The refunded payment. */
    paymentId: z.nullish(z.number()),
    /** The line refunds (Java client and Craftgate name); read this one. */
    paymentTransactionRefunds: z.nullish(z.array(refundTransactionResponse)),
    /** The line refunds (ÖderoPay node types' name), kept as sent. */
    paymentTxRefunds: z.nullish(z.array(refundTransactionResponse)),
  }).check(
    z.overwrite((r) => (r.paymentTransactionRefunds == null && r.paymentTxRefunds != null ? { ...r, paymentTransactionRefunds: r.paymentTxRefunds } : r)),
  ),
);

/** GET …/{id} for a refund or refund transaction. */
export const refundIdPath = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Refund or line refund id (path). */
    id,
  }),
);

/** GET /payment/v1/refund-transactions query. */
export const searchRefundTransactionsRequest = /* @__PURE__ */ lazySchema(() =>
  pagedQuery({
    /** Line refunds of this payment. */
    paymentId: z.optional(id),
    /** Line refunds with this `conversationId`. */
    conversationId: z.optional(z.string()),
    /** Line refunds of this basket line. */
    paymentTransactionId: z.optional(id),
  }),
);

/** A page of line refunds. */
export const refundTransactionList = /* @__PURE__ */ lazySchema(() => listOf(refundTransactionResponse));
