// The whole Licrus client (its built dist in the workspace).
import { Licrus } from '../../../packages/licrus/dist/index.js';
export const construct = (baseUrl) => new Licrus({ name: 'n', password: 'p', baseUrl });
export const pay = (config, input) => new Licrus(config).payments.pay(input);
