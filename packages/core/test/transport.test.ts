import { LEDGER_DECLINED_CARD, LedgerSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { LedgerClient } from '../../../examples/core/ledger-client';
import { AbortError, HttpError, isOdemeError, NetworkError, PaymentDeclinedError, TimeoutError, UnexpectedResponseError, ValidationError } from '../src/index';

const creds = { apiKey: 'ak_test_123456', secret: 'sk_test_abcdef123456' };
const setup = (opts: Partial<ConstructorParameters<typeof LedgerClient>[0]> = {}) => {
  const sim = new LedgerSimulator(creds);
  const client = new LedgerClient({
    ...creds,
    fetch: sim.fetch,
    baseUrl: 'https://ledger.test',
    logLevel: 'off',
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...opts,
  });
  return { sim, client };
};

describe('transport through the reference simulator', () => {
  it('signs, sends and parses a charge, then reads it back', async () => {
    const { sim, client } = setup();
    const charge = await client.createCharge({ amount: 1234, reference: 'order-1' });
    expect(charge).toMatchObject({ amount: 1234, currency: 'TRY', status: 'captured' });
    const again = await client.getCharge(charge.id);
    expect(again.id).toBe(charge.id);
    expect(sim.count('POST', '/v1/charges')).toBe(1);
  });

  it('refuses invalid input before sending anything', async () => {
    const { sim, client } = setup();
    const err = await client.createCharge({ amount: 12.5, reference: '' }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual(['amount', 'reference']);
    expect(sim.requests).toHaveLength(0);
  });

  it('turns a decline into PaymentDeclinedError with the provider code', async () => {
    const { client } = setup();
    const err = await client.createCharge({ amount: 100, reference: 'x', cardNumber: LEDGER_DECLINED_CARD }).catch((e) => e);
    expect(err).toBeInstanceOf(PaymentDeclinedError);
    expect(err).toMatchObject({ code: 'payment_declined', providerCode: 'card_declined', group: 'do_not_honour', status: 402 });
    expect(isOdemeError(err)).toBe(true);
  });

  it('retries a read on 503 and succeeds', async () => {
    const { sim, client } = setup();
    sim.injectFault({ kind: 'status', status: 503 }, { times: 2 });
    await expect(client.listCharges()).resolves.toEqual([]);
    expect(sim.count('GET')).toBe(3);
  });

  it('honours Retry-After on 429', async () => {
    const { sim, client } = setup();
    sim.injectFault({ kind: 'status', status: 429, headers: { 'retry-after': '0' } });
    await expect(client.listCharges()).resolves.toEqual([]);
    expect(sim.count('GET')).toBe(2);
  });

  it('never sends a money-moving call twice, even when the response was lost', async () => {
    const { sim, client } = setup();
    sim.injectFault({ kind: 'drop-response' });
    await expect(client.createCharge({ amount: 100, reference: 'r' })).rejects.toBeInstanceOf(NetworkError);
    expect(sim.count('POST')).toBe(1);
    expect(sim.charges.size).toBe(1);
    sim.injectFault({ kind: 'status', status: 503 });
    await expect(client.createCharge({ amount: 100, reference: 'r2' })).rejects.toBeInstanceOf(HttpError);
    expect(sim.count('POST')).toBe(2);
  });

  it('maps malformed bodies to UnexpectedResponseError', async () => {
    for (const body of ['html', 'truncated', 'huge'] as const) {
      const { sim, client } = setup({ maxResponseBytes: 1024 * 1024 });
      sim.injectFault({ kind: 'malformed', body, bytes: 2 * 1024 * 1024 });
      await expect(client.listCharges()).rejects.toBeInstanceOf(UnexpectedResponseError);
    }
  });

  it('times out a stalled attempt, retries reads, and ends within the total budget', async () => {
    const { sim, client } = setup({ timeout: 50, totalTimeout: 400 });
    sim.injectFault({ kind: 'stall' }, { times: 100 });
    const started = Date.now();
    const err = await client.listCharges().catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sim.count('GET')).toBe(3);
  });

  it('stops promptly on the caller abort, before and while waiting', async () => {
    const { sim, client } = setup();
    const pre = new AbortController();
    pre.abort();
    await expect(client.listCharges({}, { signal: pre.signal })).rejects.toBeInstanceOf(AbortError);
    expect(sim.requests).toHaveLength(0);
    sim.injectFault({ kind: 'stall' });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 30);
    await expect(client.listCharges({}, { signal: ctl.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it('an abort that fires while the request is being signed still stops the call', async () => {
    const sim = new LedgerSimulator(creds);
    const ctl = new AbortController();
    const { Transport, defineOperation } = await import('../src/index');
    const { z } = await import('zod');
    const op = defineOperation({ id: 'x.get', method: 'GET', path: '/v1/charges', request: z.object({}), response: z.unknown(), movesMoney: false });
    const t = new Transport(
      { provider: 'p', baseUrl: () => 'https://p.test', sign: () => ctl.abort() },
      { fetch: sim.fetch, logLevel: 'off', timeout: 60_000 },
    );
    sim.injectFault({ kind: 'stall' });
    await expect(t.call(op, {}, { signal: ctl.signal })).rejects.toBeInstanceOf(AbortError);
  });
});

describe('a fetch that never settles and ignores the abort signal', () => {
  it('still ends at the attempt timeout (read: retried, then TimeoutError) and the caller abort, never hangs', async () => {
    const { Transport, defineOperation, TimeoutError, AbortError } = await import('../src/index');
    const { z } = await import('zod');
    let calls = 0;
    const t = new Transport(
      { provider: 'p', baseUrl: () => 'https://x.invalid' },
      {
        fetch: () => {
          calls += 1;
          return new Promise<Response>(() => {});
        },
        logLevel: 'off',
        timeout: 50,
        totalTimeout: 1000,
        retry: { initialDelayMs: 1, maxDelayMs: 2 },
        maxRetries: 1,
      },
    );
    const op = defineOperation({ id: 'x.get', method: 'GET', path: '/x', request: z.object({}), response: z.unknown(), movesMoney: false });
    const started = Date.now();
    await expect(t.call(op, {})).rejects.toBeInstanceOf(TimeoutError);
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeLessThan(900);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(t.call(op, {}, { signal: controller.signal, timeout: 10_000 })).rejects.toBeInstanceOf(AbortError);
  });
});
