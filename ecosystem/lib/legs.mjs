/**
 * The legs of the runtime matrix. Each one runs the active scenarios in one runtime against the consumer project
 * (the installed tarballs) and resolves to `{ leg, runtime, version, passed, failed, ms, results, error? }`.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { BIN, ECOSYSTEM, ROOT, sh } from './consumer.mjs';
import { SCENARIO_DIR } from './scenarios.mjs';

const MARKER = '@@odeme-runtime-result ';
// The native binary itself: the .bin shim is a shell script, and killing it would leave workerd running.
const WORKERD = join(ECOSYSTEM, 'node_modules', 'workerd', 'bin', 'workerd');
const BUN = join(ECOSYSTEM, 'node_modules', 'bun', 'bin', 'bun.exe');
const DENO_NATIVE = join(ECOSYSTEM, 'node_modules', 'deno', 'deno');
const DENO = existsSync(DENO_NATIVE) ? DENO_NATIVE : join(BIN, 'deno');

/** Copies the harness and active scenarios into the consumer and writes one entry per module system. */
export function writeEntries(dir, active) {
  mkdirSync(join(dir, 'scenarios'), { recursive: true });
  copyFileSync(join(ECOSYSTEM, 'harness', 'harness.mjs'), join(dir, 'harness.mjs'));
  for (const s of active) copyFileSync(join(SCENARIO_DIR, s.file), join(dir, 'scenarios', s.file));
  const pkgs = [...new Set(active.flatMap((s) => Object.keys(s.module.requires)))].sort();
  const pkgVars = pkgs.map((p, i) => [p, `p${i}`]);
  const scVars = active.map((s, i) => [s, `s${i}`]);
  const pkgObject = `{ ${pkgVars.map(([p, v]) => `${JSON.stringify(p)}: ${v}`).join(', ')} }`;
  const scList = `[${scVars.map(([s, v]) => `[${JSON.stringify(s.name)}, ${v}]`).join(', ')}]`;

  // Static imports, so bundlers (workerd, Chromium legs) see everything; shared by every ESM entry.
  writeFileSync(
    join(dir, 'suite.mjs'),
    [
      ...pkgVars.map(([p, v]) => `import * as ${v} from ${JSON.stringify(p)};`),
      ...scVars.map(([s, v]) => `import * as ${v} from './scenarios/${s.file}';`),
      `export const pkgs = ${pkgObject};`,
      `export const scenarios = ${scList};`,
      `export const packageNames = ${JSON.stringify(pkgs)};`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'entry-esm.mjs'),
    `import { detectRuntime, runScenarios, RESULT_MARKER } from './harness.mjs';
import { packageNames, pkgs, scenarios } from './suite.mjs';
const leg = globalThis.process?.argv?.[2] ?? globalThis.Deno?.args?.[0] ?? 'esm';
const resolved = {};
for (const name of packageNames) {
  try { resolved[name] = import.meta.resolve(name); } catch (e) { resolved[name] = 'unresolved: ' + e.message; }
}
const report = await runScenarios(scenarios, pkgs, { leg, ...detectRuntime(), browser: false });
console.log(RESULT_MARKER + JSON.stringify({ ...report, resolved }));
`,
  );
  writeFileSync(
    join(dir, 'entry-cjs.cjs'),
    `'use strict';
const pkgs = ${pkgObject.replace(/: p(\d+)/g, (_m, i) => `: require(${JSON.stringify(pkgs[Number(i)])})`)};
const resolved = Object.fromEntries(Object.keys(pkgs).map((n) => [n, require.resolve(n)]));
(async () => {
  const { detectRuntime, runScenarios, RESULT_MARKER } = await import('./harness.mjs');
  const scenarios = [${active.map((s) => `[${JSON.stringify(s.name)}, await import('./scenarios/${s.file}')]`).join(', ')}];
  const report = await runScenarios(scenarios, pkgs, { leg: process.argv[2] || 'cjs', ...detectRuntime(), browser: false });
  console.log(RESULT_MARKER + JSON.stringify({ ...report, resolved }));
})().catch((e) => { console.error(e); process.exitCode = 1; });
`,
  );
  writeFileSync(
    join(dir, 'entry-worker.mjs'),
    `import { detectRuntime, runScenarios } from './harness.mjs';
import { pkgs, scenarios } from './suite.mjs';
export default {
  async fetch() {
    const report = await runScenarios(scenarios, pkgs, { leg: 'workerd', ...detectRuntime(), browser: false });
    const probes = { process: typeof globalThis.process, Buffer: typeof globalThis.Buffer };
    return new Response(JSON.stringify({ ...report, probes }), { headers: { 'content-type': 'application/json' } });
  },
};
`,
  );
  writeFileSync(
    join(dir, 'entry-browser.mjs'),
    `import { detectRuntime, runScenarios } from './harness.mjs';
import { pkgs, scenarios } from './suite.mjs';
window.__odemeResult = runScenarios(scenarios, pkgs, { leg: 'chromium', ...detectRuntime(), browser: true }).catch((e) => ({ error: String(e && e.stack || e) }));
`,
  );
  return pkgs;
}

