// The Worker example in workerd, Cloudflare's runtime (the binary wrangler runs locally), with Node compatibility
// off and no network: bundled from the sources, served on loopback, then paid through over HTTP. CI has workerd
// (pnpm installs it under ecosystem/); elsewhere the test is skipped unless ODEME_RUNTIMES_STRICT=1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ODEROPAY_TEST_CARDS } from '@odeme/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const WORKERD = join(root, 'ecosystem/node_modules/workerd/bin/workerd');
const ESBUILD = join(root, 'ecosystem/node_modules/esbuild/lib/main.js');
const present = existsSync(WORKERD) && existsSync(ESBUILD);
if (!present && (process.env.ODEME_RUNTIMES_STRICT === '1' || process.env.CI))
  throw new Error('workerd is not installed: run node scripts/ensure-installed.mjs ecosystem');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe.skipIf(!present)('the Worker example in workerd', () => {
  let base = '';
  let stop: () => void = () => {};
  let log = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odeme-workerd-'));
    // esbuild comes with the runtime matrix (ecosystem/), not with the repository's own install: typed as used here.
    type Resolver = { onResolve(o: { filter: RegExp }, f: (a: { path: string }) => { path: string }): void };
    const esbuild = (await import(ESBUILD)) as {
      build(options: Record<string, unknown> & { plugins: { name: string; setup(b: Resolver): void }[] }): Promise<unknown>;
    };
    await esbuild.build({
      entryPoints: [join(root, 'examples/frameworks/worker/worker.ts')],
      outfile: join(dir, 'worker.js'),
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      conditions: ['workerd', 'worker'],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
      plugins: [
        {
          name: 'odeme-sources',
          // The packages from their sources, as wrangler would take them from dist/; the Web transport, as on a Worker.
          setup(build) {
            build.onResolve({ filter: /^@odeme\/[a-z]+$/ }, (a) => ({ path: join(root, `packages/${a.path.slice(7)}/src/index.ts`) }));
            build.onResolve({ filter: /^#default-fetch$/ }, () => ({ path: join(root, 'packages/core/src/default-fetch.ts') }));
          },
        },
      ],
    });
    const port = await freePort();
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = ["no_nodejs_compat"],
);
`,
    );
    const child = spawn(WORKERD, ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    stop = () => child.kill('SIGKILL');
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`workerd did not start:\n${log}`);
  }, 60_000);
  afterAll(() => stop());

  it('charges a basket through the simulator inside the isolate, and answers a decline with 402', async () => {
    const order = (cardNumber: string) => ({
      orderId: `wk-${Date.now()}`,
      items: [{ name: 'Kitap', price: '100.25' }],
      card: { cardHolderName: 'Ayşe Yılmaz', cardNumber, expireYear: '2035', expireMonth: '07', cvc: '123' },
    });
    const paid = await fetch(`${base}/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(order(ODEROPAY_TEST_CARDS.success)),
    });
    expect(paid.status, log).toBe(201);
    expect(await paid.json()).toMatchObject({ status: 'paid', paidPrice: 100.25 });
    const declined = await fetch(`${base}/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(order(ODEROPAY_TEST_CARDS.insufficientFunds)),
    });
    expect(declined.status).toBe(402);
  });
});
