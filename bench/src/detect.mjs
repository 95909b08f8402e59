import { existsSync } from 'node:fs';
import { srcBundle } from './from-src.mjs';

/**
 * A workspace package's built ESM entry, for the providers the bench does not list as dependencies (HASO, Licrus,
 * BiP): they resolve @odeme/core and zod from their own node_modules, the same copies as the others.
 */
export const workspaceDist = (pkg) => new URL(`../../packages/${pkg}/dist/index.js`, import.meta.url);

/** A runner whose package is not usable yet; the table prints `n/a (<reason>)`. */
export class NotAvailable extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'NotAvailable';
  }
}

/**
 * The package's exported client class (`name`), from its built dist (as a dependency, else in the workspace); failing that, with BENCH_FROM_SRC=1,
 * from the src bundle run.mjs made (`fromSrc: true`). Throws NotAvailable otherwise.
 */
export async function loadClient(pkg, name) {
  for (const specifier of [`@odeme/${pkg}`, workspaceDist(pkg).href]) {
    try {
      const mod = await import(specifier);
      if (typeof mod[name] === 'function') return { Client: mod[name], fromSrc: false };
    } catch {}
  }
  if (process.env.BENCH_FROM_SRC === '1' && existsSync(srcBundle(pkg))) {
    const mod = await import(srcBundle(pkg));
    if (typeof mod[name] === 'function') return { Client: mod[name], fromSrc: true };
  }
  throw new NotAvailable('package not built');
}
