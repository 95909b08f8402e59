import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from './listen.js';

/** A request as the plain server received it: the exact bytes, for wire assertions. */
export interface PlainRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the script answers: a status with a body, a dropped socket, or headers and half a body that never ends. */
export type PlainAnswer =
  | { status: number; headers?: Record<string, string>; body?: string }
  | 'reset'
  | 'stall-headers'
  | { stallAfter: string; status?: number };

/**
 * A plain `node:http` server on 127.0.0.1 that answers from a script and records every request: no simulator,
 * no SDK code between the client and the socket. Used to prove fault and money-safety behaviour against the wire.
 */
export async function plainServer(script: (req: PlainRequest, index: number) => PlainAnswer | Promise<PlainAnswer>) {
  const requests: PlainRequest[] = [];
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const seen: PlainRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    requests.push(seen);
    const answer = await script(seen, requests.length - 1);
    if (answer === 'reset') {
      req.socket.destroy();
      return;
    }
    if (answer === 'stall-headers') return; // nothing is ever written: only the client's timer ends it
    if ('stallAfter' in answer) {
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      res.write(answer.stallAfter);
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body ?? '');
  }
  const { url, close } = await listenOnLoopback(serve);
  return {
    /** `http://127.0.0.1:<port>`: use it as the client's `baseUrl`. */
    url,
    /** Every request received, in order. */
    requests,
    /** Requests whose path (without query) ends with `suffix`. */
    hits: (suffix: string) => requests.filter((r) => (r.url.split('?')[0] as string).endsWith(suffix)).length,
    close,
  };
}

/** A port on 127.0.0.1 that nothing listens on: a connection to it is refused before any byte is sent. */
export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
  return `http://127.0.0.1:${port}`;
}
