// Cold start probe: `node cold.mjs <runner>` imports the runner (its package) and constructs the client, then
// prints its own CPU time and uptime and exits. `node cold.mjs none` is the empty process. run.mjs times the
// whole process from outside as well and subtracts the empty process.
// `node cold.mjs zod-mini` imports zod/mini alone (the copy core uses): the reference of the cold-start goal.
// `node cold.mjs oderopay-package` imports @odeme/oderopay and constructs the client, nothing else: the cold-start goal
// as issue 21 states it. A runner probe also loads the bench's own modules (detect, fixtures), as the peers' do.
const id = process.argv[2];
if (id === 'zod-mini') await import('./zod.mjs');
else if (id === 'oderopay-package') {
  const { OderoPay } = await import('@odeme/oderopay');
  new OderoPay({ apiKey: 'cold-api-key', secretKey: 'cold-secret-key', baseUrl: 'http://127.0.0.1:9' });
} else if (id !== 'none') {
  const mod = await import(`./runners/${id}.mjs`);
  await mod.create({ baseUrl: 'http://127.0.0.1:9' });
}
const c = process.cpuUsage();
process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, upMs: performance.now() }));
