import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { compileSchema } from '#schema-compiler';
import { issueMessage } from './issues.js';

/**
 * Parses of one row schema after which the transport parses it with zod's compiled parser (`z.compile`).
 *
 * Measured on Node 20 (BENCHMARKS.md): compiling costs about 0.5 ms per schema, and the first one in a process about
 * 10 ms while zod's compiler warms up; ÖderoPay's payment request then parses in 5 µs instead of 13, its answer in 2.5
 * instead of 13. A program that calls a row a few times (a CLI, a function started for one request) never pays for
 * it; a server that calls it all day gets there after its first hundred calls of that row.
 */
export const COMPILE_AFTER = 100;

interface Slot {
  uses: number;
  schema: zc.$ZodType;
}
const slots = new WeakMap<zc.$ZodType, Slot>();
let threshold = COMPILE_AFTER;
let watcher: ParseWatcher | undefined;

/** @internal What the differential tests see of each row parse: the row's schema, the one parsed with, the input. */
export type ParseWatcher = (row: zc.$ZodType, used: zc.$ZodType, input: unknown) => void;

/**
 * @internal For tests only: compile after `after` parses (0: at the first) and show every parse to `watch`, which
 * can parse the same input with both schemas and compare. Called with no argument, restores the defaults.
 */
export function watchRowParses(options: { after?: number; watch?: ParseWatcher } = {}): void {
  threshold = options.after ?? COMPILE_AFTER;
  watcher = options.watch;
}

/**
 * The schema to parse a row's input or answer with: the row's own, or its compiled twin once the row has been parsed
 * `COMPILE_AFTER` times (on Node, Bun and Deno: see `schema-compiler.ts`). A schema zod cannot compile keeps its own
 * parser; a compiled parser that meets input it cannot decide hands it to zod's own, so errors read the same either
 * way.
 */
export function hot<S extends zc.$ZodType>(schema: S, input?: unknown): S {
  let used: zc.$ZodType = schema;
  if (compileSchema) {
    let slot = slots.get(schema);
    if (!slot) {
      slot = { uses: 0, schema };
      slots.set(schema, slot);
    }
    if (slot.uses <= threshold && slot.uses++ === threshold) slot.schema = compileSchema(schema);
    used = slot.schema;
  }
  watcher?.(schema, used, input);
  return used as S;
}

/**
 * Parses a row's input or answer (`safeParse`, core's issue messages) with the schema `hot` picks. Should a compiled
 * parser throw where zod's own would not, the row goes back to zod's own parser for good and the input is parsed
 * again with it: an answer to a charge that went through must never fail on the parser's account.
 */
export function parseRow<S extends zc.$ZodType>(schema: S, input: unknown): zc.util.SafeParseResult<zc.output<S>> {
  const used = hot(schema, input);
  if (used === schema) return z.safeParse(schema, input, { error: issueMessage });
  try {
    return z.safeParse(used, input, { error: issueMessage });
  } catch {
    const slot = slots.get(schema);
    if (slot) slot.schema = schema;
    return z.safeParse(schema, input, { error: issueMessage });
  }
}
