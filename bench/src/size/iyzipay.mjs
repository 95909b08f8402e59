import Iyzipay from 'iyzipay';
export const construct = (uri) => new Iyzipay({ apiKey: 'k', secretKey: 's', uri });
export const pay = (config, input, cb) => new Iyzipay(config).payment.create(input, cb);
