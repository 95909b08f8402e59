import type { Options } from 'tsup';

/**
 * One build recipe for every published package: ESM and CJS with declarations for both.
 * The CJS build bundles `ky` (ESM-only) so that `require()` works without relying on require(esm).
 */
export function packageConfig(entry: Record<string, string>): Options[] {
  const common: Options = {
    entry,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    dts: true,
    splitting: false,
    treeshake: true,
    outDir: 'dist',
  };
  return [
    { ...common, format: 'esm', outExtension: () => ({ js: '.js', dts: '.d.ts' }) },
    {
      ...common,
      format: 'cjs',
      noExternal: ['ky'],
      outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
    },
  ];
}
