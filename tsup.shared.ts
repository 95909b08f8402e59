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
