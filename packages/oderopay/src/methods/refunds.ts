import type { CallOptions, Referenced } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type {
  Refund,
  RefundByPaymentIdParams,
  RefundPaymentParams,
  RefundTransaction,
  RefundTransactionList,
  RefundTransactionParams,
  RetrieveRefundParams,
  SearchRefundTransactionsParams,
} from '../types/refunds.js';

/** `odero.refunds`: whole-payment refunds (a same-day `CANCEL`) and refunds of single basket lines. */
export interface RefundsMethods {
  /**
   * Refunds a whole payment; ÖderoPay executes it as `CANCEL` when it is the same day and nothing was refunded yet.
   * Check `status`.
   *
   * `POST /payment/v1/refunds`. Moves money, sent once. Reference: `conversationId`, generated when left out.
   * @see `docs/providers/oderopay.md#refunds`
   */
  create(params: RefundPaymentParams, options?: CallOptions): Promise<Refund & Referenced>;
  /**
   * Reads a whole-payment refund by its id.
   *
   * `GET /payment/v1/refunds/{id}`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#refunds`
   */
  retrieve(params: RetrieveRefundParams, options?: CallOptions): Promise<Refund>;
  /**
   * Refunds one basket line, in full or in part (`refundPrice`). Check `status`.
   *
   * `POST /payment/v1/refund-transactions`. Moves money, sent once. Reference: `conversationId`, generated when left out.
   * @see `docs/providers/oderopay.md#refunds`
   */
  createTransaction(params: RefundTransactionParams, options?: CallOptions): Promise<RefundTransaction & Referenced>;
  /**
   * Reads a line refund by its id.
   *
   * `GET /payment/v1/refund-transactions/{id}`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#refunds`
   */
  retrieveTransaction(params: RetrieveRefundParams, options?: CallOptions): Promise<RefundTransaction>;
  /**
   * Searches line refunds by payment, `conversationId` or line; one page (`page`, `size`), see `searchTransactionsAll`.
   *
   * `GET /payment/v1/refund-transactions`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#refunds`
   */
  searchTransactions(params?: SearchRefundTransactionsParams, options?: CallOptions): Promise<RefundTransactionList>;
  /**
   * Refunds part of a payment addressed by its id (documented in the EN docs only). Check `status`.
   *
   * `POST /payment/v1/refund-transactions/byPaymentId`. Moves money, sent once. Reference: `paymentId`.
   * @see `docs/providers/oderopay.md#refunds`
   */
  createByPaymentId(params: RefundByPaymentIdParams, options?: CallOptions): Promise<RefundTransaction & Referenced>;
}

/** What `odero.refunds` has besides its rows. */
export interface RefundsExtras {
  /**
   * Every line refund of a search, a page at a time as the loop asks (`for await`); `page` is the first page read
   * (default 0), `size` the page size (default 50).
   *
   * `GET /payment/v1/refund-transactions`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchTransactionsAll(params?: SearchRefundTransactionsParams, options?: ListAllOptions): AsyncGenerator<RefundTransaction, void, undefined>;
}
