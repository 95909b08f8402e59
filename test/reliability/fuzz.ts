import { isOdemeError, ValidationError } from '@odeme/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapters } from './adapters/index.js';
import type { OperationSpec, ProviderAdapter } from './adapters/types.js';
import { bump, figures } from './support/figures.js';
import { hostileValue, leaves, withPath, wrongType } from './support/gen.js';

const SEED = 20_260_501;
const RUNS = { invalid: 20, valid: 25, hostile: 50 };

const named = (e: ValidationError, field: string) =>
  field === '' || e.fields.some((f) => f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`) || (f === '' && field.split('.').length === 1));

async function expectInvalid(adapter: ProviderAdapter, op: OperationSpec, input: unknown, field: string, cls: string) {
  const env = adapter.create();
  const error = await op.call(env, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  figures.fuzz.invalid++;
  bump(figures.fuzz.byClass, cls);
  bump(figures.fuzz.byProvider, adapter.name);
  if (!(error instanceof ValidationError)) throw new Error(`${adapter.name} ${op.id} ${cls} ${field}: expected ValidationError, got ${String(error)}`);
  if (!named(error, field)) throw new Error(`${adapter.name} ${op.id} ${cls}: ValidationError names ${JSON.stringify(error.fields)}, not ${field}`);
  if (env.sent() !== 0) throw new Error(`${adapter.name} ${op.id} ${cls}: ${env.sent()} request(s) sent for invalid input`);
}

// Tens of thousands of generated cases per provider: a generous bound, so a loaded CI machine does not fail them on time.
const FUZZ_TIMEOUT_MS = 120_000;
describe('1. bad input, fuzzed', () => {
  for (const adapter of adapters) {
    describe(adapter.name, () => {
      it(
        `invalid inputs end in a ValidationError naming the field, with zero requests (${adapter.operations.length} operations)`,
        async () => {
          const failures: string[] = [];
          for (const op of adapter.operations) {
            for (const c of op.invalid) {
              await fc
                .assert(
                  fc.asyncProperty(c.arb, async (input) => expectInvalid(adapter, op, input, c.field, c.cls)),
                  { seed: SEED, numRuns: RUNS.invalid },
                )
                .catch((e: unknown) => failures.push(String((e as Error).cause ?? e).split('\n')[0] as string));
            }
            // Every leaf of the sample replaced by a value of the wrong type.
            for (const leaf of leaves(op.sample).filter((p) => !op.freeForm?.some((f) => p === f || p.startsWith(`${f}.`)))) {
              await fc
                .assert(
                  fc.asyncProperty(wrongType, async (v) => expectInvalid(adapter, op, withPath(op.sample, leaf, v), leaf, 'wrong-type-leaf')),
                  { seed: SEED, numRuns: 4 },
                )
                .catch((e: unknown) => failures.push(String((e as Error).cause ?? e).split('\n')[0] as string));
            }
          }
          expect(failures).toEqual([]);
        },
        FUZZ_TIMEOUT_MS,
      );

      it(
        'valid inputs pass the simulator (its own validation, tokens, signatures)',
        async () => {
          const failures: string[] = [];
          for (const op of adapter.operations) {
            const env = adapter.create();
            const base = op.prepare ? await op.prepare(env) : op.sample;
            const ok = await op.call(env, base).then(
              () => true,
              (e: unknown) => failures.push(`${op.id}: sample refused: ${String(e)}`) < 0,
            );
            if (!ok) continue;
            figures.fuzz.valid++;
            if (!op.valid) continue;
            await fc
              .assert(
                fc.asyncProperty(op.valid, async (v) => {
                  const input = { ...(op.preparePerCase && op.prepare ? await op.prepare(env) : base), ...v };
                  await op.call(env, input).catch((e: unknown) => {
                    throw new Error(`${adapter.name} ${op.id}: valid input ${JSON.stringify(input)} refused: ${String(e)}`);
                  });
                  figures.fuzz.valid++;
                }),
                { seed: SEED, numRuns: RUNS.valid },
              )
              .catch((e: unknown) => failures.push(String((e as Error).cause ?? e).split('\n')[0] as string));
          }
          expect(failures).toEqual([]);
        },
        FUZZ_TIMEOUT_MS,
      );

      it(
        'hostile values in any field never cause an untyped exception; a ValidationError sends nothing',
        async () => {
          for (const op of adapter.operations) {
            const paths = leaves(op.sample);
            if (paths.length === 0) paths.push('__extra');
            const env = adapter.create({ timeout: 2_000, totalTimeout: 4_000, maxRetries: 0 });
            await fc.assert(
              fc.asyncProperty(fc.constantFrom(...paths), hostileValue(), async (path, value) => {
                const before = env.sent();
                const error = await op.call(env, withPath(op.sample, path, value)).then(
                  () => undefined,
                  (e: unknown) => e,
                );
                figures.fuzz.hostile++;
                bump(figures.fuzz.byProvider, adapter.name);
                if (error !== undefined && !isOdemeError(error)) throw new Error(`${adapter.name} ${op.id} ${path}: untyped ${String(error)}`);
                if (error instanceof ValidationError) {
                  figures.fuzz.hostileRefused++;
                  expect(env.sent()).toBe(before);
                } else figures.fuzz.hostileSent++;
              }),
              { seed: SEED, numRuns: RUNS.hostile },
            );
          }
        },
        FUZZ_TIMEOUT_MS,
      );
    });
  }
});
