import * as z from 'zod';
import { amount, decimal, id, paging } from './common.js';
import { openEnum, REFUND_DESTINATION_TYPES, REFUND_STATUSES, REFUND_TYPES } from './enums.js';

/** POST /payment/v1/refunds: refunds (or, same day, cancels) the whole payment. */
export const refundPaymentRequest = z.strictObject({
  paymentId: id,
  conversationId: z.string().optional(),
  refundDestinationType: openEnum(REFUND_DESTINATION_TYPES).optional(),
});

/** POST /payment/v1/refund-transactions: refunds one basket line, in full or in part. */
export const refundTransactionRequest = z.strictObject({
  paymentTransactionId: id,
  conversationId: z.string().optional(),
  /** Omit to refund what is left of the line. */
  refundPrice: amount().optional(),
  refundDestinationType: openEnum(REFUND_DESTINATION_TYPES).optional(),
});

/** POST /payment/v1/refund-transactions/byPaymentId (docs only): a partial refund addressed by payment id. */
export const refundByPaymentIdRequest = z.strictObject({
  paymentId: id,
  refundPrice: amount(),
  /** The docs give BANK as the default. */
  refundDestinationType: openEnum(REFUND_DESTINATION_TYPES).optional(),
});

/** A refund of one payment transaction. */
export const refundTransactionResponse = z.looseObject({
  id: z.number(),
  conversationId: z.string().nullish(),
  createdDate: z.string().nullish(),
  status: openEnum(REFUND_STATUSES),
  isAfterSettlement: z.boolean().nullish(),
  refundPrice: decimal,
  refundBankPrice: decimal.nullish(),
  refundWalletPrice: decimal.nullish(),
  currency: z.string().nullish(),
  paymentTransactionId: z.number().nullish(),
  paymentId: z.number().nullish(),
  refundDestinationType: openEnum(REFUND_DESTINATION_TYPES).nullish(),
  refundHostReference: z.string().nullish(),
  refundAuthCode: z.string().nullish(),
});

/**
 * A whole-payment refund. The name of the per-transaction list is not settled (the ÖderoPay node types say
 * `paymentTxRefunds`, the Java client and Craftgate `paymentTransactionRefunds`): both are kept as sent, and
 * `paymentTransactionRefunds` is filled from `paymentTxRefunds` when only that one arrives.
 */
export const refundPaymentResponse = z
  .looseObject({
    id: z.number().nullish(),
    conversationId: z.string().nullish(),
    createdDate: z.string().nullish(),
    status: openEnum(REFUND_STATUSES),
    refundPrice: decimal,
    refundBankPrice: decimal.nullish(),
    refundWalletPrice: decimal.nullish(),
    refundType: openEnum(REFUND_TYPES).nullish(),
    refundDestinationType: openEnum(REFUND_DESTINATION_TYPES).nullish(),
    currency: z.string().nullish(),
    paymentId: z.number().nullish(),
    paymentTransactionRefunds: z.array(refundTransactionResponse).nullish(),
    paymentTxRefunds: z.array(refundTransactionResponse).nullish(),
  })
  .transform((r) => (r.paymentTransactionRefunds == null && r.paymentTxRefunds != null ? { ...r, paymentTransactionRefunds: r.paymentTxRefunds } : r));

/** GET …/{id} for a refund or refund transaction. */
export const refundIdPath = z.strictObject({ id });

/** GET /payment/v1/refund-transactions query. */
export const searchRefundTransactionsRequest = z.strictObject({
  paymentId: id.optional(),
  conversationId: z.string().optional(),
  paymentTransactionId: id.optional(),
  ...paging,
});
