/**
 * `pnpm test:nextjs`: the Next.js example as a real app. Installs it (Next and React, left out of `pnpm install`),
 * builds the packages and runs `next build`, then `next start` against an ÖderoPay simulator served on loopback, and
 * exercises its routes over HTTP: a card payment, a decline, and a 3-D Secure payment walked through the simulator's
 * bank page to the app's callback route. Exits non-zero on any failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator, SIM_SMS_CODE } from '../packages/testkit/src/index.js';
import { listen } from '../packages/testkit/src/node.js';
import { firstForm, type HtmlForm, submit } from '../test/three-ds/html-forms.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP = join(ROOT, 'examples/frameworks/nextjs');
const NEXT = join(APP, 'node_modules/.bin/next');

function run(cmd: string, args: string[], cwd = ROOT): void {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

// A form submitted as a browser does, without following a redirect: the answer itself is what is checked.
const send = (form: HtmlForm, typed: Record<string, string> = {}) => fetch(submit(form, typed), { redirect: 'manual' });

const checks: [boolean, string][] = [];
function check(ok: boolean, what: string): void {
  checks.push([ok, what]);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

async function main() {
  run('node', ['scripts/ensure-installed.mjs', 'examples/frameworks/nextjs']);
  run('node', ['scripts/build.mjs']);
  run(NEXT, ['build'], APP);

  const keys = { apiKey: 'next-check-api-key', secretKey: 'next-check-secret-key' };
  const sim = new OderoPaySimulator(keys);
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
    const card = (cardNumber: string) => ({ cardHolderName: 'Ayşe Yılmaz', cardNumber, expireYear: '2035', expireMonth: '07', cvc: '123' });
    const order = (cardNumber: string) => ({
      orderId: `next-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
      items: [{ name: 'Kitap', price: '100.25' }],
      card: card(cardNumber),
    });
    const json = (path: string, body: unknown) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const paid = await json('/api/payments', order(ODEROPAY_TEST_CARDS.success));
    const paidBody = await paid.json();
    check(
      paid.status === 201 && paidBody.status === 'paid' && sim.payments.get(paidBody.paymentId)?.paymentStatus === 'SUCCESS',
      `POST /api/payments charges the card: ${paid.status} ${JSON.stringify(paidBody)}`,
    );
    const declined = await json('/api/payments', order(ODEROPAY_TEST_CARDS.insufficientFunds));
    check(declined.status === 402, `a declined card answers 402: ${declined.status}`);

    const started = await json('/api/3ds', order(ODEROPAY_TEST_CARDS.success));
    const lead = firstForm(await started.text(), base);
    const bank = await send(lead);
    const bankForm = firstForm(await bank.text(), lead.action);
    const back = await send(bankForm, { code: SIM_SMS_CODE, action: 'approve' });
    const toApp = firstForm(await back.text(), lead.action);
    // Next gives route handlers the URL as `localhost`: the same server as `base`.
    const target = new URL(toApp.action);
    check(target.pathname === '/api/3ds/callback' && target.port === String(port), `the bank posts back to the app's callback route: ${toApp.action}`);
    const done = await send(toApp);
    const doneBody = await done.json();
    check(
      done.status === 200 && doneBody.status === 'paid' && sim.payments.get(doneBody.paymentId)?.paymentStatus === 'SUCCESS',
      `the callback route completes the 3-D Secure payment: ${done.status} ${JSON.stringify(doneBody)}`,
    );
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
