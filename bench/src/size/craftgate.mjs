import Craftgate from '@craftgate/craftgate';
export const construct = (baseUrl) => new Craftgate.Client({ apiKey: 'k', secretKey: 's', baseUrl });
export const pay = (config, input) => new Craftgate.Client(config).payment().createPayment(input);
