import { bipAdapter } from './bip.js';
import { hasoAdapter } from './haso.js';
import { licrusAdapter } from './licrus.js';
import type { ProviderAdapter } from './types.js';

/**
 * Every provider the reliability suite covers. Adding a provider is writing `adapters/<provider>.ts` and adding
 * it here; ÖderoPay and PayWall join once their packages are committed.
 */
export const adapters: ProviderAdapter[] = [hasoAdapter, licrusAdapter, bipAdapter];
