import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeHandler, sendWebResponse, toWebRequest } from '../src/node';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function serve(handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void | Promise<void>): Promise<string> {
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the Node adapter', () => {
  it('passes method, URL, repeated headers and the body byte for byte, and writes every Set-Cookie back', async () => {
    const seen: { method: string; url: string; cookies: string | null; bytes: number[] }[] = [];
    const base = await serve(
      nodeHandler(async (request) => {
        seen.push({
          method: request.method,
          url: request.url,
          cookies: request.headers.get('x-multi'),
          bytes: [...new Uint8Array(await request.arrayBuffer())],
        });
        const headers = new Headers({ 'content-type': 'text/plain' });
        headers.append('set-cookie', 'a=1; Path=/');
        headers.append('set-cookie', 'b=2; Path=/');
        return new Response('ok', { status: 201, headers });
      }),
    );
    // Not valid UTF-8: a text round trip would change these bytes and break a signature over them.
    const body = new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3]);
    const res = await fetch(`${base}/cb/path?x=1`, {
      method: 'POST',
      body,
      headers: [
        ['x-multi', 'one'],
        ['x-multi', 'two'],
      ],
    });
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(seen[0]).toEqual({ method: 'POST', url: `${base}/cb/path?x=1`, cookies: 'one, two', bytes: [...body] });
  });

  it('refuses a body over the limit with 413 and an already-parsed body with 400, without calling the handler', async () => {
    let calls = 0;
    const limited = nodeHandler(
      () => {
        calls += 1;
        return new Response('no');
      },
      { maxBodyBytes: 8 },
    );
    const base = await serve((req, res) => {
      if (req.url === '/parsed') (req as { body?: unknown }).body = { parsed: true };
      if (req.url === '/parsed') req.resume().on('end', () => void limited(req, res));
      else void limited(req, res);
    });
    expect((await fetch(`${base}/big`, { method: 'POST', body: 'x'.repeat(9) })).status).toBe(413);
    expect((await fetch(`${base}/parsed`, { method: 'POST', body: '{"a":1}' })).status).toBe(400);
    expect(calls).toBe(0);
  });

  it('uses a body a framework read as raw bytes or text, within the same limit', async () => {
    const seen: string[] = [];
    const handler = nodeHandler(
      async (request) => {
        seen.push(await request.text());
        return new Response('ok');
      },
      { maxBodyBytes: 8 },
    );
    const base = await serve((req, res) => {
      // What express.text() leaves: the body as text on req.body, the stream consumed.
      req.resume().on('end', () => {
        (req as { body?: unknown }).body = req.url === '/text' ? 'çay=1' : new TextEncoder().encode('x'.repeat(9));
        void handler(req, res);
      });
    });
    expect((await fetch(`${base}/text`, { method: 'POST', body: 'ignored' })).status).toBe(200);
    expect(seen).toEqual(['çay=1']);
    expect((await fetch(`${base}/bytes`, { method: 'POST', body: 'ignored' })).status).toBe(413);
    expect(seen).toHaveLength(1);
  });

  it('builds the URL from the socket unless told to trust a proxy, and answers 500 when the handler throws', async () => {
    const urls: string[] = [];
    const errors: unknown[] = [];
    const base = await serve(async (req, res) => {
      const trust = req.url === '/trusted';
      urls.push((await toWebRequest(req, { trustProxy: trust })).url);
      if (trust) return nodeHandler(() => Promise.reject(new Error('boom')), { onError: (e) => errors.push(e) })(req, res);
      await sendWebResponse(res, new Response(null, { status: 204 }));
    });
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' };
    expect((await fetch(`${base}/plain`, { headers: forwarded })).status).toBe(204);
    expect((await fetch(`${base}/trusted`, { headers: forwarded })).status).toBe(500);
    expect(urls).toEqual([`${base}/plain`, 'https://shop.example/trusted']);
    expect(errors).toHaveLength(1);
  });
});
