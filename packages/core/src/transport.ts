import ky, { type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { readBodyText, whenAborted } from './body.js';
import { assertServerSide } from './browser.js';
import { AbortError, HttpError, isOdemeError, NetworkError, type OdemeError, TimeoutError, UnexpectedResponseError, ValidationError } from './errors.js';
import { issueMessage } from './issues.js';
import { createLogger, type Logger, type LogLevel, logEnabled } from './logger.js';
import { defaultEncode, type EncodedRequest, encodeUriPart, fillPath, type HttpMethod, type Operation, type OperationInput, type OperationOutput } from './operation.js';
import { redactHeaders, registerSecret } from './redact.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.js';
import { issuesFromZod, parseOrThrow } from './schemas.js';

/** The `fetch` signature the SDK needs; the global one, a simulator's, or a framework's all fit. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** What `hooks.onRequest` receives before each attempt is sent. */
export interface RequestEvent {
  /** Operation id, e.g. `payments.create`. */
  operation: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Full URL with query string. */
  url: string;
  /** 0 for the first attempt, 1 for the first retry… */
  attempt: number;
  /** Redacted copy. */
  headers: Record<string, string>;
}
/** What `hooks.onResponse` receives when an attempt's answer has been read (any status). */
export interface ResponseEvent {
  /** Operation id, e.g. `payments.create`. */
  operation: string;
  /** HTTP status. */
  status: number;
  /** 0 for the first attempt, 1 for the first retry… */
  attempt: number;
  /** From sending to the end of the body, in ms. */
  durationMs: number;
  /** The provider's request id, when a response header carries one. */
  requestId: string | undefined;
}
/** What `hooks.onRetry` receives before the Transport waits and sends again. */
export interface RetryEvent {
  /** Operation id, e.g. `payments.get`. */
  operation: string;
  /** The attempt about to be sent (1 for the first retry). */
  attempt: number;
  /** Wait before it, in ms (backoff or `Retry-After`). */
  delayMs: number;
  /** Why: an error code (`network_error`, `timeout`) or `HTTP 503`. */
  reason: string;
}

/** Observability hooks. They receive redacted data and cannot change the request. */
export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?: (event: RequestEvent) => void;
  /** When an attempt's answer has been read, whatever its status. */
  onResponse?: (event: ResponseEvent) => void;
  /** Before waiting for a retry. */
  onRetry?: (event: RetryEvent) => void;
}

