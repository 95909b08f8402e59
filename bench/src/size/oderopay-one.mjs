// The smallest ÖderoPay entry: core plus one payment row (`createOderoPayTransport` + `paymentsCreate`).
import { createOderoPayTransport, paymentsCreate } from '@odeme/oderopay';
export const construct = (baseUrl) => createOderoPayTransport({ apiKey: 'k', secretKey: 's', baseUrl });
export const pay = (config, input) => createOderoPayTransport(config).call(paymentsCreate, input);
