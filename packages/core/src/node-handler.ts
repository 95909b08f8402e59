/// <reference types="node" />
// Node's `IncomingMessage`/`ServerResponse` ↔ Web `Request`/`Response`, so that the SDK's Web-standard handlers (the
// BiP listener, the callback verifiers, a Next.js-style route) run under `node:http`, Express, Fastify and the like.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { concatBytes } from './body.js';

/** Options of `toWebRequest` and `nodeHandler`. */
export interface NodeRequestOptions {
  /** Largest body read, in bytes (default 1 MiB); a larger one rejects with a `RangeError` and is not buffered. */
  maxBodyBytes?: number;
  /**
   * Take the scheme and host from `X-Forwarded-Proto` and `X-Forwarded-Host` (behind your own proxy). Default false:
   * the URL is built from the socket and the `Host` header, which a client cannot use to claim HTTPS.
   */
  trustProxy?: boolean;
}

const DEFAULT_MAX = 1024 * 1024;

const tooLarge = (max: number) => new RangeError(`request body is larger than ${max} bytes`);

/** A body a framework already read as raw bytes or text (`express.raw()`, `express.text()`), if any. */
function rawBodyOf(req: IncomingMessage): Uint8Array | string | undefined {
  const body = (req as { body?: unknown }).body;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return undefined;
}

async function readBody(req: IncomingMessage, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    // The rest is left unread: the answer closes the connection (see nodeHandler).
    if (size > max) throw tooLarge(max);
    chunks.push(bytes);
  }
  return concatBytes(chunks, size);
}

/**
 * A Web `Request` for a Node request: method, URL, headers and the body exactly as received (signatures are checked
 * over these bytes). Mount it before any body parser that turns the body into an object: a body already parsed
 * (`express.json()`) cannot be given back byte for byte, so that is refused with a `TypeError` saying so; a raw or
 * text body (`express.raw()`, `express.text()`) is used as it is.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { toWebRequest, sendWebResponse } from '@odeme/core/node';
 * createServer(async (req, res) => sendWebResponse(res, await listener(await toWebRequest(req))));
 */
export async function toWebRequest(req: IncomingMessage, options: NodeRequestOptions = {}): Promise<Request> {
  const forwarded = (name: string) => {
    const v = req.headers[name];
    return (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  };
  const encrypted = Boolean((req.socket as { encrypted?: boolean } | undefined)?.encrypted);
  const scheme = (options.trustProxy && forwarded('x-forwarded-proto')) || (encrypted ? 'https' : 'http');
  const host = (options.trustProxy && forwarded('x-forwarded-host')) || req.headers.host || 'localhost';
  const url = new URL(req.url ?? '/', `${scheme}://${host}`);

  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);

  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const raw = rawBodyOf(req);
  const parsed = (req as { body?: unknown }).body;
  if (raw === undefined && parsed !== undefined && req.readableEnded)
    throw new TypeError('toWebRequest: the body was already parsed into an object by a middleware; mount this route before it (or use express.raw())');
  const max = options.maxBodyBytes ?? DEFAULT_MAX;
  // Read from the socket, the limit is kept while reading; a body a framework read already is measured here.
  if (raw === undefined) return new Request(url, { method, headers, body: (await readBody(req, max)) as BodyInit });
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  if (bytes.byteLength > max) throw tooLarge(max);
  return new Request(url, { method, headers, body: bytes as BodyInit });
}

/** Writes a Web `Response` to a Node response: status, headers (each `Set-Cookie` apart) and body. */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText, headers);
  if (response.body) res.end(Buffer.from(await response.arrayBuffer()));
  else res.end();
}

/**
 * A Node request handler (`http.createServer`, Express, Fastify's raw handler) around a Web one: the BiP listener, a
 * callback route. A failure to read the request answers 413 (too large) or 400, and never reaches the handler.
 *
 * @example
 * app.post('/bip/listener', nodeHandler(createBipListener({ credentials, onPayment })));
 */
export function nodeHandler(
  handler: (request: Request) => Response | Promise<Response>,
  options: NodeRequestOptions & {
    /** Told when the handler throws (the answer is then a plain 500); default: nothing. */
    onError?: (error: unknown) => void;
  } = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let request: Request;
    try {
      request = await toWebRequest(req, options);
    } catch (error) {
      const tooLarge = error instanceof RangeError;
      res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      res.end(tooLarge ? 'request body too large' : 'unreadable request');
      return;
    }
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      // A plain server has no one to hand a rejection to: answer, and tell the caller's hook.
      options.onError?.(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error');
      return;
    }
    await sendWebResponse(res, response);
  };
}
