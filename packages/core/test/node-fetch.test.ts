import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AbortError, defineOperation, HttpError, NetworkError, TimeoutError, Transport, UnexpectedResponseError } from '../src/index';
import { createNodeFetch } from '../src/node';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base = '';
let handler: Handler = (_req, _body, res) => res.end('{}');
const sockets = new Set<import('node:net').Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
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

const echo = defineOperation({
  id: 'echo.create',
  method: 'POST',
  path: '/echo/{id}',
  request: z.object({ id: z.string(), note: z.string() }),
  response: z.looseObject({ method: z.string(), body: z.string(), length: z.string(), type: z.string() }),
  movesMoney: true,
});
const read = defineOperation({ id: 'things.get', method: 'GET', path: '/things', request: z.object({}), response: z.unknown(), movesMoney: false });

const transport = (options: ConstructorParameters<typeof Transport>[1] = {}) =>
  new Transport({ provider: 'test', baseUrl: () => base }, { fetch: createNodeFetch(), logLevel: 'off', retry: { initialDelayMs: 1 }, ...options });

describe('createNodeFetch (@odeme/core/node)', () => {
  it('sends the exact bytes, headers and content-length, through the Transport and directly (url, init)', async () => {
    handler = (req, body, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, body, length: req.headers['content-length'], type: req.headers['content-type'], url: req.url }));
    };
    const out = await transport().call(echo, { id: 'a b', note: 'Ödeme ğüşiöç 💳' });
    expect(out).toMatchObject({ method: 'POST', body: '{"note":"Ödeme ğüşiöç 💳"}', type: 'application/json; charset=utf-8', url: '/echo/a%20b' });
    expect(out.length).toBe(String(new TextEncoder().encode(out.body).byteLength));

    const direct = await createNodeFetch()(`${base}/x?q=1`, { method: 'put', headers: { 'content-type': 'text/plain' }, body: 'şey' });
    expect(await direct.json()).toMatchObject({ method: 'PUT', body: 'şey', length: '4', url: '/x?q=1' });
  });

  it('does not follow redirects: a 3xx is an HttpError', async () => {
    handler = (_req, _body, res) => {
      res.statusCode = 302;
      res.setHeader('location', '/elsewhere');
      res.end();
    };
    const error = await transport({ maxRetries: 0 })
      .call(read, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(302);
  });

  it('streams the body, so the size limit stops a huge answer and closes its socket', async () => {
    let written = 0;
    handler = (_req, _body, res) => {
      res.setHeader('content-type', 'application/json');
      const chunk = Buffer.alloc(64 * 1024, 0x61);
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
    const error = await transport({ maxResponseBytes: 1024 * 1024, maxRetries: 0 })
      .call(read, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    // Back-pressure: far less than the 50 MB the server would send was ever written.
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('an attempt timeout while the server stalls is a TimeoutError; a caller abort is an AbortError', async () => {
    handler = () => {};
    const timedOut = await transport({ timeout: 100, totalTimeout: 1000, maxRetries: 0 })
      .call(read, {})
      .catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);

    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const aborted = await transport({ timeout: 5000 })
      .call(read, {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a reset connection is a NetworkError; a read is retried and succeeds', async () => {
    let calls = 0;
    handler = (req, _body, res) => {
      calls += 1;
      if (calls === 1) return void req.socket.destroy();
      res.setHeader('content-type', 'application/json');
      res.end('{"ok":true}');
    };
    await expect(transport().call(read, {})).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);

    handler = (req) => req.socket.destroy();
    await expect(transport({ maxRetries: 0 }).call(read, {})).rejects.toBeInstanceOf(NetworkError);
  });

  it('refuses protocols other than http and https before connecting', async () => {
    await expect(createNodeFetch()('file:///etc/passwd')).rejects.toThrow(/unsupported protocol/);
  });
});
