/**
 * `@odeme/bip/tr`: the BiP client's messages in Turkish. Pass them as the client's `locale`; a client without them
 * carries no Turkish text.
 *
 * @example
 * import { tr } from '@odeme/bip/tr';
 * const bip = new Bip({ username, password, locale: tr });
 * @packageDocumentation
 */
import { turkish } from '@odeme/core/tr';

/** Turkish messages for the BiP client: `locale: tr`. */
export const tr = turkish();
