#!/usr/bin/env node
/**
 * `pnpm test:nextjs`: the Next.js example as a real app. Installs it (Next and React, left out of `pnpm install`),
 * builds the packages and runs `next build`, then `next start` against an ÖderoPay simulator served on loopback, and
 * exercises its routes over HTTP: a card payment, a decline, and a 3-D Secure payment walked through the simulator's
 * bank page to the app's callback route. Exits non-zero on any failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP = join(ROOT, 'examples/frameworks/nextjs');
const NEXT = join(APP, 'node_modules/.bin/next');

function run(cmd, args, cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The first form of a page: where it posts and its hidden fields, as a browser would send them. */
function firstForm(html, pageUrl) {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form in: ${html.slice(0, 200)}`);
  const un = (s) => s.replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  const action = un(/\baction="([^"]*)"/i.exec(form[1])?.[1] ?? '');
  const fields = {};
  for (const m of form[2].matchAll(/<input\b([^>]*)>/gi)) {
    if (!/type="hidden"/i.test(m[1])) continue;
    const name = /\bname="([^"]*)"/i.exec(m[1])?.[1];
    if (name) fields[un(name)] = un(/\bvalue="([^"]*)"/i.exec(m[1])?.[1] ?? '');
  }
  return { action: new URL(action, pageUrl).href, fields };
}
const submit = (form, typed = {}) =>
  fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, ...typed }), redirect: 'manual' });

const checks = [];
function check(ok, what) {
  checks.push([ok, what]);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

async function main() {
  run('node', ['scripts/ensure-installed.mjs', 'examples/frameworks/nextjs']);
  run('node', ['scripts/build.mjs']);
  run(NEXT, ['build'], APP);

  const testkit = await import(pathToFileURL(join(ROOT, 'packages/testkit/dist/index.js')).href);
  const { listen } = await import(pathToFileURL(join(ROOT, 'packages/testkit/dist/node.js')).href);
  const keys = { apiKey: 'next-check-api-key', secretKey: 'next-check-secret-key' };
  const sim = new testkit.OderoPaySimulator(keys);
  const simServer = await listen(sim);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(NEXT, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: APP,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ODEROPAY_API_KEY: keys.apiKey, ODEROPAY_SECRET_KEY: keys.secretKey, ODEROPAY_BASE_URL: simServer.url },
  });
  let log = '';
  app.stdout.on('data', (d) => (log += d));
  app.stderr.on('data', (d) => (log += d));
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch {}
      if (i > 300) throw new Error(`next start did not answer:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const card = (cardNumber) => ({ cardHolderName: 'Ayşe Yılmaz', cardNumber, expireYear: '2035', expireMonth: '07', cvc: '123' });
    const order = (cardNumber) => ({ orderId: `next-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, items: [{ name: 'Kitap', price: '100.25' }], card: card(cardNumber) });
    const json = (path, body) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const paid = await json('/api/payments', order(testkit.ODEROPAY_TEST_CARDS.success));
    const paidBody = await paid.json();
    check(paid.status === 201 && paidBody.status === 'paid' && sim.payments.get(paidBody.paymentId)?.paymentStatus === 'SUCCESS', `POST /api/payments charges the card: ${paid.status} ${JSON.stringify(paidBody)}`);
    const declined = await json('/api/payments', order(testkit.ODEROPAY_TEST_CARDS.insufficientFunds));
    check(declined.status === 402, `a declined card answers 402: ${declined.status}`);

    const started = await json('/api/3ds', order(testkit.ODEROPAY_TEST_CARDS.success));
    const lead = firstForm(await started.text(), base);
    const bank = await submit(lead);
    const bankForm = firstForm(await bank.text(), lead.action);
    const back = await submit(bankForm, { code: testkit.SIM_SMS_CODE, action: 'approve' });
    const toApp = firstForm(await back.text(), lead.action);
    // Next gives route handlers the URL as `localhost`: the same server as `base`.
    const target = new URL(toApp.action);
    check(target.pathname === '/api/3ds/callback' && target.port === String(port), `the bank posts back to the app's callback route: ${toApp.action}`);
    const done = await submit(toApp);
    const doneBody = await done.json();
    check(done.status === 200 && doneBody.status === 'paid' && sim.payments.get(doneBody.paymentId)?.paymentStatus === 'SUCCESS', `the callback route completes the 3-D Secure payment: ${done.status} ${JSON.stringify(doneBody)}`);
  } finally {
    app.kill('SIGTERM');
    await simServer.close();
  }
  const failed = checks.filter(([ok]) => !ok).length;
  console.log(`\nnext.js app: ${checks.length - failed} checks passed, ${failed} failed`);
  if (failed) {
    console.log(log.slice(-3000));
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
