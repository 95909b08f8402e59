import { catalogsOf, localizeError, parseOrThrow, ValidationError } from '@odeme/core';
import { type ListenerParseOptions, listenerPayloadSchema } from '../schemas/listener.js';
import type { BipListenerEvent } from '../types/index.js';

const ctx = { provider: 'bip', operation: 'listener' };

/**
 * Validates a listener callback body (the raw JSON text, or an already parsed object) and returns the typed
 * event: prices twinned with exact kuruş, `orderDate` as a `Date`, `commitToken` lifted out of
 * `additionalInfo`, a failed payment as `decline`. Throws a `ValidationError` naming every bad field (in the
 * `locale` given). For merchants who route requests themselves; `createBipListener` does this and the HTTP answer for you.
 */
export function parseListenerPayload(body: unknown, options: ListenerParseOptions = {}): BipListenerEvent {
  try {
    return parse(body, options);
  } catch (error) {
    const catalogs = catalogsOf(options.locale);
    if (catalogs) localizeError(error, catalogs);
    throw error;
  }
}

function parse(body: unknown, options: ListenerParseOptions): BipListenerEvent {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
    } catch {
      throw new ValidationError([{ path: '', message: 'listener body is not JSON', code: 'invalid_json' }], ctx);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ValidationError([{ path: '', message: 'listener body must be a JSON object', code: 'invalid_type' }], ctx);
  return parseOrThrow(listenerPayloadSchema(options), value, ctx) as BipListenerEvent;
}
