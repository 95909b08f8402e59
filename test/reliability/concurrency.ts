import type { LicrusSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { adapters } from './adapters/index.js';
import { bump, figures } from './support/figures.js';

const CALLS = 1_000;

describe('3. concurrency', () => {
  it(`${CALLS} concurrent calls mixed across providers on shared clients: each answer matches its request`, async () => {
    const envs = adapters.map((a) => ({ adapter: a, env: a.create({ timeout: 20_000, totalTimeout: 30_000 }) }));
    const runners = await Promise.all(envs.map(async ({ adapter, env }) => ({ adapter, env, run: await adapter.concurrent(env), sent0: env.sent() })));
    const t0 = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, i) => {
        const r = runners[i % runners.length]!;
        bump(figures.concurrency.perProvider, r.adapter.name);
        return r.run(Math.floor(i / runners.length));
      }),
    );
    const ms = performance.now() - t0;
    const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    expect(failed).toEqual([]);
    figures.concurrency.calls = CALLS;
    figures.concurrency.ms = Math.round(ms);
    for (const r of runners) {
      // No retries, no duplicates: one request per call (all signatures verified at the simulator, or it refused).
      expect(r.env.sent() - r.sent0, r.adapter.name).toBe(figures.concurrency.perProvider[r.adapter.name]);
      if (r.adapter.name === 'licrus') expect((r.env.sim as LicrusSimulator).logins).toBe(1);
    }
  });
});