/** Options every provider client accepts. */
export interface ClientOptions {
  /** Overrides the provider's base URL (or gives it where the provider has no public default). */
  baseUrl?: string;
  /** `fetch` to send with: the global one by default; pass a simulator's for offline tests. */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms (default 30 000). */
  timeout?: number;
  /** Whole-call budget in ms, retries and backoff included (default 90 000). */
  totalTimeout?: number;
  /** Automatic retries for reads (default 2; 0 disables). Money-moving calls never retry without an honoured idempotency key. */
  maxRetries?: number;
  /** Finer backoff settings. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>>;
  /** Where log lines go (default `console`); every line is redacted. */
  logger?: Logger;
  /** Lowest level written (default `warn`). */
  logLevel?: LogLevel;
  /** Observability callbacks (metrics, tracing); they see redacted data only. */
  hooks?: Hooks;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Responses larger than this are refused (default 8 MiB). */
  maxResponseBytes?: number;
  /** Allow a client holding secrets to run in a browser page. Off by default. */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of one call. */
export interface CallOptions {
  /** Aborts the call (`AbortError`), including during retry backoff. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for this call; overrides the client's. */
  timeout?: number;
  /** Whole-call budget in ms for this call, retries included; overrides the client's. */
  totalTimeout?: number;
  /** Retries for this call; overrides the client's. Has no effect on a money-moving call that cannot be retried. */
  maxRetries?: number;
  /** Sent in the provider's idempotency header where it has one; makes a money-moving call retryable. */
  idempotencyKey?: string;
  /** Extra headers for this call; they win over the client's. */
  headers?: Record<string, string>;
}

/** The request as it will be sent; `sign` may add headers. The body is final: sign these exact bytes. */
export interface OutgoingRequest {
  /** The operation row being called. */
  readonly operation: Operation;
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Full URL with query string, as sent. */
  readonly url: string;
  /** Request headers; `sign` adds its own here. */
  readonly headers: Headers;
  /** The serialised body exactly as it will be sent (`undefined` for none): sign this string. */
  readonly body: string | undefined;
  /** 0 for the first attempt, 1 for the first retry… (`sign` runs again for each). */
  readonly attempt: number;
}

/** The response as read, before the provider's envelope is unwrapped. */
export interface RawResponse {
  /** The operation row that was called. */
  readonly operation: Operation;
  /** Provider id, for error contexts. */
  readonly provider: string;
  /** HTTP status. */
  readonly status: number;
  /** True for a 2xx status. */
  readonly ok: boolean;
  /** Response headers. */
  readonly headers: Headers;
  /** The body as text (UTF-8 decoded). */
  readonly text: string;
  /** Parsed JSON, or `undefined` for an empty or non-JSON body. */
  readonly json: unknown;
  /** True when the body parsed as JSON. */
  readonly isJson: boolean;
  /** The provider's request id, from the first of `requestIdHeaders` present. */
  readonly requestId: string | undefined;
}

/** What a provider package tells the executor about itself. */
export interface ProviderRuntime {
  /** Provider id used in errors and logs (`oderopay`, `haso`…). */
  provider: string;
  /** Base URL for an operation (a provider with several hosts picks per operation). */
  baseUrl: (op: Operation) => string;
  /** Default body encoding of the provider's operations (default `json`; `form` is `application/x-www-form-urlencoded`). */
  bodyFormat?: 'json' | 'form';
  /** Provider-wide encoder (used when the operation has none). May be async (e.g. to add a token). */
  encode?: (op: Operation, input: unknown) => EncodedRequest | Promise<EncodedRequest>;
  /** Adds authentication to each attempt (called again on retries, so nonces stay fresh). */
  sign?: (request: OutgoingRequest) => void | Promise<void>;
  /** Turns a raw response into the operation's data, or throws the provider's typed error. */
  unwrap?: (response: RawResponse) => unknown;
  /** Header the provider honours for idempotent retries, if any. */
  idempotencyHeader?: string;
  /** Response headers that carry a request id, checked in order. */
  requestIdHeaders?: readonly string[];
  /** Credential values to scrub from every error and log line. */
  secrets?: readonly (string | undefined)[];
  /** The client holds secrets: refuse to start in a browser without `dangerouslyAllowBrowser`. */
  holdsSecrets?: boolean;
}

const DEFAULT_REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id', 'x-amzn-requestid', 'x-trace-id'];
const DEFAULTS = { timeout: 30_000, totalTimeout: 90_000, maxResponseBytes: 8 * 1024 * 1024 };

type CallKind = 'caller' | 'attempt' | 'total';
type Attempt = { response: RawResponse; error?: undefined } | { response?: undefined; error: OdemeError };

/**
 * The one request loop of the SDK: validate, encode, serialise once, sign, send, retry when it is safe,
 * decode, unwrap, parse. Holds configuration only; nothing per call is stored on it.
 *
 * @example
 * const transport = new Transport(
 *   {
 *     provider: 'ledger',
 *     holdsSecrets: true,
 *     secrets: [secret],
 *     baseUrl: () => 'https://ledger.example',
 *     sign: async (req) => {
 *       req.headers.set('x-signature', await hmacSha256Base64(secret, `${req.method}\n${new URL(req.url).pathname}\n${req.body ?? ''}`));
 *     },
 *   },
 *   { timeout: 10_000, fetch: sim.fetch },
 * );
 * const charge = await transport.call(getCharge, { id: 'ch_1' }, { signal: AbortSignal.timeout(30_000) });
 */
export class Transport {
  /** Provider id from the runtime (`oderopay`, `haso`…). */
  readonly provider: string;
  /** The client's logger, level-filtered and redacting; provider code may write to it. */
  readonly log: Logger;
  private readonly runtime: ProviderRuntime;
  private readonly options: ClientOptions;
  private readonly policy: RetryPolicy;
  private readonly logLevel: LogLevel;
  private readonly http: KyInstance;

  constructor(runtime: ProviderRuntime, options: ClientOptions = {}) {
    if (runtime.holdsSecrets) assertServerSide(runtime.provider, options.dangerouslyAllowBrowser);
    for (const s of runtime.secrets ?? []) registerSecret(s);
    this.provider = runtime.provider;
    this.runtime = runtime;
    this.options = options;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry, maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries };
    this.logLevel = options.logLevel ?? 'warn';
    this.log = createLogger(options.logger, this.logLevel);
    const userFetch = options.fetch;
    // Retries and timeouts are ours (one timer per attempt); ky only sends.
    this.http = ky.create({
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      fetch: userFetch ? (i, init) => userFetch(i, init) : (i, init) => globalThis.fetch(i, init),
    });
  }

