import { AbortError, TimeoutError } from '@odeme/core';
import type { LicrusSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { adapters } from './adapters/index.js';
import { figures } from './support/figures.js';

const PROMPT_MS = 150;

async function timed(p: Promise<unknown>) {
  const t0 = Date.now();
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - t0 };
}

describe('6. abort and timeouts', () => {
  for (const adapter of adapters) {
    it(`${adapter.name}: an AbortSignal stops a call before sending, while waiting and during backoff`, async () => {
      for (const sc of [...adapter.reads, ...adapter.money]) {
        const env = adapter.create({ timeout: 10_000, totalTimeout: 20_000, maxRetries: 2, retry: { initialDelayMs: 5_000, maxDelayMs: 5_000 } });
        const call = await sc.prepare(env);
        // Before sending.
        const sent = env.sent();
        const r0 = await timed(call({ signal: AbortSignal.abort() }));
        expect(r0.error).toBeInstanceOf(AbortError);
        expect(env.sent()).toBe(sent);
        // While waiting for an answer that never comes.
        env.sim.injectFault({ kind: 'stall' }, { match: (_m, p) => p.endsWith(sc.path) });
        const r1 = await timed(call({ signal: AbortSignal.timeout(40) }));
        expect(r1.error, `${adapter.name} ${sc.id}`).toBeInstanceOf(AbortError);
        expect(r1.ms).toBeLessThan(40 + PROMPT_MS);
        figures.abort.maxLatencyMs = Math.max(figures.abort.maxLatencyMs, r1.ms - 40);
        figures.abort.cases += 2;
        if (adapter.reads.includes(sc)) {
          // During a 5 s retry backoff.
          env.sim.injectFault({ kind: 'status', status: 503 }, { match: (_m, p) => p.endsWith(sc.path) });
          const r2 = await timed(call({ signal: AbortSignal.timeout(40) }));
          expect(r2.error).toBeInstanceOf(AbortError);
          expect(r2.ms).toBeLessThan(40 + PROMPT_MS);
          figures.abort.maxLatencyMs = Math.max(figures.abort.maxLatencyMs, r2.ms - 40);
          figures.abort.cases++;
        }
        // The total budget ends a call that would otherwise wait forever.
        env.sim.injectFault({ kind: 'stall' }, { times: 5, match: (_m, p) => p.endsWith(sc.path) });
        const r3 = await timed(call({ timeout: 60, totalTimeout: 200, maxRetries: 5 }));
        expect(r3.error).toBeInstanceOf(TimeoutError);
        expect(r3.ms).toBeLessThan(200 + PROMPT_MS);
        env.sim.clearFaults();
        figures.abort.cases++;
      }
    });
  }

  it('licrus: a caller waiting for the shared login stops promptly', async () => {
    const adapter = adapters.find((a) => a.name === 'licrus');
    if (!adapter) return;
    const env = adapter.create({ timeout: 10_000 });
    env.sim.injectFault({ kind: 'stall' }, { match: (_m, p) => p.endsWith('/login') });
    const client = env.client as { addresses: { cities: (i: unknown, o: unknown) => Promise<unknown> } };
    const r = await timed(client.addresses.cities({}, { signal: AbortSignal.timeout(40) }));
    expect(r.error).toBeInstanceOf(AbortError);
    expect(r.ms).toBeLessThan(40 + PROMPT_MS);
    expect((env.sim as LicrusSimulator).count('POST', '/address')).toBe(0);
    figures.abort.cases++;
  });
});
