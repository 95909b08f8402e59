// The whole BiP client (its built dist in the workspace).
import { Bip } from '../../../packages/bip/dist/index.js';
export const construct = (baseUrl) => new Bip({ username: 'u', password: 'p', baseUrl });
export const pay = (config, input) => new Bip(config).startPayment(input);
