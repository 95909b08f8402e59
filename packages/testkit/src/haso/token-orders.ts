// The simulator's own copy of HASO's token orders (spec §2.4 and each method's section), kept apart from the
// client's table on purpose: a typo in one shows up as a failed token check instead of agreeing silently.
// Rows marked INFERRED have no public token row; they mirror the SDK's documented defaults.

/** `requestToken` field orders per HASO path, salt appended; `null` = no token checked. */
export const HASO_SIM_TOKEN_ORDERS: Readonly<Record<string, readonly string[] | null>> = {
  '/Index/GetCustomerInformation': ['merchantId', 'customerId', 'orderAmount', 'ipAddress'], // INFERRED
  '/RequestV2/HasoAuthSendInfo': ['merchantId', 'shopperName', 'shopperSurname', 'tckn', 'mobileNumber', 'ipAddress'], // INFERRED
  '/RequestV2/SendKkbPinCode': ['merchantId', 'ipAddress', 'kkbRefNo', 'pinCode'],
  '/RequestV2/AskKkbReportResult': ['merchantId', 'ipAddress', 'kkbRefNo'],
  '/RequestV2/SetLimitFromKds': ['merchantId', 'shopperName', 'shopperSurname', 'dealerSegment', 'ipAddress'],
  '/RequestV2/CreateTransaction': ['merchantId', 'merchantOid', 'customerId', 'orderAmount', 'selectedInstallment', 'ipAddress'], // INFERRED
  '/Index/GetPaymentsOfTransaction': ['merchantId', 'merchantOid', 'transactionCode', 'ipAddress'],
  '/RequestV2/SetPaidPayment': ['merchantId', 'merchantOid', 'paymentCode', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
  '/RequestV2/RefundTransaction': ['merchantId', 'merchantOid', 'transactionCode', 'refundId', 'refundAmount', 'ipAddress'], // INFERRED
  '/RequestV2/CheckRefund': ['merchantId', 'refundId', 'ipAddress'], // INFERRED
  '/Index/GetCustomerTransactions': ['merchantId', 'customerId', 'ipAddress'],
  '/Index/GetCustomerPayments': ['merchantId', 'customerId', 'ipAddress'],
  '/RequestV2/SendExecutionTransaction': ['merchantId', 'merchantOid', 'transactionCode', 'ipAddress'], // INFERRED
  '/RequestV2/SendTransactionExpense': ['merchantId', 'merchantOid', 'transactionCode', 'counterPartyAttorneyFee', 'expenseAmount', 'ipAddress'],
  '/Index/ChangeCustomerGsmNo': ['MerchantId', 'CustomerId', 'NewGsmNo', 'ipAddress'], // INFERRED
  '/RequestV2/LoadCustomerBalance': ['merchantId', 'customerId', 'balanceAmount', 'ipAddress'],
  '/RequestV2/SetBulkPaidPayment': ['merchantId', 'merchantOid', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
  '/Index/GetPaymentPlanByDealerSegment': ['merchantId', 'ipAddress', 'dealerSegment', 'orderAmount'],
  '/Index/GetToken': ['merchantId', 'merchantOid', 'orderAmount', 'ipAddress'], // INFERRED
};
