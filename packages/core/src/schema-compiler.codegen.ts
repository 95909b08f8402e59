import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

type Compile = <S extends zc.$ZodType>(schema: S) => S;
// `z.compile` came with zod 4.6; with an older zod of the peer range every row keeps zod's own parser.
const compile = (z as unknown as { compile?: Compile }).compile;

/**
 * zod's compiled parser for a schema (Node, Bun and Deno: the package's `#schema-compiler` import). It hands back
 * the schema itself when zod is told not to generate code (`z.config({ jitless: true })`, read at each compile, so a
 * switch set after import holds), when the runtime refuses generated code (`--disallow-code-generation-from-strings`),
 * or when zod cannot compile that schema.
 */
export const compileSchema: Compile | undefined = compile && ((schema) => (z.config().jitless ? schema : compile(schema)));
