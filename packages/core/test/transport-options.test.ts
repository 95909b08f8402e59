import { LedgerSimulator } from '@odeme/testkit';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LedgerClient } from '../../../examples/core/ledger-client';
import { defineOperation, HttpError, NetworkError, type RequestEvent, Transport, UnexpectedResponseError } from '../src/index';

const creds = { apiKey: 'ak_test_123456', secret: 'sk_test_abcdef123456' };

describe('transport options', () => {
  it('hooks see redacted requests, responses and retries', async () => {
    const sim = new LedgerSimulator(creds);
    const seen: RequestEvent[] = [];
    const onResponse = vi.fn();
    const onRetry = vi.fn();
    const client = new LedgerClient({
      ...creds,
      fetch: sim.fetch,
      logLevel: 'off',
      retry: { initialDelayMs: 1 },
      hooks: { onRequest: (e) => seen.push(e), onResponse, onRetry },
    });
    sim.injectFault({ kind: 'reset' });
    await client.listCharges({ limit: 5 });
    expect(seen).toHaveLength(2);
    expect(seen[0]?.url).toBe('https://ledger.invalid/v1/charges?limit=5');
    expect(seen[0]?.headers['x-signature']).toBe('[REDACTED]');
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ operation: 'charges.list', attempt: 1, reason: 'network_error' }));
    expect(onResponse).toHaveBeenCalledWith(expect.objectContaining({ status: 200, attempt: 1 }));
  });

  it('debug logging is redacted; maxRetries 0 disables retries', async () => {
    const sim = new LedgerSimulator(creds);
    const lines: string[] = [];
    const logger = {
      debug: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    const client = new LedgerClient({ ...creds, fetch: sim.fetch, logger, logLevel: 'debug', maxRetries: 0 });
    sim.injectFault({ kind: 'reset' });
    await expect(client.listCharges()).rejects.toBeInstanceOf(NetworkError);
    expect(sim.count()).toBe(1);
    await client.createCharge({ amount: 100, reference: 'r' }, { idempotencyKey: 'k1' });
    expect(lines.some((l) => l.includes('→ POST https://ledger.invalid/v1/charges'))).toBe(true);
    expect(lines.some((l) => l.includes('no documented idempotency header'))).toBe(true);
    expect(lines.join('\n')).not.toContain(creds.secret);
  });

  it('an honoured idempotency key makes a money-moving call retryable and is sent', async () => {
    const sim = new LedgerSimulator(creds);
    const op = defineOperation({
      id: 'charges.create',
      method: 'POST',
      path: '/v1/charges',
      request: z.object({ amount: z.number() }),
      response: z.unknown(),
      movesMoney: true,
    });
    const t = new Transport(
      { provider: 'p', baseUrl: () => 'https://p.test', idempotencyHeader: 'x-idempotency-key' },
      { fetch: sim.fetch, logLevel: 'off', retry: { initialDelayMs: 1 } },
    );
    sim.injectFault({ kind: 'status', status: 503 });
    sim.injectFault({ kind: 'status', status: 500 });
    // The third attempt reaches the ledger unsigned: its 401 is a credential problem, not an outage.
    await expect(t.call(op, { amount: 1 }, { idempotencyKey: 'idem-1' })).rejects.toMatchObject({ code: 'authentication_failed', status: 401 });
    expect(sim.count('POST')).toBe(3);
    expect(sim.requests[0]?.headers['x-idempotency-key']).toBe('idem-1');
    expect(sim.requests[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('a 2xx whose data does not match the schema is UnexpectedResponseError with issues', async () => {
    const op = defineOperation({ id: 'x.get', method: 'GET', path: '/x', request: z.object({}), response: z.object({ id: z.string() }), movesMoney: false });
    const fetch = async () => new Response('{"id":5}', { status: 200, headers: { 'x-request-id': 'rq-9' } });
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test/' }, { fetch, logLevel: 'off' });
    const err = (await t.call(op, {}).catch((e) => e)) as UnexpectedResponseError;
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err.requestId).toBe('rq-9');
    expect(err.issues?.[0]?.path).toBe('id');
  });

  it("a row's own inputLimits raise the client's bounds for that row only, and never lower them", async () => {
    const sent: string[] = [];
    const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
      sent.push(String(init?.body));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch, logLevel: 'off', inputLimits: { maxItems: 3 } });
    const row = (id: string, inputLimits?: { maxItems: number }) =>
      defineOperation({
        id,
        method: 'POST',
        path: '/x',
        request: z.object({ items: z.array(z.number()) }),
        response: z.unknown(),
        movesMoney: false,
        ...(inputLimits ? { inputLimits } : {}),
      });
    const items = (n: number) => ({ items: Array.from({ length: n }, (_, i) => i) });
    // The client's bound: 4 items are refused before anything is sent.
    await expect(t.call(row('plain'), items(4))).rejects.toMatchObject({ code: 'validation_error', issues: [{ path: 'items', code: 'too_big' }] });
    // A row that documents 5: 5 go, 6 are refused, and the plain row still refuses 4.
    await t.call(row('raised', { maxItems: 5 }), items(5));
    await expect(t.call(row('raised', { maxItems: 5 }), items(6))).rejects.toMatchObject({ issues: [{ path: 'items', code: 'too_big' }] });
    // A row's lower figure does not undercut the client's 3.
    await t.call(row('lower', { maxItems: 2 }), items(3));
    expect(sent.map((b) => JSON.parse(b).items.length)).toEqual([5, 3]);
  });

  it('a declared oversize body is refused without reading it; an empty 204 is undefined', async () => {
    const op = defineOperation({ id: 'x.get', method: 'GET', path: '/x', request: z.object({}), response: z.unknown(), movesMoney: false });
    const big = async () => new Response('{}', { status: 200, headers: { 'content-length': '999999999' } });
    await expect(new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch: big, logLevel: 'off' }).call(op, {})).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
    const empty = async () => new Response(null, { status: 204 });
    await expect(new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch: empty, logLevel: 'off' }).call(op, {})).resolves.toBeUndefined();
  });

  it('does not wait for a Retry-After beyond the policy', async () => {
    const op = defineOperation({ id: 'x.get', method: 'GET', path: '/x', request: z.object({}), response: z.unknown(), movesMoney: false });
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response('slow down', { status: 429, headers: { 'retry-after': '3600' } });
    };
    const err = (await new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch, logLevel: 'off' }).call(op, {}).catch((e) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBe(429);
    expect(calls).toBe(1);
  });

  it('query values are RFC 3986 encoded (a space is %20) and retryable: false stops read-style retries', async () => {
    const urls: string[] = [];
    const fetch = async (input: Request | string | URL) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return new Response('busy', { status: 503 });
    };
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch, logLevel: 'off', retry: { initialDelayMs: 1 } });
    const save = defineOperation({
      id: 'x.save',
      method: 'GET',
      path: '/x',
      request: z.object({ q: z.string() }),
      response: z.unknown(),
      movesMoney: false,
      retryable: false,
    });
    await expect(t.call(save, { q: 'a b+ç&' })).rejects.toBeInstanceOf(HttpError);
    expect(urls).toEqual(['https://p.test/x?q=a%20b%2B%C3%A7%26']);
  });
});
