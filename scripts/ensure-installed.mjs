#!/usr/bin/env node
/**
 * `node scripts/ensure-installed.mjs ecosystem [bench]`: installs workspace projects that `pnpm install` leaves out,
 * from the lockfile, the first time a script needs them. Prints nothing when they are in place.
 *
 * `pnpm install` installs the root and what it depends on: the packages and the examples (pnpm-workspace.yaml sets
 * `recursiveInstall: false`). ecosystem/ (Bun, Deno, workerd, playwright-core, esbuild, publint, attw: the checks of
 * the packed packages) and bench/ (the peer SDKs it measures against) are installed by the scripts that use them.
 * Their versions are in pnpm-lock.yaml like every other dependency; `--frozen-lockfile` installs exactly those.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The dependencies of a project that are not in its node_modules, or not at the exact version its manifest pins. */
function missing(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const wanted = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies };
  return Object.entries(wanted)
    .filter(([name, spec]) => {
      const file = join(dir, 'node_modules', name, 'package.json');
      if (!existsSync(file)) return !(manifest.optionalDependencies && name in manifest.optionalDependencies);
      if (!/^\d+\.\d+\.\d+/.test(spec)) return false;
      return JSON.parse(readFileSync(file, 'utf8')).version !== spec;
    })
    .map(([name]) => name);
}

const projects = process.argv.slice(2);
if (projects.length === 0) {
  console.error('usage: node scripts/ensure-installed.mjs <project dir>…   (e.g. ecosystem, bench)');
  process.exit(2);
}
const todo = [];
for (const project of projects) {
  const dir = join(ROOT, project);
  const lacking = missing(dir);
  if (lacking.length === 0) continue;
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  todo.push(name);
  console.log(`${project}/ is not installed by \`pnpm install\`; installing it now from the lockfile (${lacking.join(', ')})`);
}
if (todo.length === 0) process.exit(0);

const filters = todo.flatMap((name) => ['--filter', `${name}...`]);
const started = Date.now();
const r = spawnSync('pnpm', ['install', '--frozen-lockfile', ...filters], { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`\`pnpm install --frozen-lockfile ${filters.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})`);
  process.exit(r.status || 1);
}
const still = projects.flatMap((p) => missing(join(ROOT, p)).map((n) => `${p}: ${n}`));
if (still.length) {
  console.error(`still missing after the install: ${still.join(', ')}`);
  process.exit(1);
}
console.log(`installed ${todo.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