function fromOutput(leg, r) {
  const line = r.stdout.split('\n').find((l) => l.startsWith(MARKER));
  if (!line) return { leg, error: `no result (exit ${r.code}): ${tail(`${r.stderr}\n${r.stdout}`)}` };
  const report = JSON.parse(line.slice(MARKER.length));
  if (r.code !== 0) report.error = `exit code ${r.code}: ${tail(r.stderr)}`;
  return { ...report, leg };
}

export function tail(text, lines = 12) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Node (any binary), ESM or CJS; checks that the build of the matching module system was loaded. */
export async function nodeLeg(leg, nodeBinary, dir, kind) {
  const r = await sh(nodeBinary, [kind === 'cjs' ? 'entry-cjs.cjs' : 'entry-esm.mjs', leg], { cwd: dir, timeoutMs: 120_000 });
  const report = fromOutput(leg, r);
  const want = kind === 'cjs' ? /\.cjs$/ : /\.m?js$/;
  for (const [name, file] of Object.entries(report.resolved ?? {})) {
    if (name.startsWith('@odeme/') && !want.test(file)) report.error = `${name} resolved to ${file}, not the ${kind} build`;
  }
  return report;
}

export async function bunLeg(dir) {
  const r = await sh(existsSync(BUN) ? BUN : join(BIN, 'bun'), ['entry-esm.mjs', 'bun'], {
    cwd: dir,
    timeoutMs: 120_000,
    env: { BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' },
  });
  return fromOutput('bun', r);
}

export async function denoLeg(dir) {
  // No permissions at all: the SDK needs none to run against an injected fetch.
  const r = await sh(DENO, ['run', '--node-modules-dir=manual', '--no-prompt', '--no-config', 'entry-esm.mjs', 'deno'], {
    cwd: dir,
    timeoutMs: 180_000,
    env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
  });
  return fromOutput('deno', r);
}

async function bundle(dir, entry, outfile, options) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    ...options,
  });
}

