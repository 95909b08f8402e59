import { ConfigurationError, catalogsOf, type Locale, localizeError, readBodyText, ValidationError } from '@odeme/core';

/** Which of your URLs HASO posted to. */
export type HasoReturnKind = 'ok' | 'fail' | 'callback';

/**
 * A form post HASO sent to your okUrl, failUrl or callbackUrl. HASO documents no signature on these posts: no field
 * is covered by one (`verified` is always `false`), so every value is a claim of whoever posted. Confirm the order
 * server-side (`transactions.paymentPlan({ merchantOid, transactionCode })`) before acting on it.
 */
export interface HasoReturn {
  /** Always `false`: HASO documents no signature on this post, so none of its fields is verified. */
  verified: false;
  /** Which of your URLs received the post. */
  kind: HasoReturnKind;
  /** Your order number, when present. */
  merchantOid: string | undefined;
  /** HASO's transaction code (documented as present in the okUrl post). */
  transactionCode: string | undefined;
  /** HASO customer id (documented as returned in the okUrl / callbackUrl post). */
  customerId: string | undefined;
  /** Every field as posted; all unverified. */
  fields: Record<string, string>;
}

/** Body of the post as your framework hands it to you. */
export type HasoReturnBody = string | URLSearchParams | FormData | Record<string, unknown>;

/** Limits and language of the return-post reader. */
export interface HasoReturnLimits {
  /** Largest body accepted, in bytes (default 64 KiB: the post carries a handful of short fields). */
  maxBodyBytes?: number;
  /** The language of its errors: `tr` from `@odeme/haso/tr` for Turkish (default English), as the client's `locale`. */
  locale?: Locale;
}

/** Runs `read`; its refusal is in `limits.locale` (these readers run outside any call). */
function inLocale<T>(limits: HasoReturnLimits, read: () => T): T {
  try {
    const out = read();
    if (out instanceof Promise) return out.catch((error: unknown) => Promise.reject(localized(error, limits))) as T;
    return out;
  } catch (error) {
    throw localized(error, limits);
  }
}

function localized(error: unknown, limits: HasoReturnLimits): unknown {
  const catalogs = catalogsOf(limits?.locale);
  if (catalogs) localizeError(error, catalogs);
  return error;
}

const MAX_RETURN_BYTES = 64 * 1024;
/** Fields the result is read from: two values for one of them cannot be told apart, so the post is refused. */
const READ_FIELDS = ['merchantoid', 'transactioncode', 'customerid'];

function maxBytes(limits: HasoReturnLimits): number {
  const max = limits.maxBodyBytes ?? MAX_RETURN_BYTES;
  if (typeof max !== 'number' || !Number.isSafeInteger(max) || max <= 0)
    throw new ConfigurationError('maxBodyBytes of the HASO return reader must be a whole number of bytes greater than 0', { provider: 'haso' });
  return max;
}

const refused = (message: string, code: string, cause?: unknown) =>
  new ValidationError([{ path: 'body', message, code }], { provider: 'haso', operation: 'return', ...(cause === undefined ? {} : { cause }) });

/** The posted pairs, in order. */
function toPairs(body: HasoReturnBody): [string, string][] {
  if (typeof body === 'string') {
    const text = body.trim();
    if (!text.startsWith('{')) return [...new URLSearchParams(text)];
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not a JSON object');
    return toPairs(parsed as Record<string, unknown>);
  }
  if (body instanceof URLSearchParams) return [...body];
  if (typeof FormData !== 'undefined' && body instanceof FormData) return [...body].filter((p): p is [string, string] => typeof p[1] === 'string');
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new TypeError('not an object');
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(body)) if (v !== undefined && v !== null) pairs.push([k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  return pairs;
}

function pick(fields: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(fields)) if (k.toLowerCase() === lower && v !== '') return v;
  return undefined;
}

/**
 * Parses the post HASO sends to okUrl / failUrl / callbackUrl (form text, `URLSearchParams`, `FormData`, a parsed
 * object or JSON text; field names read case-insensitively). Text over `limits.maxBodyBytes` (64 KiB), a body that is
 * neither a form nor a JSON object, and `merchantOid` / `transactionCode` / `customerId` posted twice (in any case)
 * are `ValidationError`s: answer 400. Nothing on the post is signed: treat it as a hint and confirm with
 * `transactions.paymentPlan`.
 */
export function parseHasoReturn(body: HasoReturnBody, kind: HasoReturnKind, limits: HasoReturnLimits = {}): HasoReturn {
  return inLocale(limits, () => parse(body, kind, limits));
}

function parse(body: HasoReturnBody, kind: HasoReturnKind, limits: HasoReturnLimits): HasoReturn {
  const max = maxBytes(limits);
  if (typeof body === 'string' && body.length > max / 3 && new TextEncoder().encode(body).byteLength > max)
    throw refused(`the HASO return post is larger than ${max} bytes`, 'too_big');
  let pairs: [string, string][];
  try {
    pairs = toPairs(body);
  } catch (cause) {
    throw refused('the HASO return post is neither a form nor a JSON object', 'invalid_body', cause);
  }
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [k, v] of pairs) {
    const key = k.toLowerCase();
    if (READ_FIELDS.includes(key) && seen.has(key))
      throw new ValidationError([{ path: k, message: 'is posted more than once', code: 'duplicate_field' }], { provider: 'haso', operation: 'return' });
    seen.add(key);
    fields[k] = v;
  }
  return {
    verified: false,
    kind,
    merchantOid: pick(fields, 'merchantOid'),
    transactionCode: pick(fields, 'transactionCode'),
    customerId: pick(fields, 'customerId'),
    fields,
  };
}

/**
 * Reads HASO's post straight from a `Request` (route handlers, Workers, Deno, Bun), at most `limits.maxBodyBytes`
 * (64 KiB). A larger body (by `content-length` or counted while it streams), one that fails while streaming or was
 * already read is a `ValidationError` (`too_big` / `unreadable`): answer 400. Never an untyped exception.
 *
 * @example
 * ```ts
 * export async function POST(request: Request) {
 *   try {
 *     const post = await readHasoReturn(request, 'ok');
 *     // post.verified is false: confirm before shipping
 *     const plan = await haso.transactions.paymentPlan({ merchantOid: post.merchantOid!, transactionCode: post.transactionCode! });
 *     return new Response('OK');
 *   } catch (error) {
 *     if (error instanceof ValidationError) return new Response('bad post', { status: 400 });
 *     throw error;
 *   }
 * }
 * ```
 */
export function readHasoReturn(request: Request, kind: HasoReturnKind, limits: HasoReturnLimits = {}): Promise<HasoReturn> {
  return inLocale(limits, () => read(request, kind, limits));
}

async function read(request: Request, kind: HasoReturnKind, limits: HasoReturnLimits): Promise<HasoReturn> {
  const max = maxBytes(limits);
  let text: string | undefined;
  try {
    if (request.bodyUsed) throw new TypeError('the request body has already been read');
    text = await readBodyText(request, max);
  } catch (cause) {
    throw refused('the HASO return post could not be read', 'unreadable', cause);
  }
  if (text === undefined) throw refused(`the HASO return post is larger than ${max} bytes`, 'too_big');
  return parse(text, kind, limits);
}
