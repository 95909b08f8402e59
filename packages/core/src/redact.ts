import { luhnValid, maskCardNumber } from './card.js';

/** What a secret value is replaced with in errors, logs and hook events. */
export const REDACTED = '[REDACTED]';

/** Field and header names whose values never leave the process in errors or logs (compared without case, `-` or `_`). */
const SECRET_KEYS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'secretkey',
  'apisecret',
  'apikey',
  'xapikey',
  'apikeyprivate',
  'apiclientprivate',
  'apikeypublic',
  'apiclientpublic',
  'privatekey',
  'clientsecret',
  'cvc',
  'cvv',
  'cvv2',
  'cvc2',
  'securitycode',
  'signature',
  'xsignature',
  'hash',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'token',
  'accesstoken',
  'refreshtoken',
  'requesttoken',
  'committoken',
  'cardtoken',
  'merchantkey',
  'merchantsalt',
  'salt',
  'authticket',
  'ticket',
  'xrndkey',
  'pin',
  'pincode',
  'kkbpincode',
  'otp',
]);
/** Fields holding a card number: masked (first six, last four), not removed, so support can still match them. */
const CARD_KEYS = new Set(['cardnumber', 'number', 'pan', 'cardno']);

const normaliseKey = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/** True when a field or header of this name holds a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(normaliseKey(key));
}

// Process-wide list of secret values registered by clients (keys, passwords); scrubbed from any text.
const secretValues = new Set<string>();

/** Registers a credential value so that it is scrubbed wherever it appears in an error or log line. */
export function registerSecret(value: string | undefined): void {
  if (typeof value === 'string' && value.length >= 6) secretValues.add(value);
}

// 13 or more digits, optionally grouped by spaces or dashes (longer runs may hold a card number after a code).
const CARD_RUN = /(?<![\d])(?:\d[ -]?){12,}\d(?![\d])/g;
const KEY_ALTERNATION = [...SECRET_KEYS].join('|');
// "cvc":"123"  /  "cvc": 123  /  cvc=123  (JSON-ish or form-encoded text)
const JSON_PAIR = new RegExp(`("(?:[\\w-]*?)(?:${KEY_ALTERNATION})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|-?\\d+(?:\\.\\d+)?)`, 'gi');
const FORM_PAIR = new RegExp(`((?:^|[?&\\s])[\\w-]*?(?:${KEY_ALTERNATION})=)([^&\\s]*)`, 'gi');
const BASIC_OR_BEARER = /\b(Basic|Bearer)\s+([A-Za-z0-9+/=._~-]{6,})/g;
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

/** Scrubs card numbers, secret-looking pairs and registered secret values from free text. */
export function redactText(text: string): string {
  if (!text) return text;
  let out = text.replace(CARD_RUN, maskCardRun);
  out = out.replace(JSON_PAIR, (_m, key: string) => `${key}"${REDACTED}"`);
  out = out.replace(FORM_PAIR, (_m, key: string) => `${key}${REDACTED}`);
  out = out.replace(BASIC_OR_BEARER, (m, scheme: string, token: string) => (looksLikeToken(token) ? `${scheme} ${REDACTED}` : m));
  for (const secret of secretValues) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
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
    const norm = normaliseKey(key);
    if (SECRET_KEYS.has(norm)) out[key] = v === undefined || v === null || v === '' ? v : REDACTED;
    else if (CARD_KEYS.has(norm) && (typeof v === 'string' || typeof v === 'number')) out[key] = maskCardNumber(String(v));
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
