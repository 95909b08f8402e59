import { customersChangeGsmNo, customersGetInformation, customersLoadBalance, customersPayments, customersTransactions } from './customer.js';
import { enforcementReport, enforcementSendExpense } from './enforcement.js';
import { limitsAskReportResult, limitsConfirmPin, limitsSetFromKds, limitsStart } from './limit.js';
import { paymentsSetBulkPaid, paymentsSetPaid } from './payment.js';
import { refundsCheck, refundsCreate } from './refund.js';
import { tokensGet } from './tokens.js';
import { transactionsCreate, transactionsPaymentPlan, transactionsPlanByDealerSegment } from './transaction.js';

/**
 * The type of {@link hasoOperations}: each HASO method name and its row. Its rows' full schema types are too large for
 * a reference page: each row is documented as its own export (`transactionsCreate`…) and as a client method
 * (`TransactionsMethods.create`…).
 * @hidden
 */
export interface HasoOperations {
  /** 5.1 GetCustomerInformation: {@link customersGetInformation}. */
  readonly getCustomerInformation: typeof customersGetInformation;
  /** 5.2.1 HasoAuthSendInfo: {@link limitsStart}. */
  readonly hasoAuthSendInfo: typeof limitsStart;
  /** 5.2.2 SendKkbPinCode: {@link limitsConfirmPin}. */
  readonly sendKkbPinCode: typeof limitsConfirmPin;
  /** 5.2.3 AskKkbReportResult: {@link limitsAskReportResult}. */
  readonly askKkbReportResult: typeof limitsAskReportResult;
  /** 5.2.6 SetLimitFromKds: {@link limitsSetFromKds}. */
  readonly setLimitFromKds: typeof limitsSetFromKds;
  /** 5.3 CreateTransaction, the purchase: {@link transactionsCreate}. */
  readonly createTransaction: typeof transactionsCreate;
  /** 5.5 GetPaymentsOfTransaction: {@link transactionsPaymentPlan}. */
  readonly getPaymentsOfTransaction: typeof transactionsPaymentPlan;
  /** 5.6 SetPaidPayment: {@link paymentsSetPaid}. */
  readonly setPaidPayment: typeof paymentsSetPaid;
  /** 5.7 refund (path INFERRED): {@link refundsCreate}. */
  readonly refundTransaction: typeof refundsCreate;
  /** 5.8 CheckRefund: {@link refundsCheck}. */
  readonly checkRefund: typeof refundsCheck;
  /** 5.9 GetCustomerTransactions: {@link customersTransactions}. */
  readonly getCustomerTransactions: typeof customersTransactions;
  /** 5.10 GetCustomerPayments: {@link customersPayments}. */
  readonly getCustomerPayments: typeof customersPayments;
  /** 5.12 SendExecutionTransaction: {@link enforcementReport}. */
  readonly sendExecutionTransaction: typeof enforcementReport;
  /** 5.14 SendTransactionExpense: {@link enforcementSendExpense}. */
  readonly sendTransactionExpense: typeof enforcementSendExpense;
  /** 5.15 ChangeCustomerGsmNo [D]: {@link customersChangeGsmNo}. */
  readonly changeCustomerGsmNo: typeof customersChangeGsmNo;
  /** 5.19 LoadCustomerBalance: {@link customersLoadBalance}. */
  readonly loadCustomerBalance: typeof customersLoadBalance;
  /** 5.20 SetBulkPaidPayment: {@link paymentsSetBulkPaid}. */
  readonly setBulkPaidPayment: typeof paymentsSetBulkPaid;
  /** 5.21 GetPaymentPlanByDealerSegment: {@link transactionsPlanByDealerSegment}. */
  readonly getPaymentPlanByDealerSegment: typeof transactionsPlanByDealerSegment;
  /** [D] /Index/GetToken: {@link tokensGet}. */
  readonly getToken: typeof tokensGet;
}

/**
 * Every HASO operation row, keyed by HASO's method name (the keys of `HASO_METHODS`, `tokenOrders` and `paths`).
 * Importing this pulls in every row: to call one method with the smallest bundle, import its row instead. Hidden from
 * the reference for its size: each row is documented as its own export and as a client method; `HASO_METHODS` lists
 * their paths and token orders.
 * @hidden
 */
export const hasoOperations: HasoOperations = {
  /** 5.1 GetCustomerInformation: {@link customersGetInformation}. */
  getCustomerInformation: customersGetInformation,
  /** 5.2.1 HasoAuthSendInfo: {@link limitsStart}. */
  hasoAuthSendInfo: limitsStart,
  /** 5.2.2 SendKkbPinCode: {@link limitsConfirmPin}. */
  sendKkbPinCode: limitsConfirmPin,
  /** 5.2.3 AskKkbReportResult: {@link limitsAskReportResult}. */
  askKkbReportResult: limitsAskReportResult,
  /** 5.2.6 SetLimitFromKds: {@link limitsSetFromKds}. */
  setLimitFromKds: limitsSetFromKds,
  /** 5.3 CreateTransaction, the purchase: {@link transactionsCreate}. */
  createTransaction: transactionsCreate,
  /** 5.5 GetPaymentsOfTransaction: {@link transactionsPaymentPlan}. */
  getPaymentsOfTransaction: transactionsPaymentPlan,
  /** 5.6 SetPaidPayment: {@link paymentsSetPaid}. */
  setPaidPayment: paymentsSetPaid,
  /** 5.7 refund (path INFERRED): {@link refundsCreate}. */
  refundTransaction: refundsCreate,
  /** 5.8 CheckRefund: {@link refundsCheck}. */
  checkRefund: refundsCheck,
  /** 5.9 GetCustomerTransactions: {@link customersTransactions}. */
  getCustomerTransactions: customersTransactions,
  /** 5.10 GetCustomerPayments: {@link customersPayments}. */
  getCustomerPayments: customersPayments,
  /** 5.12 SendExecutionTransaction: {@link enforcementReport}. */
  sendExecutionTransaction: enforcementReport,
  /** 5.14 SendTransactionExpense: {@link enforcementSendExpense}. */
  sendTransactionExpense: enforcementSendExpense,
  /** 5.15 ChangeCustomerGsmNo [D]: {@link customersChangeGsmNo}. */
  changeCustomerGsmNo: customersChangeGsmNo,
  /** 5.19 LoadCustomerBalance: {@link customersLoadBalance}. */
  loadCustomerBalance: customersLoadBalance,
  /** 5.20 SetBulkPaidPayment: {@link paymentsSetBulkPaid}. */
  setBulkPaidPayment: paymentsSetBulkPaid,
  /** 5.21 GetPaymentPlanByDealerSegment: {@link transactionsPlanByDealerSegment}. */
  getPaymentPlanByDealerSegment: transactionsPlanByDealerSegment,
  /** [D] /Index/GetToken: {@link tokensGet}. */
  getToken: tokensGet,
};
