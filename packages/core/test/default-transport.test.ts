import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { defaultFetch as webDefault } from '../src/default-fetch';
import { defaultFetch as nodeDefault } from '../src/default-fetch.node';
import { DIRECT } from '../src/direct';
import { AbortError, defineOperation, HttpError, NetworkError, TimeoutError, Transport, UnexpectedResponseError } from '../src/index';

// On Node a client given no `fetch` sends with core's node:http transport (package.json "imports" #default-fetch,
// `node` condition; vitest.config.ts maps it the same way). These tests hold it to the Web path's rules.

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base = '';
let handler: Handler = (_req, _body, res) => res.end('{}');
const seen: IncomingMessage[] = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});
afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

const pay = defineOperation({
  id: 'charges.create',
  method: 'POST',
  path: '/charges',
  request: z.object({ amount: z.number() }),
  response: z.looseObject({ id: z.string() }),
  movesMoney: true,
});
const read = defineOperation({ id: 'things.get', method: 'GET', path: '/things', request: z.object({}), response: z.unknown(), movesMoney: false });

const client = (options: ConstructorParameters<typeof Transport>[1] = {}) =>
  new Transport({ provider: 'test', baseUrl: () => base }, { logLevel: 'off', retry: { initialDelayMs: 1 }, ...options });

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

describe('the default transport on Node', () => {
  it('is core node:http one: no fetch-only headers reach the server, and concurrent first calls share one load', async () => {
    handler = (req, body, res) => json(res, 200, { id: 'ch_1', body, type: req.headers['content-type'] });
    const results = await Promise.all(Array.from({ length: 5 }, () => client().call(pay, { amount: 100 })));
    for (const r of results) expect(r).toMatchObject({ id: 'ch_1', body: '{"amount":100}', type: 'application/json; charset=utf-8' });
    // The global fetch (undici) always sends these; node:http does not.
    for (const req of seen) {
      expect(req.headers['sec-fetch-mode']).toBeUndefined();
      expect(req.headers['accept-encoding']).toBeUndefined();
    }
    const shared = nodeDefault() as { [DIRECT]?: unknown };
    expect(typeof shared[DIRECT]).toBe('function');
    expect(nodeDefault()).toBe(shared);
  });

  it('honours a global fetch the application replaced, and an injected fetch wins over both', async () => {
    const replaced = vi.fn(async () => new Response('{"id":"from-global"}', { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', replaced);
    expect(await client().call(pay, { amount: 1 })).toMatchObject({ id: 'from-global' });
    expect(replaced).toHaveBeenCalledOnce();

    const injected = vi.fn(async () => new Response('{"id":"injected"}'));
    expect(await client({ fetch: injected }).call(pay, { amount: 1 })).toMatchObject({ id: 'injected' });
    expect(replaced).toHaveBeenCalledOnce();
    expect(seen).toHaveLength(0);
  });

  it('on other runtimes the default is the global fetch, looked up at each call', () => {
    expect(webDefault()).toBe(globalThis.fetch);
    const other = vi.fn();
    vi.stubGlobal('fetch', other);
    expect(webDefault()).toBe(other);
  });

  it('does not follow a redirect and does not read its body', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(307, { location: 'https://elsewhere.example/charges' });
      res.write('x'.repeat(1000));
    };
    const error = await client()
      .call(pay, { amount: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 307, location: 'https://elsewhere.example', outcome: 'unknown' });
    expect(seen).toHaveLength(1);
  });

  it('refuses an answer larger than maxResponseBytes, told by content-length or counted while reading', async () => {
    handler = (_req, _body, res) => json(res, 200, { id: 'x', pad: 'y'.repeat(5000) });
    await expect(client({ maxResponseBytes: 1000, maxRetries: 0 }).call(read, {})).rejects.toBeInstanceOf(UnexpectedResponseError);

    let written = 0;
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length to go by
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const pump = () => {
        while (written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.destroy());
      pump();
    };
    const error = await client({ maxResponseBytes: 64 * 1024, maxRetries: 0 })
      .call(read, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/larger than 65536 bytes/);
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('decodes a compressed answer as the global fetch does, and an empty one is empty', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ id: 'ğüşiöç' })));
    };
    expect(await client().call(read, {})).toEqual({ id: 'ğüşiöç' });

    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end('not gzip at all');
    };
    await expect(client({ maxRetries: 0 }).call(read, {})).rejects.toBeInstanceOf(NetworkError);

    handler = (_req, _body, res) => res.writeHead(204).end();
    await expect(client().call(read, {})).resolves.toBeUndefined();
  });

  it('an attempt timeout, a caller abort and a broken connection mid-body end the call with the right error', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"id":');
    };
    const timedOut = await client({ timeout: 100, maxRetries: 0 })
      .call(read, {})
      .catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const aborted = await client()
      .call(pay, { amount: 1 }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted).toMatchObject({ outcome: 'unknown' });
    expect(Date.now() - started).toBeLessThan(2000);

    handler = (req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"id":', () => req.socket.destroy());
    };
    const broken = await client({ maxRetries: 0 })
      .call(pay, { amount: 1 })
      .catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(NetworkError);
    expect(broken).toMatchObject({ outcome: 'unknown' });
  });

  it('refuses what the global fetch refuses, before connecting: other protocols, credentials in the URL', async () => {
    for (const url of ['ftp://127.0.0.1/x', `http://user:secret@${base.slice('http://'.length)}`]) {
      const t = new Transport({ provider: 'test', baseUrl: () => url }, { logLevel: 'off', maxRetries: 0 });
      const error = await t.call(pay, { amount: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(JSON.stringify(error)).not.toContain('secret');
    }
    expect(seen).toHaveLength(0);
  });

  it('a refused connection is a NetworkError that sent nothing', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const t = new Transport({ provider: 'test', baseUrl: () => `http://127.0.0.1:${port}` }, { logLevel: 'off', maxRetries: 0 });
    const error = await t.call(pay, { amount: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ outcome: 'not_sent' });
  });
});
