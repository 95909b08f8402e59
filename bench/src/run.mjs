// `pnpm bench` (full) / `pnpm bench --quick` (CI smoke run). Starts the loopback server in its own process,
// one process per runner, alternates measured rounds between runners, then cold start and bundle sizes, and
// prints the table with ratios against plain fetch.
//   --quick            small rounds, current Node only (CI: keeps the harness from rotting, numbers not judged)
//   --node=20,24       Node versions: "current" or a major fetched with `npx -y node@<major>` (default: current,24)
//   --only=a,b         runner ids (see runners/index.mjs)
//   --json=<file>      also write the raw results
//   --from-src         time @odeme/oderopay and @odeme/paywall from their src when their dist is not built
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFromSrc } from './from-src.mjs';
import { printReport } from './report.mjs';
import { RUNNERS } from './runners/index.mjs';
import { measureSizes } from './size.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const quick = Boolean(args.quick);
const P = quick
  ? { warmup: 60, rounds: 3, perRound: 40, tpRounds: 1, tpCalls: 320, concurrency: 32, coldRepeats: 3, memoryCalls: false }
  : { warmup: 400, rounds: 8, perRound: 250, tpRounds: 5, tpCalls: 2000, concurrency: 32, coldRepeats: 10, memoryCalls: true };
// Clients whose call cost is measured again after 10,000 clients and 10,000 calls (memory.mjs --calls).
const MEMORY_CALLS = ['core', 'oderopay'];
const runners = args.only ? RUNNERS.filter((r) => String(args.only).split(',').includes(r.id)) : RUNNERS;
const nodeSpecs = String(args.node ?? (quick ? 'current' : 'current,24')).split(',');

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function resolveNode(spec) {
  if (spec === 'current') return { bin: process.execPath, version: process.version };
  const major = Number(spec);
  if (Number(process.versions.node.split('.')[0]) === major) return { bin: process.execPath, version: process.version };
  try {
    const out = execFileSync('npx', ['-y', `node@${major}`, '-p', 'process.version + " " + process.execPath'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [version, bin] = out.split(' ');
    return { bin, version };
  } catch (e) {
    log(`could not get Node ${major} through npx: ${e.message.split('\n')[0]}`);
    return undefined;
  }
}

function startServer() {
  const child = fork(join(here, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, url: m.url }));
    child.once('exit', (c) => reject(new Error(`server exited (${c})`)));
  });
}

function ask(child, msg) {
  return new Promise((resolve) => {
    const onExit = (code) => resolve({ ok: false, error: `process exited (${code})` });
    child.once('exit', onExit);
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m);
    });
    child.send(msg);
  });
}

