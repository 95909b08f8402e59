import type { ReferenceRule } from '@odeme/core';
import { paymentRequest, paymentResponse } from '../schemas/payment.js';
import { licrusOperation } from './define.js';

/** A payment's reference: the `PaymentRequestCode` Licrus issued for the approved order (spec §5), never generated. */
const paymentReference: ReferenceRule = {
  field: 'PaymentRequestCode',
  lookup: 'Licrus documents no payment lookup; ask the tenant back office whether the order behind this PaymentRequestCode was paid before paying again',
};

/**
 * Payment (Online Ödeme): pays an approved order with the payment request code Licrus created for it. The amount is
 * the order's (no amount field exists). Moves money: sent once, never retried, never resent after a refused ticket.
 * Its reference is `PaymentRequestCode`: Licrus issues it (the merchant cannot choose one, so none is generated); it is
 * on the result and on every error. Licrus documents no way to look a payment up: when `outcome` is `unknown`, ask the
 * tenant's Licrus back office whether the order behind the code was paid before paying again. Needs the `AuthTicket`,
 * so call it with `callWithTicket` or through `Licrus.payments.pay`. The path is an assumption (the docs give none):
 * change it with the client's `paths` option, or call `{ ...paymentsPay, path: '/your/path' }`.
 *
 * @example
 * ```ts
 * const transport = createLicrusTransport({ baseUrl: 'https://<tenant>-api.licrus.com' });
 * const res = await callWithTicket(
 *   transport,
 *   paymentsPay,
 *   { PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11', Card: { CardHolderName: 'AYSE YILMAZ', Number: '4355 0843 5508 4358', ExpireMonth: 7, ExpireYear: 2030, SecurityCode: '123' } },
 *   { name: 'ivr-user', password: '…' },
 * );
 * res.MessageList; // info messages of the success
 * res.reference; // the PaymentRequestCode
 * ```
 */
export const paymentsPay = /* @__PURE__ */ licrusOperation('payments.pay', {
  path: '/api/ERP/Payment',
  request: paymentRequest,
  response: paymentResponse,
  soapName: 'Payment',
  write: true,
  movesMoney: true,
  reference: paymentReference,
});
