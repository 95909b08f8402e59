/**
 * `@odeme/core/tr`: core's messages in Turkish. A provider package builds its own `tr` from them
 * (`@odeme/oderopay/tr`); use this one for a Transport of your own.
 * @packageDocumentation
 * @module @odeme/core/tr
 */
import type { LocaleMessages, MessageCatalog } from './locale.js';
import { CORE_TR } from './messages.tr.js';

export { CORE_TR };

/**
 * Turkish messages for a client: the given catalogs (a provider's own) first, then core's.
 *
 * @example
 * export const tr = turkish(ODEROPAY_TR); // in a provider package's `tr` entry
 */
/* @__NO_SIDE_EFFECTS__ */
export function turkish(...catalogs: MessageCatalog[]): LocaleMessages {
  return Object.freeze({ language: 'tr', catalogs: Object.freeze([...catalogs, CORE_TR]) });
}

/** Core's messages in Turkish, for `new Transport(runtime, { locale: tr })`. */
export const tr: LocaleMessages = turkish();
