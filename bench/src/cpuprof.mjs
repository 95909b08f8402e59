// Where a runner's CPU goes, by origin (ky for the ky runner, undici/fetch, zod, odeme core, the ÖderoPay row, Node internals, GC).
//   node --cpu-prof --cpu-prof-dir=.cache/prof src/cpuprof.mjs run <runner> [calls]
//   node src/cpuprof.mjs summarize .cache/prof/<file>.cpuprofile
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [mode, arg, n = '3000'] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));

const BUCKETS = [
  ['ky', /\/ky\//],
  ['zod', /\/zod\//],
  ['odeme core', /packages\/core\/|\/@odeme\/core/],
  ['ÖderoPay row / runner', /bench\/src\//],
  ['@odeme/oderopay', /packages\/oderopay\//],
  ['fetch (undici)', /undici|internal\/deps\/undici|fetch/],
  ['web streams', /internal\/webstreams/],
  ['Web Crypto', /internal\/crypto\/(webcrypto|hash|util|keys)|webcrypto/],
  ['net / http / streams', /internal\/(net|stream|streams|http|_http)|node:net|node:_http|^node:http|_http_/],
  ['Node internals (other)', /^node:|internal\//],
];

if (mode === 'run') {
  const server = fork(join(here, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const baseUrl = await new Promise((r) => server.once('message', (m) => r(m.url)));
  const { create } = await import(`./runners/${arg}.mjs`);
  const call = await create({ baseUrl });
  for (let i = 0; i < 300; i++) await call();
  for (let i = 0; i < Number(n); i++) await call();
  server.kill();
} else if (mode === 'summarize') {
  const prof = JSON.parse(readFileSync(arg, 'utf8'));
  const byId = new Map(prof.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
  const totals = {};
  const fns = {};
  let all = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    const { url, functionName } = node.callFrame;
    all += us;
    let bucket =
      functionName === '(idle)'
        ? '(idle)'
        : functionName === '(garbage collector)'
          ? 'GC'
          : functionName === '(program)'
            ? '(program: native, not JS)'
            : undefined;
    if (!bucket) bucket = (BUCKETS.find(([, re]) => re.test(url)) ?? ['other'])[0];
    totals[bucket] = (totals[bucket] ?? 0) + us;
    const key = `${bucket} :: ${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`;
    fns[key] = (fns[key] ?? 0) + us;
  }
  const busy = all - (totals['(idle)'] ?? 0);
  console.log(`busy ${(busy / 1000).toFixed(0)} ms of ${(all / 1000).toFixed(0)} ms sampled`);
  for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1]))
    if (k !== '(idle)') console.log(`${((100 * v) / busy).toFixed(1).padStart(6)} %  ${k}`);
  console.log('top functions (self time):');
  for (const [k, v] of Object.entries(fns)
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 15)))
    if (!k.startsWith('(idle)')) console.log(`${((100 * v) / busy).toFixed(1).padStart(6)} %  ${k}`);
}