function freePort() {
  return new Promise((done, fail) => {
    const srv = createNetServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** workerd serving the bundled worker with Node compatibility off; the scenarios run on one request. */
export async function workerdLeg(dir) {
  const leg = 'workerd';
  const wdir = join(dir, 'workerd');
  mkdirSync(wdir, { recursive: true });
  try {
    await bundle(dir, './entry-worker.mjs', join(wdir, 'worker.js'), {
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['workerd', 'worker'],
    });
  } catch (e) {
    return { leg, runtime: 'workerd', error: `esbuild: ${e.message}` };
  }
  const port = await freePort();
  writeFileSync(
    join(wdir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = ["no_nodejs_compat", "no_nodejs_compat_v2"],
);
`,
  );
  const version = (await sh(WORKERD, ['--version'], { timeoutMs: 30_000 })).stdout.trim().replace(/^workerd\s+/, '');
  const { spawn } = await import('node:child_process');
  const child = spawn(WORKERD, ['serve', 'config.capnp', '--verbose'], { cwd: wdir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  try {
    const deadline = Date.now() + 30_000;
    let lastError;
    while (Date.now() < deadline && !exited) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(60_000) });
        const text = await res.text();
        let report;
        try {
          report = JSON.parse(text);
        } catch {
          return { leg, runtime: 'workerd', version, error: `HTTP ${res.status}: ${tail(text)}\n${tail(log)}` };
        }
        if (report.probes && (report.probes.process !== 'undefined' || report.probes.Buffer !== 'undefined')) {
          report.error = `Node compatibility is on (typeof process = ${report.probes.process}, Buffer = ${report.probes.Buffer})`;
        }
        return { ...report, leg, runtime: 'workerd', version };
      } catch (e) {
        lastError = e;
        await sleep(200);
      }
    }
    return { leg, runtime: 'workerd', version, error: `workerd did not answer: ${lastError?.message ?? 'exited'}\n${tail(log)}` };
  } finally {
    // workerd drains on SIGTERM and can linger: give it a moment, then make sure it is gone.
    child.kill('SIGTERM');
    for (let i = 0; i < 20 && !exited; i++) await sleep(100);
    if (!exited) child.kill('SIGKILL');
  }
}

export const CHROMIUM = process.env.ODEME_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian Chromium via playwright-core, loading the esbuild bundle of the ESM build from a loopback page. */
export async function chromiumLeg(dir) {
  const leg = 'chromium';
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  if (!existsSync(CHROMIUM)) return { leg, runtime: 'chromium', error: `${CHROMIUM} is missing: apt-get install -y chromium` };
  const bdir = join(dir, 'browser');
  mkdirSync(bdir, { recursive: true });
  try {
    await bundle(dir, './entry-browser.mjs', join(bdir, 'page.js'), { platform: 'browser' });
  } catch (e) {
    return { leg, runtime: 'chromium', error: `esbuild: ${e.message}` };
  }
  const files = {
    '/': ['text/html; charset=utf-8', '<!doctype html><meta charset="utf-8"><title>odeme</title><script type="module" src="/page.js"></script>'],
    '/page.js': ['text/javascript; charset=utf-8', readFileSync(join(bdir, 'page.js'))],
  };
  const server = createServer((req, res) => {
    const f = files[new URL(req.url, 'http://x').pathname];
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const userDataDir = mkdtempSync(join(dir, 'chromium-profile-'));
  const { chromium } = await import('playwright-core');
  let context;
  const pageErrors = [];
  try {
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__odemeResult !== undefined, null, { timeout: 30_000 });
    const report = await page.evaluate(() => window.__odemeResult);
    const version = context.browser()?.version() ?? report.version;
    if (pageErrors.length) report.error = `page errors: ${pageErrors.join('; ')}`;
    return { ...report, leg, runtime: 'chromium', version };
  } catch (e) {
    return { leg, runtime: 'chromium', error: `${e.message.split('\n')[0]}${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}` };
  } finally {
    await context?.close().catch(() => {});
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** tsc (the repository's TypeScript) over each active scenario's `<name>.types.ts`, as ESM and CJS under node16, and under bundler. */
export async function typescriptLeg(dir, active, resolution) {
  const leg = `tsc-${resolution}`;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const version = (await sh(process.execPath, [tsc, '--version'], { timeoutMs: 60_000 })).stdout.trim().replace(/^Version\s+/, '');
  const typed = active.filter((s) => s.typesFile);
  const tdir = join(dir, `types-${resolution}`);
  mkdirSync(tdir, { recursive: true });
  const files = [];
  for (const s of typed) {
    copyFileSync(join(SCENARIO_DIR, s.typesFile), join(tdir, `${s.name}.ts`));
    files.push([s.name, `${s.name}.ts`]);
    if (resolution === 'node16') {
      // The same source as a CommonJS module: resolves the `require` condition (index.d.cts).
      copyFileSync(join(SCENARIO_DIR, s.typesFile), join(tdir, `${s.name}.cts`));
      files.push([s.name, `${s.name}.cts`]);
    }
  }
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
    ...(resolution === 'node16' ? { module: 'node16', moduleResolution: 'node16' } : { module: 'esnext', moduleResolution: 'bundler' }),
  };
  writeFileSync(join(tdir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: files.map(([, f]) => f) }, null, 2));
  const t0 = Date.now();
  const r = files.length
    ? await sh(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: tdir, timeoutMs: 300_000 })
    : { code: 0, stdout: '', stderr: '' };
  const errors = r.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  const results = typed.map((s) => {
    const mine = errors.filter((l) => l.startsWith(`${s.name}.ts(`) || l.startsWith(`${s.name}.cts(`));
    return { name: s.name, ok: mine.length === 0, ms: 0, steps: [], ...(mine.length ? { error: mine.join('\n') } : {}) };
  });
  const unattributed = errors.filter((l) => !typed.some((s) => l.startsWith(`${s.name}.ts(`) || l.startsWith(`${s.name}.cts(`)));
  const passed = results.filter((x) => x.ok).length;
  return {
    leg,
    runtime: 'typescript',
    version,
    passed,
    failed: results.length - passed,
    ms: Date.now() - t0,
    results,
    ...(unattributed.length || (r.code !== 0 && errors.length === 0) ? { error: tail(unattributed.join('\n') || `${r.stdout}\n${r.stderr}`) } : {}),
  };
}

/** `npx -y node@<major>` once per run; returns the binary's path so every later leg reuses it. */
export async function resolveNode(major) {
  const r = await sh('npx', ['-y', `node@${major}`, '-p', 'process.execPath'], {
    timeoutMs: 300_000,
    env: { npm_config_update_notifier: 'false', npm_config_loglevel: 'error' },
  });
  const path = r.stdout.trim().split('\n').pop();
  if (r.code !== 0 || !path) throw new Error(`npx -y node@${major} failed: ${tail(r.stderr, 5)}`);
  return path;
}
