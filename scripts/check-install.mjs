#!/usr/bin/env node
// `pnpm test:install`: what a user outside the repository goes through. Packs the release tarballs, installs
// @odeme/oderopay and @odeme/testkit into a scratch project with npm and another with pnpm (strict: only what is
// declared resolves), type-checks the README's first payment plus the usage checks in scripts/install-checks/ with
// the project's own tsconfig (NodeNext), compiles and runs the payment against the simulator, and prints one line per
// package manager.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installInto, packRelease } from './pack-release.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(process.env.ODEME_INSTALL_WORK ?? tmpdir(), 'odeme-install-check');
rmSync(work, { recursive: true, force: true });
const packed = packRelease(join(work, 'tarballs'));

// The README's first payment, exactly as a reader copies it.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## A first payment'));
const firstPayment = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
if (!firstPayment) throw new Error('README.md has no ts block under "## A first payment"');

const tsconfig = {
  compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, outDir: 'out', skipLibCheck: false, types: [] },
  include: ['*.ts'],
};
const checksDir = join(root, 'scripts/install-checks');
const tsc = join(root, 'node_modules/.bin/tsc');

const rows = [];
let failed = false;
for (const manager of ['npm', 'pnpm']) {
  const project = join(work, manager);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: `odeme-install-${manager}`, private: true, type: 'module' }, null, 2)}\n`);
  if (manager === 'pnpm') writeFileSync(join(project, 'pnpm-workspace.yaml'), 'packages: []\n');
  const t0 = Date.now();
  installInto(project, packed, ['oderopay', 'testkit'], manager);
  const installed = Date.now() - t0;
  writeFileSync(join(project, 'first-payment.ts'), firstPayment);
  for (const f of readdirSync(checksDir).filter((f) => f.endsWith('.ts'))) copyFileSync(join(checksDir, f), join(project, f));
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const types = spawnSync(tsc, ['-p', project], { cwd: project, encoding: 'utf8' });
  if (types.status !== 0) process.stdout.write(types.stdout + types.stderr);
  let ran = 'not run';
  if (types.status === 0) {
    try {
      const out = execFileSync(process.execPath, ['out/first-payment.js'], { cwd: project, encoding: 'utf8' });
      ran = /^SUCCESS \S+ 150\.5$/m.test(out.trim()) ? `ok (${out.trim()})` : `FAILED: printed ${out.trim()}`;
    } catch (e) {
      ran = `FAILED: ${String(e.stderr || e.message).split('\n')[0]}`;
    }
  }
  const zods = countZodCopies(project);
  const row = { manager, install: `${(installed / 1000).toFixed(1)} s`, types: types.status === 0 ? 'ok' : 'FAILED', run: ran, zod: zods };
  if (row.types !== 'ok' || !ran.startsWith('ok') || zods !== 1) failed = true;
  rows.push(row);
}

console.log('\nmanager  install  types  zod copies  first payment');
for (const r of rows) console.log(`${r.manager.padEnd(8)} ${r.install.padEnd(8)} ${r.types.padEnd(6)} ${String(r.zod).padEnd(11)} ${r.run}`);
process.exit(failed ? 1 : 0);

/** How many zod packages the install holds: one, shared by the app and the SDK, is what the peer range is for. */
function countZodCopies(project) {
  const modules = join(project, 'node_modules');
  const store = join(modules, '.pnpm');
  try {
    return readdirSync(store).filter((n) => n.startsWith('zod@')).length;
  } catch {}
  let copies = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = join(dir, e.name);
      if (e.name === 'zod') copies++;
      else if (e.name.startsWith('@')) walk(p);
      else if (existsSync(join(p, 'node_modules'))) walk(join(p, 'node_modules'));
    }
  };
  walk(modules);
  return copies;
}
