import type { CallOptions, Operation, OperationInput, OperationOutput, Transport } from '@odeme/core';
import type { hasoOperations } from './operations/index.js';

type Ops = typeof hasoOperations;
/** A bound HASO method: validated input in, the parsed `Data` out. */
export type HasoMethodFn<O extends Operation> = (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

function bind<O extends Operation>(transport: Transport, op: O): HasoMethodFn<O> {
  return (input, options) => transport.call(op, input, options);
}

/** Limit methods (5.2.x): start a KKB request, confirm it with the PIN, poll the report, push a KDS limit. */
export class HasoLimits {
  /** 5.2.1 HasoAuthSendInfo: registers the shopper and starts a KKB request (`KkbRefNo`), or returns `CustomerInfo`. */
  readonly start: HasoMethodFn<Ops['hasoAuthSendInfo']>;
  /** 5.2.2 SendKkbPinCode: confirms the KKB request with the SMS PIN; the limit is decided if the report is ready. */
  readonly confirmPin: HasoMethodFn<Ops['sendKkbPinCode']>;
  /** 5.2.3 AskKkbReportResult: polls a confirmed KKB request whose report was not ready. */
  readonly askReportResult: HasoMethodFn<Ops['askKkbReportResult']>;
  /** 5.2.6 SetLimitFromKds: stores a limit computed by your own scoring (`kdsLimit` in kuruş). */
  readonly setFromKds: HasoMethodFn<Ops['setLimitFromKds']>;

  constructor(transport: Transport, ops: Ops) {
    this.start = bind(transport, ops.hasoAuthSendInfo);
    this.confirmPin = bind(transport, ops.sendKkbPinCode);
    this.askReportResult = bind(transport, ops.askKkbReportResult);
    this.setFromKds = bind(transport, ops.setLimitFromKds);
  }
}

/** Customer methods (5.1, 5.9, 5.10, 5.15, 5.19). */
export class HasoCustomers {
  /** 5.1 GetCustomerInformation: the customer's limit and installment options for an order amount. */
  readonly getInformation: HasoMethodFn<Ops['getCustomerInformation']>;
  /** 5.9 GetCustomerTransactions: current payment plans of the customer's approved transactions, newest first. */
  readonly transactions: HasoMethodFn<Ops['getCustomerTransactions']>;
  /** 5.10 GetCustomerPayments: the customer's payments, filterable by status. */
  readonly payments: HasoMethodFn<Ops['getCustomerPayments']>;
  /** 5.15 ChangeCustomerGsmNo: H311 same number, H223 unknown customer, RS115 number unusable (`details.kkbPhones`). */
  readonly changeGsmNo: HasoMethodFn<Ops['changeCustomerGsmNo']>;
  /** 5.19 LoadCustomerBalance: adds balance that closes unpaid installments as it covers them. */
  readonly loadBalance: HasoMethodFn<Ops['loadCustomerBalance']>;

  constructor(transport: Transport, ops: Ops) {
    this.getInformation = bind(transport, ops.getCustomerInformation);
    this.transactions = bind(transport, ops.getCustomerTransactions);
    this.payments = bind(transport, ops.getCustomerPayments);
    this.changeGsmNo = bind(transport, ops.changeCustomerGsmNo);
    this.loadBalance = bind(transport, ops.loadCustomerBalance);
  }
}

/** Transaction methods (5.3, 5.5, 5.21). */
export class HasoTransactions {
  /** 5.3 CreateTransaction [R]: a transaction for a customer with a limit; returns the payment plan. `merchantOid` is generated when left out (`reference`). */
  readonly create: HasoMethodFn<Ops['createTransaction']>;
  /** 5.5 GetPaymentsOfTransaction: the current payment plan (after payments, refunds, expenses). */
  readonly paymentPlan: HasoMethodFn<Ops['getPaymentsOfTransaction']>;
  /** 5.21 GetPaymentPlanByDealerSegment: installment options for an amount and dealer segment. */
  readonly planByDealerSegment: HasoMethodFn<Ops['getPaymentPlanByDealerSegment']>;

  constructor(transport: Transport, ops: Ops) {
    this.create = bind(transport, ops.createTransaction);
    this.paymentPlan = bind(transport, ops.getPaymentsOfTransaction);
    this.planByDealerSegment = bind(transport, ops.getPaymentPlanByDealerSegment);
  }
}

/** "Paid" reports for installments collected outside HASO (5.6, 5.20). */
export class HasoPayments {
  /** 5.6 SetPaidPayment: marks one payment record paid (`Message` RS100). */
  readonly setPaid: HasoMethodFn<Ops['setPaidPayment']>;
  /** 5.20 SetBulkPaidPayment: marks several payment records of one order paid. */
  readonly setBulkPaid: HasoMethodFn<Ops['setBulkPaidPayment']>;

  constructor(transport: Transport, ops: Ops) {
    this.setPaid = bind(transport, ops.setPaidPayment);
    this.setBulkPaid = bind(transport, ops.setBulkPaidPayment);
  }
}

/** Refunds (5.7, 5.8). */
export class HasoRefunds {
  /** 5.7 refund (path and fields INFERRED): full or partial; `refundId` generated when left out (`reference`); H307 when it already succeeded. */
  readonly create: HasoMethodFn<Ops['refundTransaction']>;
  /** 5.8 CheckRefund: status of a refund by `refundId` (a refund's `reference`); H308 when HASO has none. */
  readonly check: HasoMethodFn<Ops['checkRefund']>;

  constructor(transport: Transport, ops: Ops) {
    this.create = bind(transport, ops.refundTransaction);
    this.check = bind(transport, ops.checkRefund);
  }
}

/** Enforcement (icra) reports (5.12, 5.14). */
export class HasoEnforcement {
  /** 5.12 SendExecutionTransaction: tells HASO a transaction went to legal enforcement (fields INFERRED). */
  readonly report: HasoMethodFn<Ops['sendExecutionTransaction']>;
  /** 5.14 SendTransactionExpense: cumulative KTVÜ + expenses, added to the last installment; returns the plan. */
  readonly sendExpense: HasoMethodFn<Ops['sendTransactionExpense']>;

  constructor(transport: Transport, ops: Ops) {
    this.report = bind(transport, ops.sendExecutionTransaction);
    this.sendExpense = bind(transport, ops.sendTransactionExpense);
  }
}

/** [D] `/Index/GetToken`: the token the ServletV2 browser flows carry. */
export class HasoTokens {
  /** Gets a token for a browser flow (parameters INFERRED; `extra` sends any others). */
  readonly get: HasoMethodFn<Ops['getToken']>;

  constructor(transport: Transport, ops: Ops) {
    this.get = bind(transport, ops.getToken);
  }
}
