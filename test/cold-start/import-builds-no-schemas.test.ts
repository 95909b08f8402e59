// Importing a client must build none of its zod schemas: a row builds its own on its first call (core's
// `lazySchema`). A schema constant, or an object of schemas spread into others, left outside `lazySchema` costs every
// program that imports the package (ÖderoPay's import went from 9.0 to 4.2 ms when the last ones were wrapped).
// zod calls `globalConfig.postProcessor` for every schema it constructs; that hook counts them here.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const PACKAGES = ['@odeme/core', '@odeme/oderopay', '@odeme/paywall', '@odeme/haso', '@odeme/licrus', '@odeme/bip'] as const;

async function built(load: () => Promise<unknown>): Promise<string[]> {
  const where: string[] = [];
  const config = z.core.globalConfig as { postProcessor?: (inst: unknown) => void };
  const before = config.postProcessor;
  config.postProcessor = () => {
    const frame = new Error().stack?.split('\n').find((line) => line.includes('/packages/') && !line.includes('/node_modules/'));
    where.push(frame?.trim() ?? 'unknown');
  };
  try {
    await load();
  } finally {
    config.postProcessor = before;
  }
  return where;
}

// zod added the hook in 4.x after 4.1: the lowest zod of the peer range (run by `pnpm test:zod-range`, which sets
// ODEME_ZOD) has none, so these counts are taken with the locked zod only.
const hookWorks = (await built(async () => z.strictObject({ a: z.string() }))).length > 0;

describe('importing a client builds no zod schema', () => {
  it('the counting hook sees a schema being built with the locked zod (so the tests below can fail)', () => {
    expect(hookWorks || process.env.ODEME_ZOD !== undefined).toBe(true);
  });

  for (const name of PACKAGES)
    it.skipIf(!hookWorks)(name, async () => {
      // Each test file has its own module graph: this is the package's first import here.
      const seen = await built(() => import(/* @vite-ignore */ name));
      expect(seen).toEqual([]);
    });
});