  /**
   * Runs one operation row and returns its parsed, typed data. With a provider's transport factory and its
   * individually exported rows, this is the smallest way to call a provider: a bundle keeps only the rows used.
   */
  async call<O extends Operation>(op: O, input: OperationInput<O>, callOptions: CallOptions = {}): Promise<OperationOutput<O>> {
    const ctx = { provider: this.provider, operation: op.id };
    const signal = callOptions.signal;
    if (signal?.aborted) throw new AbortError(`${op.id} was aborted before it was sent`, ctx);

    const parsed = parseOrThrow(op.request, input, ctx);
    // Checked before encoding, which may already talk to the provider (a login for a ticket).
    const unsendable = unserialisablePath(parsed);
    if (unsendable !== undefined)
      throw new ValidationError([{ path: unsendable, message: 'value cannot be sent: a BigInt or a circular reference', code: 'unserialisable' }], ctx);
    const encoded = op.encode ? await op.encode(parsed) : this.runtime.encode ? await this.runtime.encode(op, parsed) : defaultEncode(op, parsed);
    let url: string;
    try {
      url = buildUrl(this.runtime.baseUrl(op), op.path, encoded);
    } catch (e) {
      if (e instanceof ValidationError) throw new ValidationError(e.issues, ctx);
      throw e;
    }
    const format = op.bodyFormat ?? this.runtime.bodyFormat ?? 'json';
    let body: string | undefined;
    try {
      body = encoded.body === undefined ? undefined : serialiseBody(encoded.body, format);
    } catch (cause) {
      // BigInt, circular structures…: refused before sending, naming the field, never an untyped TypeError.
      const path = unserialisablePath(encoded.body) ?? '';
      throw new ValidationError([{ path, message: `value cannot be sent as ${format}: ${describe(cause)}`, code: 'unserialisable' }], ctx);
    }

    const baseHeaders: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined)
      baseHeaders['content-type'] = format === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded; charset=utf-8';
    Object.assign(baseHeaders, this.options.headers, encoded.headers, callOptions.headers);

    let retryable = op.retryable ?? !op.movesMoney;
    if (callOptions.idempotencyKey !== undefined) {
      if (this.runtime.idempotencyHeader) {
        baseHeaders[this.runtime.idempotencyHeader] = callOptions.idempotencyKey;
        retryable = true;
      } else if (!retryable) {
        this.log.warn(`${this.provider} has no documented idempotency header: ${op.id} will not be retried automatically`);
      }
    }
    const maxRetries = retryable ? (callOptions.maxRetries ?? this.policy.maxRetries) : 0;
    const attemptTimeout = callOptions.timeout ?? this.options.timeout ?? DEFAULTS.timeout;
    const deadline = Date.now() + (callOptions.totalTimeout ?? this.options.totalTimeout ?? DEFAULTS.totalTimeout);

