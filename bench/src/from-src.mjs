// `--from-src`: while @odeme/oderopay or @odeme/paywall has no built dist, bundle its src (with core's src)
// into bench/.cache so the bench can still time it. Rows measured this way are labelled "(src)". zod and ky
// stay external, loaded from the same copies as core's dist, so cold start stays comparable.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zodDir } from './zod.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const coreRequire = createRequire(join(root, 'packages/core/package.json'));
const kyIndex = coreRequire.resolve('ky'); // ky is ESM-only: its `default` export condition is the entry

export const srcBundle = (pkg) => resolve(here, `../.cache/${pkg}-src.mjs`);

export async function buildFromSrc(pkg) {
  await build({
    entryPoints: [join(root, `packages/${pkg}/src/index.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: srcBundle(pkg),
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'), // paths: @odeme/* → packages/*/src
    plugins: [
      {
        name: 'externals',
        setup(b) {
          b.onResolve({ filter: /^zod$/ }, () => ({ path: join(zodDir, 'index.js'), external: true }));
          b.onResolve({ filter: /^ky$/ }, () => ({ path: kyIndex, external: true }));
        },
      },
    ],
  });
  return srcBundle(pkg);
}
