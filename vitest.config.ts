import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));
// `ODEME_ZOD=<dir of a zod package>` runs the suite against that zod instead of the locked one (scripts/zod-range.mjs).
const zod = process.env.ODEME_ZOD;
const zodAliases = zod
  ? [
      { find: /^zod\/mini$/, replacement: `${zod}/mini/index.js` },
      { find: /^zod\/v4\/core$/, replacement: `${zod}/v4/core/index.js` },
      { find: /^zod$/, replacement: `${zod}/index.js` },
    ]
  : [];

export default defineConfig({
  resolve: {
    alias: [
      ...zodAliases,
      { find: /^@odeme\/testkit\/node$/, replacement: src('testkit/src/node.ts') },
      { find: /^@odeme\/core\/node$/, replacement: src('core/src/node.ts') },
      { find: /^@odeme\/core\/app$/, replacement: src('core/src/app.ts') },
      { find: /^@odeme\/([a-z]+)\/tr$/, replacement: src('$1/src/tr.ts') },
      // core's package.json "imports": on Node the default transport is core's node:http one, as users get it.
      { find: /^#default-fetch$/, replacement: src('core/src/default-fetch.node.ts') },
      // …and busy rows get zod's compiled parser, as on Node, Bun and Deno.
      { find: /^#schema-compiler$/, replacement: src('core/src/schema-compiler.codegen.ts') },
      { find: /^@odeme\/([a-z]+)$/, replacement: src('$1/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['packages/testkit/src/node.ts'],
      reporter: ['text-summary', 'json-summary'],
      // The foundation carries every provider: its line coverage is held at 90% or more.
      thresholds: { 'packages/core/src/**': { lines: 90 } },
    },
  },
});
