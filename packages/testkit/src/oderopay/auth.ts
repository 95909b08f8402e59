import { sameText, sha256Base64 } from '../frame/crypto.js';
import type { SimRequest } from '../frame/http.js';

/** Why a request failed authentication, or `undefined` when it passed. */
export async function checkOderoPayAuth(
  r: SimRequest,
  creds: { apiKey: string; secretKey: string; merchantId?: string | undefined },
): Promise<string | undefined> {
  const apiKey = r.headers.get('x-api-key');
  const rnd = r.headers.get('x-rnd-key');
  const version = r.headers.get('x-auth-version');
  const signature = r.headers.get('x-signature');
  if (!apiKey) return 'x-api-key header is missing';
  if (!rnd) return 'x-rnd-key header is missing';
  if (!version) return 'x-auth-version header is missing';
  if (!signature) return 'x-signature header is missing';
  if (version !== '1' && version !== 'v1') return `x-auth-version ${version} is not supported`;
  if (apiKey !== creds.apiKey) return 'unknown api key';
  if (creds.merchantId !== undefined && r.headers.get('merchantid') !== creds.merchantId) return 'merchantId header is missing or wrong';
  // The scheme hashes the percent-decoded absolute URL; `+` is not a space here, exactly as decodeURIComponent reads it.
  let url: string;
  try {
    url = decodeURIComponent(r.url.href);
  } catch {
    return 'request URL cannot be percent-decoded';
  }
  // GET and DELETE carry their parameters in the query: ÖderoPay's Node client still puts the text `null` in their body,
  // unsigned (its `deleteStoredCard` included), so the gateway evidently leaves any body of these methods out of the hash.
  const body = r.method === 'GET' || r.method === 'DELETE' ? '' : r.text;
  const expected = await sha256Base64(url + creds.apiKey + creds.secretKey + rnd + body);
  return sameText(expected, signature) ? undefined : 'signature does not verify';
}
