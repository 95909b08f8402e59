/// <reference types="node" />
/**
 * `@odeme/core/node`: a `fetch` for Node servers, built on `node:http`/`node:https` with keep-alive agents.
 * On Node every client already sends with one of these when it is given no `fetch` (one shared by the process,
 * created on the first call); import it to tune its agents, or to give it to a client explicitly. On Node,
 * `node:http` costs less CPU per call than the global `fetch` (undici); see BENCHMARKS.md. Everything else about a
 * call (timeouts, retries, abort, size limit, errors) stays in core's Transport, as with any `fetch`; a client given
 * one of these skips the Web `Response` in between and reads the answer straight from the socket, with the same limit.
 *
 * Differences from the global `fetch`, on purpose: redirects are never followed (a 3xx reaches the Transport, which
 * reports it as an `HttpError`: a payment request must not be re-sent elsewhere), only `http:` and `https:`, and no
 * compression is asked for (a compressed answer is still decoded).
 *
 * Also here: `toWebRequest`, `sendWebResponse` and `nodeHandler`, which run the SDK's Web-standard handlers (the BiP
 * listener, callback routes) under `node:http` and Express, with the body passed on byte for byte.
 * @packageDocumentation
 * @module @odeme/core/node
 */
// Default imports: the modules' own objects, so that `http.request` is looked up at call time and interception
// libraries that patch it (nock and the like) see these requests too.
import http, { type Agent as HttpAgent, type IncomingMessage, type OutgoingHttpHeaders, type RequestOptions } from 'node:http';
import https, { type Agent as HttpsAgent } from 'node:https';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';

export { type NodeRequestOptions, nodeHandler, sendWebResponse, toWebRequest } from './node-handler.js';

import { DIRECT, type DirectAnswer, type DirectSend, type DirectStop } from './direct.js';
import type { FetchLike } from './transport.js';

/** Options of `createNodeFetch`. */
export interface NodeFetchOptions {
  /** Most sockets per host and protocol. Default 64. */
  maxSockets?: number;
  /**
   * How long an idle keep-alive socket stays open, in ms. Default 4,000, as the global `fetch`; a shorter
   * `Keep-Alive: timeout=…` from the server wins (less one second), so a socket is not reused as the server closes it.
   */
  keepAliveMsecs?: number;
  /** Agents to use instead of the ones created here (proxies, custom TLS). */
  agents?: {
    /** Agent for `http:` URLs. */
    http?: HttpAgent;
    /** Agent for `https:` URLs. */
    https?: HttpsAgent;
  };
}

type Target = { secure: boolean; options: RequestOptions };

