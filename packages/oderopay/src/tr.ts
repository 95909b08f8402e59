/**
 * `@odeme/oderopay/tr`: the ÖderoPay client's messages in Turkish, core's included. Pass them as the client's `locale`; a client
 * without them carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/oderopay/tr';
 * const odero = new OderoPay({ apiKey, secretKey, environment: 'sandbox', locale: tr });
 * @packageDocumentation
 * @module @odeme/oderopay/tr
 */
import { turkish } from '@odeme/core/tr';
import { ODEROPAY_TR } from './messages.tr.js';

export { ODEROPAY_TR };

/** Turkish messages for the ÖderoPay client: `locale: tr`. */
export const tr = turkish(ODEROPAY_TR);
