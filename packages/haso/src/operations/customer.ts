import { changeCustomerGsmNoRequest, getCustomerPaymentsRequest, getCustomerTransactionsRequest, loadCustomerBalanceRequest } from '../schemas/customer.js';
import { genericData, listData } from '../schemas/responses.js';
import { hasoOperation } from './meta.js';

/** Customer rows (5.9, 5.10, 5.15, 5.19). */
export const customerOperations = {
  getCustomerTransactions: hasoOperation('customers.transactions', 'getCustomerTransactions', getCustomerTransactionsRequest, listData, { movesMoney: false }),
  getCustomerPayments: hasoOperation('customers.payments', 'getCustomerPayments', getCustomerPaymentsRequest, listData, { movesMoney: false }),
  changeCustomerGsmNo: hasoOperation('customers.changeGsmNo', 'changeCustomerGsmNo', changeCustomerGsmNoRequest, genericData, {
    movesMoney: true,
    merchantIdField: 'MerchantId',
  }),
  loadCustomerBalance: hasoOperation('customers.loadBalance', 'loadCustomerBalance', loadCustomerBalanceRequest, genericData, { movesMoney: true }),
};
