// The simulators over plain HTTP, as a team in another language uses them (the BiP listener here is a bare
// node:http server, as a PHP or Go one would be): `serveSimulators` in process for the
// control API, and the `odeme-sim` command itself, started as a process and driven with fetch (curl's part).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Bip } from '@odeme/bip';
import { Licrus } from '@odeme/licrus';
import { OderoPay } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS } from '@odeme/testkit';
import { SIM_SERVER_CREDENTIALS, type SimServers, serveSimulators } from '@odeme/testkit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const payment = (conversationId: string) => ({
  price: '10.00',
  paidPrice: '10.00',
  currency: 'TRY' as const,
  installment: 1 as const,
  paymentGroup: 'PRODUCT' as const,
  conversationId,
  card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2031', expireMonth: '07', cvc: '000' },
  items: [{ name: 'Çay', price: '10.00' }],
});

describe('serveSimulators: every simulator on its own port, with a control API', () => {
  let servers: SimServers;
  const listenerPosts: string[] = [];
  let listener: ReturnType<typeof createServer>;
  const url = (p: string) => servers.served.find((s) => s.provider === p)?.url as string;
  const post = (u: string, body: unknown) => fetch(u, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    listener = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        listenerPosts.push(body);
        const { transactionId } = JSON.parse(body) as { transactionId: string };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ transactionId, resultCode: 0, resultDesc: 'SUCCESS' }));
      });
    });
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    servers = await serveSimulators({
      bipListenerUrl: `http://127.0.0.1:${(listener.address() as AddressInfo).port}/bip`,
      startTime: new Date('2026-01-31T09:00:00Z'),
    });
  });
  afterAll(async () => {
    await servers.close();
    await new Promise<void>((r) => listener.close(() => r()));
  });

  it('serves all five with the printed credentials, each answering its SDK client', async () => {
    expect(servers.served.map((s) => s.provider)).toEqual(['oderopay', 'paywall', 'haso', 'licrus', 'bip']);
    const odero = new OderoPay({ ...SIM_SERVER_CREDENTIALS.oderopay, baseUrl: url('oderopay'), logLevel: 'off' });
    expect((await odero.payments.create(payment('sim-1'))).paymentStatus).toBe('SUCCESS');
    const licrus = new Licrus({ baseUrl: url('licrus'), ...SIM_SERVER_CREDENTIALS.licrus, logLevel: 'off' });
    expect(await licrus.login()).toMatch(/\S/);
    const info = await (await fetch(`${url('haso')}/_sim/info`)).json();
    expect(info).toMatchObject({ provider: 'haso', credentials: SIM_SERVER_CREDENTIALS.haso, now: expect.stringMatching(/^2026-01-31T09:/) });
  });

  it('a queued fault answers the next request, and the clock moves on request', async () => {
    const base = url('oderopay');
    await post(`${base}/_sim/faults`, { fault: { kind: 'status', status: 503 }, times: 1 });
    expect((await fetch(`${base}/payment/v1/card-payments/1`)).status).toBe(503);
    expect((await fetch(`${base}/payment/v1/card-payments/1`)).status).toBe(401); // unsigned: the simulator itself answers
    expect((await post(`${base}/_sim/faults`, { fault: 'nope' })).status).toBe(400);
    const moved = await (await post(`${url('bip')}/_sim/clock`, { advanceMs: 86_400_000 })).json();
    expect(moved.now).toMatch(/^2026-02-01T09:/);
    const paywall = await (await post(`${url('paywall')}/_sim/clock`, { advanceMs: 3_600_000 })).json();
    expect(paywall.now).toMatch(/^2026-01-31T10:/);
    expect((await post(`${url('bip')}/_sim/clock`, { advanceMs: -1 })).status).toBe(400);
  });

  it('plays the steps outside the merchant’s server: BiP’s user approves, and the result reaches the listener URL', async () => {
    const bip = new Bip({ ...SIM_SERVER_CREDENTIALS.bip, baseUrl: `${url('bip')}/pgw`, logLevel: 'off' });
    const started = await bip.startPayment({ msisdn: '05321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    const acted = await (await post(`${url('bip')}/_sim/act/approve`, [started.transactionId])).json();
    expect(acted.result).toMatchObject({ status: 200, acknowledged: true });
    expect(JSON.parse(listenerPosts.at(-1) as string)).toMatchObject({ transactionId: started.transactionId, resultCode: 0 });
    expect((await post(`${url('bip')}/_sim/act/constructor`, [])).status).toBe(404);
    const requests = await (await fetch(`${url('bip')}/_sim/requests`)).json();
    expect(requests.some((r: { path: string }) => r.path === '/pgw/paymentService')).toBe(true);
  });
});

describe('the odeme-sim command', () => {
  it('prints the servers, serves them, and stops on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../packages/testkit/src/node/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--providers', 'oderopay,bip', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        if (out.includes('\n')) resolve(out.split('\n')[0] as string);
      });
      child.once('exit', (code) => reject(new Error(`odeme-sim exited with ${code}`)));
    });
    try {
      const { servers } = JSON.parse(line) as { servers: { provider: string; url: string }[] };
      expect(servers.map((s) => s.provider)).toEqual(['oderopay', 'bip']);
      const info = await (await fetch(`${servers[0]?.url}/_sim/info`)).json();
      expect(info.provider).toBe('oderopay');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await new Promise((r) => child.once('exit', (code) => r(code)))).toBe(0);
  });

  it('refuses a bad flag with a clear message', async () => {
    const cli = fileURLToPath(new URL('../../packages/testkit/src/node/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--providers', 'stripe'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    expect(await new Promise((r) => child.once('exit', (code) => r(code)))).toBe(2);
    expect(err).toContain('unknown provider "stripe"');
  });
});
