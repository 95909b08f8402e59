import type { CallOptions, Referenced } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type {
  Acknowledgement,
  ChangeGsmNoParams,
  CustomerInformationParams,
  CustomerPayments,
  CustomerPaymentsParams,
  CustomerTransaction,
  CustomerTransactions,
  CustomerTransactionsParams,
  GsmChangeResult,
  LoadBalanceParams,
} from '../types/customers.js';
import type { LimitStatus } from '../types/limits.js';
import type { Installment } from '../types/transactions.js';

/** `haso.customers`: a customer's limit and installment options, their transactions and payments, GSM number and balance. */
export interface CustomersMethods {
  /**
   * The customer's limit (`CustomerInfo`) and installment options for an order amount (integer kuruş). Leave
   * `customerId` out for a new customer.
   *
   * `POST /Index/GetCustomerInformation` (5.1). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#the-limit-and-purchase-flow`
   */
  getInformation(params: CustomerInformationParams, options?: CallOptions): Promise<LimitStatus>;
  /**
   * One page of the current payment plans of the customer's approved transactions, newest first (`pageNo` from 1,
   * `pageSize` 50 by default). `transactionsAll` reads every page.
   *
   * `POST /Index/GetCustomerTransactions` (5.9). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#paging`
   */
  transactions(params: CustomerTransactionsParams, options?: CallOptions): Promise<CustomerTransactions>;
  /**
   * One page of the customer's payments, newest first, optionally only those with the given statuses
   * (`HASO_PAYMENT_STATUSES`). `paymentsAll` reads every page.
   *
   * `POST /Index/GetCustomerPayments` (5.10). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#paging`
   */
  payments(params: CustomerPaymentsParams, options?: CallOptions): Promise<CustomerPayments>;
  /**
   * Changes the customer's mobile number (`NewGsmNo`, any common writing). Refused with H311 (same number), H223
   * (unknown customer) or RS115 (number unusable; the numbers registered at KKB in `error.details.kkbPhones`).
   *
   * `POST /Index/ChangeCustomerGsmNo` (5.15, [D] edition). Changes state, sent once; no reference.
   * @see `docs/providers/haso.md#methods`
   */
  changeGsmNo(params: ChangeGsmNoParams, options?: CallOptions): Promise<GsmChangeResult>;
  /**
   * Loads balance (`balanceAmount`, integer kuruş) onto the customer's account: as soon as it covers an unpaid
   * installment, HASO deducts it and closes the installment.
   *
   * `POST /RequestV2/LoadCustomerBalance` (5.19). Moves money, sent once. Reference: your `paymentReferenceCode`
   * (never generated).
   * @see `docs/providers/haso.md#when-the-outcome-is-unknown`
   */
  loadBalance(params: LoadBalanceParams, options?: CallOptions): Promise<Acknowledgement & Referenced>;
}

/** What `haso.customers` has besides its rows: every page of its two listings. */
export interface CustomersExtras {
  /**
   * Every transaction of the customer (5.9), newest first, a page at a time as the loop asks: from `params.pageNo`
   * (default 1), `params.pageSize` per page (default 50, HASO's). Ends at a page shorter than `pageSize`, at
   * `options.maxPages` (default 1,000) or when `options.signal` aborts; each page is a read, retried as one.
   * Transactions created while it runs shift the pages, so one may be seen twice.
   *
   * `POST /Index/GetCustomerTransactions` (5.9), once per page.
   * @see `docs/providers/haso.md#paging`
   * @example
   * for await (const tx of haso.customers.transactionsAll({ customerId })) console.log(tx.PaymentPlan?.length);
   */
  transactionsAll(params: CustomerTransactionsParams, options?: ListAllOptions): AsyncIterable<CustomerTransaction>;
  /**
   * Every payment of the customer (5.10), newest first, a page at a time: as `transactionsAll`, with the
   * `paymentStatuses` filter.
   *
   * `POST /Index/GetCustomerPayments` (5.10), once per page.
   * @see `docs/providers/haso.md#paging`
   * @example
   * for await (const p of haso.customers.paymentsAll({ customerId, paymentStatuses: [HASO_PAYMENT_STATUSES.overdue] })) console.log(p.paymentCode);
   */
  paymentsAll(params: CustomerPaymentsParams, options?: ListAllOptions): AsyncIterable<Installment>;
}
