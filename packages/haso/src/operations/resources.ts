import { customersChangeGsmNo, customersGetInformation, customersLoadBalance, customersPayments, customersTransactions } from './customer.js';
import { enforcementReport, enforcementSendExpense } from './enforcement.js';
import { limitsAskReportResult, limitsConfirmPin, limitsSetFromKds, limitsStart } from './limit.js';
import { paymentsSetBulkPaid, paymentsSetPaid } from './payment.js';
import { refundsCheck, refundsCreate } from './refund.js';
import { tokensGet } from './tokens.js';
import { transactionsCreate, transactionsPaymentPlan, transactionsPlanByDealerSegment } from './transaction.js';

/**
 * The type of {@link hasoResources}: the rows of each client resource, by method name. Each group is an object type
 * (not an interface) so that core's `bindOperations` takes it as a record of rows. Hidden from the reference for the
 * size of its rows' schema types: each method is documented on its resource's interface (`LimitsMethods`…).
 * @hidden
 */
export interface HasoResources {
  /** `haso.limits`: 5.2.x. */
  readonly limits: {
    /** 5.2.1 HasoAuthSendInfo: `limitsStart`. */
    readonly start: typeof limitsStart;
    /** 5.2.2 SendKkbPinCode: `limitsConfirmPin`. */
    readonly confirmPin: typeof limitsConfirmPin;
    /** 5.2.3 AskKkbReportResult: `limitsAskReportResult`. */
    readonly askReportResult: typeof limitsAskReportResult;
    /** 5.2.6 SetLimitFromKds: `limitsSetFromKds`. */
    readonly setFromKds: typeof limitsSetFromKds;
  };
  /** `haso.customers`: 5.1, 5.9, 5.10, 5.15, 5.19. */
  readonly customers: {
    /** 5.1 GetCustomerInformation: `customersGetInformation`. */
    readonly getInformation: typeof customersGetInformation;
    /** 5.9 GetCustomerTransactions: `customersTransactions`. */
    readonly transactions: typeof customersTransactions;
    /** 5.10 GetCustomerPayments: `customersPayments`. */
    readonly payments: typeof customersPayments;
    /** 5.15 ChangeCustomerGsmNo: `customersChangeGsmNo`. */
    readonly changeGsmNo: typeof customersChangeGsmNo;
    /** 5.19 LoadCustomerBalance: `customersLoadBalance`. */
    readonly loadBalance: typeof customersLoadBalance;
  };
  /** `haso.transactions`: 5.3, 5.5, 5.21. */
  readonly transactions: {
    /** 5.3 CreateTransaction: `transactionsCreate`. */
    readonly create: typeof transactionsCreate;
    /** 5.5 GetPaymentsOfTransaction: `transactionsPaymentPlan`. */
    readonly paymentPlan: typeof transactionsPaymentPlan;
    /** 5.21 GetPaymentPlanByDealerSegment: `transactionsPlanByDealerSegment`. */
    readonly planByDealerSegment: typeof transactionsPlanByDealerSegment;
  };
  /** `haso.payments`: 5.6, 5.20. */
  readonly payments: {
    /** 5.6 SetPaidPayment: `paymentsSetPaid`. */
    readonly setPaid: typeof paymentsSetPaid;
    /** 5.20 SetBulkPaidPayment: `paymentsSetBulkPaid`. */
    readonly setBulkPaid: typeof paymentsSetBulkPaid;
  };
  /** `haso.refunds`: 5.7, 5.8. */
  readonly refunds: {
    /** 5.7 refund (path INFERRED): `refundsCreate`. */
    readonly create: typeof refundsCreate;
    /** 5.8 CheckRefund: `refundsCheck`. */
    readonly check: typeof refundsCheck;
  };
  /** `haso.enforcement`: 5.12, 5.14. */
  readonly enforcement: {
    /** 5.12 SendExecutionTransaction: `enforcementReport`. */
    readonly report: typeof enforcementReport;
    /** 5.14 SendTransactionExpense: `enforcementSendExpense`. */
    readonly sendExpense: typeof enforcementSendExpense;
  };
  /** `haso.tokens`: [D] GetToken. */
  readonly tokens: {
    /** [D] GetToken: `tokensGet`. */
    readonly get: typeof tokensGet;
  };
}

/**
 * The rows of each `Haso` resource, by method name: `haso.limits.start(…)` runs `hasoResources.limits.start`
 * (the same row as `limitsStart` and `hasoOperations.hasoAuthSendInfo`). Each method is documented on its resource's
 * interface (`LimitsMethods`…); hidden from the reference for the size of its type.
 * @hidden
 */
export const hasoResources: HasoResources = {
  limits: { start: limitsStart, confirmPin: limitsConfirmPin, askReportResult: limitsAskReportResult, setFromKds: limitsSetFromKds },
  customers: {
    getInformation: customersGetInformation,
    transactions: customersTransactions,
    payments: customersPayments,
    changeGsmNo: customersChangeGsmNo,
    loadBalance: customersLoadBalance,
  },
  transactions: { create: transactionsCreate, paymentPlan: transactionsPaymentPlan, planByDealerSegment: transactionsPlanByDealerSegment },
  payments: { setPaid: paymentsSetPaid, setBulkPaid: paymentsSetBulkPaid },
  refunds: { create: refundsCreate, check: refundsCheck },
  enforcement: { report: enforcementReport, sendExpense: enforcementSendExpense },
  tokens: { get: tokensGet },
};
