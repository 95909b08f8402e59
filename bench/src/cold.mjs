// Cold start probe: `node cold.mjs <runner>` imports the runner (its package) and constructs the client, then
// prints its own CPU time and uptime and exits. `node cold.mjs none` is the empty process. run.mjs times the
// whole process from outside as well and subtracts the empty process.
// `node cold.mjs zod-mini` imports zod/mini alone (the copy core uses): the reference of the cold-start goal.
const id = process.argv[2];
if (id === 'zod-mini') await import('./zod.mjs');
else if (id !== 'none') {
  const mod = await import(`./runners/${id}.mjs`);
  await mod.create({ baseUrl: 'http://127.0.0.1:9' });
}
const c = process.cpuUsage();
process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, upMs: performance.now() }));
