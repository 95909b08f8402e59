import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { basketItem } from '../schemas/common.js';
import type { installmentOptionsData, paymentPlanItem, planData } from '../schemas/responses.js';
import type { createTransactionRequest, getPaymentPlanByDealerSegmentRequest, getPaymentsOfTransactionRequest } from '../schemas/transaction.js';

/** One basket line of a purchase or a plan query (5.3 model); `skuAmount` in integer kuruş. */
export interface BasketItem extends z.input<typeof basketItem> {}

/** What `transactions.create` (5.3 CreateTransaction) takes: the amount in integer kuruş, the installment chosen, the customer. */
export interface CreateTransactionParams extends Omit<z.input<typeof createTransactionRequest>, 'basketList'> {
  /** Basket lines; optional, but they improve HASO's checks such as the down payment. */
  basketList?: BasketItem[] | undefined;
}

/** What `transactions.paymentPlan` (5.5 GetPaymentsOfTransaction) takes: your order number and HASO's transaction code. */
export interface PaymentPlanParams extends z.input<typeof getPaymentsOfTransactionRequest> {}

/** What `transactions.planByDealerSegment` (5.21) takes: the amount in integer kuruş and your customer segment. */
export interface DealerSegmentPlanParams extends Omit<z.input<typeof getPaymentPlanByDealerSegmentRequest>, 'basketList'> {
  /** Basket lines; optional, but they improve HASO's checks such as the down payment. */
  basketList?: BasketItem[] | undefined;
}

/**
 * One installment of a payment plan (fields named as 5.14 documents them): HASO's TL decimals, each with its
 * integer-kuruş twin (`installmentPaymentKurus`), the due date and the `paymentCode` the "paid" reports take.
 */
export interface Installment extends Answer<z.output<typeof paymentPlanItem>> {}

/**
 * A payment-plan installment.
 * @deprecated Use `Installment`.
 */
export type HasoPaymentPlanItem = Installment;

/**
 * A transaction and its current payment plan (5.3, 5.5, 5.14). Fields HASO returns that the SDK does not model are
 * on `responseOf(transaction)?.data`.
 */
export interface Transaction extends Omit<Answer<z.output<typeof planData>>, 'PaymentPlan'> {
  /** The installments, with kuruş twins. */
  PaymentPlan?: Installment[] | null;
}

/** The installment options for an amount and a dealer segment (5.21). */
export interface InstallmentOptions extends Omit<Answer<z.output<typeof installmentOptionsData>>, 'Installments'> {
  /** The options; `InstallmentNo` is what `transactions.create` takes as `selectedInstallment`. */
  Installments?: Installment[] | null;
}
