import { luhnValid, maskCardNumber } from './card.js';
import { base64DecodeText } from './encoding.js';

/** What a secret value is replaced with in errors, logs and hook events. */
export const REDACTED = '[REDACTED]';

/**
 * Names whose values never leave the process in errors, logs or hook events. A field or header is secret when its
 * name, without case, `-`, `_`, `.` or spaces, is one of these or ends with one (`merchant_salt`, `x-api-key`,
 * `paymentHash`): one rule for objects, headers, query strings and free text.
 */
const SECRET_NAMES = [
  'password',
  'passwd',
  'pass',
  'secret',
  'secretkey',
  'apikey',
  'apikeyprivate',
  'apiclientprivate',
  'apikeypublic',
  'apiclientpublic',
  'privatekey',
  'cvc',
  'cvv',
  'cvv2',
  'cvc2',
  'securitycode',
  'signature',
  'hash',
  'authorization',
  'cookie',
  'token',
  'carduserkey',
  'merchantkey',
  'salt',
  'ticket',
  'xrndkey',
  'pin',
  'pincode',
  'otp',
];
/** Fields holding a card number: masked (first six, last four), not removed, so support can still match them. */
const CARD_KEYS = new Set(['cardnumber', 'number', 'pan', 'cardno']);

const normaliseKey = (key: string) => key.toLowerCase().replace(/[-_.\s]/g, '');
const SECRET_NAME_AT_END = new RegExp(`(?:${SECRET_NAMES.join('|')})$`);

/** True when a field, header or parameter of this name holds a secret (the one rule used everywhere). */
export function isSecretKey(key: string): boolean {
  return SECRET_NAME_AT_END.test(normaliseKey(key));
}

// 13 or more digits, optionally grouped by spaces or dashes (longer runs may hold a card number after a code).
const CARD_RUN = /(?<![\d])(?:\d[ -]?){12,}\d(?![\d])/g;
// "name": "value" / "name": 123 (JSON-ish text); the name is tested with isSecretKey.
const JSON_PAIR = /("([\w.-]{1,64})"\s*:\s*)("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g;
// name=value in query strings, form bodies and log prose.
const FORM_PAIR = /((?:^|[?&;,\s])([\w.-]{1,64})=)([^&;,\s]*)/g;
const BASIC_OR_BEARER = /\b(Basic|Bearer)\s+([A-Za-z0-9+/=._~-]{6,})/g;
// user:password@ in a URL.
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@?#]+@/gi;
// A credential token has digits, capitals or base64 punctuation; a plain lower-case word ("Basic credentials") is prose.
const looksLikeToken = (t: string) => /[0-9A-Z+/=._~-]/.test(t);

/**
 * Masks a card number in a run of digit groups. The whole run is tried first; then, at each space or dash, the part
 * after it and the part before it, because a card can follow or precede another number (`e2 4355 0843 5508 4358`).
 * One unbroken run of digits is never split: a long reference number stays as it is.
 */
function maskCardRun(run: string): string {
  const digits = run.replace(/[ -]/g, '');
  if (digits.length <= 19 && luhnValid(digits)) return maskCardNumber(digits);
  // Only the last and first 19 digits can hold such a card: the scan stops there, so a huge run costs little.
  let tail = '';
  for (let i = run.length - 1; i > 0 && tail.length <= 19; i--) {
    const c = run[i] as string;
    if (c !== ' ' && c !== '-') tail = c + tail;
    else if (tail.length >= 13 && luhnValid(tail)) return `${run.slice(0, i + 1)}${maskCardNumber(tail)}`;
  }
  let head = '';
  for (let i = 0; i < run.length - 1 && head.length <= 19; i++) {
    const c = run[i] as string;
    if (c !== ' ' && c !== '-') head += c;
    else if (head.length >= 13 && luhnValid(head)) return `${maskCardNumber(head)}${run.slice(i)}`;
  }
  return run;
}

/** A value already replaced, perhaps followed by the brackets that close the text around it (`(GET …?key=[REDACTED])`). */
const alreadyRedacted = (value: string) => value.startsWith(REDACTED) && /^[)\]]*$/.test(value.slice(REDACTED.length));

/** The patterns, on text as it stands: card numbers, secret-named pairs, auth schemes, URL user-info. */
function redactPlain(text: string): string {
  let out = text.replace(CARD_RUN, maskCardRun);
  out = out.replace(JSON_PAIR, (m, head: string, name: string, value: string) =>
    isSecretKey(name) && value !== `"${REDACTED}"` && value !== '""' ? `${head}"${REDACTED}"` : m,
  );
  out = out.replace(FORM_PAIR, (m, head: string, name: string, value: string) =>
    isSecretKey(name) && value !== '' && !alreadyRedacted(value) ? `${head}${REDACTED}` : m,
  );
  out = out.replace(BASIC_OR_BEARER, (m, scheme: string, token: string) => (looksLikeToken(token) ? `${scheme} ${REDACTED}` : m));
  out = out.replace(USERINFO, (_m, scheme: string) => `${scheme}${REDACTED}@`);
  return out;
}

