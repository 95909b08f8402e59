// The simulators' own crypto, written apart from @odeme/core on purpose: a simulator that reused the
// client's signing code would agree with any bug in it.

const enc = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i] as number);
  return btoa(bin);
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function simSha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(text)));
}

export async function simHmacSha256(key: string, text: string): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(text)));
}

/** SHA-256 of UTF-8 text as base64 (the simulators' own, independent of core's). */
export const sha256Base64 = async (text: string) => toBase64(await simSha256(text));
/** SHA-256 of UTF-8 text as lower-case hex. */
export const sha256Hex = async (text: string) => toHex(await simSha256(text));
/** HMAC-SHA256 of UTF-8 text with a UTF-8 key, as base64: what a test needs to sign a callback the way a provider would. */
export const hmacSha256Base64 = async (key: string, text: string) => toBase64(await simHmacSha256(key, text));
/** HMAC-SHA256 of UTF-8 text with a UTF-8 key, as lower-case hex. */
export const hmacSha256Hex = async (key: string, text: string) => toHex(await simHmacSha256(key, text));

/** UTF-8 text → base64 (for pages and messages the simulators encode). */
export function base64FromText(text: string): string {
  return toBase64(enc.encode(text));
}

/** base64 → UTF-8 text. */
export function textFromBase64(b64: string): string {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** Constant-time string comparison for the simulators' own checks. */
export function sameText(a: string, b: string): boolean {
  const x = enc.encode(a);
  const y = enc.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Decodes a Basic `Authorization` header; `undefined` when malformed. */
export function readBasicAuth(header: string | null):
  | {
      /** User name: the text before the first `:`. */
      user: string;
      /** Password: the text after the first `:`. */
      password: string;
    }
  | undefined {
  const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!m) return undefined;
  try {
    const text = textFromBase64(m[1] as string);
    const i = text.indexOf(':');
    return i < 0 ? undefined : { user: text.slice(0, i), password: text.slice(i + 1) };
  } catch {
    return undefined;
  }
}

let counter = 0;
/** Realistic-looking ids: a prefix, the time and a counter, unique within a process. */
export function simId(prefix = ''): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36).padStart(4, '0')}`;
}

/** A random lower-case hex string of `bytes` bytes. */
export function simRandomHex(bytes = 16): string {
  const b = new Uint8Array(bytes);
  crypto.getRandomValues(b);
  return toHex(b);
}
