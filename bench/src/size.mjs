// Bundle sizes: esbuild (minified, ESM) then gzip -9, for the neutral, browser and node platforms.
// `node src/size.mjs` prints them on their own.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { workspaceDist } from './detect.mjs';
import { zodDir } from './zod.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const SIZE_ENTRIES = ['ky', 'core', 'oderopay-one', 'oderopay', 'paywall', 'haso', 'licrus', 'bip', 'craftgate', 'iyzipay'];
export const PLATFORMS = ['neutral', 'browser', 'node'];
/** The node bundles (CJS, minified) are kept here for the bundled cold start. */
export const BUNDLE_DIR = join(here, '../.cache/bundles');

// bench/src/zod.mjs finds core's zod at run time; in a bundle the row imports that zod/mini directly, namespace
// style (`import * as z`), the form esbuild can tree-shake.
const zodIndex = join(zodDir, 'mini', 'index.js');
const zodPlugin = {
  name: 'bench-zod',
  setup(b) {
    b.onLoad({ filter: /oderopay-row\.mjs$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/import \{ z \} from '\.\/zod\.mjs';/, `import * as z from ${JSON.stringify(zodIndex)};`),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/** Whether a workspace package is built and exports a client (else its size is "n/a"). */
async function built(entry) {
  if (['haso', 'licrus', 'bip'].includes(entry)) return existsSync(workspaceDist(entry));
  if (!entry.startsWith('oderopay') && entry !== 'paywall') return true;
  try {
    const mod = await import(`@odeme/${entry.replace(/-one$/, '')}`);
    return Object.values(mod).some((v) => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v)));
  } catch {
    return false;
  }
}

export async function one(entry, platform, { extra = {}, extraPlugins = [], writeBundleAs } = {}) {
  try {
    const out = await build({
      entryPoints: [join(here, 'size', `${entry}.mjs`)],
      bundle: true,
      minify: true,
      format: platform === 'node' ? 'cjs' : 'esm', // cjs on node keeps require() calls visible
      platform,
      mainFields: platform === 'neutral' ? ['module', 'main'] : undefined,
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      plugins: [...extraPlugins, zodPlugin],
      // Bundle what users install (package `exports` → dist), not the monorepo's tsconfig `paths` to src.
      tsconfigRaw: '{}',
      ...extra,
    });
    const code = out.outputFiles[0].contents;
    // A require() with a computed path stays a run-time require: the bundle is not self-contained.
    const dynamic = (
      Buffer.from(code)
        .toString('utf8')
        .match(/\b(?:__)?require\((?!["'`])/g) ?? []
    ).length;
    if (dynamic) return { error: `${dynamic} require() with a computed path (not bundleable)`, partial: gzipSync(code, { level: 9 }).byteLength };
    let bundle;
    if (platform === 'node' && writeBundleAs) {
      bundle = join(BUNDLE_DIR, `${writeBundleAs}.cjs`);
      mkdirSync(BUNDLE_DIR, { recursive: true });
      writeFileSync(bundle, code);
    }
    return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, bundle };
  } catch (e) {
    const first = e.errors?.[0];
    const text = first ? `${first.text}` : String(e.message ?? e);
    return { error: text.replace(/\s+/g, ' ').slice(0, 160), errors: e.errors?.length ?? 1 };
  }
}

/** { entry: { platform: { raw, gzip } | { error } } }; entries whose package is not built are marked. */
export async function measureSizes(entries = SIZE_ENTRIES) {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const result = {};
  for (const entry of entries) {
    result[entry] = {};
    const ok = await built(entry);
    for (const p of PLATFORMS) result[entry][p] = ok ? await one(entry, p, { writeBundleAs: entry }) : { error: 'package not built', unavailable: true };
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await measureSizes();
  for (const [e, ps] of Object.entries(r))
    for (const [p, v] of Object.entries(ps))
      console.log(
        e.padEnd(10),
        p.padEnd(8),
        v.error ? `cannot bundle: ${v.error} (${v.errors} errors)` : `${(v.gzip / 1024).toFixed(1)} KB gz (${(v.raw / 1024).toFixed(1)} KB min)`,
      );
}
