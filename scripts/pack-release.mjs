#!/usr/bin/env node
// `pnpm pack:release [--out <dir>] [--into <project> [package…]]`
//
// Until the packages are on the registry, this is how a project outside the repository uses them:
// 1. builds every package and packs it with `pnpm pack` into `release/` (or --out): the tarballs are what
//    `npm publish` would upload, with `workspace:` ranges replaced by real versions;
// 2. with --into, adds the named packages (default: oderopay and testkit) to that project's package.json as `file:`
//    dependencies, with overrides for npm and pnpm pinning every @odeme/* package to its tarball, so that a
//    provider's dependency on @odeme/core resolves to the packed core rather than the registry; then installs with
//    the project's package manager (pnpm when it has a pnpm lockfile or workspace file, else npm).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds and packs every publishable package into `out`; returns `{ name, version, tarball }` for each. */
export function packRelease(out = join(root, 'release')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packed = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifestPath = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private) continue;
    const json = execFileSync('pnpm', ['pack', '--pack-destination', out, '--json'], { cwd: join(root, 'packages', dir), encoding: 'utf8' });
    const info = JSON.parse(json.slice(json.indexOf('{')));
    packed.push({ id: dir, name: manifest.name, version: manifest.version, tarball: info.filename, zod: manifest.peerDependencies?.zod });
  }
  return packed;
}

/** Adds `ids` (package directory names) from `packed` to the project at `project` and installs them. */
export function installInto(project, packed, ids, manager = detectManager(project)) {
  const manifestPath = join(project, 'package.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { name: 'odeme-consumer', private: true, type: 'module' };
  const spec = (p) => `file:${p.tarball}`;
  const wanted = ids.map((id) => {
    const p = packed.find((x) => x.id === id || x.name === id);
    if (!p) throw new Error(`no package ${id} among ${packed.map((x) => x.id).join(', ')}`);
    return p;
  });
  manifest.dependencies = { ...manifest.dependencies };
  for (const p of wanted) manifest.dependencies[p.name] = spec(p);
  // zod is a peer dependency: the project brings one copy, shared with its own schemas.
  manifest.dependencies.zod ??= packed.find((p) => p.zod)?.zod ?? '^4';
  const pins = Object.fromEntries(packed.map((p) => [p.name, spec(p)]));
  manifest.overrides = { ...manifest.overrides, ...pins };
  manifest.pnpm = { ...manifest.pnpm, overrides: { ...manifest.pnpm?.overrides, ...pins } };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const args = manager === 'pnpm' ? ['install', '--no-frozen-lockfile'] : ['install', '--no-audit', '--no-fund'];
  execFileSync(manager, args, { cwd: project, stdio: 'inherit' });
  return manager;
}

function detectManager(project) {
  return existsSync(join(project, 'pnpm-lock.yaml')) || existsSync(join(project, 'pnpm-workspace.yaml')) ? 'pnpm' : 'npm';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const out = resolve(option('--out') ?? join(root, 'release'));
  const into = option('--into');
  const packed = packRelease(out);
  console.log(`\n${packed.length} tarballs in ${out}:`);
  for (const p of packed) console.log(`  ${p.name}@${p.version}  ${p.tarball}`);
  if (into) {
    const ids = args.length ? args : ['oderopay', 'testkit'];
    const manager = installInto(resolve(into), packed, ids);
    console.log(`\ninstalled ${ids.join(', ')} into ${resolve(into)} with ${manager}`);
  } else {
    console.log('\nTo use them in a project: pnpm pack:release --into <project dir> oderopay testkit');
  }
}
