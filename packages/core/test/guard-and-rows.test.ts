import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  assertServerSide,
  backoffDelay,
  ConfigurationError,
  DEFAULT_RETRY_POLICY,
  defaultEncode,
  defineOperation,
  fillPath,
  isBrowser,
  isRetryableStatus,
  parseRetryAfter,
  pathParamNames,
  serialiseBody,
  Transport,
} from '../src/index';

const g = globalThis as { window?: unknown; document?: unknown };

describe('browser guard', () => {
  afterEach(() => {
    delete g.window;
    delete g.document;
  });

  it('allows servers and refuses pages unless opted in', () => {
    expect(isBrowser()).toBe(false);
    expect(() => assertServerSide('x', undefined)).not.toThrow();
    g.window = {};
    g.document = {};
    expect(isBrowser()).toBe(true);
    expect(() => assertServerSide('oderopay', undefined)).toThrow(ConfigurationError);
    expect(() => assertServerSide('oderopay', true)).not.toThrow();
    expect(() => new Transport({ provider: 'p', baseUrl: () => 'https://x', holdsSecrets: true })).toThrow(/dangerouslyAllowBrowser/);
    expect(() => new Transport({ provider: 'p', baseUrl: () => 'https://x', holdsSecrets: true }, { dangerouslyAllowBrowser: true })).not.toThrow();
  });
});

describe('operation rows', () => {
  const op = defineOperation({
    id: 'items.search',
    method: 'POST',
    path: '/v1/shops/{shopId}/items/{itemId}',
    request: z.object({ shopId: z.string(), itemId: z.number(), page: z.number().optional(), name: z.string() }),
    response: z.unknown(),
    movesMoney: false,
    query: ['page'],
  });

  it('splits path, query and body', () => {
    expect(pathParamNames(op.path)).toEqual(['shopId', 'itemId']);
    expect(defaultEncode(op, { shopId: 'a b', itemId: 7, page: 2, name: 'çay' })).toEqual({
      pathParams: { shopId: 'a b', itemId: 7 },
      query: { page: 2 },
      body: { name: 'çay' },
    });
    expect(fillPath(op.path, { shopId: 'a b/c', itemId: 7 })).toBe('/v1/shops/a%20b%2Fc/items/7');
    expect(() => fillPath(op.path, { shopId: 'x' })).toThrow(/itemId/);
  });

  it('GET sends everything left in the query and has no body', () => {
    const get = { ...op, method: 'GET' as const, path: '/v1/items' };
    expect(defaultEncode(get, { name: 'x', page: undefined })).toEqual({ pathParams: {}, query: { name: 'x' }, body: undefined });
    expect(defaultEncode({ ...op, path: '/v1/x', query: [] }, {})).toEqual({ pathParams: {}, query: {}, body: {} });
  });

  it('serialises JSON and form bodies once', () => {
    expect(serialiseBody({ a: 1, b: 'ş' }, 'json')).toBe('{"a":1,"b":"ş"}');
    expect(serialiseBody({ a: 1, b: 'ş ', c: undefined, d: { e: 1 } }, 'form')).toBe('a=1&b=%C5%9F+&d=%7B%22e%22%3A1%7D');
    expect(serialiseBody('raw', 'json')).toBe('raw');
  });
});

describe('retry policy', () => {
  it('retries only transient statuses', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with bounded jitter', () => {
    const p = DEFAULT_RETRY_POLICY;
    expect(backoffDelay(0, p, () => 0)).toBe(250);
    expect(backoffDelay(0, p, () => 1)).toBe(500);
    expect(backoffDelay(3, p, () => 1)).toBe(4000);
    expect(backoffDelay(10, p, () => 1)).toBe(8000);
    expect(backoffDelay(10, p, () => 0)).toBe(4000);
  });
});

describe('bindOperations', () => {
  it('exposes each row as a method that calls the transport with empty input by default', async () => {
    const { bindOperations } = await import('../src/index');
    const seen: string[] = [];
    const fetch = async (input: Request | string | URL, init?: RequestInit) => {
      seen.push(input instanceof Request ? `${input.method} ${input.url}` : `${init?.method} ${String(input)}`);
      return new Response('{"ok":true}', { status: 200 });
    };
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch, logLevel: 'off' });
    const ping = defineOperation({
      id: 'ping',
      method: 'GET',
      path: '/ping',
      request: z.object({ q: z.string().optional() }),
      response: z.object({ ok: z.boolean() }),
      movesMoney: false,
    });
    const api = bindOperations(t, { ping });
    await expect(api.ping()).resolves.toEqual({ ok: true });
    await expect(api.ping({ q: 'x' })).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['GET https://p.test/ping', 'GET https://p.test/ping?q=x']);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('URL building refuses bad path and query values with a typed error', () => {
  it('missing, dot-segment and lone-surrogate values are ValidationErrors naming the field, before sending', async () => {
    const { Transport, defineOperation, ValidationError } = await import('../src/index');
    const { z: zc } = await import('zod');
    let sent = 0;
    const t = new Transport(
      { provider: 'p', baseUrl: () => 'https://x.invalid' },
      {
        fetch: async () => {
          sent += 1;
          return new Response('{}');
        },
        logLevel: 'off',
      },
    );
    const op = defineOperation({
      id: 'items.get',
      method: 'GET',
      path: '/items/{id}',
      request: zc.object({ id: zc.string(), q: zc.string().optional() }),
      response: zc.unknown(),
      movesMoney: false,
    });
    for (const [input, field] of [
      [{ id: '..' }, 'id'],
      [{ id: '.' }, 'id'],
      [{ id: 'a\uD800' }, 'id'],
      [{ id: 'ok', q: '\uDC00' }, 'q'],
    ] as const) {
      const error = await t.call(op, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as InstanceType<typeof ValidationError>).fields).toEqual([field]);
      expect((error as InstanceType<typeof ValidationError>).operation).toBe('items.get');
    }
    // null is not "no input": it is refused, never sent as an empty body.
    const { bindOperations } = await import('../src/index');
    const r = bindOperations(t, { get: op });
    await expect(r.get(null as never)).rejects.toBeInstanceOf(ValidationError);
    expect(sent).toBe(0);
  });
});