const HTML_ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Ways a card number or a secret pair hides from the plain patterns: percent- or form-encoded, JSON-escaped inside a
 * string, HTML-escaped. Each decoder returns the text unchanged when it has nothing to decode.
 */
const DECODERS: ((text: string) => string)[] = [
  (t) => (/%[0-9a-f]{2}/i.test(t) || /\d\+\d/.test(t) ? t.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, safeDecodeUri) : t),
  (t) => (t.includes('\\') ? t.replace(/\\u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))).replace(/\\(["/\\])/g, '$1') : t),
  (t) =>
    t.includes('&')
      ? t.replace(/&(?:#(\d{1,6})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (m, dec?: string, hex?: string, name?: string) => {
          if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
          if (hex) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff));
          return HTML_ENTITIES[(name as string).toLowerCase()] ?? m;
        })
      : t,
];

function safeDecodeUri(m: string): string {
  try {
    return decodeURIComponent(m);
  } catch {
    return m;
  }
}

// Base64 runs long enough to wrap a card number (13 digits take 20 characters).
const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/=_-])/g;

/** Replaces a Base64 run whose decoded text holds a card number or a secret pair. */
function redactBase64(text: string): string {
  if (text.length < 20) return text;
  return text.replace(BASE64_RUN, (run) => {
    const decoded = tryBase64Text(run);
    return decoded !== undefined && redactPlain(decoded) !== decoded ? REDACTED : run;
  });
}

function tryBase64Text(run: string): string | undefined {
  try {
    const text = base64DecodeText(run.replace(/-/g, '+').replace(/_/g, '/'));
    // Only readable text is worth checking: binary noise is not a message.
    return /^[\p{L}\p{N}\p{P}\p{Zs}\s\p{S}]*$/u.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Scrubs card numbers, secret-named pairs, credentials in URLs and auth headers from free text, including their
 * URL-, form-, JSON-, HTML-escaped and Base64-wrapped forms. Where a secret shows only once decoded, the decoded,
 * redacted text is returned: safety wins over keeping the original escaping.
 */
export function redactText(text: string): string {
  if (!text) return text;
  let out = redactBase64(redactPlain(text));
  // Nested escapes (JSON inside a form field inside HTML…) are peeled a few layers deep.
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const decode of DECODERS) {
      const decoded = decode(out);
      if (decoded === out) continue;
      const redacted = redactBase64(redactPlain(decoded));
      if (redacted !== decoded) {
        out = redacted;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return out;
}

/** Deep copy of a value with secrets removed and card numbers masked; safe to log or attach to an error. */
export function redactValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 12 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1, seen));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (typeof Headers !== 'undefined' && value instanceof Headers) return redactHeaders(value);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isSecretKey(key)) out[key] = v === undefined || v === null || v === '' ? v : REDACTED;
    else if (CARD_KEYS.has(normaliseKey(key)) && (typeof v === 'string' || typeof v === 'number')) out[key] = maskCardNumber(String(v));
    else out[key] = redactValue(v, depth + 1, seen);
  }
  return out;
}

/** Headers as a plain object, secret ones replaced. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [k, v] of entries) out[k] = isSecretKey(k) ? REDACTED : redactText(v);
  return out;
}

/**
 * One client's secret values (its keys, a login ticket), scrubbed from that client's errors, log lines and hook
 * events on top of the patterns. Held by the client, not by the process: its cost does not grow with other clients.
 */
export class SecretSet {
  private readonly values = new Set<string>();

  constructor(values: readonly (string | undefined)[] = []) {
    for (const v of values) this.add(v);
  }

  /** Adds a value; values shorter than 6 characters are ignored (they would blank out ordinary words). */
  add(value: string | undefined): void {
    if (typeof value === 'string' && value.length >= 6) this.values.add(value);
  }

  /** Forgets a value (a ticket that was replaced). */
  remove(value: string | undefined): void {
    if (value !== undefined) this.values.delete(value);
  }

  /** Number of values held. */
  get size(): number {
    return this.values.size;
  }

  /** The patterns of `redactText`, then this set's values. */
  text(text: string): string {
    return this.scrub(redactText(text));
  }

  /** Replaces this set's values in text that has already been through the patterns. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.values) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
    }
    return out;
  }

  /** Deep copy with this set's values replaced in every string (for values already redacted by the patterns). */
  scrubValue(value: unknown, depth = 0): unknown {
    if (this.values.size === 0) return value;
    if (typeof value === 'string') return this.scrub(value);
    if (value === null || typeof value !== 'object' || depth > 12) return value;
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, depth + 1));
    if (value instanceof Error) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.scrubValue(v, depth + 1);
    return out;
  }
}
