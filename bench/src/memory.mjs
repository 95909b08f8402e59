// Memory of a client, in its own process: `node --expose-gc memory.mjs <baseUrl> <runner> [--calls|-] [most clients]`.
// - Retained size per client: heap after a full GC with 1,000 and 10,000 clients alive (each built as its runner
//   builds one), less the heap before, divided by the count. Flat across the two counts = no per-client growth
//   beyond the client itself.
// - With --calls: CPU and wall per call of one client (2,000 calls after 300 warm-up), then 10,000 more clients,
//   one call by each, then the same measure again; and the heap those 10,000 calls left behind, per call.
// Prints one JSON line.
const [baseUrl, id, flag, most = '10000'] = process.argv.slice(2);
const withCalls = flag === '--calls';
const counts = [1000, 10_000].filter((n) => n <= Number(most));
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');

const { create } = await import(`./runners/${id}.mjs`);
const heap = async () => {
  // Twice, with a turn of the event loop between: finalizers and weak references settle.
  globalThis.gc();
  await new Promise((r) => setImmediate(r));
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

async function cost(call, n) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await call();
  const c = process.cpuUsage(c0);
  return { cpuUs: (c.user + c.system) / n, wallUs: Number(process.hrtime.bigint() - t0) / 1000 / n };
}

const out = { id, perClient: {} };
let first;
if (withCalls) {
  first = await create({ baseUrl });
  for (let i = 0; i < 300; i++) await first();
  out.before = await cost(first, 2000);
}
// One client is built before measuring, so that module loading and first-use caches are not counted.
await create({ baseUrl });
const kept = [];
for (const count of counts) {
  kept.length = 0;
  const h0 = await heap();
  for (let i = 0; i < count; i++) kept.push(await create({ baseUrl }));
  out.perClient[count] = Math.round(((await heap()) - h0) / count);
}
if (withCalls) {
  // `kept` holds the most clients (10,000): one call each, then the first client again.
  const h0 = await heap();
  for (const call of kept) await call();
  const h1 = await heap();
  out.after = await cost(first, 2000);
  out.retainedPerCall = Math.round((h1 - h0) / kept.length);
  out.heapAfterMiB = Math.round((h1 / 1024 / 1024) * 10) / 10;
}
process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(0);
