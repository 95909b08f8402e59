// Core parses a row with zod's compiled parser once the row is hot (`hot-schemas.ts`). zod's own parser is the
// oracle here: every request and answer the reliability adapters' flows parse (samples, valid variations, each
// invalid class, wrong types and hostile values in every field, the simulators' answers) is parsed by both, from
// the first parse on, and must give the same data, key order included (it is the wire body), or the same issues.
import { isDeepStrictEqual } from 'node:util';
import { issueMessage } from '@odeme/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { type ParseWatcher, watchRowParses } from '../../packages/core/src/hot-schemas.js';
import { compileSchema } from '../../packages/core/src/schema-compiler.codegen.js';
import { adapters } from '../reliability/adapters/index.js';
import { hostileValue, leaves, withPath, wrongType } from '../reliability/support/gen.js';

const SEED = 20_261_204;
const canCompile = compileSchema !== undefined;

/** The comparison the watcher makes (the first test shows it can fail). */
function compare(row: zc.$ZodType, used: zc.$ZodType, input: unknown): string | undefined {
  const a = z.safeParse(row, input, { error: issueMessage });
  const b = z.safeParse(used, input, { error: issueMessage });
  if (a.success !== b.success) return `zod ${a.success ? 'accepts' : 'refuses'}, compiled ${b.success ? 'accepts' : 'refuses'}`;
  if (a.success && b.success) {
    if (!isDeepStrictEqual(a.data, b.data)) return 'different data';
    if (JSON.stringify(a.data) !== JSON.stringify(b.data)) return 'different key order';
    return undefined;
  }
  return isDeepStrictEqual(a.error?.issues, b.error?.issues) ? undefined : 'different issues';
}

interface Tally {
  compared: number;
  compiled: Set<zc.$ZodType>;
  kept: Set<zc.$ZodType>;
  mismatches: string[];
}

function watcher(tally: Tally, current: () => string): ParseWatcher {
  return (row, used, input) => {
    if (row === used) {
      tally.kept.add(row);
      return;
    }
    tally.compiled.add(row);
    tally.compared++;
    const problem = compare(row, used, input);
    if (problem && tally.mismatches.length < 20) tally.mismatches.push(`${current()}: ${problem} for ${String(JSON.stringify(input)).slice(0, 300)}`);
  };
}

afterAll(() => watchRowParses());

describe.skipIf(!canCompile)('compiled row parsers answer as zod’s own', () => {
  it('sees a compiled parser that answers differently', () => {
    const row = z.strictObject({ amount: z.number() });
    const wrong = (z as unknown as { withParser: (s: unknown, p: (i: unknown) => unknown) => zc.$ZodType }).withParser(row, () => ({ amount: 0 }));
    expect(compare(row, wrong, { amount: 12.5 })).toBe('different data');
    expect(compare(row, row, { amount: 12.5 })).toBeUndefined();
  });

  for (const adapter of adapters)
    it(`${adapter.name}: every parse of its flows, compiled from the first`, async () => {
      const tally: Tally = { compared: 0, compiled: new Set(), kept: new Set(), mismatches: [] };
      let current = '';
      watchRowParses({ after: 0, watch: watcher(tally, () => current) });
      const send = async (id: string, call: () => Promise<unknown>) => {
        current = id;
        await call().catch(() => undefined);
      };
      for (const op of adapter.operations) {
        const env = adapter.create({ timeout: 2_000, totalTimeout: 4_000, maxRetries: 0 });
        const base = op.prepare ? await op.prepare(env).catch(() => op.sample) : op.sample;
        await send(`${op.id} sample`, () => op.call(env, base));
        if (op.valid) for (const v of fc.sample(op.valid, { seed: SEED, numRuns: 4 })) await send(`${op.id} valid`, () => op.call(env, { ...base, ...v }));
        for (const c of op.invalid) for (const v of fc.sample(c.arb, { seed: SEED, numRuns: 2 })) await send(`${op.id} ${c.cls}`, () => op.call(env, v));
        const paths = leaves(op.sample);
        for (const path of paths) {
          for (const v of fc.sample(wrongType, { seed: SEED, numRuns: 2 }))
            await send(`${op.id} ${path} wrong type`, () => op.call(env, withPath(op.sample, path, v)));
          for (const v of fc.sample(hostileValue(), { seed: SEED, numRuns: 2 }))
            await send(`${op.id} ${path} hostile`, () => op.call(env, withPath(op.sample, path, v)));
        }
      }
      watchRowParses();
      expect(tally.mismatches).toEqual([]);
      // The lever is real only if zod compiles our rows. The ones it refuses are PayWall's requests with a cross-field
      // `rule` (a check with a `when` condition, so it runs past an unknown key): any other refusal is new, and shown.
      const kept = [...tally.kept].filter((s) => !tally.compiled.has(s));
      const refusal = (s: zc.$ZodType) => {
        try {
          (z as unknown as { compile: (s: unknown, o: object) => unknown }).compile(s, { strict: true });
          return 'compiled when asked alone';
        } catch (e) {
          return String((e as Error).message);
        }
      };
      expect(kept.map(refusal).filter((m) => !m.includes('custom "when" condition'))).toEqual([]);
      expect(tally.compiled.size).toBeGreaterThan(kept.length);
      expect(tally.compared).toBeGreaterThan(adapter.operations.length);
      console.log(`${adapter.name}: ${tally.compared} parses compared, ${tally.compiled.size} schemas compiled, ${kept.length} kept zod's parser`);
    }, 180_000);
});
