/**
 * Packs every packages/* with `pnpm pack` and installs the tarballs into a throw-away consumer project outside the
 * repository (so nothing resolves through the workspace's node_modules), the way a user installs them.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ECOSYSTEM = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = resolve(ECOSYSTEM, '..');
export const BIN = join(ECOSYSTEM, 'node_modules', '.bin');
export const CORE_AND_TESTKIT = ['core', 'testkit'];

const run = promisify(execFile);

/** Runs a command, resolving to `{ code, stdout, stderr, ms }`; never rejects on a non-zero exit. */
export function sh(cmd, args, { cwd, env, timeoutMs = 180_000, input } = {}) {
  return new Promise((done) => {
    const t0 = Date.now();
    // NODE_PATH would let a runtime resolve packages from outside the consumer (pnpm's .bin shims set it): never pass it.
    const childEnv = { ...process.env, ...env };
    for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined || k === 'NODE_PATH') delete childEnv[k];
    const child = spawn(cmd, args, { cwd, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      stderr += String(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: Date.now() - t0 });
    });
    child.stdin.end(input ?? '');
  });
}

/** The publishable packages of the workspace, in directory order. */
export function listPackages() {
  const dir = join(ROOT, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'package.json')))
    .map((d) => {
      const path = join(dir, d.name);
      const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
      return { id: d.name, path, name: manifest.name, version: manifest.version, manifest, hasDist: existsSync(join(path, 'dist')) };
    })
    .filter((p) => !p.manifest.private);
}

/** The provider ids (every package but core and testkit). */
export function providerIds(packages = listPackages()) {
  return packages.map((p) => p.id).filter((id) => !CORE_AND_TESTKIT.includes(id));
}

/** A fresh scratch directory under the OS temp dir (or $ODEME_ECOSYSTEM_WORK). */
export function freshWorkDir(label) {
  const base = process.env.ODEME_ECOSYSTEM_WORK ?? join(tmpdir(), 'odeme-ecosystem');
  const dir = join(base, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `pnpm pack` of every package into `dest`; returns the packages with `tarball` set (or `packError`). */
export async function packAll(packages, dest) {
  mkdirSync(dest, { recursive: true });
  const out = [];
  for (const p of packages) {
    try {
      const { stdout } = await run('pnpm', ['pack', '--pack-destination', dest, '--json'], { cwd: p.path, maxBuffer: 16 * 1024 * 1024 });
      const info = JSON.parse(stdout.slice(stdout.indexOf('{')));
      out.push({ ...p, tarball: info.filename, packedFiles: info.files.map((f) => f.path) });
    } catch (e) {
      out.push({
        ...p,
        packError: String(e.stderr || e.message)
          .trim()
          .split('\n')
          .slice(-3)
          .join(' '),
      });
    }
  }
  return out;
}

/**
 * Writes a consumer project depending on every tarball (plus zod, the peer dependency every package shares with the app) and
 * installs it with pnpm, overrides pinning @odeme/* to the tarballs so providers' `@odeme/core` dependency resolves
 * to the packed core, not the registry.
 */
export async function installConsumer(dir, packed) {
  const tarballs = Object.fromEntries(packed.filter((p) => p.tarball).map((p) => [p.name, `file:${p.tarball}`]));
  const core = packed.find((p) => p.id === 'core');
  const manifest = {
    name: 'odeme-ecosystem-consumer',
    private: true,
    type: 'module',
    dependencies: { ...tarballs, zod: core?.manifest.peerDependencies?.zod ?? '^4' },
    pnpm: { overrides: tarballs },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Its own workspace root, so pnpm never walks up into another project.
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
  const r = await sh('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--config.confirmModulesPurge=false'], { cwd: dir });
  if (r.code !== 0) throw new Error(`pnpm install of the packed tarballs failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

const EXPORTS_PROBE = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const names = JSON.parse(process.argv[2]);
const out = {};
for (const name of names) {
  const entry = { esm: null, cjs: null };
  try { entry.esm = Object.keys(await import(name)); } catch (e) { entry.esmError = String(e && e.message || e).split('\\n')[0]; }
  try { entry.cjs = Object.keys(require(name)); } catch (e) { entry.cjsError = String(e && e.message || e).split('\\n')[0]; }
  out[name] = entry;
}
console.log(JSON.stringify(out));
`;

/** What each installed package exports through \`import\` and through \`require\`, read in the consumer. */
export async function probeExports(dir, names) {
  writeFileSync(join(dir, 'probe-exports.mjs'), EXPORTS_PROBE);
  const r = await sh(process.execPath, ['probe-exports.mjs', JSON.stringify(names)], { cwd: dir, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`probing exports failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** A package "ships something" when its ESM entry exports at least one name. */
export function isBuilt(probe) {
  return Array.isArray(probe?.esm) && probe.esm.length > 0;
}
