import type { Options } from 'tsup';

/**
 * One build recipe for every published package, ESM and CJS with declarations for both.
 * - ESM keeps one output file per source module (`bundle: false`). With `"sideEffects": false`, a bundler then
 *   drops every module a program does not import: one operation row does not pull in the others.
 * - CJS is one bundled file per entry, so that `require()` loads one module per package.
 */
export function packageConfig(entry: Record<string, string>): Options[] {
  const common: Options = {
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    outDir: 'dist',
  };
  return [
    {
      ...common,
      entry: ['src/**/*.ts'],
      bundle: false,
      format: 'esm',
      dts: { entry },
      outExtension: () => ({ js: '.js', dts: '.d.ts' }),
    },
    {
      ...common,
      entry,
      dts: true,
      splitting: false,
      treeshake: true,
      format: 'cjs',
      outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
    },
  ];
}

/** Where {@link nodeBundleConfig} writes; the package's `exports` point their `node` condition here. */
export const NODE_BUNDLE_DIR = 'dist/node-bundle';

/**
 * The ESM build Node itself loads (`exports` condition `node`, after `module`, `bun` and `deno`): one file per entry,
 * with the code the entries share in chunks. Node pays for every module it resolves, reads and links: core and
 * ÖderoPay as 43 + 30 modules took about a quarter longer to import than as one file each. Bundlers keep the
 * per-module build (they match `module` first), where `"sideEffects": false` lets them drop every module a program
 * does not use; a bundled file would carry every schema of a package, since zod's calls are not known to be pure.
 */
export function nodeBundleConfig(entry: Record<string, string>): Options {
  return {
    entry,
    target: 'es2022',
    platform: 'node',
    sourcemap: false,
    outDir: NODE_BUNDLE_DIR,
    format: 'esm',
    bundle: true,
    splitting: true,
    dts: false,
    // `node:http`, as the per-module build writes it (tsup would drop the prefix for the `node` platform).
    removeNodeProtocol: false,
    outExtension: () => ({ js: '.js' }),
  };
}