async function benchNode(node, baseUrl, server, sizes) {
  log(`\n▶ ${node.version}: starting ${runners.length} runner processes`);
  const state = {};
  for (const r of runners) {
    const child = fork(join(here, 'worker.mjs'), [r.id], { execPath: node.bin, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const res = await ask(child, { cmd: 'setup', baseUrl });
    if (!res.ok) {
      child.kill();
      state[r.id] = { unavailable: res.unavailable ? res.error : undefined, error: res.unavailable ? undefined : res.error };
      log(`  ${r.id}: ${res.unavailable ? `n/a (${res.error})` : `FAILED ${res.error}`}`);
      continue;
    }
    state[r.id] = { child, walls: [], cpuPerCall: [], tp: [], tpCpu: [], sample: res.sample, fromSrc: res.fromSrc };
  }
  const live = runners.filter((r) => state[r.id].child);
  log(`  warm-up (${P.warmup} calls each)`);
  for (const r of live) {
    const res = await ask(state[r.id].child, { cmd: 'warmup', n: P.warmup });
    if (!res.ok) state[r.id].error = res.error;
  }
  // Alternate: each round visits every runner, starting one further along, every other round reversed.
  const order = (round) => {
    const o = live.map((_, i) => live[(i + round) % live.length]);
    return round % 2 ? o.reverse() : o;
  };
  for (let round = 0; round < P.rounds; round++) {
    process.stderr.write(`  latency round ${round + 1}/${P.rounds}\r`);
    for (const r of order(round)) {
      const s = state[r.id];
      if (s.error) continue;
      const res = await ask(s.child, { cmd: 'latency', n: P.perRound });
      if (!res.ok) {
        s.error = res.error;
        continue;
      }
      s.walls.push(...res.result.walls);
      s.cpuPerCall.push(res.result.cpu / res.result.n);
    }
  }
  log('');
  for (let round = 0; round < P.tpRounds; round++) {
    process.stderr.write(`  throughput round ${round + 1}/${P.tpRounds}\r`);
    for (const r of order(round)) {
      const s = state[r.id];
      if (s.error) continue;
      const res = await ask(s.child, { cmd: 'throughput', n: P.tpCalls, concurrency: P.concurrency });
      if (!res.ok) {
        s.error = res.error;
        continue;
      }
      s.tp.push(res.result.n / (res.result.elapsed / 1e6));
      s.tpCpu.push(res.result.cpu / res.result.n);
    }
  }
  log('');
  for (const r of live) state[r.id].child.send({ cmd: 'exit' });

  const stats = (await ask(server, { cmd: 'stats' })).stats;
  await ask(server, { cmd: 'reset' });

  log(`  cold start (${P.coldRepeats} fresh processes each)`);
  const available = runners.filter((r) => !state[r.id].unavailable && !state[r.id].error).map((r) => r.id);
  const coldIds = ['none', 'zod-mini', ...(available.includes('oderopay') && !state.oderopay.fromSrc ? ['oderopay-package'] : []), ...available];
  const cold = Object.fromEntries(coldIds.map((id) => [id, []]));
  const coldCpu = Object.fromEntries(coldIds.map((id) => [id, []]));
  for (let i = 0; i < P.coldRepeats; i++) {
    const ids = i % 2 ? [...coldIds].reverse() : coldIds;
    for (const id of ids) {
      // Wall: the probe's own uptime at exit (process start → client constructed); spawn and exit are left out,
      // they are the same for every probe and only add noise on a loaded machine.
      const r = spawnSync(node.bin, [join(here, 'cold.mjs'), id], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
      if (r.status === 0) {
        const { upMs, cpuMs } = JSON.parse(r.stdout);
        cold[id].push(upMs);
        coldCpu[id].push(cpuMs);
      }
    }
  }
  const empty = median(cold.none);
  const emptyCpu = median(coldCpu.none);

  // The same, from the single-file node bundle of each client (what a bundled serverless function loads).
  const bundles = Object.fromEntries(
    Object.entries(sizes ?? {})
      .filter(([, s]) => s.node?.bundle)
      .map(([e, s]) => [e, s.node.bundle]),
  );
  const bIds = ['none', ...Object.keys(bundles)];
  const bCold = Object.fromEntries(bIds.map((id) => [id, []]));
  for (let i = 0; i < P.coldRepeats; i++) {
    for (const id of i % 2 ? [...bIds].reverse() : bIds) {
      const r = spawnSync(node.bin, [join(here, 'cold-bundle.cjs'), id === 'none' ? 'none' : bundles[id]], {
        stdio: ['ignore', 'pipe', 'ignore'],
        encoding: 'utf8',
      });
      if (r.status === 0) bCold[id].push(JSON.parse(r.stdout));
    }
  }
  const bEmpty = { up: median(bCold.none.map((x) => x.upMs)), cpu: median(bCold.none.map((x) => x.cpuMs)) };
  const coldBundled = {};
  for (const id of Object.keys(bundles))
    if (bCold[id].length) coldBundled[id] = { up: median(bCold[id].map((x) => x.upMs)) - bEmpty.up, cpu: median(bCold[id].map((x) => x.cpuMs)) - bEmpty.cpu };

  // Memory: retained size per client (1,000 and 10,000 clients alive) for every available runner that builds a
  // client; for our own clients also the cost of a call before and after 10,000 clients and 10,000 calls.
  const memory = {};
  const memoryIds = runners
    .filter((r) => !r.ref && r.id !== 'ky' && !r.id.endsWith('-fetch') && !state[r.id].unavailable && !state[r.id].error)
    .map((r) => r.id);
  log(`  memory (${memoryIds.join(', ')})`);
  for (const id of memoryIds) {
    const calls = P.memoryCalls && MEMORY_CALLS.includes(id);
    const args = [join(here, 'memory.mjs'), baseUrl, id, calls ? '--calls' : '-', quick ? '1000' : '10000'];
    const r = spawnSync(node.bin, ['--expose-gc', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (r.status === 0) memory[id] = JSON.parse(r.stdout);
    else log(`  memory ${id}: ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
  }
  const zodMini = cold['zod-mini']?.length ? median(cold['zod-mini']) - empty : undefined;
  const oderopayPackage = cold['oderopay-package']?.length ? median(cold['oderopay-package']) - empty : undefined;

  const rows = {};
  for (const r of runners) {
    const s = state[r.id];
    rows[r.id] = {
      unavailable: s.unavailable,
      error: s.error,
      sample: s.sample,
      fromSrc: s.fromSrc,
      wall: s.walls?.length ? median(s.walls) : undefined,
      wallP90: s.walls?.length ? quantile(s.walls, 0.9) : undefined,
      cpu: s.cpuPerCall?.length ? median(s.cpuPerCall) : undefined,
      tp: s.tp?.length ? median(s.tp) : undefined,
      tpCpu: s.tpCpu?.length ? median(s.tpCpu) : undefined,
      cold: cold[r.id]?.length ? median(cold[r.id]) - empty : undefined,
      coldCpu: coldCpu[r.id]?.length ? median(coldCpu[r.id]) - emptyCpu : undefined,
      calls: s.walls?.length ?? 0,
    };
  }
  return {
    node: node.version,
    emptyProcessMs: empty,
    emptyProcessCpuMs: emptyCpu,
    zodMiniColdMs: zodMini,
    oderopayPackageColdMs: oderopayPackage,
    rows,
    coldBundled,
    memory,
    serverStats: stats,
  };
}

const started = Date.now();
if (args['from-src']) {
  process.env.BENCH_FROM_SRC = '1'; // inherited by the runner and cold-start processes
  for (const pkg of ['oderopay', 'paywall']) await buildFromSrc(pkg).catch((e) => log(`--from-src: ${pkg} src does not build: ${e.message.split('\n')[0]}`));
}
const server = await startServer();
log(
  `loopback server ${server.url} (pid ${server.child.pid}); ${cpus().length} cores, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const results = { quick, params: P, machine: { cpus: cpus().length, model: cpus()[0]?.model, loadBefore: loadavg() }, nodes: [] };
try {
  log('bundle sizes (esbuild, minified + gzip)');
  results.sizes = await measureSizes();
  for (const spec of nodeSpecs) {
    const node = resolveNode(spec);
    if (node) results.nodes.push(await benchNode(node, server.url, server.child, results.sizes));
  }
} finally {
  server.child.send({ cmd: 'stop' });
}
results.machine.loadAfter = loadavg();
results.seconds = Math.round((Date.now() - started) / 1000);
printReport(results, runners);
if (args.json) {
  mkdirSync(dirname(String(args.json)), { recursive: true });
  writeFileSync(String(args.json), JSON.stringify(results, null, 2));
}
const failed = results.nodes.flatMap((n) =>
  Object.entries(n.rows)
    .filter(([, r]) => r.error)
    .map(([id, r]) => `${n.node} ${id}: ${r.error}`),
);
if (failed.length) {
  log(`\n${failed.length} runner(s) failed:\n${failed.join('\n')}`);
  process.exitCode = 1;
}
