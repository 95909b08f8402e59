/// <reference types="node" />
// `odeme-sim`: serves every simulator of @odeme/testkit on loopback ports and prints how to reach them.
import { parseArgs } from 'node:util';
import type { Fault } from '../frame/faults.js';
import { SIM_PROVIDERS, type SimProvider, serveSimulators } from './sim-server.js';

const HELP = `odeme-sim: the odeme payment provider simulators over HTTP, for tests in any language.

Usage: odeme-sim [options]

  --port <n>              first port (default 4100); providers follow in this order: ${SIM_PROVIDERS.join(', ')}
  --host <addr>           interface to listen on (default 127.0.0.1)
  --providers <list>      comma-separated subset (default all)
  --latency <ms>          added to every answer
  --fault <json>          a fault for the next requests of every simulator, e.g. '{"kind":"status","status":503}'
  --fault-times <n>       how many requests the fault hits (default 1)
  --start-time <iso>      where the simulators' clocks start (default now)
  --bip-listener <url>    where BiP posts payment results (your listener)
  --bip-listener-user <u> and --bip-listener-password <p>: the Basic credentials BiP sends it
  --json                  print the servers as JSON (one object) instead of text
  --help

Each simulator also answers its own control routes:
  GET    /_sim/info                 credentials, clock, actions
  GET    /_sim/requests             every request received
  POST   /_sim/faults               {"fault": {"kind": "status", "status": 503}, "times": 2}
  DELETE /_sim/faults
  POST   /_sim/clock                {"advanceMs": 86400000}
  POST   /_sim/act/<action>         the steps outside your server, arguments as a JSON array (see /_sim/info)
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4100' },
      host: { type: 'string' },
      providers: { type: 'string' },
      latency: { type: 'string' },
      fault: { type: 'string' },
      'fault-times': { type: 'string' },
      'start-time': { type: 'string' },
      'bip-listener': { type: 'string' },
      'bip-listener-user': { type: 'string' },
      'bip-listener-password': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const fail = (message: string): never => {
    process.stderr.write(`odeme-sim: ${message}\n`);
    process.exit(2);
  };
  const whole = (name: string, text: string | undefined, min = 0) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  const providers = values.providers?.split(',').map((p) => p.trim()) as SimProvider[] | undefined;
  for (const p of providers ?? []) if (!SIM_PROVIDERS.includes(p)) fail(`unknown provider "${p}"; known: ${SIM_PROVIDERS.join(', ')}`);
  const startTime = values['start-time'] === undefined ? undefined : new Date(values['start-time']);
  if (startTime && Number.isNaN(startTime.getTime())) fail('--start-time must be an ISO date, e.g. 2026-01-31T09:00:00Z');
  let fault: Fault | undefined;
  if (values.fault !== undefined) {
    try {
      fault = JSON.parse(values.fault) as Fault;
    } catch {
      fail('--fault must be JSON, e.g. {"kind":"status","status":503}');
    }
  }
  const user = values['bip-listener-user'];
  const password = values['bip-listener-password'];
  if ((user === undefined) !== (password === undefined)) fail('give both --bip-listener-user and --bip-listener-password, or neither');

  const latencyMs = whole('latency', values.latency);
  const servers = await serveSimulators({
    port: whole('port', values.port) as number,
    ...(values.host ? { host: values.host } : {}),
    ...(providers ? { providers } : {}),
    ...(latencyMs ? { latencyMs } : {}),
    ...(startTime ? { startTime } : {}),
    ...(values['bip-listener'] ? { bipListenerUrl: values['bip-listener'] } : {}),
    ...(user !== undefined && password !== undefined ? { bipListenerCredentials: { username: user, password } } : {}),
  });
  if (fault) for (const s of servers.served) s.simulator.injectFault(fault, { times: whole('fault-times', values['fault-times'], 1) ?? 1 });

  if (values.json)
    process.stdout.write(`${JSON.stringify({ servers: servers.served.map(({ provider, url, credentials }) => ({ provider, url, credentials })) })}\n`);
  else {
    for (const s of servers.served) {
      const creds = Object.entries(s.credentials)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      process.stdout.write(`${s.provider.padEnd(9)} ${s.url}   ${creds}\n`);
    }
    const first = servers.served[0];
    if (first) process.stdout.write(`\ntry: curl -s ${first.url}/_sim/info\nstop with Ctrl-C\n`);
  }
  const stop = () => void servers.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`odeme-sim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
