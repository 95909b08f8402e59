/**
 * `@odeme/bip/tr`: the BiP client's messages in Turkish, core's included. Pass them as the client's (or the
 * listener's) `locale`; a client without them carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/bip/tr';
 * const bip = new Bip({ username, password, locale: tr });
 * const listener = createBipListener({ credentials, onPayment, locale: tr });
 * @packageDocumentation
 * @module @odeme/bip/tr
 */
import { turkish } from '@odeme/core/tr';
import { BIP_TR } from './messages.tr.js';

export { BIP_TR };

/** Turkish messages for the BiP client and listener: `locale: tr`. */
export const tr = turkish(BIP_TR);
