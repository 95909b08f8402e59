import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AuthenticationError, defineOperation, HttpError, ProviderError, responseContext, Transport } from '../src/index';

const read = defineOperation({
  id: 'orders.get',
  method: 'GET',
  path: '/pgw/orders/{id}',
  request: z.object({ id: z.string(), apiKey: z.string() }),
  response: z.object({ id: z.string() }),
  movesMoney: false,
  query: ['apiKey'],
});
const pay = defineOperation({
  id: 'payments.create',
  method: 'POST',
  path: '/pay',
  request: z.object({ ref: z.string() }),
  response: z.object({ id: z.string() }),
  movesMoney: true,
  reference: { field: 'ref' },
});
const answer =
  (status: number, body = '') =>
  async () =>
    new Response(body, { status });

describe('HTTP errors name the request', () => {
  it('a 404 says which method and URL failed, with secret-named query values replaced', async () => {
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test/api' }, { fetch: answer(404, 'Not Found'), maxRetries: 0, logLevel: 'off' });
    const error = (await t.call(read, { id: 'o 1', apiKey: 'live-key-123' }).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.method).toBe('GET');
    expect(error.url).toMatch(/^https:\/\/p\.test\/api\/pgw\/orders\/o%201\?apiKey=/);
    expect(error.url).not.toContain('live-key-123');
    expect(error.message).toBe(`orders.get: HTTP 404 from p (GET ${error.url})`);
    expect(JSON.stringify(error.toJSON())).not.toContain('live-key-123');
  });

  it("a provider's own HttpError built from responseContext names the request too", async () => {
    const t = new Transport(
      {
        provider: 'p',
        baseUrl: () => 'https://p.test',
        unwrap: (raw) => {
          throw new HttpError(`${raw.operation.id}: gateway page`, responseContext(raw));
        },
      },
      { fetch: answer(502, '<html/>'), logLevel: 'off' },
    );
    const error = (await t.call(pay, { ref: 'r-1' }).catch((e) => e)) as HttpError;
    expect(error.message.startsWith('payments.create: gateway page (POST https://p.test/pay) (outcome unknown:')).toBe(true);
  });

  it('a 401 is an AuthenticationError with the keys hint, the status and, for a money call, outcome rejected', async () => {
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch: answer(401, '{"error":"unauthorized"}'), logLevel: 'off' });
    const error = (await t.call(pay, { ref: 'r-2' }).catch((e) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('authentication_failed');
    expect(error.status).toBe(401);
    expect(error.outcome).toBe('rejected');
    expect(error.reference).toBe('r-2');
    expect(error.message).toBe(
      'payments.create: p refused the credentials (HTTP 401): check your keys and environment (sandbox or production) (POST https://p.test/pay)',
    );
  });

  it("a 401 the provider explains in its own envelope keeps the provider's error", async () => {
    const t = new Transport(
      {
        provider: 'p',
        baseUrl: () => 'https://p.test',
        unwrap: (raw) => {
          throw new ProviderError('p refused: E-17', { ...responseContext(raw), providerCode: 'E-17' });
        },
      },
      { fetch: answer(401, '{"code":"E-17"}'), logLevel: 'off' },
    );
    const error = (await t.call(read, { id: '1', apiKey: 'k' }).catch((e) => e)) as ProviderError;
    expect(error).not.toBeInstanceOf(AuthenticationError);
    expect(error.providerCode).toBe('E-17');
  });
});
