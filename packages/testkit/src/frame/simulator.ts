import { CHALLENGE_CSS, CHALLENGE_CSS_PATH } from './challenge.js';
import type { Fault, FaultRule } from './faults.js';
import { SimulatedNetworkError } from './faults.js';
import { readSimRequest, SimReject, type SimReply, type SimRequest, toResponse } from './http.js';

/** A route's handler: returns a `SimReply` (or a ready `Response`), or throws `SimReject` to answer early. */
export type RouteHandler = (request: SimRequest) => SimReply | Response | Promise<SimReply | Response>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
}

/** One request the simulator received, as tests inspect it. */
export interface RecordedRequest {
  /** HTTP method. */
  method: string;
  /** URL path, without query. */
  path: string;
  /** Full URL as requested. */
  url: string;
  /** Request headers, names lower-cased (secrets included: this is a test log). */
  headers: Record<string, string>;
  /** Body text as received (empty when no route matched or a fault answered first). */
  body: string;
  /** Status answered, or `fault` when an injected fault answered or dropped the request. */
  status: number | 'fault';
}

/** Options every simulator accepts. */
export interface SimulatorOptions {
  /** Added to every answer (ms); default 0. */
  latencyMs?: number;
}

/**
 * A provider simulator: routes, state kept by subclasses, a request log and fault injection.
 * `sim.fetch` has the `fetch` signature, so it can be handed to any client in any runtime.
 *
 * @example
 * const keys = { apiKey: 'demo-api-key', secretKey: 'demo-secret-key' };
 * const sim = new OderoPaySimulator(keys);
 * const odero = new OderoPay({ ...keys, environment: 'sandbox', fetch: sim.fetch });
 * sim.injectFault({ kind: 'status', status: 503 }, { times: 2 }); // the next two requests answer 503
 * await odero.payments.retrieve({ id: paymentId }); // a read: retried, the third attempt gets through
 * sim.count('GET'); // 3
 */
export class Simulator {
  /** Provider id (`oderopay`, `haso`…), used in the simulator's own messages. */
  readonly name: string;
  /** Every request received, in order, including those a fault answered. */
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private faults: FaultRule[] = [];
  private readonly latencyMs: number;

  constructor(name: string, options: SimulatorOptions = {}) {
    this.name = name;
    this.latencyMs = options.latencyMs ?? 0;
    // The bank pages' stylesheet, from the simulator's own origin (their policy allows no inline style).
    this.route('GET', CHALLENGE_CSS_PATH, () => ({ body: CHALLENGE_CSS, headers: { 'content-type': 'text/css; charset=utf-8' } }));
    // Browsers ask every origin for one; an empty answer keeps their consoles clean.
    this.route('GET', '/favicon.ico', () => ({ status: 204 }));
  }

  /** Registers a route; `{name}` segments become `request.params.name`. */
  route(method: string, path: string, handler: RouteHandler): this {
    const names: string[] = [];
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, n: string) => {
      names.push(n);
      return '([^/]+)';
    });
    this.routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  /** Plays `fault` for the next `times` matching requests (default 1). */
  injectFault(fault: Fault, options: { times?: number; match?: (method: string, path: string) => boolean } = {}): this {
    this.faults.push({ fault, times: options.times ?? 1, match: options.match });
    return this;
  }

  /** Drops every fault not yet played. */
  clearFaults(): this {
    this.faults = [];
    return this;
  }

  /** Requests received, optionally only those of a method and path prefix. */
  count(method?: string, pathPrefix?: string): number {
    return this.requests.filter((r) => (!method || r.method === method) && (!pathPrefix || r.path.startsWith(pathPrefix))).length;
  }

  /**
   * The `fetch` to inject into a client: records the request, plays a queued fault if one matches, then runs the
   * matching route (404 when none). A `reset` or `drop-response` fault rejects with a `TypeError`, as `fetch` does.
   *
   * @example
   * const keys = { apiKeyPublic: 'pk', apiClientPublic: 'pc', apiKeyPrivate: 'sk', apiClientPrivate: 'sc' };
   * const sim = new PayWallSimulator(keys);
   * const paywall = new PayWall({ ...keys, environment: 'test', fetch: sim.fetch }); // routes match on the path: any host works
   */
  readonly fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    const url = new URL(request.url);
    const fault = this.takeFault(request.method, url.pathname);
    const record: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: '',
      status: 'fault',
    };
    this.requests.push(record);
    if (this.latencyMs > 0) await wait(this.latencyMs, signal);
    if (fault) {
      const early = await this.playFaultBefore(fault, signal);
      if (early) return early;
    }
    const response = await this.dispatch(request, record);
    if (fault?.kind === 'drop-response') throw new SimulatedNetworkError('fetch failed: connection dropped after the request was processed');
    if (fault?.kind === 'malformed') return malformed(fault);
    return response;
  };

  /** Same as `fetch`, for frameworks that want a `(Request) => Promise<Response>` handler. */
  readonly handle = (request: Request): Promise<Response> => this.fetch(request);

  private takeFault(method: string, path: string): Fault | undefined {
    const rule = this.faults.find((f) => f.times > 0 && (!f.match || f.match(method, path)));
    if (!rule) return undefined;
    rule.times -= 1;
    this.faults = this.faults.filter((f) => f.times > 0);
    return rule.fault;
  }

  private async playFaultBefore(fault: Fault, signal: AbortSignal | null | undefined): Promise<Response | undefined> {
    switch (fault.kind) {
      case 'status':
        return new Response(fault.body ?? '', { status: fault.status, headers: fault.headers });
      case 'latency':
        await wait(fault.ms, signal);
        return undefined;
      case 'stall':
        await wait(Number.POSITIVE_INFINITY, signal);
        return undefined;
      case 'reset':
        throw new SimulatedNetworkError();
      default:
        return undefined;
    }
  }

  private async dispatch(request: Request, record: RecordedRequest): Promise<Response> {
    const url = new URL(request.url);
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const m = route.pattern.exec(url.pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1] as string);
      });
      const simRequest = await readSimRequest(request, params);
      record.body = simRequest.text;
      let response: Response;
      try {
        const out = await route.handler(simRequest);
        response = out instanceof Response ? out : toResponse(out);
      } catch (e) {
        if (!(e instanceof SimReject)) throw e;
        response = toResponse(e.reply);
      }
      record.status = response.status;
      return response;
    }
    record.status = 404;
    return toResponse({ status: 404, body: { error: `${this.name} simulator: no route for ${request.method} ${url.pathname}` } });
  }
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted', 'AbortError'));
    if (signal?.aborted) return abort();
    const t = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener(
      'abort',
      () => {
        if (t !== undefined) clearTimeout(t);
        abort();
      },
      { once: true },
    );
  });
}

function malformed(fault: Extract<Fault, { kind: 'malformed' }>): Response {
  switch (fault.body) {
    case 'html':
      return new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    case 'empty':
      return new Response('', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'truncated':
      return new Response('{"data":{"id":"12', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'wrong-shape':
      return new Response('[1,2,3]', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'huge':
      return new Response(`{"data":"${'x'.repeat(fault.bytes ?? 10 * 1024 * 1024)}"}`, { status: 200, headers: { 'content-type': 'application/json' } });
  }
}
