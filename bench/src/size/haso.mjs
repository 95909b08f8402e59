// The whole HASO client (the bench does not depend on @odeme/haso: its built dist in the workspace).
import { Haso } from '../../../packages/haso/dist/index.js';
export const construct = (baseUrl) => new Haso({ merchantId: 'm', merchantKey: 'k', merchantSalt: 's', ipAddress: '203.0.113.7', baseUrl });
export const pay = (config, input) => new Haso(config).transactions.create(input);
