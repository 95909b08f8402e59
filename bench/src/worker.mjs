// One runner in its own process. The parent (run.mjs) drives it over IPC: setup, then latency and throughput
// rounds; it answers with raw timings (wall per call, process CPU per round).
import { NotAvailable } from './detect.mjs';

const id = process.argv[2];
let call;

function cpuMicros(start) {
  const d = process.cpuUsage(start);
  return d.user + d.system;
}

async function latency(n) {
  const walls = new Float64Array(n);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    await call();
    walls[i] = Number(process.hrtime.bigint() - s) / 1000;
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1000;
  return { walls: Array.from(walls), cpu: cpuMicros(cpu0), elapsed, n };
}

async function throughput(n, concurrency) {
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const lane = async () => {
    while (next < n) {
      next++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsed = Number(process.hrtime.bigint() - t0) / 1000;
  return { elapsed, cpu: cpuMicros(cpu0), n };
}

process.on('message', async (m) => {
  try {
    if (m.cmd === 'setup') {
      const mod = await import(`./runners/${id}.mjs`);
      call = await mod.create({ baseUrl: m.baseUrl });
      const sample = await call();
      process.send({ ok: true, fromSrc: Boolean(call.fromSrc), sample: JSON.stringify(sample).slice(0, 120) });
    } else if (m.cmd === 'warmup') {
      for (let i = 0; i < m.n; i++) await call();
      process.send({ ok: true });
    } else if (m.cmd === 'latency') process.send({ ok: true, result: await latency(m.n) });
    else if (m.cmd === 'throughput') process.send({ ok: true, result: await throughput(m.n, m.concurrency) });
    else if (m.cmd === 'exit') process.exit(0);
  } catch (e) {
    process.send({ ok: false, unavailable: e instanceof NotAvailable, error: e instanceof NotAvailable ? e.message : String(e?.stack ?? e).slice(0, 600) });
  }
});
process.on('disconnect', () => process.exit(0));
