import { OderoPay } from '@odeme/oderopay';
export const construct = (baseUrl) => new OderoPay({ apiKey: 'k', secretKey: 's', baseUrl });
export const pay = (config, input) => new OderoPay(config).payments.create(input);
