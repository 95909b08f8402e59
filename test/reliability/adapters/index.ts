import { bipAdapter } from './bip.js';
import { hasoAdapter } from './haso.js';
import { licrusAdapter } from './licrus.js';
import { oderopayAdapter } from './oderopay.js';
import { paywallAdapter } from './paywall.js';
import type { ProviderAdapter } from './types.js';

/**
 * Every provider the reliability suite covers. Adding a provider is writing `adapters/<provider>.ts` and adding
 * it here.
 */
export const adapters: ProviderAdapter[] = [hasoAdapter, licrusAdapter, bipAdapter, oderopayAdapter, paywallAdapter];
