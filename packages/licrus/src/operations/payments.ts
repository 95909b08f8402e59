import { paymentRequest, paymentResponse } from '../schemas/payment.js';
import { licrusOperation } from './define.js';

/** Payment: pays an approved order with the payment request code Licrus created for it. Moves money: sent once. */
export const pay = licrusOperation('payments.pay', { request: paymentRequest, response: paymentResponse, soapName: 'Payment', write: true, movesMoney: true });
