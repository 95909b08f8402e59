/**
 * `@odeme/haso/tr`: the HASO client's messages in Turkish, core's included. Pass them as the client's `locale`; a
 * client without them carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/haso/tr';
 * const haso = new Haso({ baseUrl, merchantId, merchantKey, merchantSalt, locale: tr });
 * @packageDocumentation
 * @module @odeme/haso/tr
 */
import { turkish } from '@odeme/core/tr';
import { HASO_TR } from './messages.tr.js';

export { HASO_TR };

/** Turkish messages for the HASO client: `locale: tr` (also `readHasoReturn(request, kind, { locale: tr })`). */
export const tr = turkish(HASO_TR);
