#!/usr/bin/env node
/**
 * `pnpm build`: builds packages/* with each one's own `build` script (tsup), a package after the workspace packages it
 * depends on, up to two at a time, and skips a package whose inputs are unchanged since its dist/ was written.
 * One line per package with its time; in a terminal, a status line shows what is building and for how long.
 *
 * A package's inputs: its src/, package.json, tsconfig*.json and tsup.config.*; the root's tsup.shared.ts,
 * tsconfig.base.json and pnpm-lock.yaml (the tools' versions); the inputs of the workspace packages it depends on.
 * After a build, the hash of the inputs and the hash of the dist/ they produced are kept in
 * node_modules/.cache/odeme-build/<package>.json. A package is rebuilt when either differs: changed inputs, or a
 * dist/ that was removed or written by something else.
 *
 *   --force     rebuild every package
 *   --verbose   print each package's build output after it
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMPS = join(ROOT, 'node_modules', '.cache', 'odeme-build');
const ROOT_INPUTS = ['tsup.shared.ts', 'tsconfig.base.json', 'pnpm-lock.yaml'];
const args = process.argv.slice(2);
const force = args.includes('--force');
const verbose = args.includes('--verbose');
const live = Boolean(process.stdout.isTTY) && !process.env.CI;
const concurrency = Math.max(1, Math.min(2, availableParallelism()));
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();

/** Every file under `dir`, as paths relative to `base`, sorted. */
function filesUnder(dir, base = dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, base));
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

function hashFiles(base, paths, extra = []) {
  const h = createHash('sha256');
  for (const x of extra) h.update(`${x}\0`);
  for (const p of paths)
    h.update(`${p}\0`)
      .update(readFileSync(join(base, p)))
      .update('\0');
  return h.digest('hex');
}

const packages = readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'packages', d.name, 'package.json')))
  .map((d) => {
    const dir = join(ROOT, 'packages', d.name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { id: d.name, dir, name: manifest.name, script: manifest.scripts?.build, manifest };
  });
const byName = new Map(packages.map((p) => [p.name, p]));
for (const p of packages) {
  const m = p.manifest;
  p.deps = Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.peerDependencies }).filter((n) => byName.has(n) && n !== p.name);
}

const rootHash = hashFiles(
  ROOT,
  ROOT_INPUTS.filter((f) => existsSync(join(ROOT, f))),
);
const inputHashes = new Map();
function inputHash(p, seen = new Set()) {
  if (inputHashes.has(p.name)) return inputHashes.get(p.name);
  if (seen.has(p.name)) throw new Error(`workspace dependency cycle through ${p.name}`);
  seen.add(p.name);
  const own = readdirSync(p.dir).filter((f) => f === 'package.json' || /^tsconfig.*\.json$/.test(f) || /^tsup\.config\.[cm]?[jt]s$/.test(f));
  const src = filesUnder(join(p.dir, 'src')).map((f) => join('src', f));
  const deps = p.deps.map((n) => `${n}=${inputHash(byName.get(n), seen)}`).sort();
  const hash = hashFiles(p.dir, [...own.sort(), ...src], [rootHash, ...deps]);
  inputHashes.set(p.name, hash);
  return hash;
}
const distHash = (p) => (existsSync(join(p.dir, 'dist')) ? hashFiles(join(p.dir, 'dist'), filesUnder(join(p.dir, 'dist'))) : null);
const stampFile = (p) => join(STAMPS, `${p.id}.json`);
function readStamp(p) {
  try {
    return JSON.parse(readFileSync(stampFile(p), 'utf8'));
  } catch {
    return undefined;
  }
}

for (const p of packages) {
  p.inputs = inputHash(p);
  const stamp = readStamp(p);
  p.upToDate = !force && Boolean(p.script) && stamp?.inputs === p.inputs && stamp?.dist === distHash(p);
}
const todo = packages.filter((p) => p.script && !p.upToDate);
const fresh = packages.filter((p) => p.upToDate);
const width = Math.max(...packages.map((p) => p.name.length));

if (todo.length === 0) {
  console.log(`build: ${packages.length} packages up to date, unchanged since their last build (--force rebuilds them) · ${secs(Date.now() - started)}`);
  process.exit(0);
}
console.log(
  `build: ${todo.length} of ${packages.length} packages to build into dist/ (${force ? '--force' : fresh.length ? 'their sources changed since their last build' : 'none built yet'}), ${concurrency} at a time`,
);