/**
 * Creates a `fetch` over `node:http`/`node:https` with its own keep-alive agents. Make one per process (or per
 * client) and reuse it: the agents keep connections open between calls.
 *
 * @example
 * import { createNodeFetch } from '@odeme/core/node';
 * const odero = new OderoPay({ apiKey, secretKey, environment: 'sandbox', fetch: createNodeFetch({ maxSockets: 16 }) });
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchLike {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64, timeout: options.keepAliveMsecs ?? 4000 };
  let httpAgent = options.agents?.http;
  let httpsAgent = options.agents?.https;
  // The last URL parsed: a client sends to a handful of URLs, most often the same one again.
  let lastUrl = '';
  let last: { secure: boolean; protocol: string; hostname: string; port: string; path: string } | undefined;

  /** Where a URL goes: refused unless http: or https:. */
  function target(href: string, method: string, headers: OutgoingHttpHeaders): Target {
    let to = last;
    if (href !== lastUrl || !to) {
      const url = new URL(href);
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:') throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
      // An IPv6 literal keeps its brackets in `hostname`; the request wants the bare address.
      const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
      to = { secure, protocol: url.protocol, hostname, port: url.port || (secure ? '443' : '80'), path: url.pathname + url.search };
      // As the global fetch: a URL with user-info is refused rather than turned into an Authorization header.
      if (url.username || url.password) throw new TypeError('fetch failed: a URL that includes credentials cannot be requested');
      last = to;
      lastUrl = href;
    }
    return {
      secure: to.secure,
      options: { protocol: to.protocol, hostname: to.hostname, port: to.port, path: to.path, method, headers, agent: agentFor(to.secure) },
    };
  }
  function agentFor(secure: boolean): HttpAgent {
    if (secure) {
      httpsAgent ??= new https.Agent(agentOptions);
      return httpsAgent;
    }
    httpAgent ??= new http.Agent(agentOptions);
    return httpAgent;
  }

  const nodeFetch: FetchLike = (input, init = {}) => {
    try {
      const request = input instanceof Request ? input : undefined;
      const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
      const signal = init.signal ?? request?.signal ?? undefined;
      const headers = headerObject(init.headers ?? request?.headers);
      const to = target(request ? request.url : String(input), method, headers);
      const body = init.body ?? (request?.body ? request : undefined);
      const send = (bytes: Uint8Array | string | undefined) => {
        const stop = stopOn(signal);
        return exchange(to, bytes, stop).then(
          (res) => {
            stop.release();
            return toResponse(res, method, signal);
          },
          (error: unknown) => {
            stop.release();
            throw signal?.aborted ? abortReason(signal) : error;
          },
        );
      };
      // A string (what the Transport sends) goes out without a copy; other bodies are read to bytes first.
      if (body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array) return send(body ?? undefined);
      return bodyBytes(body).then(send);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const direct: DirectSend = (url, method, headers, body, maxBytes, stop) => {
    try {
      return exchange(target(url, method, headerObject(headers)), body, stop).then((res) => readAnswer(res, method, stop, maxBytes));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return Object.assign(nodeFetch, { [DIRECT]: direct });
}

/** A stop handle driven by an `AbortSignal` (the `fetch` form); `release` drops the listener. */
function stopOn(signal: AbortSignal | undefined | null): DirectStop & { release(): void } {
  const stop = {
    stopped: Boolean(signal?.aborted),
    onStop: undefined as (() => void) | undefined,
    release: () => signal?.removeEventListener('abort', abort),
  };
  const abort = () => {
    stop.stopped = true;
    stop.onStop?.();
  };
  signal?.addEventListener('abort', abort, { once: true });
  return stop;
}

/** Request headers as `node:http` takes them (lower-case names, as `Headers` gives them). */
function headerObject(given: HeadersInit | undefined): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  (given instanceof Headers ? given : new Headers(given)).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

const stoppedError = () => new DOMException('This operation was aborted', 'AbortError');

/** Sends one request; resolves with the answer's head, rejects as the global `fetch` does (`TypeError`, or an `AbortError`). */
function exchange(to: Target, body: Uint8Array | string | undefined, stop: DirectStop): Promise<IncomingMessage> {
  if (stop.stopped) return Promise.reject(stoppedError());
  if (body !== undefined) (to.options.headers as OutgoingHttpHeaders)['content-length'] = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = (to.secure ? https : http).request(to.options, (res) => {
      stop.onStop = undefined;
      resolve(res);
    });
    stop.onStop = () => req.destroy(stoppedError());
    req.on('error', (cause) => {
      stop.onStop = undefined;
      reject(stop.stopped ? stoppedError() : new TypeError('fetch failed', { cause }));
    });
    req.end(body);
  });
}

/** A body other than a string or bytes (`Blob`, `FormData`, a stream, a `Request`'s) as bytes; strings are UTF-8. */
async function bodyBytes(body: BodyInit | Request): Promise<Uint8Array> {
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof URLSearchParams) return Buffer.from(body.toString());
  return new Uint8Array(await (body instanceof Request ? body : new Response(body)).arrayBuffer());
}

