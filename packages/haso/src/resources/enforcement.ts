import type { CallOptions, Referenced } from '@odeme/core';
import type { Acknowledgement } from '../types/customers.js';
import type { EnforcementExpenseParams, EnforcementReportParams } from '../types/enforcement.js';
import type { Transaction } from '../types/transactions.js';

/** `haso.enforcement`: transactions handed over to legal enforcement (icra), and their expenses. */
export interface EnforcementMethods {
  /**
   * Tells HASO that a transaction went to legal enforcement (fields INFERRED; `extra` sends others).
   *
   * `POST /RequestV2/SendExecutionTransaction` (5.12). Moves money, sent once. Reference: `merchantOid` (never generated).
   * @see `docs/providers/haso.md#methods`
   */
  report(params: EnforcementReportParams, options?: CallOptions): Promise<Acknowledgement & Referenced>;
  /**
   * Sends the KTVÜ and the other enforcement expenses (integer kuruş), added to the last installment; always the
   * cumulative total, which replaces the previous one. Returns the plan.
   *
   * `POST /RequestV2/SendTransactionExpense` (5.14). Moves money, sent once. Reference: `merchantOid` (never generated).
   * @see `docs/providers/haso.md#methods`
   */
  sendExpense(params: EnforcementExpenseParams, options?: CallOptions): Promise<Transaction & Referenced>;
}
