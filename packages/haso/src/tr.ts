/**
 * `@odeme/haso/tr`: the HASO client's messages in Turkish. Pass them as the client's `locale`; a client without them
 * carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/haso/tr';
 * const haso = new Haso({ baseUrl, merchantId, merchantKey, merchantSalt, locale: tr });
 * @packageDocumentation
 */
import { turkish } from '@odeme/core/tr';

/** Turkish messages for the HASO client: `locale: tr`. */
export const tr = turkish();
