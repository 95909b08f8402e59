// core + one ÖderoPay payment operation (schema, runtime, signing): the "core plus one operation" budget.
import { createOderoPayTransport, createPayment } from '../oderopay-row.mjs';
export const construct = (baseUrl) => createOderoPayTransport({ baseUrl, apiKey: 'k', secretKey: 's' });
export const pay = (config, input) => createOderoPayTransport(config).call(createPayment, input);
