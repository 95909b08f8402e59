import type { CallOptions, Referenced } from '@odeme/core';
import type { CreateTransactionParams, DealerSegmentPlanParams, InstallmentOptions, PaymentPlanParams, Transaction } from '../types/transactions.js';

/** `haso.transactions`: the purchase, its payment plan, and installment options by dealer segment. */
export interface TransactionsMethods {
  /**
   * The purchase: buys `orderAmount` (integer kuruş, sent ×100) in `selectedInstallment` installments for a customer
   * who has a limit. HASO checks the customer's and the merchant's limits; the answer has `transactionCode` and the
   * `PaymentPlan`.
   *
   * `POST /RequestV2/CreateTransaction` (5.3 [R]). Moves money, sent once, never retried. Reference: `merchantOid`,
   * generated (20 characters) when left out (`tx.reference`, `error.reference`). Refused with a decline code, it is
   * a `PaymentDeclinedError`.
   * @see `docs/providers/haso.md#the-limit-and-purchase-flow`
   * @example
   * const tx = await haso.transactions.create({ merchantOid: 'ORD-1001', orderAmount: 125_000, selectedInstallment: 3, customerId });
   * for (const p of tx.PaymentPlan ?? []) console.log(p.InstallmentNo, p.installmentPaymentKurus, p.termDate);
   */
  create(params: CreateTransactionParams, options?: CallOptions): Promise<Transaction & Referenced>;
  /**
   * The current payment plan of a transaction, after payments, refunds and expenses: what confirms a return post.
   *
   * `POST /Index/GetPaymentsOfTransaction` (5.5). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#browser-flows`
   */
  paymentPlan(params: PaymentPlanParams, options?: CallOptions): Promise<Transaction>;
  /**
   * The installment options for an amount (integer kuruş) and your customer segment, which sets the fee.
   *
   * `POST /Index/GetPaymentPlanByDealerSegment` (5.21). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#methods`
   */
  planByDealerSegment(params: DealerSegmentPlanParams, options?: CallOptions): Promise<InstallmentOptions>;
}
