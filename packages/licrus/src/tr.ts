/**
 * `@odeme/licrus/tr`: the Licrus client's messages in Turkish, core's included. Pass them as the client's `locale`; a
 * client without them carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/licrus/tr';
 * const licrus = new Licrus({ baseUrl, name, password, locale: tr });
 * @packageDocumentation
 * @module @odeme/licrus/tr
 */
import { turkish } from '@odeme/core/tr';
import { LICRUS_TR } from './messages.tr.js';

export { LICRUS_TR };

/** Turkish messages for the Licrus client: `locale: tr`. */
export const tr = turkish(LICRUS_TR);