function responseHeaders(res: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

/** True when the answer has no body to read (as the global `fetch` treats these). */
const bodiless = (status: number, method: string) => status === 204 || status === 205 || status === 304 || method === 'HEAD';

const DECODERS: Record<string, (() => Transform) | undefined> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** The body's bytes as they should be read: decoded when the answer is compressed, as the global `fetch` does. */
function bodySource(res: IncomingMessage): Readable {
  const encoding = res.headers['content-encoding']?.trim().toLowerCase();
  const decoder = encoding ? DECODERS[encoding]?.() : undefined;
  if (!decoder) return res;
  res.on('error', (e) => decoder.destroy(e));
  decoder.on('error', () => res.destroy());
  decoder.on('close', () => {
    if (!res.complete) res.destroy();
  });
  return res.pipe(decoder);
}

const utf8 = new TextDecoder();

/**
 * The answer read whole, for the Transport: its text decoded as the global `fetch` decodes it, or `undefined` when it
 * is larger than `maxBytes` (told by `content-length` or counted while reading; the socket is then closed, nothing
 * more is buffered). A 3xx is not read. An abort closes the socket and rejects with the signal's reason.
 */
function readAnswer(res: IncomingMessage, method: string, stop: DirectStop, maxBytes: number): Promise<DirectAnswer> {
  const status = res.statusCode ?? 0;
  const headers = responseHeaders(res);
  if ((status >= 300 && status < 400) || Number(res.headers['content-length']) > maxBytes) {
    res.destroy();
    return Promise.resolve({ status, headers, text: status >= 300 && status < 400 ? '' : undefined });
  }
  if (bodiless(status, method)) {
    res.resume();
    return Promise.resolve({ status, headers, text: '' });
  }
  return new Promise<DirectAnswer>((resolve, reject) => {
    const source = bodySource(res);
    let chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | undefined, text?: string) => {
      if (settled) return;
      settled = true;
      stop.onStop = undefined;
      if (error) reject(error);
      else resolve({ status, headers, text });
    };
    const close = () => {
      res.destroy();
      if (source !== res) source.destroy();
    };
    stop.onStop = () => {
      close();
      settle(stoppedError());
    };
    if (stop.stopped) return stop.onStop();
    source.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        chunks = [];
        close();
        return settle(undefined, undefined);
      }
      chunks.push(chunk);
    });
    source.on('end', () => settle(undefined, utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))));
    source.on('error', (cause) => settle(new TypeError('terminated', { cause })));
    res.on('close', () => {
      if (!res.complete) settle(new TypeError('terminated: the connection closed mid-body'));
    });
  });
}

/**
 * A `Response` whose body streams from the socket with back-pressure, so that core's size limit and abort apply
 * while reading, as with the global `fetch`; cancelling the body closes the socket.
 */
function toResponse(res: IncomingMessage, method: string, signal: AbortSignal | undefined | null): Response {
  const status = res.statusCode ?? 0;
  const init = { status, statusText: res.statusMessage ?? '', headers: responseHeaders(res) };
  if (bodiless(status, method)) {
    res.resume();
    return new Response(null, init);
  }
  const source = bodySource(res);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const onAbort = () => {
        res.destroy(abortReason(signal as AbortSignal));
        if (source !== res) source.destroy(abortReason(signal as AbortSignal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      source.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) source.pause();
      });
      source.on('end', () => {
        done();
        controller.close();
      });
      source.on('error', (e) => {
        done();
        controller.error(signal?.aborted ? abortReason(signal) : new TypeError('terminated', { cause: e }));
      });
      res.on('close', () => {
        done();
        if (!res.complete) controller.error(signal?.aborted ? abortReason(signal) : new TypeError('terminated: the connection closed mid-body'));
      });
    },
    pull() {
      source.resume();
    },
    cancel() {
      res.destroy();
      if (source !== res) source.destroy();
    },
  });
  return new Response(stream, init);
}

/** The signal's reason as an `Error` (what `destroy` and `reject` take), as the global `fetch` rejects. */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('This operation was aborted', 'AbortError');
}
