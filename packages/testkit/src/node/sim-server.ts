/// <reference types="node" />
// Every simulator on its own loopback port, with a small control API under `/_sim/` (faults, the clock, recorded
// requests, the steps a shopper or a gateway takes outside the merchant's server), so that a team writing PHP, Go or
// anything else can test against the same simulators over plain HTTP.
import { BipSimulator } from '../bip/simulator.js';
import type { Fault } from '../frame/faults.js';
import type { Simulator } from '../frame/simulator.js';
import { HasoSimulator } from '../haso/simulator.js';
import { LICRUS_SIM_USER, LicrusSimulator } from '../licrus/simulator.js';
import { OderoPaySimulator } from '../oderopay/simulator.js';
import { PayWallSimulator } from '../paywall/simulator.js';
import { listen } from './listen.js';

/** The providers `serveSimulators` can serve, in the order of their ports. */
export const SIM_PROVIDERS = ['oderopay', 'paywall', 'haso', 'licrus', 'bip'] as const;
/** One of `SIM_PROVIDERS`. */
export type SimProvider = (typeof SIM_PROVIDERS)[number];

/** The credentials each served simulator accepts: test values, printed by `odeme-sim` and in `/_sim/info`. */
export const SIM_SERVER_CREDENTIALS = {
  /** `new OderoPay({ apiKey, secretKey, baseUrl })`. */
  oderopay: {
    /** The API key. */
    apiKey: 'sim-oderopay-api-key',
    /** The secret key requests are signed with. */
    secretKey: 'sim-oderopay-secret-key',
  },
  /** `new PayWall({ …, baseUrls: payWallHostsAt(url) })`. */
  paywall: {
    /** Public pair: the key. */
    apiKeyPublic: 'sim-pw-public-key',
    /** Public pair: the client id. */
    apiClientPublic: 'sim-pw-public-client',
    /** Private pair: the key. */
    apiKeyPrivate: 'sim-pw-private-key',
    /** Private pair: the client id. */
    apiClientPrivate: 'sim-pw-private-client',
  },
  /** `new Haso({ merchantId, merchantKey, merchantSalt, baseUrl })`. */
  haso: {
    /** The merchant id every request carries. */
    merchantId: 'sim-haso-merchant',
    /** The key request tokens are signed with. */
    merchantKey: 'sim-haso-key',
    /** The salt appended before signing. */
    merchantSalt: 'sim-haso-salt',
  },
  /** `new Licrus({ name, password, baseUrl })`: the Login user. */
  licrus: {
    /** The Login name. */
    name: LICRUS_SIM_USER.name,
    /** The Login password. */
    password: LICRUS_SIM_USER.password,
  },
  /** `new Bip({ username, password, baseUrl: url + '/pgw' })`: HTTP Basic. */
  bip: {
    /** The service's user name. */
    username: 'sim-bip-user',
    /** The service's password. */
    password: 'sim-bip-pass',
  },
} as const;

/** Options of `serveSimulators`. */
export interface SimServerOptions {
  /** Which simulators to serve (default all). */
  providers?: readonly SimProvider[];
  /** Port of the first simulator; the others follow in `SIM_PROVIDERS` order (default 0: ports chosen by the system). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Added to every answer, in ms. */
  latencyMs?: number;
  /** Where BiP posts its listener callbacks (your listener's URL). */
  bipListenerUrl?: string;
  /** Basic credentials BiP sends to your listener. */
  bipListenerCredentials?: {
    /** The user name. */
    username: string;
    /** The password. */
    password: string;
  };
  /** Where the served clocks start (default now); `POST /_sim/clock` moves them on. */
  startTime?: Date;
  /** PayWall's callback hash keys. */
  payWallHashKeys?: {
    /** Key of the 3D return's hash. */
    threeD?: string;
    /** System Webhook key of the general callback's hash. */
    systemWebhook?: string;
  };
}

/** One served simulator. */
export interface ServedSimulator {
  /** Which simulator this is. */
  provider: SimProvider;
  /** Its base URL: give it to a client as `baseUrl` (PayWall: `payWallHostsAt(url)`). */
  url: string;
  /** The credentials it accepts. */
  credentials: Readonly<Record<string, string>>;
  /** The simulator itself, for in-process tests. */
  simulator: Simulator;
}

/** The running simulators, as `serveSimulators` resolves them. */
export interface SimServers {
  /** The simulators, in `SIM_PROVIDERS` order. */
  served: ServedSimulator[];
  /** Stops every server. */
  close(): Promise<void>;
}

// The steps that happen outside the merchant's server, callable over HTTP: `POST /_sim/act/{name}` with the arguments
// as a JSON array. Only these names: the control API is not a way to call anything on the simulator.
const ACTIONS: Record<SimProvider, readonly string[]> = {
  oderopay: ['simulateBankCallback', 'simulateCheckoutPayment', 'simulateWalletPayment'],
  paywall: ['completeThreeD', 'buildGeneralCallback'],
  haso: ['pinFor'],
  licrus: [],
  bip: ['approve', 'reject', 'timeout', 'redeliver'],
};

