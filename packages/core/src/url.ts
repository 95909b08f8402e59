import { type EncodedRequest, encodeUriPart, fillPath } from './operation.js';
import { isSecretKey, REDACTED } from './redact.js';

/**
 * The URL to send, and the same URL as hooks and logs may see it: path values and query values of secret-named
 * fields (`cardToken`, `cardUserKey`) replaced. Query strings are RFC 3986 encoded (a space is `%20`, never `+`), so
 * providers that sign the decoded URL see what was sent.
 */
export function buildUrls(base: string, path: string, encoded: EncodedRequest): { url: string; shown: string } {
  const root = base.replace(/\/+$/, '');
  const url = root + fillPath(path, encoded.pathParams);
  let shown = url;
  const params = encoded.pathParams;
  if (params && Object.keys(params).some(isSecretKey)) {
    const masked: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) masked[k] = isSecretKey(k) ? REDACTED : v;
    shown = root + fillPath(path, masked);
  }
  const q = encoded.query;
  if (!q) return { url, shown };
  const pairs: string[] = [];
  const shownPairs: string[] = [];
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    const key = encodeUriPart(k, k);
    pairs.push(`${key}=${encodeUriPart(String(v), k)}`);
    shownPairs.push(`${key}=${isSecretKey(k) ? REDACTED : encodeUriPart(String(v), k)}`);
  }
  if (pairs.length === 0) return { url, shown };
  const join = url.includes('?') ? '&' : '?';
  return { url: `${url}${join}${pairs.join('&')}`, shown: `${shown}${join}${shownPairs.join('&')}` };
}
