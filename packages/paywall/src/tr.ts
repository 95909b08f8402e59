/**
 * `@odeme/paywall/tr`: the PayWall client's messages in Turkish, core's included. Pass them as the client's `locale`; a client
 * without them carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/paywall/tr';
 * const paywall = new PayWall({ apiKeyPublic, apiClientPublic, environment: 'test', locale: tr }); // also sends PayWall the locale header
 * @packageDocumentation
 * @module @odeme/paywall/tr
 */
import { turkish } from '@odeme/core/tr';
import { PAYWALL_TR } from './messages.tr.js';

export { PAYWALL_TR };

/** Turkish messages for the PayWall client: `locale: tr`. */
export const tr = turkish(PAYWALL_TR);
