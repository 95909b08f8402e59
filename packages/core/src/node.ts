/// <reference types="node" />
/**
 * `@odeme/core/node`: a `fetch` for Node servers, built on `node:http`/`node:https` with keep-alive agents.
 * Pass it as any client's `fetch` option. On Node, `node:http` costs less CPU per call than the global `fetch`
 * (undici); see BENCHMARKS.md. Everything else about a call (timeouts, retries, abort, size limit, errors) stays
 * in core's Transport, as with any `fetch`.
 *
 * Differences from the global `fetch`, on purpose: redirects are never followed (a 3xx reaches the Transport, which
 * reports it as an `HttpError`: a payment request must not be re-sent elsewhere), and only `http:` and `https:`.
 * @packageDocumentation
 */
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { FetchLike } from './transport.js';

/** Options of `createNodeFetch`. */
export interface NodeFetchOptions {
  /** Most sockets per host and protocol. Default 64. */
  maxSockets?: number;
  /** How long an idle keep-alive socket stays open, in ms. Default 30,000. */
  keepAliveMsecs?: number;
  /** Agents to use instead of the ones created here (proxies, custom TLS). */
  agents?: {
    /** Agent for `http:` URLs. */
    http?: HttpAgent;
    /** Agent for `https:` URLs. */
    https?: HttpsAgent;
  };
}

/**
 * Creates a `fetch` over `node:http`/`node:https` with its own keep-alive agents. Make one per process (or per
 * client) and reuse it: the agents keep connections open between calls.
 *
 * @example
 * import { createNodeFetch } from '@odeme/core/node';
 * const odero = new OderoPay({ apiKey, secretKey, environment: 'sandbox', fetch: createNodeFetch() });
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchLike {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64, keepAliveMsecs: options.keepAliveMsecs ?? 30_000 };
  const http = options.agents?.http ?? new HttpAgent(agentOptions);
  const https = options.agents?.https ?? new HttpsAgent(agentOptions);

  return async function nodeFetch(input, init = {}) {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    const signal = init.signal ?? request?.signal ?? undefined;
    const headers: Record<string, string> = {};
    for (const [name, value] of new Headers(init.headers ?? request?.headers)) headers[name] = value;
    const body = await bodyBytes(init.body, request);
    if (body) headers['content-length'] = String(body.byteLength);
    if (signal?.aborted) throw abortReason(signal);

    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Response>((resolve, reject) => {
      const req = send(url, { method, headers, agent: url.protocol === 'https:' ? https : http }, (res) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(toResponse(res, method, signal));
      });
      const onAbort = () => req.destroy(abortReason(signal as AbortSignal));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (cause) => {
        signal?.removeEventListener('abort', onAbort);
        reject(signal?.aborted ? abortReason(signal) : new TypeError('fetch failed', { cause }));
      });
      req.end(body);
    });
  };
}

/** The request body as bytes; strings are UTF-8, as `fetch` sends them. */
async function bodyBytes(body: RequestInit['body'], request: Request | undefined): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) {
    if (!request?.body) return undefined;
    return new Uint8Array(await request.arrayBuffer());
  }
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof URLSearchParams) return new TextEncoder().encode(body.toString());
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * A `Response` whose body streams from the socket with back-pressure, so that core's size limit and abort apply
 * while reading, as with the global `fetch`; cancelling the body closes the socket.
 */
function toResponse(res: IncomingMessage, method: string, signal: AbortSignal | undefined): Response {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const status = res.statusCode ?? 0;
  const init = { status, statusText: res.statusMessage ?? '', headers };
  if (status === 204 || status === 205 || status === 304 || method === 'HEAD') {
    res.resume();
    return new Response(null, init);
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const onAbort = () => res.destroy(abortReason(signal as AbortSignal));
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      res.on('data', (chunk: Uint8Array) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) res.pause();
      });
      res.on('end', () => {
        done();
        controller.close();
      });
      res.on('error', (e) => {
        done();
        controller.error(e);
      });
      res.on('close', () => {
        done();
        if (!res.complete) controller.error(signal?.aborted ? abortReason(signal) : new TypeError('terminated: the connection closed mid-body'));
      });
    },
    pull() {
      res.resume();
    },
    cancel() {
      res.destroy();
    },
  });
  return new Response(stream, init);
}

/** The signal's reason as an `Error` (what `destroy` and `reject` take), as the global `fetch` rejects. */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('This operation was aborted', 'AbortError');
}
