/**
 * The one table of HASO methods: path, edition, and the `requestToken` field order of each.
 *
 * Orders list wire field names in concatenation order; the merchant salt is always appended after them
 * (spec §2.4). `source: 'documented'` rows carry the order printed in HASO's docs; `source: 'inferred'`
 * rows are defaults for methods whose token row is not public and MUST be confirmed with HASO (override
 * any row through `new Haso({ tokenOrders: { … } })`). `null` sends no `requestToken` at all.
 */
export const HASO_METHODS = {
  getCustomerInformation: {
    section: '5.1',
    edition: 'R',
    path: '/Index/GetCustomerInformation',
    tokenOrder: ['merchantId', 'customerId', 'orderAmount', 'ipAddress'],
    source: 'inferred',
  },
  hasoAuthSendInfo: {
    section: '5.2.1',
    edition: 'S',
    path: '/RequestV2/HasoAuthSendInfo',
    tokenOrder: ['merchantId', 'shopperName', 'shopperSurname', 'tckn', 'mobileNumber', 'ipAddress'],
    source: 'inferred',
  },
  sendKkbPinCode: {
    section: '5.2.2',
    edition: 'R,S',
    path: '/RequestV2/SendKkbPinCode',
    tokenOrder: ['merchantId', 'ipAddress', 'kkbRefNo', 'pinCode'],
    source: 'documented',
  },
  askKkbReportResult: {
    section: '5.2.3',
    edition: 'S',
    path: '/RequestV2/AskKkbReportResult',
    tokenOrder: ['merchantId', 'ipAddress', 'kkbRefNo'],
    source: 'documented',
  },
  setLimitFromKds: {
    section: '5.2.6',
    edition: 'R',
    path: '/RequestV2/SetLimitFromKds',
    tokenOrder: ['merchantId', 'shopperName', 'shopperSurname', 'dealerSegment', 'ipAddress'],
    source: 'documented',
  },
  createTransaction: {
    section: '5.3',
    edition: 'R',
    path: '/RequestV2/CreateTransaction',
    tokenOrder: ['merchantId', 'merchantOid', 'customerId', 'orderAmount', 'selectedInstallment', 'ipAddress'],
    source: 'inferred',
  },
  getPaymentsOfTransaction: {
    section: '5.5',
    edition: 'R,S',
    path: '/Index/GetPaymentsOfTransaction',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'ipAddress'],
    source: 'documented',
  },
  setPaidPayment: {
    section: '5.6',
    edition: 'R',
    path: '/RequestV2/SetPaidPayment',
    tokenOrder: ['merchantId', 'merchantOid', 'paymentCode', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
    source: 'documented',
  },
  refundTransaction: {
    section: '5.7',
    edition: 'R',
    // Path INFERRED from 5.8, which calls the refund service "RefundTransaction".
    path: '/RequestV2/RefundTransaction',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'refundId', 'refundAmount', 'ipAddress'],
    source: 'inferred',
  },
  checkRefund: {
    section: '5.8',
    edition: 'S',
    path: '/RequestV2/CheckRefund',
    tokenOrder: ['merchantId', 'refundId', 'ipAddress'],
    source: 'inferred',
  },
  getCustomerTransactions: {
    section: '5.9',
    edition: 'S',
    path: '/Index/GetCustomerTransactions',
    tokenOrder: ['merchantId', 'customerId', 'ipAddress'],
    source: 'documented',
  },
  getCustomerPayments: {
    section: '5.10',
    edition: 'S',
    path: '/Index/GetCustomerPayments',
    tokenOrder: ['merchantId', 'customerId', 'ipAddress'],
    source: 'documented',
  },
  sendExecutionTransaction: {
    section: '5.12',
    edition: 'R',
    path: '/RequestV2/SendExecutionTransaction',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'ipAddress'],
    source: 'inferred',
  },
  sendTransactionExpense: {
    section: '5.14',
    edition: 'S',
    path: '/RequestV2/SendTransactionExpense',
    tokenOrder: ['merchantId', 'merchantOid', 'transactionCode', 'counterPartyAttorneyFee', 'expenseAmount', 'ipAddress'],
    source: 'documented',
  },
  changeCustomerGsmNo: {
    section: '5.15',
    edition: 'D',
    path: '/Index/ChangeCustomerGsmNo',
    tokenOrder: ['MerchantId', 'CustomerId', 'NewGsmNo', 'ipAddress'],
    source: 'inferred',
  },
  loadCustomerBalance: {
    section: '5.19',
    edition: 'R',
    path: '/RequestV2/LoadCustomerBalance',
    tokenOrder: ['merchantId', 'customerId', 'balanceAmount', 'ipAddress'],
    source: 'documented',
  },
  setBulkPaidPayment: {
    section: '5.20',
    edition: 'R',
    path: '/RequestV2/SetBulkPaidPayment',
    tokenOrder: ['merchantId', 'merchantOid', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
    source: 'documented',
  },
  getPaymentPlanByDealerSegment: {
    section: '5.21',
    edition: 'S',
    path: '/Index/GetPaymentPlanByDealerSegment',
    tokenOrder: ['merchantId', 'ipAddress', 'dealerSegment', 'orderAmount'],
    source: 'documented',
  },
  getToken: {
    section: 'D',
    edition: 'D',
    path: '/Index/GetToken',
    tokenOrder: ['merchantId', 'merchantOid', 'orderAmount', 'ipAddress'],
    source: 'inferred',
  },
} as const satisfies Record<string, HasoMethodRow>;

/** One row of {@link HASO_METHODS}. */
export interface HasoMethodRow {
  /** Section number in HASO's docs (`D` for the newer docs.haso.com.tr edition). */
  readonly section: string;
  /** Documentation edition(s) the row comes from: R (REST V.41), S (store V.39), D (newer). */
  readonly edition: string;
  readonly path: string;
  /** Wire field names joined in this order, the merchant salt appended; `null` = no `requestToken`. */
  readonly tokenOrder: readonly string[] | null;
  /** Whether the order is printed in HASO's docs or is this SDK's default awaiting confirmation. */
  readonly source: 'documented' | 'inferred';
}

/** Name of a HASO method with a known path (a key of {@link HASO_METHODS}). */
export type HasoMethodName = keyof typeof HASO_METHODS;

/** Per-method token order overrides; `null` sends no `requestToken` for that method. */
export type HasoTokenOrders = Partial<Record<HasoMethodName, readonly string[] | null>>;