// Status line (terminal only): what is building, for how long, and what waits.
const running = new Map();
let statusShown = false;
function clearStatus() {
  if (statusShown) process.stdout.write('\r\x1b[K');
  statusShown = false;
}
function drawStatus() {
  if (!live || running.size === 0) return;
  const now = Date.now();
  const busy = [...running].map(([p, t]) => `${p.name} ${Math.round((now - t) / 1000)} s`).join(' · ');
  const waiting = todo.filter((p) => !p.result && !running.has(p)).length;
  const line = `  building ${busy}${waiting ? ` · ${waiting} waiting` : ''}`;
  process.stdout.write(`\r\x1b[K${line.slice(0, (process.stdout.columns || 120) - 1)}`);
  statusShown = true;
}
const ticker = live ? setInterval(drawStatus, 500) : undefined;
function report(line, body) {
  clearStatus();
  console.log(line);
  if (body) console.log(body);
  drawStatus();
}

function build(p) {
  return new Promise((done) => {
    const t0 = Date.now();
    running.set(p, t0);
    drawStatus();
    // The package's own build script, run the way `pnpm run build` runs it: in its folder, with the bins on PATH.
    const PATH = [join(p.dir, 'node_modules', '.bin'), join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter);
    const env = { ...process.env, PATH, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn(p.script, { cwd: p.dir, shell: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', (e) => {
      output += String(e);
    });
    child.on('close', (code) => {
      running.delete(p);
      const ms = Date.now() - t0;
      const text = output.trimEnd();
      if (code === 0) {
        mkdirSync(STAMPS, { recursive: true });
        writeFileSync(stampFile(p), `${JSON.stringify({ inputs: p.inputs, dist: distHash(p) })}\n`);
        p.result = 'built';
        report(`  ✓ ${p.name.padEnd(width)}  built in ${secs(ms)}`, verbose ? indent(text) : undefined);
      } else {
        rmSync(stampFile(p), { force: true });
        p.result = 'failed';
        report(`  ✗ ${p.name.padEnd(width)}  FAILED after ${secs(ms)} (exit ${code}): ${p.script}`, indent(verbose ? text : problemLines(text)));
      }
      done();
    });
  });
}
/** A failed build's output without tsup's per-file size listing and progress lines: the errors, at most 40 lines. */
function problemLines(text) {
  const noise = /^(ESM|CJS|DTS|CLI)\s+(dist\/|⚡️|Build start|Building entry|Using tsconfig|Using tsup config|tsup v|Target|Cleaning)/;
  const kept = [...new Set(text.split('\n').filter((l) => l.trim() && !noise.test(l.trim())))];
  return kept.slice(-40).join('\n');
}
const indent = (text) =>
  text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');

// Dependencies first; a package whose dependency failed is not built.
await new Promise((allDone) => {
  const pump = () => {
    for (const p of todo) {
      if (p.result || running.has(p)) continue;
      const blocked = p.deps.map((n) => byName.get(n)).find((d) => d.result === 'failed' || d.result === 'skipped');
      if (blocked) {
        p.result = 'skipped';
        report(`  - ${p.name.padEnd(width)}  not built: ${blocked.name} did not build`);
        continue;
      }
      const ready = p.deps.every((n) => byName.get(n).upToDate || byName.get(n).result === 'built' || !byName.get(n).script);
      if (ready && running.size < concurrency) build(p).then(pump);
    }
    if (todo.every((p) => p.result)) allDone();
  };
  pump();
});
if (ticker) clearInterval(ticker);
clearStatus();

const failed = todo.filter((p) => p.result !== 'built');
const tail = fresh.length ? `; up to date: ${fresh.map((p) => p.id).join(', ')}` : '';
if (failed.length) {
  console.log(`build: ${failed.length} of ${todo.length} package${todo.length === 1 ? '' : 's'} did not build${tail} · ${secs(Date.now() - started)}`);
  process.exit(1);
}
console.log(`build: built ${todo.length} package${todo.length === 1 ? '' : 's'} in ${secs(Date.now() - started)}${tail}`);
