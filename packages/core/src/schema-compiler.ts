import type * as zc from 'zod/v4/core';

/**
 * How a busy row's schema is compiled (`hot-schemas.ts`): not at all in Workers, browsers and the default, which
 * cannot or should not generate code, and where zod's compiler (about 10 KB gzip) would only add to the bundle. Node,
 * Bun and Deno resolve the package's `#schema-compiler` import to `schema-compiler.codegen`.
 */
export const compileSchema: (<S extends zc.$ZodType>(schema: S) => S) | undefined = undefined;
