// Builds the proposed core (patch.mjs applied to the current packages/core/src, read-only) with the ÖderoPay
// row into bench/.cache, so the bench can run and size it beside the current core. Nothing in packages/ is
// written. The proposal: (1) Transport sends with fetch itself, no ky; (2) zod imported as a namespace
// (`import * as z`), which esbuild can tree-shake; (3) a synchronous JS SHA-256 instead of Web Crypto's digest.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zodDir } from '../src/zod.mjs';
import { patched, root } from './patch.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const coreSrc = resolve(here, '../../packages/core/src');
export const NEXT_BUNDLE = resolve(here, '../.cache/core-next.mjs');
const zodIndex = join(zodDir, 'mini', 'index.js');

/** esbuild plugin: `@odeme/core` → core's src with the proposal applied; zod namespace-imported. */
export function proposalPlugin({ externalZod }) {
  return {
    name: 'core-proposal',
    setup(b) {
      b.onResolve({ filter: /^@odeme\/core$/ }, () => ({ path: join(coreSrc, 'index.ts') }));
      if (externalZod) b.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: zodIndex, external: true }));
      else b.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: zodIndex }));
      b.onLoad({ filter: /packages\/core\/src\/.*\.ts$/ }, async (args) => ({
        contents: patched(relative(root, args.path), await readFile(args.path, 'utf8')),
        loader: 'ts',
        resolveDir: dirname(args.path),
      }));
      b.onLoad({ filter: /oderopay-row\.mjs$/ }, async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replace(/import \{ z \} from '\.\/zod\.mjs';/, "import * as z from 'zod/mini';"),
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/** Node bundle of row + proposed core, zod left external (loaded from the same place as today). */
export async function buildNext() {
  await build({
    entryPoints: [resolve(here, '../src/oderopay-row.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: NEXT_BUNDLE,
    logLevel: 'error',
    tsconfigRaw: '{}',
    plugins: [proposalPlugin({ externalZod: true })],
  });
  return NEXT_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await buildNext());
