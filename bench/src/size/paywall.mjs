import { PayWall } from '@odeme/paywall';
export const construct = (baseUrl) => new PayWall({ apiKeyPublic: 'k', apiClientPublic: 'c', baseUrl });
export const pay = (config, input) => new PayWall(config).payments.startDirect(input);
