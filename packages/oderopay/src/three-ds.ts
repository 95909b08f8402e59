import { base64DecodeText, ConfigurationError, readBodyText, UnexpectedResponseError, ValidationError } from '@odeme/core';

/**
 * The bank page of a 3DS init as HTML: `htmlContent` is base64 of UTF-8 HTML. Write the result into the
 * customer's browser (it usually auto-submits a form to the bank).
 */
export function decodeThreeDSHtml(htmlContent: string | { htmlContent: string }): string {
  const b64 = typeof htmlContent === 'string' ? htmlContent : htmlContent.htmlContent;
  try {
    return base64DecodeText(b64);
  } catch (cause) {
    throw new UnexpectedResponseError('threeDS.init: htmlContent is not base64 of UTF-8 HTML', { provider: 'oderopay', operation: 'threeDS.init', cause });
  }
}

/**
 * The 3DS callback as far as we can read it. ÖderoPay does not publish these fields, nor any hash over them: no field
 * is covered by a signature (`verified` is always `false`), so every value here, `status` included, is a claim of
 * whoever posted. Use `paymentId` only as the input of `threeDS.complete`, whose signed answer is the authority.
 */
export interface ThreeDSCallback {
  /** Always `false`: ÖderoPay publishes no hash for this post, so none of its fields is verified. */
  verified: false;
  /** The payment to pass to `threeDS.complete`. */
  paymentId: string | undefined;
  /** The `conversationId` sent with the payment, when posted back. */
  conversationId: string | undefined;
  /** Outcome text as posted (e.g. `SUCCESS`/`FAILURE`), when present. */
  status: string | undefined;
  /** Every posted field, unknown ones included; all unverified. */
  fields: Record<string, string>;
}

/** Field names the parser reads; change them if ÖderoPay tells you different names. */
export interface ThreeDSCallbackFieldNames {
  /** Field holding the payment id (default `paymentId`). */
  paymentId?: string;
  /** Field holding the conversation id (default `conversationId`). */
  conversationId?: string;
  /** Field holding the outcome (default `status`). */
  status?: string;
}

/** Largest callback body read by default, in bytes: the bank page posts a handful of short fields. */
const MAX_CALLBACK_BYTES = 64 * 1024;

/** Limits of the 3DS callback reader. */
export interface ThreeDSCallbackLimits {
  /** Largest body accepted, in bytes (default 64 KiB); a larger one is refused with a `ValidationError`. */
  maxBodyBytes?: number;
}

function maxBytes(limits: ThreeDSCallbackLimits): number {
  const max = limits.maxBodyBytes ?? MAX_CALLBACK_BYTES;
  if (typeof max !== 'number' || !Number.isSafeInteger(max) || max <= 0)
    throw new ConfigurationError('maxBodyBytes of the 3DS callback reader must be a whole number of bytes greater than 0', { provider: 'oderopay' });
  return max;
}

const tooLarge = (max: number) =>
  new ValidationError([{ path: '', message: `the 3DS callback body is larger than ${max} bytes`, code: 'too_big' }], { provider: 'oderopay' });

/** UTF-8 length of a text, counted without encoding it. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Reads a request body up to `max` bytes; `undefined` when it is larger (told by content-length or while streaming). */
async function readLimited(request: Request, max: number): Promise<string | undefined> {
  if (request.bodyUsed) throw new TypeError('the request body has already been read');
  return readBodyText(request, max);
}

/** Body forms the callback parser accepts. */
export type ThreeDSCallbackBody = string | URLSearchParams | FormData | Record<string, unknown>;

/** The posted pairs, in order (a repeated name appears twice). */
function toPairs(body: ThreeDSCallbackBody): [string, string][] {
  if (typeof body === 'string') {
    const trimmed = body.trim();
    if (trimmed.startsWith('{')) {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError('not a JSON object');
      return toPairs(parsed as Record<string, unknown>);
    }
    return [...new URLSearchParams(trimmed)];
  }
  if (body instanceof URLSearchParams) return [...body];
  if (typeof FormData !== 'undefined' && body instanceof FormData) return [...body].filter((p): p is [string, string] => typeof p[1] === 'string');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('not an object');
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(body)) if (v !== undefined && v !== null) pairs.push([k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  return pairs;
}

/**
 * Reads the POST the bank page sends to your `callbackUrl` (form-encoded text, `URLSearchParams`, `FormData`,
 * a parsed object, or JSON text). No framework needed. There is no documented hash to verify: always call
 * `threeDS.complete`, whose answer is the authority. Text longer than `limits.maxBodyBytes` (64 KiB) is refused.
 */
export function parseThreeDSCallback(body: ThreeDSCallbackBody, names: ThreeDSCallbackFieldNames = {}, limits: ThreeDSCallbackLimits = {}): ThreeDSCallback {
  const max = maxBytes(limits);
  // Characters never outnumber bytes: only a text that may be too long is measured.
  if (typeof body === 'string' && body.length > max / 3 && utf8Length(body) > max) throw tooLarge(max);
  let pairs: [string, string][];
  try {
    pairs = toPairs(body);
  } catch (cause) {
    throw new ValidationError([{ path: '', message: 'the 3DS callback body is neither form-encoded nor a JSON object' }], { provider: 'oderopay', cause });
  }
  const read = [names.paymentId ?? 'paymentId', names.conversationId ?? 'conversationId', names.status ?? 'status'] as const;
  const fields: Record<string, string> = {};
  for (const [k, v] of pairs) {
    // Two values for a field the result is read from are ambiguous: which one the bank meant cannot be told.
    if (Object.hasOwn(fields, k) && (read as readonly string[]).includes(k))
      throw new ValidationError([{ path: k, message: 'is posted more than once', code: 'duplicate_field' }], { provider: 'oderopay' });
    fields[k] = v;
  }
  const pick = (name: string) => (fields[name] === undefined || fields[name] === '' ? undefined : fields[name]);
  return { verified: false, paymentId: pick(read[0]), conversationId: pick(read[1]), status: pick(read[2]), fields };
}

/**
 * Reads a callback straight from a `Request` (route handlers, Workers, Deno, Bun). The body is read up to
 * `limits.maxBodyBytes` (64 KiB); a larger one, or one that cannot be read, ends in a `ValidationError` (answer 4xx).
 */
export async function readThreeDSCallback(request: Request, names?: ThreeDSCallbackFieldNames, limits: ThreeDSCallbackLimits = {}): Promise<ThreeDSCallback> {
  const max = maxBytes(limits);
  let text: string | undefined;
  try {
    text = await readLimited(request, max);
  } catch (cause) {
    throw new ValidationError([{ path: '', message: 'the 3DS callback body could not be read', code: 'unreadable' }], { provider: 'oderopay', cause });
  }
  if (text === undefined) throw tooLarge(max);
  return parseThreeDSCallback(text, names, limits);
}
