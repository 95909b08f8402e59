/**
 * The framework examples, run for real against the ÖderoPay simulator: the Express service on a loopback port,
 * the Next.js route handler and the Worker through their fetch functions, and the Deno and Bun scripts in their
 * own runtimes when those are installed (pnpm installs both under ecosystem/node_modules/.bin).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { OderoPay } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './express/server';
import { POST } from './nextjs/app/api/payments/route';
import { createCheckoutHandler } from './shared/checkout';
import worker, { createWorker } from './worker/worker';

const run = promisify(execFile);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const keys = { apiKey: 'test-api-key-0001', secretKey: 'test-secret-key-0001' };
const card = (cardNumber: string) => ({ cardHolderName: 'Ayşe Yılmaz', cardNumber, expireYear: '2035', expireMonth: '07', cvc: '123' });
const order = (cardNumber: string = ODEROPAY_TEST_CARDS.success, items = [{ name: 'Kitap', price: '100.25' }, { name: 'Kalem', price: '50.25' }]) => ({
  orderId: `order-${Math.random().toString(36).slice(2)}`,
  items,
  card: card(cardNumber),
});
const post = (url: string, body: unknown, init: RequestInit = {}) =>
  new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...init });

function simulated() {
  const sim = new OderoPaySimulator(keys);
  return { sim, odero: new OderoPay({ ...keys, environment: 'sandbox', fetch: sim.fetch, logLevel: 'off' }) };
}

describe('Express 5 service on 127.0.0.1', () => {
  const { sim, odero } = simulated();
  let base = '';
  let close: () => Promise<void>;
  beforeAll(async () => {
    const server = createApp(odero).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  it('charges the basket total computed in kuruş', async () => {
    const res = await fetch(post(`${base}/payments`, order()));
    const body = await res.json();
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ status: 'paid', paidPrice: 150.5 });
    expect(sim.payments.get(body.paymentId)?.paidPrice).toBeDefined();
  });

  it('answers 402 with the decline group', async () => {
    const res = await fetch(post(`${base}/payments`, order(ODEROPAY_TEST_CARDS.insufficientFunds)));
    expect(res.status).toBe(402);
    expect(await res.json()).toMatchObject({ status: 'declined', reason: 'NOT_SUFFICIENT_FUNDS' });
  });

  it('answers 422 naming the field, without calling ÖderoPay', async () => {
    const before = sim.requests.length;
    const res = await fetch(post(`${base}/payments`, order(undefined, [{ name: 'Kitap', price: '10.005' }])));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ status: 'invalid', fields: ['items.0.price'] });
    expect(sim.requests.length).toBe(before);
  });

  it('answers 400 to a body that is not an order, and serves /healthz', async () => {
    expect((await fetch(post(`${base}/payments`, { hello: 1 }))).status).toBe(400);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
  });

  it('reports a lost answer as unknown (503), and does not resend the charge', async () => {
    sim.injectFault({ kind: 'drop-response' });
    const before = sim.payments.size;
    const sent = order();
    const res = await fetch(post(`${base}/payments`, sent));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unknown', code: 'network_error', reference: sent.orderId });
    expect(sim.payments.size).toBe(before + 1); // processed once, never twice
  });
});

describe('Next.js route handler (app/api/payments/route.ts)', () => {
  it('POST pays through the process-wide client (simulated without keys)', async () => {
    const res = await POST(post('http://localhost/api/payments', order()));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'paid', paidPrice: 150.5 });
  });

  it('stops the provider call when the caller has gone (request.signal)', async () => {
    const controller = new AbortController();
    controller.abort();
    const res = await POST(post('http://localhost/api/payments', order(), { signal: controller.signal }));
    expect(res.status).toBe(499);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await POST(new Request('http://localhost/api/payments', { method: 'POST', body: 'not json' }));
    expect(res.status).toBe(400);
  });
});

describe('Cloudflare Worker module', () => {
  it('the default export pays with the bindings it is given (simulated without secrets)', async () => {
    const res = await worker.fetch(post('https://shop.example/payments', order()), {});
    expect(res.status).toBe(201);
    expect((await worker.fetch(new Request('https://shop.example/nope'), {})).status).toBe(404);
  });

  it('createWorker routes to a client wired to a simulator', async () => {
    const { sim, odero } = simulated();
    const w = createWorker(odero);
    const res = await w.fetch(post('https://shop.example/payments', order(ODEROPAY_TEST_CARDS.doNotHonour)));
    expect(res.status).toBe(402);
    expect(await res.json()).toMatchObject({ reason: 'DO_NOT_HONOUR' });
    expect(sim.payments.size).toBe(0);
  });

  it('the shared handler is a plain (Request) => Response', async () => {
    const { odero } = simulated();
    const res = await createCheckoutHandler(odero)(post('https://x/payments', order()));
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});

// Deno and Bun are in ecosystem/package.json, which `pnpm install` leaves out: `pnpm install --filter @odeme/ecosystem` (or the
// first `pnpm test:runtimes`) installs it, and so does CI before the tests. A PATH install is used when present.
function binary(name: string): string | undefined {
  const local = here(`../../ecosystem/node_modules/.bin/${name}`);
  if (existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  return undefined;
}
const deno = binary('deno');
const bun = binary('bun');
const envWithoutKeys = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ODEROPAY_')));
const builtDist = existsSync(here('../../packages/oderopay/dist/index.js')) && existsSync(here('../../packages/testkit/dist/index.js'));

describe('runtime scripts', () => {
  it.skipIf(!deno || !builtDist)('Deno: pays once and reports the decline', { timeout: 60_000 }, async () => {
    const { stdout } = await run(deno!, ['run', '--allow-env', '--allow-net', '--allow-read', 'frameworks/deno/pay.ts'], {
      cwd: here('..'),
      env: { ...envWithoutKeys, NO_COLOR: '1' },
    });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ runtime: 'deno', status: 'SUCCESS', paidPrice: 89.9 }),
      { runtime: 'deno', status: 'declined', reason: 'NOT_SUFFICIENT_FUNDS' },
    ]);
  });

  it.skipIf(!bun || !builtDist)('Bun: Bun.serve answers a paid order', { timeout: 60_000 }, async () => {
    const { stdout } = await run(bun!, ['frameworks/bun/server.ts'], { cwd: here('..'), env: envWithoutKeys });
    expect(JSON.parse(stdout.trim())).toMatchObject({ runtime: 'bun', httpStatus: 201, status: 'paid', paidPrice: 165.5 });
  });
});

describe('docs show the example files as they are', () => {
  const docs = ['../../docs/getting-started.md', ...['node-service', 'nextjs', 'cloudflare-worker', 'deno', 'bun'].map((n) => `../../docs/runtimes/${n}.md`)];
  it.each(docs)('%s', (doc) => {
    const text = readFileSync(here(doc), 'utf8');
    const blocks = [...text.matchAll(/^```ts[^\n]*\bfile=(\S+)\n([\s\S]*?)^```/gm)];
    expect(blocks.length).toBeGreaterThan(0);
    for (const [, file, body] of blocks) expect(body?.trim(), `${doc} → ${file}`).toBe(readFileSync(here(`../../${file}`), 'utf8').trim());
  });
});

describe('README first payment', () => {
  it('README.md and README.tr.md show examples/first-payment.ts as it is', () => {
    const file = readFileSync(here('../first-payment.ts'), 'utf8').trim();
    for (const readme of ['../../README.md', '../../README.tr.md']) {
      const text = readFileSync(here(readme), 'utf8');
      const block = /```ts\n([\s\S]*?)```/.exec(text)?.[1]?.trim();
      expect(block, readme).toBe(file);
    }
  });

  it('runs and prints a successful payment', async () => {
    const logs: unknown[][] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void logs.push(args);
    try {
      await import('../first-payment');
    } finally {
      console.log = original;
    }
    expect(logs[0]?.[0]).toBe('SUCCESS');
    expect(logs[0]?.[2]).toBe(150.5);
  });
});
