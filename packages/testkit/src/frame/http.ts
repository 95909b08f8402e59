/** A request as a route handler sees it: body read once, parsed as JSON or form where it is one. */
export interface SimRequest {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The full request URL (query in `url.searchParams`). */
  readonly url: URL;
  /** The URL's path, without query. */
  readonly path: string;
  /** Request headers. */
  readonly headers: Headers;
  /** The raw body text (empty for GET/HEAD): what a signature check must use. */
  readonly text: string;
  /** Parsed JSON body (`undefined` when absent or not JSON). */
  readonly json: unknown;
  /** Parsed form body (`undefined` unless the body is form-encoded). */
  readonly form: URLSearchParams | undefined;
  /** Values of `{placeholders}` in the matched route pattern. */
  readonly params: Record<string, string>;
}

/** What a handler returns: a status, a JSON (or text) body and headers. */
export interface SimReply {
  /** HTTP status (default 200). */
  status?: number;
  /** A string is sent as text; anything else as JSON; `undefined` sends no body. */
  body?: unknown;
  /** Response headers. */
  headers?: Record<string, string>;
}

/**
 * Thrown by handlers to answer early (auth failure, validation error…).
 *
 * @example
 * sim.route('GET', '/v1/charges/{id}', (r) => {
 *   if (!r.headers.get('x-api-key')) throw new SimReject({ status: 401, body: { error: { code: 'unauthorized' } } });
 *   return { body: { data: charges.get(r.params.id) } };
 * });
 */
export class SimReject extends Error {
  constructor(
    /** The answer the simulator sends instead of the handler's. */
    readonly reply: SimReply,
  ) {
    super(`simulator rejected the request with ${reply.status ?? 400}`);
  }
}

/** A handler's reply as a `Response`: JSON with `application/json; charset=utf-8`, text as `text/plain` unless typed. */
export function toResponse(reply: SimReply): Response {
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  if (reply.body === undefined || status === 204) return new Response(null, { status, headers });
  if (typeof reply.body === 'string') {
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain; charset=utf-8');
    return new Response(reply.body, { status, headers });
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(reply.body), { status, headers });
}

/** Reads and parses a Request's body once. */
export async function readSimRequest(request: Request, params: Record<string, string> = {}): Promise<SimRequest> {
  const url = new URL(request.url);
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  let json: unknown;
  let form: URLSearchParams | undefined;
  const type = request.headers.get('content-type') ?? '';
  if (text) {
    if (type.includes('application/x-www-form-urlencoded')) form = new URLSearchParams(text);
    else {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
  }
  return { method: request.method, url, path: url.pathname, headers: request.headers, text, json, form, params };
}
