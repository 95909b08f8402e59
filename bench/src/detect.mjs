import { existsSync } from 'node:fs';
import { srcBundle } from './from-src.mjs';

/** A runner whose package is not usable yet; the table prints `n/a (<reason>)`. */
export class NotAvailable extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'NotAvailable';
  }
}

/**
 * The package's exported client class (`name`), from its built dist; failing that, with BENCH_FROM_SRC=1,
 * from the src bundle run.mjs made (`fromSrc: true`). Throws NotAvailable otherwise.
 */
export async function loadClient(pkg, name) {
  try {
    const mod = await import(`@odeme/${pkg}`);
    if (typeof mod[name] === 'function') return { Client: mod[name], fromSrc: false };
  } catch {}
  if (process.env.BENCH_FROM_SRC === '1' && existsSync(srcBundle(pkg))) {
    const mod = await import(srcBundle(pkg));
    if (typeof mod[name] === 'function') return { Client: mod[name], fromSrc: true };
  }
  throw new NotAvailable('package not built');
}
