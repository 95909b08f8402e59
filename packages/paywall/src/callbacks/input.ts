import { isOdemeError, readBodyText, ValidationError } from '@odeme/core';

/** A form post as a framework hands it over: the raw body, parsed params, `FormData`, a plain object, or the `Request`. */
export type PayWallFormInput = string | URLSearchParams | FormData | Record<string, unknown> | Request;

/** A JSON callback: the raw body text (preferred: numbers are hashed as sent), the parsed object, or the `Request`. */
export type PayWallJsonInput = string | Record<string, unknown> | Request;

/** Limits of the callback readers. */
export interface PayWallCallbackLimits {
  /** Largest body text or `Request` body read, in bytes (default 64 KiB); a larger one is a `ValidationError`. */
  maxBodyBytes?: number;
}

/** Largest callback body read by default: PayWall posts a handful of short fields. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

const refused = (message: string, code: string, cause?: unknown) =>
  new ValidationError([{ path: '', message, code }], { provider: 'paywall', ...(cause === undefined ? {} : { cause }) });
const tooLarge = (max: number) => refused(`the callback body is larger than ${max} bytes`, 'too_big');

const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The body text, refused past `max` UTF-8 bytes (by content-length, or counted while it streams). */
async function bodyText(input: string | Request, max: number): Promise<string> {
  if (typeof input === 'string') {
    // Characters never outnumber bytes: only a text that may be too long is encoded to measure it.
    if (input.length > max / 3 && new TextEncoder().encode(input).byteLength > max) throw tooLarge(max);
    return input;
  }
  const body = await readBodyText(input, max);
  if (body === undefined) throw tooLarge(max);
  return body;
}

/** Runs a reader; anything but a typed error (a used body, a value `String()` cannot print) is a `ValidationError`. */
async function guarded<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (isOdemeError(e)) throw e;
    throw refused(`the callback body could not be read as ${what}`, 'unreadable', e);
  }
}

/** Form fields as text, each exactly as posted. */
export function readForm(input: PayWallFormInput, limits: PayWallCallbackLimits = {}): Promise<Record<string, string>> {
  const max = limits.maxBodyBytes ?? MAX_CALLBACK_BYTES;
  return guarded('a form', async () => {
    if ((typeof Request !== 'undefined' && input instanceof Request) || typeof input === 'string')
      return Object.fromEntries(new URLSearchParams(await bodyText(input, max)));
    if (input instanceof URLSearchParams) return Object.fromEntries(input);
    if (typeof FormData !== 'undefined' && input instanceof FormData) {
      const out: Record<string, string> = {};
      input.forEach((v, k) => {
        if (typeof v === 'string') out[k] = v;
      });
      return out;
    }
    if (!isPlainObject(input)) throw refused('the callback must be a form body, URLSearchParams, FormData, an object or the Request', 'invalid_type');
    return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, text(v)]));
  });
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The text of each number written directly in the top-level object of valid JSON, by key (the last of a repeated key,
 * as `JSON.parse` keeps): a number nested in a list or an object never stands in for a top-level field of that name.
 */
function topLevelNumbers(source: string): Map<string, string> {
  const out = new Map<string, string>();
  let depth = 0;
  let key = '';
  let value = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    if (c === '"') {
      let end = i + 1;
      while (source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      if (depth === 1 && !value) key = JSON.parse(source.slice(i, end + 1)) as string;
      value = false;
      i = end + 1;
    } else if (c === '{' || c === '[') {
      depth++;
      value = false;
      i++;
    } else if (c === '}' || c === ']') {
      depth--;
      i++;
    } else if (c === ':') {
      value = depth === 1;
      i++;
    } else if (value && (c === '-' || (c >= '0' && c <= '9'))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(source) as RegExpExecArray;
      out.set(key, m[0]);
      value = false;
      i += m[0].length;
    } else {
      if (value && c > ' ') value = false;
      i++;
    }
  }
  return out;
}

/**
 * A JSON callback as its object plus the raw text of each top-level scalar field: PayWall hashes values as
 * sent, and `JSON.parse` would turn `"Amount": 10.50` into `10.5`. Text that is not a JSON object is a `ValidationError`.
 */
export function readJson(input: PayWallJsonInput, limits: PayWallCallbackLimits = {}): Promise<{ body: Record<string, unknown>; raw: Record<string, string> }> {
  const max = limits.maxBodyBytes ?? MAX_CALLBACK_BYTES;
  return guarded('a JSON object', async () => {
    if ((typeof Request !== 'undefined' && input instanceof Request) || typeof input === 'string') {
      const source = await bodyText(input, max);
      let body: unknown;
      try {
        body = JSON.parse(source);
      } catch (e) {
        throw refused('the callback body is not JSON (truncated?)', 'invalid_json', e);
      }
      if (!isPlainObject(body)) throw refused('the callback body is not a JSON object', 'invalid_type');
      const raw: Record<string, string> = {};
      const numbers = topLevelNumbers(source);
      for (const [k, v] of Object.entries(body)) {
        if (typeof v === 'number') raw[k] = numbers.get(k) ?? String(v);
        else if (v === null || typeof v !== 'object') raw[k] = text(v);
      }
      return { body, raw };
    }
    if (!isPlainObject(input)) throw refused('the callback must be the JSON text, a parsed object or the Request', 'invalid_type');
    const raw: Record<string, string> = {};
    for (const [k, v] of Object.entries(input)) if (v === null || typeof v !== 'object') raw[k] = text(v);
    return { body: input, raw };
  });
}
