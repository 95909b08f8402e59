// A `fetch` over node:http with a keep-alive agent, for Node servers: what a client can take as its `fetch`
// option (core's `FetchLike`). Buffers the response; honours the request's signal. Prototype for the proposal
// in BENCHMARKS.md (it would live in a Node-only entry point, e.g. `@odeme/core/node`).
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export function createNodeFetch({ maxSockets = 64 } = {}) {
  const agents = { 'http:': new HttpAgent({ keepAlive: true, maxSockets }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets }) };
  return async function nodeFetch(input, init = {}) {
    const isRequest = typeof input === 'object' && input !== null && 'url' in input && typeof input.arrayBuffer === 'function';
    const url = new URL(isRequest ? input.url : String(input));
    const method = init.method ?? (isRequest ? input.method : 'GET');
    const headerSource = init.headers ?? (isRequest ? input.headers : undefined);
    const headers = {};
    if (headerSource) for (const [k, v] of new Headers(headerSource)) headers[k] = v;
    let body = init.body;
    if (body === undefined && isRequest && input.body) body = Buffer.from(await input.arrayBuffer());
    if (typeof body === 'string') body = Buffer.from(body);
    if (body !== undefined && body !== null) headers['content-length'] = String(body.byteLength);
    const signal = init.signal ?? (isRequest ? input.signal : undefined);
    if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(url, { method, headers, agent: agents[url.protocol] }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const h = new Headers();
          const raw = res.rawHeaders;
          for (let i = 0; i < raw.length; i += 2) h.append(raw[i], raw[i + 1]);
          const status = res.statusCode ?? 0;
          const nullBody = status === 204 || status === 205 || status === 304 || method === 'HEAD';
          resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage, headers: h }));
        });
      });
      const onAbort = () => req.destroy(signal.reason ?? new DOMException('aborted', 'AbortError'));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (e) => {
        signal?.removeEventListener('abort', onAbort);
        reject(new TypeError('fetch failed', { cause: e }));
      });
      req.end(body ?? undefined);
    });
  };
}
