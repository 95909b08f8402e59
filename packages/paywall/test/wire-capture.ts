// A fetch that records what the client sends and answers with a PayWall envelope: the wire tests of the marketplace
// and payment product management read the exact method, URL, headers and body bytes from it.
import { PayWall, type PayWallOptions } from '@odeme/paywall';
import { creds } from './helpers';

/** One request as it left the client. */
export interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** What the fake server answers: an envelope `Body`, or a bare HTTP status with an HTML page. */
export type Reply = { body: unknown } | { status: number };

/** A client whose requests land in `sent`; `reply` decides each answer (default: success with `Body: null`). */
export function capture(options: Partial<PayWallOptions> = {}, reply: (req: Sent) => Reply = () => ({ body: null })) {
  const sent: Sent[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const req: Sent = {
      method: init?.method ?? 'GET',
      url: String(url),
      headers: Object.fromEntries(new Headers(init?.headers)),
      body: init?.body === undefined || init.body === null ? undefined : String(init.body),
    };
    sent.push(req);
    const r = reply(req);
    if ('status' in r) return new Response('<h1>Bad Gateway</h1>', { status: r.status, headers: { 'content-type': 'text/html' } });
    return Response.json({ ErrorCode: 0, Result: true, Message: '', Body: r.body });
  };
  const pw = new PayWall({ ...creds, environment: 'test', logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 2 }, fetch, ...options });
  return { pw, sent };
}

/** The PayWall parameters among a request's headers (the key pairs and generic headers left out). */
export function paramHeaders(req: Sent | undefined): Record<string, string> {
  const generic = new Set(['accept', 'content-type', 'apikeypublic', 'apiclientpublic', 'apikeyprivate', 'apiclientprivate', 'user-agent']);
  return Object.fromEntries(Object.entries(req?.headers ?? {}).filter(([k]) => !generic.has(k)));
}
