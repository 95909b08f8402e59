// `--from-src`: while @odeme/oderopay or @odeme/paywall has no built dist, bundle its src (with core's src)
// into bench/.cache so the bench can still time it. Rows measured this way are labelled "(src)". zod stays
// external, loaded from the same copy as core's dist, so cold start stays comparable.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodDir } from './zod.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

export const srcBundle = (pkg) => resolve(here, `../.cache/${pkg}-src.mjs`);

export async function buildFromSrc(pkg) {
  // Loaded here, not with the module: every provider runner imports this file (detect.mjs), and esbuild's API took
  // about 26 ms of each runner's cold start.
  const { build } = await import('esbuild');
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
          // The packages import `zod/mini`; `zod` too, for any that still does.
          b.onResolve({ filter: /^zod(\/mini)?$/ }, (a) => ({ path: join(zodDir, a.path.slice(4), 'index.js'), external: true }));
        },
      },
    ],
  });
  return srcBundle(pkg);
}
