import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  paymentCardDetail,
  paymentDetail,
  paymentDetailList,
  reportedError,
  reportedRefund,
  reportedTransaction,
  reportedTransactionCommissions,
  reportedTransactionRefund,
  searchPaymentsRequest,
} from '../schemas/reporting.js';
import type { bouncedRowsRequest, payoutCompletedRequest, settlementRow, settlementRowList } from '../schemas/settlement.js';
import type { ListOf } from './list.js';
import type { Payout } from './payments.js';

/** What `reporting.searchPayments` takes: filters over payments (paged; lists comma-joined, dates in Istanbul time). */
export interface SearchPaymentsParams extends z.input<typeof searchPaymentsRequest> {}

/** Why a reported card payment or refund failed. */
export interface ReportedError extends Answer<z.output<typeof reportedError>> {}

/** The card side of a reported payment. */
export interface ReportedPaymentCard extends Omit<Answer<z.output<typeof paymentCardDetail>>, 'error'> {
  /** Why the card payment failed, when it did. */
  error?: ReportedError | null;
}

/** A refund of a reported payment. */
export interface ReportedRefund extends Omit<Answer<z.output<typeof reportedRefund>>, 'error'> {
  /** Why the refund failed, when it did. */
  error?: ReportedError | null;
}

/** A refund of one reported basket line. */
export interface ReportedTransactionRefund extends Omit<Answer<z.output<typeof reportedTransactionRefund>>, 'error'> {
  /** Why the refund failed, when it did. */
  error?: ReportedError | null;
}

/** The commissions of one reported basket line. */
export interface ReportedTransactionCommissions extends Answer<z.output<typeof reportedTransactionCommissions>> {}

/** One basket line of a reported payment, with its payout, commissions and refunds. */
export interface ReportedTransaction
  extends Omit<Answer<z.output<typeof reportedTransaction>>, 'payout' | 'paymentTransactionCard' | 'paymentTransactionRefunds'> {
  /** How the line's money is split. */
  payout?: Payout | null;
  /** Commissions of the line. */
  paymentTransactionCard?: ReportedTransactionCommissions | null;
  /** Refunds of the line. */
  paymentTransactionRefunds?: ReportedTransactionRefund[] | null;
}

/** A payment as the reporting API returns it (search, retrieve, `payments.findByConversationId`). */
export interface PaymentDetail extends Omit<Answer<z.output<typeof paymentDetail>>, 'paymentCard' | 'paymentRefunds' | 'paymentTransactions'> {
  /** The card side of the payment. */
  paymentCard?: ReportedPaymentCard | null;
  /** Refunds of the payment. */
  paymentRefunds?: ReportedRefund[] | null;
  /** The basket lines. */
  paymentTransactions?: ReportedTransaction[] | null;
}

/** A page of reported payments. */
export interface PaymentDetailList extends ListOf<typeof paymentDetailList, PaymentDetail> {}

/** What `settlementReporting.searchBouncedSubMerchantRows` takes: a period (paged). */
export interface BouncedRowsParams extends z.input<typeof bouncedRowsRequest> {}

/** What `settlementReporting.searchPayoutCompletedTransactions` takes: a period, a file or a type (paged). */
export interface PayoutCompletedParams extends z.input<typeof payoutCompletedRequest> {}

/** One settlement-file row: a completed payout or a bounced sub-merchant payout. */
export interface SettlementRow extends Answer<z.output<typeof settlementRow>> {}

/** A page of settlement-file rows. */
export interface SettlementRowList extends ListOf<typeof settlementRowList, SettlementRow> {}
