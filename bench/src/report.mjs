// The printed table: one block per Node version, ratios against plain fetch beside each figure.
import { PLATFORMS } from './size.mjs';

const SIZE_OF = {
  ky: 'ky',
  core: 'core',
  'core-fetch': 'core',
  oderopay: 'oderopay',
  'oderopay-fetch': 'oderopay',
  paywall: 'paywall',
  'paywall-fetch': 'paywall',
  haso: 'haso',
  licrus: 'licrus',
  bip: 'bip',
  craftgate: 'craftgate',
  iyzipay: 'iyzipay',
};
// Rows whose client is exactly a size entry (the *-fetch rows are the same clients with the global fetch injected).
const BUNDLED_COLD = new Set(['ky', 'core', 'oderopay', 'paywall', 'haso', 'licrus', 'bip', 'craftgate', 'iyzipay']);
const f0 = (x) => (x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'));
const f1 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const ratio = (x, base, inverse = false) => (x === undefined || !base ? '' : ` (×${(inverse ? base / x : x / base).toFixed(2)})`);

function sizeCell(s) {
  if (!s) return '–';
  if (s.unavailable) return 'n/a';
  if (s.error) return 'cannot bundle';
  return `${f1(s.gzip / 1024)} KB`;
}

export function printReport(results, runners) {
  const out = [];
  out.push('');
  out.push(
    `odeme bench${results.quick ? ' --quick' : ''}: ${results.machine.cpus} × ${results.machine.model ?? '?'}, load ${results.machine.loadBefore.map((x) => x.toFixed(1)).join('/')} → ${results.machine.loadAfter.map((x) => x.toFixed(1)).join('/')}, ${results.seconds} s`,
  );
  out.push(
    `rounds: ${results.params.rounds} × ${results.params.perRound} sequential calls per runner (after ${results.params.warmup} warm-up), throughput ${results.params.tpRounds} × ${results.params.tpCalls} calls with ${results.params.concurrency} in flight`,
  );
  out.push("ratios are against plain fetch (×1.00); for throughput, ×2.00 means half of fetch's calls/s");
  for (const n of results.nodes) {
    const base = n.rows.fetch ?? {};
    out.push('');
    out.push(`Node ${n.node} (empty process ${f0(n.emptyProcessMs)} ms wall, ${f0(n.emptyProcessCpuMs)} ms CPU)`);
    const head = ['runner', 'wall µs/call', 'CPU µs/call', 'calls/s @32', 'CPU µs/call @32', 'cold start ms (CPU)', 'cold, bundled', 'bundle (neutral, gz)'];
    const rows = [head];
    for (const r of runners) {
      const x = n.rows[r.id];
      if (!x) continue;
      if (x.unavailable || x.error) {
        rows.push([r.label, x.unavailable ? `n/a (${x.unavailable})` : 'FAILED', '', '', '', '', '', sizeCell(results.sizes?.[SIZE_OF[r.id]]?.neutral)]);
        continue;
      }
      rows.push([
        x.fromSrc ? `${r.label} (src)` : r.label,
        f0(x.wall) + ratio(x.wall, base.wall),
        f0(x.cpu) + ratio(x.cpu, base.cpu),
        f0(x.tp) + ratio(x.tp, base.tp, true),
        f0(x.tpCpu) + ratio(x.tpCpu, base.tpCpu),
        `${f0(x.cold)} (${f0(x.coldCpu)})`,
        BUNDLED_COLD.has(r.id) && n.coldBundled?.[SIZE_OF[r.id]] ? `${f0(n.coldBundled[SIZE_OF[r.id]].up)} (${f0(n.coldBundled[SIZE_OF[r.id]].cpu)})` : '–',
        r.ref ? '–' : sizeCell(results.sizes?.[SIZE_OF[r.id]]?.neutral),
      ]);
    }
    const widths = head.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
    for (const [i, row] of rows.entries()) {
      out.push(row.map((c, j) => (j === 0 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join('  '));
      if (i === 0) out.push(widths.map((w) => '─'.repeat(w)).join('  '));
    }
    const zod = n.zodMiniColdMs;
    if (zod !== undefined) {
      const ours = ['oderopay', 'core'].filter((id) => n.rows[id]?.cold !== undefined);
      const pkg = n.oderopayPackageColdMs;
      out.push(
        `cold start, unbundled: zod/mini alone ${f0(zod)} ms; ${pkg === undefined ? '' : `@odeme/oderopay alone (import + construct, the goal) ${f0(pkg)} ms (×${(pkg / zod).toFixed(2)} of zod/mini); runners (with the bench's modules): `}${ours.map((id) => `${id} ${f0(n.rows[id].cold)} ms (×${(n.rows[id].cold / zod).toFixed(2)} of zod/mini)`).join(', ')}`,
      );
    }
    const mem = n.memory ?? {};
    if (Object.keys(mem).length) {
      out.push('memory: heap retained per client with 1,000 / 10,000 clients alive (after a full GC)');
      for (const [id, m] of Object.entries(mem)) {
        const sizes = Object.entries(m.perClient).map(([count, bytes]) => `${f0(bytes)} B @${f0(Number(count))}`);
        let line = `  ${(runners.find((r) => r.id === id)?.label ?? id).padEnd(48)} ${sizes.join(' · ')}`;
        if (m.before && m.after)
          line += `; a call: ${f0(m.before.cpuUs)} µs CPU, ${f0(m.before.wallUs)} µs wall with one client → ${f0(m.after.cpuUs)} µs, ${f0(m.after.wallUs)} µs after ${f0(Number(Object.keys(m.perClient).at(-1)))} more clients and as many calls (${f0(m.retainedPerCall)} B retained per call, heap ${m.heapAfterMiB} MiB)`;
        out.push(line);
      }
    }
    if (Object.values(n.rows).some((x) => x.fromSrc))
      out.push('(src): dist not built; timed from the package src bundled by bench (--from-src); bundle size is n/a until the dist exists');
    const bad = Object.entries(n.serverStats ?? {}).filter(([, s]) => s.badSignature);
    if (bad.length) out.push(`server refused signatures: ${bad.map(([k, s]) => `${k} ×${s.badSignature}`).join(', ')}`);
  }
  if (results.sizes) {
    out.push('');
    out.push('bundle sizes: esbuild --bundle --minify, gzip -9 (KB); neutral and browser as ESM, node as CJS');
    out.push(`${'entry'.padEnd(13)}  ${PLATFORMS.map((p) => p.padStart(9)).join('  ')}`);
    const notes = [];
    for (const [entry, ps] of Object.entries(results.sizes)) {
      out.push(`${entry.padEnd(13)}  ${PLATFORMS.map((p) => sizeCell(ps[p]).padStart(9)).join('  ')}`);
      for (const p of PLATFORMS) if (ps[p].error && !ps[p].unavailable) notes.push(`  ${entry} (${p}): ${ps[p].error}`);
    }
    if (notes.length) out.push(...notes);
  }
  console.log(out.join('\n'));
}