/** Serves each simulator on its own loopback port with the `/_sim/` control API. */
export async function serveSimulators(options: SimServerOptions = {}): Promise<SimServers> {
  const providers = options.providers ?? SIM_PROVIDERS;
  let offsetMs = 0;
  const start = options.startTime?.getTime() ?? Date.now();
  const began = Date.now();
  // Real time from `startTime` on; `now` adds what `POST /_sim/clock` advanced.
  const base = () => new Date(start + (Date.now() - began));
  const now = () => new Date(base().getTime() + offsetMs);
  const common = options.latencyMs ? { latencyMs: options.latencyMs } : {};
  const served: ServedSimulator[] = [];
  const closers: (() => Promise<void>)[] = [];
  try {
    for (const provider of providers) {
      const simulator = build(provider, options, common, now, base);
      const port = options.port ? options.port + SIM_PROVIDERS.indexOf(provider) : 0;
      const advance = (ms: number) => {
        // PayWall keeps its own clock (its scheduled work runs when it moves); the others read the shared one.
        if (simulator instanceof PayWallSimulator) simulator.advanceTime(ms);
        else offsetMs += ms;
      };
      const handler = withControls(provider, simulator, advance, now);
      const server = await listen(handler, { port, ...(options.host ? { host: options.host } : {}) });
      closers.push(server.close);
      served.push({ provider, url: server.url, credentials: SIM_SERVER_CREDENTIALS[provider], simulator });
    }
  } catch (error) {
    await Promise.all(closers.map((c) => c()));
    throw error;
  }
  return { served, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}

function build(provider: SimProvider, options: SimServerOptions, common: { latencyMs?: number }, now: () => Date, base: () => Date): Simulator {
  switch (provider) {
    case 'oderopay':
      return new OderoPaySimulator({ ...SIM_SERVER_CREDENTIALS.oderopay, ...common });
    case 'paywall':
      return new PayWallSimulator({
        ...SIM_SERVER_CREDENTIALS.paywall,
        ...common,
        ...(options.payWallHashKeys ? { hashKeys: options.payWallHashKeys } : {}),
        now: base,
      });
    case 'haso':
      return new HasoSimulator({ ...SIM_SERVER_CREDENTIALS.haso, ...common, now });
    case 'licrus':
      return new LicrusSimulator({ ...common });
    case 'bip':
      return new BipSimulator({
        ...SIM_SERVER_CREDENTIALS.bip,
        ...common,
        now,
        ...(options.bipListenerUrl ? { listener: { url: options.bipListenerUrl } } : {}),
        ...(options.bipListenerCredentials ? { listenerCredentials: options.bipListenerCredentials } : {}),
      });
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body, null, 2), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** The simulator's own routes, behind `/_sim/…` (no provider path starts with it). */
function withControls(provider: SimProvider, sim: Simulator, advance: (ms: number) => void, now: () => Date) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/_sim/')) return sim.handle(request);
    const route = `${request.method} ${url.pathname}`;
    const body = request.method === 'POST' ? await request.json().catch(() => undefined) : undefined;
    if (route === 'GET /_sim/info')
      return json({ provider, credentials: SIM_SERVER_CREDENTIALS[provider], now: now().toISOString(), actions: ACTIONS[provider] });
    if (route === 'GET /_sim/requests') return json(sim.requests);
    if (route === 'POST /_sim/faults') {
      const { fault, times } = (body ?? {}) as { fault?: Fault; times?: number };
      if (!fault || typeof fault !== 'object' || typeof fault.kind !== 'string') return json({ error: 'give { "fault": { "kind": … }, "times"?: n }' }, 400);
      sim.injectFault(fault, { times: times ?? 1 });
      return json({ queued: fault, times: times ?? 1 });
    }
    if (route === 'DELETE /_sim/faults') return json({ cleared: Boolean(sim.clearFaults()) });
    if (route === 'POST /_sim/clock') {
      const ms = (body as { advanceMs?: unknown } | undefined)?.advanceMs;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return json({ error: 'give { "advanceMs": n } (n ≥ 0)' }, 400);
      advance(ms);
      return json({ advancedMs: ms, now: provider === 'paywall' ? (sim as PayWallSimulator).now().toISOString() : now().toISOString() });
    }
    const act = /^POST \/_sim\/act\/(\w+)$/.exec(route)?.[1];
    if (act !== undefined) {
      if (!ACTIONS[provider].includes(act)) return json({ error: `unknown action; ${provider} has: ${ACTIONS[provider].join(', ') || 'none'}` }, 404);
      const args = Array.isArray(body) ? body : body === undefined ? [] : [body];
      try {
        const result = await (sim as unknown as Record<string, (...a: unknown[]) => unknown>)[act]?.(...args);
        return json({ result: result ?? null });
      } catch (error) {
        return json({ error: error instanceof Error ? error.message : String(error) }, 409);
      }
    }
    return json(
      {
        error: 'unknown control route',
        routes: ['GET /_sim/info', 'GET /_sim/requests', 'POST /_sim/faults', 'DELETE /_sim/faults', 'POST /_sim/clock', 'POST /_sim/act/{name}'],
      },
      404,
    );
  };
}