    for (let attempt = 0; ; attempt++) {
      const headers = new Headers(baseHeaders);
      const outgoing: OutgoingRequest = { operation: op, method: op.method, url, headers, body, attempt };
      if (this.runtime.sign) await this.runtime.sign(outgoing);
      const result = await this.send(outgoing, attemptTimeout, deadline, signal);

      if (attempt < maxRetries) {
        const delay = this.retryDelay(result, attempt);
        if (delay !== undefined && Date.now() + delay < deadline) {
          const reason = result.error ? result.error.code : `HTTP ${result.response?.status}`;
          this.options.hooks?.onRetry?.({ operation: op.id, attempt: attempt + 1, delayMs: delay, reason });
          this.log.info(`retrying ${op.id} in ${delay} ms after ${reason}`);
          await sleep(delay, signal, ctx);
          continue;
        }
      }
      if (result.error) throw result.error;
      return this.finish(op, result.response) as OperationOutput<O>;
    }
  }

  /** Backoff before the next attempt, or `undefined` when this outcome is not worth retrying. */
  private retryDelay(result: Attempt, attempt: number): number | undefined {
    if (result.error) {
      const e = result.error;
      const transient = e instanceof NetworkError || (e instanceof TimeoutError && e.kind === 'attempt');
      return transient ? backoffDelay(attempt, this.policy) : undefined;
    }
    const res = result.response;
    if (!isRetryableStatus(res.status)) return undefined;
    const after = parseRetryAfter(res.headers.get('retry-after'));
    if (after !== undefined) return after <= this.policy.maxRetryAfterMs ? after : undefined;
    return backoffDelay(attempt, this.policy);
  }

  private async send(req: OutgoingRequest, attemptTimeout: number, deadline: number, signal: AbortSignal | undefined): Promise<Attempt> {
    const ctx = { provider: this.provider, operation: req.operation.id };
    const remaining = deadline - Date.now();
    if (remaining <= 0) return { error: new TimeoutError(`${req.operation.id} ran out of its total time`, { ...ctx, timeoutMs: remaining, kind: 'total' }) };
    const limit = Math.min(attemptTimeout, remaining);
    const timeoutKind: CallKind = attemptTimeout < remaining ? 'attempt' : 'total';
    const controller = new AbortController();
    let stoppedBy: CallKind | undefined;
    const timer = setTimeout(() => {
      stoppedBy = timeoutKind;
      controller.abort();
    }, limit);
    const onAbort = () => {
      stoppedBy = 'caller';
      controller.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // The signal may have fired while the request was being signed: the listener above would never run.
    if (signal?.aborted) onAbort();
    const started = Date.now();
    const hooks = this.options.hooks;
    if (hooks?.onRequest)
      hooks.onRequest({ operation: req.operation.id, method: req.method, url: req.url, attempt: req.attempt, headers: redactHeaders(req.headers) });
    if (logEnabled(this.logLevel, 'debug')) this.log.debug(`→ ${req.method} ${req.url} (${req.operation.id}, attempt ${req.attempt + 1})`);
    try {
      // Raced against the attempt's own signal: a fetch that misses the abort (one that ignores signals, or a
      // combined signal lost to garbage collection) must not hold the call past its timeouts.
      const sending = this.http(req.url, { method: req.method, headers: req.headers, body: req.body, signal: controller.signal });
      const res = await Promise.race([sending, whenAborted(controller.signal)]).catch((e: unknown) => {
        // A late answer of an abandoned attempt is dropped unread (and a late failure is not unhandled).
        sending.then((late) => late.body?.cancel().catch(() => {}), () => {});
        throw e;
      });
      const text = await readLimited(res, this.options.maxResponseBytes ?? DEFAULTS.maxResponseBytes, ctx, controller.signal);
      const raw = this.rawResponse(req.operation, res, text);
      const durationMs = Date.now() - started;
      hooks?.onResponse?.({ operation: req.operation.id, status: raw.status, attempt: req.attempt, durationMs, requestId: raw.requestId });
      if (logEnabled(this.logLevel, 'debug')) this.log.debug(`← ${raw.status} ${req.operation.id} in ${durationMs} ms`);
      return { response: raw };
    } catch (cause) {
      if (stoppedBy === 'caller') throw new AbortError(`${req.operation.id} was aborted by the caller`, { ...ctx, cause: signal?.reason });
      if (stoppedBy)
        return {
          error: new TimeoutError(`${req.operation.id} timed out after ${limit} ms`, {
            ...ctx,
            timeoutMs: limit,
            kind: stoppedBy === 'attempt' ? 'attempt' : 'total',
          }),
        };
      if (isOdemeError(cause)) return { error: cause };
      return { error: new NetworkError(`${req.operation.id} could not reach ${this.provider}: ${describe(cause)}`, { ...ctx, cause }) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private rawResponse(op: Operation, res: Response, text: string): RawResponse {
    let json: unknown;
    let isJson = false;
    const trimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (trimmed.trim() !== '') {
      try {
        json = JSON.parse(trimmed);
        isJson = true;
      } catch {
        json = undefined;
      }
    }
    let requestId: string | undefined;
    for (const h of this.runtime.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS) {
      const v = res.headers.get(h);
      if (v) {
        requestId = v;
        break;
      }
    }
    return { operation: op, provider: this.provider, status: res.status, ok: res.ok, headers: res.headers, text, json, isJson, requestId };
  }

  private finish(op: Operation, raw: RawResponse): unknown {
    const data = this.runtime.unwrap ? this.runtime.unwrap(raw) : defaultUnwrap(raw);
    const parsed = z.safeParse(op.response, data, { error: issueMessage });
    if (!parsed.success) {
      throw new UnexpectedResponseError(`${op.id}: the response is not in the documented shape`, {
        provider: this.provider,
        operation: op.id,
        status: raw.status,
        requestId: raw.requestId,
        body: raw.isJson ? raw.json : raw.text.slice(0, 2000),
        issues: issuesFromZod(parsed.error),
      });
    }
    return parsed.data;
  }
}

/**
 * Context fields for errors raised about a raw response: spread it into a `ProviderError`'s context.
 *
 * @example
 * throw new ProviderError(`refused: ${err.message}`, { ...responseContext(raw), providerCode: err.code, providerMessage: err.message });
 */
export function responseContext(raw: RawResponse) {
  return {
    /** Provider id. */
    provider: raw.provider,
    /** Operation id. */
    operation: raw.operation.id,
    /** HTTP status. */
    status: raw.status,
    /** The provider's request id, if any. */
    requestId: raw.requestId,
    /** Parsed JSON, or the first 2,000 characters of a non-JSON body; the error redacts it. */
    body: raw.isJson ? raw.json : raw.text.slice(0, 2000),
  };
}

/** Non-2xx without a recognised provider envelope → `HttpError`; 2xx that is not JSON → `UnexpectedResponseError`. */
export function defaultUnwrap(raw: RawResponse): unknown {
  if (!raw.ok) throw new HttpError(`${raw.operation.id}: HTTP ${raw.status} from ${raw.provider}`, responseContext(raw));
  if (!raw.isJson && raw.text.trim() !== '')
    throw new UnexpectedResponseError(`${raw.operation.id}: ${raw.provider} answered with a body that is not JSON`, responseContext(raw));
  return raw.json;
}

function buildUrl(base: string, path: string, encoded: EncodedRequest): string {
  let url = base.replace(/\/+$/, '') + fillPath(path, encoded.pathParams);
  const q = encoded.query;
  if (q) {
    // RFC 3986 encoding (a space is %20, never '+'): providers that sign the decoded URL see what was sent.
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(q)) if (v !== undefined) pairs.push(`${encodeUriPart(k, k)}=${encodeUriPart(String(v), k)}`);
    if (pairs.length) url += (url.includes('?') ? '&' : '?') + pairs.join('&');
  }
  return url;
}

/** Serialises a body once; the returned string is what gets signed and sent. */
export function serialiseBody(body: unknown, format: 'json' | 'form'): string {
  if (typeof body === 'string') return body;
  if (format === 'json') return JSON.stringify(body);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    params.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  return params.toString();
}

/** Dotted path of the first value `JSON.stringify` cannot write (a BigInt or a circular reference), if any. */
function unserialisablePath(value: unknown, path: string[] = [], ancestors: object[] = []): string | undefined {
  if (typeof value === 'bigint') return path.join('.');
  if (value === null || typeof value !== 'object') return undefined;
  if (ancestors.includes(value)) return path.join('.');
  // One shared path and ancestor stack, pushed and popped: no array copies per node on the hot path.
  ancestors.push(value);
  for (const [k, v] of Object.entries(value)) {
    path.push(k);
    const found = unserialisablePath(v, path, ancestors);
    path.pop();
    if (found !== undefined) {
      ancestors.pop();
      return found;
    }
  }
  ancestors.pop();
  return undefined;
}

/** The body as text; larger than `limit` is an `UnexpectedResponseError`. A stalled body ends with the attempt. */
async function readLimited(res: Response, limit: number, ctx: { provider: string; operation: string }, signal?: AbortSignal): Promise<string> {
  // A fetch that ignores the abort signal once headers arrived (a simulator, a framework's fetch) would let a
  // stalled body hang past every timeout: each read also ends when the attempt is stopped.
  const text = await readBodyText(res, limit, signal);
  if (text === undefined) throw new UnexpectedResponseError(`${ctx.operation}: response larger than ${limit} bytes was refused`, { ...ctx, status: res.status });
  return text;
}

function sleep(ms: number, signal: AbortSignal | undefined, ctx: { provider: string; operation: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError(`${ctx.operation} was aborted by the caller`, { ...ctx, cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(t);
      reject(new AbortError(`${ctx.operation} was aborted during retry backoff`, { ...ctx, cause: signal?.reason }));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}
