#!/usr/bin/env node
// `pnpm test:zod-range`: zod is a peer dependency, so an app brings its own copy. This type-checks the repository and
// runs the test suite against the lowest and the newest zod the peer range allows (the locked version is what
// `pnpm test` already used, so it is not run twice), and prints one line per version.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const range = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')).peerDependencies.zod;
const lowest = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
if (!lowest) throw new Error(`the zod peer range ${range} is not a caret range; teach this script its lowest version`);
const listed = JSON.parse(execFileSync('npm', ['view', `zod@${range}`, 'version', '--json'], { encoding: 'utf8' }));
const newest = Array.isArray(listed) ? listed[listed.length - 1] : listed;
const locked = JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')).version;
const rootTsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));

const rows = [];
for (const version of [...new Set([lowest, newest])]) {
  if (version === locked) {
    rows.push([version, 'locked: checked by pnpm test', '', '']);
    continue;
  }
  const dir = join(root, 'node_modules/.zod-range', version);
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--silent', `zod@${version}`], {
    stdio: 'inherit',
  });
  const zod = join(dir, 'node_modules/zod');

  // The repository's tsconfig with zod resolved to this copy.
  const tsconfig = join(dir, 'tsconfig.json');
  const paths = { ...rootTsconfig.compilerOptions.paths, zod: [zod], 'zod/*': [`${zod}/*`] };
  for (const [k, v] of Object.entries(paths)) paths[k] = v.map((p) => (p.startsWith('./') ? join(root, p) : p));
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { paths },
      include: rootTsconfig.include.map((p) => join(root, p)),
      exclude: rootTsconfig.exclude.map((p) => join(root, p)),
    }),
  );
  const started = Date.now();
  const types = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', tsconfig, '--noEmit'], { cwd: root, stdio: 'inherit' });
  const typed = Date.now();
  const tests = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--reporter=dot', '--outputFile.json=node_modules/.zod-range/results.json'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ODEME_ZOD: zod },
  });
  const done = Date.now();
  rows.push([
    version,
    types.status === 0 ? 'ok' : 'FAILED',
    tests.status === 0 ? 'ok' : 'FAILED',
    `${((done - started) / 1000).toFixed(0)} s (types ${((typed - started) / 1000).toFixed(0)} s)`,
  ]);
}

console.log(`\nzod peer range ${range} (locked ${locked})`);
console.log('version   types          tests   time');
for (const [v, t, s, time] of rows) console.log(`${v.padEnd(9)} ${t.padEnd(14)} ${s.padEnd(7)} ${time}`);
process.exit(rows.some((r) => r[1] === 'FAILED' || r[2] === 'FAILED') ? 1 : 0);
