import { hasoOperations } from './operations/index.js';
import type { HasoRowMeta } from './operations/meta.js';

/** One row of {@link HASO_METHODS}; the type parameters keep the row's literal facts. */
export interface HasoMethodRow<
  Section extends string = string,
  Edition extends string = string,
  Order extends readonly string[] | null = readonly string[] | null,
  Source extends 'documented' | 'inferred' = 'documented' | 'inferred',
> {
  /** Section number in HASO's docs (`D` for the newer docs.haso.com.tr edition). */
  readonly section: Section;
  /** Documentation edition(s) the row comes from: R (REST V.41), S (store V.39), D (newer). */
  readonly edition: Edition;
  /** Path under `{SERVIS_URL}` (every documented HASO method is a POST). */
  readonly path: string;
  /** Wire field names joined in this order, the merchant salt appended; `null` = no `requestToken`. */
  readonly tokenOrder: Order;
  /** Whether the order is printed in HASO's docs or is this SDK's default awaiting confirmation. */
  readonly source: Source;
}

/** The {@link HasoMethodRow} of one operation row, with its literal facts. */
type MethodRowOf<O> = O extends { readonly meta?: infer M extends HasoRowMeta }
  ? HasoMethodRow<M['section'], M['edition'], M['tokenOrder'], M['source']>
  : never;

function methodTable<T extends { readonly [K in keyof T]: { readonly path: string; readonly meta?: HasoRowMeta } }>(
  ops: T,
): { readonly [K in keyof T]: MethodRowOf<T[K]> } {
  const out: Record<string, HasoMethodRow> = {};
  for (const [name, op] of Object.entries<{ readonly path: string; readonly meta?: HasoRowMeta }>(ops)) {
    const { section, edition, tokenOrder, source } = op.meta as HasoRowMeta;
    out[name] = { section, edition, path: op.path, tokenOrder, source };
  }
  return out as { readonly [K in keyof T]: MethodRowOf<T[K]> };
}

/**
 * The table of HASO methods: path, edition, and the `requestToken` field order of each, read from the operation
 * rows (each row carries its own facts, so that it can be imported alone).
 *
 * Orders list wire field names in concatenation order; the merchant salt is always appended after them
 * (spec §2.4). `source: 'documented'` rows carry the order printed in HASO's docs; `source: 'inferred'`
 * rows are defaults for methods whose token row is not public and MUST be confirmed with HASO (override
 * any row through `new Haso({ tokenOrders: { … } })`). `null` sends no `requestToken` at all.
 */
export const HASO_METHODS = methodTable(hasoOperations);

/** Name of a HASO method with a known path (a key of {@link HASO_METHODS}). */
export type HasoMethodName = keyof typeof HASO_METHODS;

/** Per-method token order overrides; `null` sends no `requestToken` for that method. */
export type HasoTokenOrders = Partial<Record<HasoMethodName, readonly string[] | null>>;
