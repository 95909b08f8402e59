import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  changeCustomerGsmNoRequest,
  getCustomerInformationRequest,
  getCustomerPaymentsRequest,
  getCustomerTransactionsRequest,
  loadCustomerBalanceRequest,
} from '../schemas/customer.js';
import type { customerPaymentsData, customerTransaction, customerTransactionsData, genericData, gsmChangeData } from '../schemas/responses.js';
import type { Installment } from './transactions.js';

/** What `customers.getInformation` (5.1) takes: the order amount in integer kuruş and, for a known customer, their id. */
export interface CustomerInformationParams extends z.input<typeof getCustomerInformationRequest> {}

/** What `customers.transactions` (5.9) takes: the customer, and a page (`pageNo` from 1, `pageSize` 50 by default). */
export interface CustomerTransactionsParams extends z.input<typeof getCustomerTransactionsRequest> {}

/** What `customers.payments` (5.10) takes: the customer, the statuses to keep, and a page. */
export interface CustomerPaymentsParams extends z.input<typeof getCustomerPaymentsRequest> {}

/** What `customers.changeGsmNo` (5.15) takes, with the [D] edition's PascalCase names. */
export interface ChangeGsmNoParams extends z.input<typeof changeCustomerGsmNoRequest> {}

/** What `customers.loadBalance` (5.19) takes: the amount in integer kuruş and the day the customer paid. */
export interface LoadBalanceParams extends z.input<typeof loadCustomerBalanceRequest> {}

/**
 * One of a customer's transactions (5.9). HASO does not publish the item's fields, so only its plan is modelled:
 * read the others (`transactionCode`…) from `responseOf(page)?.data`, once HASO confirms them.
 */
export interface CustomerTransaction extends Omit<Answer<z.output<typeof customerTransaction>>, 'PaymentPlan'> {
  /** The transaction's current installments, with kuruş twins. */
  PaymentPlan?: Installment[] | null;
}

/** A page of a customer's transactions (5.9), newest first. */
export interface CustomerTransactions extends Omit<Answer<z.output<typeof customerTransactionsData>>, 'Transactions'> {
  /** The page's transactions. */
  Transactions?: CustomerTransaction[] | null;
}

/** A page of a customer's payments (5.10), newest first. */
export interface CustomerPayments extends Omit<Answer<z.output<typeof customerPaymentsData>>, 'Payments'> {
  /** The page's payments, read as installments. */
  Payments?: Installment[] | null;
}

/** The answer of a GSM change (5.15): its result code. */
export interface GsmChangeResult extends Answer<z.output<typeof gsmChangeData>> {}

/** An answer that carries only its result code (5.12, 5.19); anything else HASO sends is on `responseOf(result)?.data`. */
export interface Acknowledgement extends Answer<z.output<typeof genericData>> {}
