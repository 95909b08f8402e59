import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback } from './listen.js';

/** A fault the raw loopback server plays on a real socket. */
export type RawFault = 'html-502' | 'empty-200' | 'truncated' | 'huge-10mb' | 'stall-body' | 'reset' | 'retry-after-429' | 'status-503';

/** A real HTTP server on 127.0.0.1 in front of a simulator: plays queued faults, else forwards to the simulator. */
export async function loopback(handle: (r: Request) => Promise<Response>) {
  const queue: RawFault[] = [];
  const hits = new Map<string, number>();
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? '/').split('?')[0] as string;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const fault = queue.shift();
    switch (fault) {
      case 'html-502':
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>');
        return;
      case 'empty-200':
        res.writeHead(200, { 'content-type': 'application/json' }).end();
        return;
      case 'truncated':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"Success":true,"Data":{"Mess');
        return;
      case 'huge-10mb':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"x":"${'x'.repeat(10 * 1024 * 1024)}"}`);
        return;
      case 'stall-body':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"Success":true,');
        return; // never ends: only the client's timer stops it
      case 'reset':
        req.socket.destroy();
        return;
      case 'retry-after-429':
        res.writeHead(429, { 'retry-after': '0.05', 'content-type': 'text/plain' }).end('slow down');
        return;
      case 'status-503':
        res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
        return;
      default: {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const r = await handle(new Request(`http://sim${req.url}`, { method: req.method, headers, body: req.method === 'GET' ? undefined : body })).catch(
          () => undefined,
        );
        if (!r) {
          req.socket.destroy();
          return;
        }
        res.writeHead(r.status, Object.fromEntries(r.headers)).end(Buffer.from(await r.arrayBuffer()));
      }
    }
  }
  const { url, close } = await listenOnLoopback(serve);
  return {
    url,
    play: (...faults: RawFault[]) => queue.push(...faults),
    hits: (suffix: string) => [...hits].filter(([p]) => p.endsWith(suffix)).reduce((a, [, n]) => a + n, 0),
    /** A fetch that sends to this server whatever host the client aimed at. */
    fetch: async (input: Request | string | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      const u = new URL(req.url);
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer();
      return globalThis.fetch(`${url}${u.pathname}${u.search}`, { method: req.method, headers: req.headers, body, signal: init?.signal ?? req.signal });
    },
    close,
  };
}
