// A loopback HTTP server around a Web-standard handler (a simulator's `handle`).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Web-standard request handler, such as a simulator's `handle`. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** A running loopback server, as `listen()` resolves it. */
export interface Listening {
  /** `http://127.0.0.1:PORT`: pass it as a client's `baseUrl`. */
  url: string;
  /** The underlying `node:http` server. */
  server: Server;
  /** Closes open connections and stops the server. */
  close(): Promise<void>;
}

/**
 * Starts a loopback HTTP server that hands each request to `handler` (a simulator's `handle`). The port is chosen
 * by the system unless `options.port` is given. A simulated `reset` or `drop-response` fault destroys the socket.
 *
 * @example
 * import { OderoPaySimulator } from '@odeme/testkit';
 * import { listen } from '@odeme/testkit/node';
 *
 * const sim = new OderoPaySimulator({ apiKey: 'demo-api-key', secretKey: 'demo-secret-key' });
 * const server = await listen(sim);
 * const odero = new OderoPay({ apiKey: 'demo-api-key', secretKey: 'demo-secret-key', baseUrl: server.url });
 * // …
 * await server.close();
 */
export function listen(handler: FetchHandler | { handle: FetchHandler }, options: { port?: number; host?: string } = {}): Promise<Listening> {
  const handle = typeof handler === 'function' ? handler : handler.handle;
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    serve(handle, req, res, host).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`simulator error: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function serve(handle: FetchHandler, req: IncomingMessage, res: ServerResponse, host: string): Promise<void> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of req) chunks.push(chunk as Uint8Array<ArrayBuffer>);
  const body = chunks.length ? new Blob(chunks) : undefined;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const x of v) headers.append(k, x);
    else if (v !== undefined) headers.set(k, v);
  }
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const request = new Request(`http://${req.headers.host ?? host}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    signal: abort.signal,
  });
  let response: Response;
  try {
    response = await handle(request);
  } catch (e) {
    // A simulated connection fault: drop the socket the way a real reset would.
    if (e instanceof TypeError) {
      req.socket.destroy();
      return;
    }
    throw e;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(new Uint8Array(await response.arrayBuffer()));
}
