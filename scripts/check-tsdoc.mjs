#!/usr/bin/env node
/**
 * `pnpm docs:coverage`: every public symbol of every package has a TSDoc summary. Runs typedoc once per package
 * (its entry points alone) with `notDocumented` validation and warnings as errors, emitting nothing.
 *
 * Why per package: in the combined site build, typedoc also lists the members of zod's inferred enum objects
 * (`{ PRODUCT: 'PRODUCT' }`) with no source location, which no comment can reach; a package on its own does not.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { entryPoints } = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
const byPackage = new Map();
for (const e of entryPoints) {
  const pkg = e.split('/')[1];
  byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), e]);
}

let failed = 0;
for (const [pkg, entries] of byPackage) {
  const args = ['--options', 'typedoc.json', '--emit', 'none', '--validation.notDocumented', 'true', '--treatWarningsAsErrors'];
  for (const e of entries) args.push('--entryPoints', e);
  const started = Date.now();
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'typedoc'), args, { cwd: root, stdio: 'pipe', encoding: 'utf8' });
    console.log(`✓ ${pkg.padEnd(10)} every export documented (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  } catch (e) {
    failed += 1;
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    const lines = out.split('\n').filter((l) => l.includes('warning') || l.includes('error'));
    console.log(`✗ ${pkg.padEnd(10)} ${lines.length} problems`);
    for (const l of lines.slice(0, 40)) console.log(`    ${l}`);
  }
}
console.log(`${byPackage.size - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
