import { defineOperation } from '@odeme/core';
import { paymentReferenceCodeReference } from '../reference.js';
import {
  changeCustomerGsmNoRequest,
  getCustomerInformationRequest,
  getCustomerPaymentsRequest,
  getCustomerTransactionsRequest,
  loadCustomerBalanceRequest,
} from '../schemas/customer.js';
import { customerPaymentsData, customerTransactionsData, genericData, gsmChangeData, limitData } from '../schemas/responses.js';
import { rowMeta } from './meta.js';

// Customer rows (5.1, 5.9, 5.10, 5.15, 5.19).

/** 5.1 GetCustomerInformation: the customer's limit and installment options for an order amount (`orderAmount` in kuruş). */
export const customersGetInformation = /* @__PURE__ */ defineOperation({
  id: 'customers.getInformation',
  method: 'POST',
  path: '/Index/GetCustomerInformation',
  request: getCustomerInformationRequest,
  response: limitData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'getCustomerInformation',
    section: '5.1',
    edition: 'R',
    tokenOrder: ['merchantId', 'customerId', 'orderAmount', 'ipAddress'],
    source: 'inferred',
  }),
});

/** 5.9 GetCustomerTransactions: current payment plans of the customer's approved transactions, newest first. */
export const customersTransactions = /* @__PURE__ */ defineOperation({
  id: 'customers.transactions',
  method: 'POST',
  path: '/Index/GetCustomerTransactions',
  request: getCustomerTransactionsRequest,
  response: customerTransactionsData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'getCustomerTransactions',
    section: '5.9',
    edition: 'S',
    tokenOrder: ['merchantId', 'customerId', 'ipAddress'],
    source: 'documented',
  }),
});

/** 5.10 GetCustomerPayments: the customer's payments, filterable by status (`HASO_PAYMENT_STATUSES`). */
export const customersPayments = /* @__PURE__ */ defineOperation({
  id: 'customers.payments',
  method: 'POST',
  path: '/Index/GetCustomerPayments',
  request: getCustomerPaymentsRequest,
  response: customerPaymentsData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'getCustomerPayments',
    section: '5.10',
    edition: 'S',
    tokenOrder: ['merchantId', 'customerId', 'ipAddress'],
    source: 'documented',
  }),
});

/** 5.15 ChangeCustomerGsmNo [D]: H311 same number, H223 unknown customer, RS115 number unusable (`details.kkbPhones`). */
export const customersChangeGsmNo = /* @__PURE__ */ defineOperation({
  id: 'customers.changeGsmNo',
  method: 'POST',
  path: '/Index/ChangeCustomerGsmNo',
  request: changeCustomerGsmNoRequest,
  response: gsmChangeData,
  movesMoney: true,
  meta: /* @__PURE__ */ rowMeta({
    method: 'changeCustomerGsmNo',
    section: '5.15',
    edition: 'D',
    tokenOrder: ['MerchantId', 'CustomerId', 'NewGsmNo', 'ipAddress'],
    source: 'inferred',
    merchantIdField: 'MerchantId',
  }),
});

/** 5.19 LoadCustomerBalance: adds balance (`balanceAmount` in kuruş) that closes unpaid installments as it covers them. */
export const customersLoadBalance = /* @__PURE__ */ defineOperation({
  id: 'customers.loadBalance',
  method: 'POST',
  path: '/RequestV2/LoadCustomerBalance',
  request: loadCustomerBalanceRequest,
  response: genericData,
  movesMoney: true,
  reference: paymentReferenceCodeReference,
  meta: /* @__PURE__ */ rowMeta({
    method: 'loadCustomerBalance',
    section: '5.19',
    edition: 'R',
    tokenOrder: ['merchantId', 'customerId', 'balanceAmount', 'ipAddress'],
    source: 'documented',
  }),
});
