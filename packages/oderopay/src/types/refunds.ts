import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  refundByPaymentIdRequest,
  refundIdPath,
  refundPaymentRequest,
  refundPaymentResponse,
  refundTransactionList,
  refundTransactionRequest,
  refundTransactionResponse,
  searchRefundTransactionsRequest,
} from '../schemas/refund.js';
import type { ListOf } from './list.js';

/** What `refunds.create` takes: the payment to refund whole (a same-day `CANCEL` before any partial refund). */
export interface RefundPaymentParams extends z.input<typeof refundPaymentRequest> {}

/** What `refunds.createTransaction` takes: one basket line, refunded in full or in part. */
export interface RefundTransactionParams extends z.input<typeof refundTransactionRequest> {}

/** What `refunds.createByPaymentId` takes: a partial refund addressed by payment id (EN docs). */
export interface RefundByPaymentIdParams extends z.input<typeof refundByPaymentIdRequest> {}

/** A refund or line refund by its id. */
export interface RetrieveRefundParams extends z.input<typeof refundIdPath> {}

/** What `refunds.searchTransactions` takes: line refunds by payment, conversation or line (paged). */
export interface SearchRefundTransactionsParams extends z.input<typeof searchRefundTransactionsRequest> {}

/** A refund of one basket line (payment transaction). Check `status`. */
export interface RefundTransaction extends Answer<z.output<typeof refundTransactionResponse>> {}

/** A whole-payment refund (`CANCEL` or `REFUND`). Check `status`. */
export interface Refund extends Omit<Answer<z.output<typeof refundPaymentResponse>>, 'paymentTransactionRefunds' | 'paymentTxRefunds'> {
  /** The line refunds (Java client and Craftgate name); read this one. */
  paymentTransactionRefunds?: RefundTransaction[] | null;
  /** The line refunds (ÖderoPay node types' name), kept as sent. */
  paymentTxRefunds?: RefundTransaction[] | null;
}

/** A page of line refunds. */
export interface RefundTransactionList extends ListOf<typeof refundTransactionList, RefundTransaction> {}
