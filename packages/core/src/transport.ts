import { defaultFetch } from '#default-fetch';
import { attachResponse } from './answer.js';
import { readBodyText, whenAborted } from './body.js';
import { assertServerSide } from './browser.js';
import { checkTimingOptions, unsafeHeaderValue } from './call-options.js';
import { DIRECT, type DirectSend, type DirectStop } from './direct.js';
import {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  HttpError,
  isOdemeError,
  NetworkError,
  type OdemeError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import { parseRow } from './hot-schemas.js';
import { checkInput, DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.js';
import { catalogsOf, type Locale, localizeError, type MessageCatalog } from './locale.js';
import { createLogger, type Logger, type LogLevel, logEnabled } from './logger.js';
import {
  defaultEncode,
  type EncodeContext,
  type EncodedRequest,
  type HttpMethod,
  type Operation,
  type OperationInput,
  type OperationOutput,
  type ReferenceRule,
} from './operation.js';
import { type CallState, settleError } from './outcome.js';
import { redactHeaders, SecretSet } from './redact.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.js';
import { issuesFromZod } from './schemas.js';
import { buildUrls } from './url.js';

/** The `fetch` signature the SDK needs; the global one, a simulator's, or a framework's all fit. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** What `hooks.onRequest` receives before each attempt is sent. */
export interface RequestEvent {
  /** Operation id, e.g. `payments.create`. */
  operation: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Full URL with query string, with secret-named path and query values replaced. */
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
  /**
   * `fetch` to send with; pass a simulator's for offline tests. By default: on Node, core's `node:http(s)` transport
   * with keep-alive (`@odeme/core/node`, shared by the process's clients) unless the global `fetch` was replaced;
   * elsewhere the global `fetch`.
   */
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
  /** Bounds on request input, checked before anything else (defaults: depth 32, strings 1 MiB, 10 000 items). */
  inputLimits?: Partial<InputLimits>;
  /**
   * Language of error and validation messages: `'en'` (default), or a language's messages imported from the provider
   * package (`import { tr } from '@odeme/oderopay/tr'`, then `locale: tr`). Codes, classes and fields stay the same;
   * only `message` (and `ValidationError.issues[].message`) change, so branch on those, never on text.
   */
  locale?: Locale;
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
  /** HTTP method of the request (absent on answers built by hand, e.g. in tests). */
  readonly method?: string | undefined;
  /** URL of the request, redacted as core shows it (absent on answers built by hand). */
  readonly url?: string | undefined;
}

/** What a provider package tells the executor about itself. */
export interface ProviderRuntime {
  /** Provider id used in errors and logs (`oderopay`, `haso`…). */
  provider: string;
  /** Base URL for an operation (a provider with several hosts picks per operation). */
  baseUrl: (op: Operation) => string;
  /** Default body encoding of the provider's operations (default `json`; `form` is `application/x-www-form-urlencoded`). */
  bodyFormat?: 'json' | 'form';
  /** Provider-wide encoder (used when the operation has none). May be async (e.g. to add a token); `context.signal` ends with the call. */
  encode?: (op: Operation, input: unknown, context: EncodeContext) => EncodedRequest | Promise<EncodedRequest>;
  /** Adds authentication to each attempt (called again on retries, so nonces stay fresh). */
  sign?: (request: OutgoingRequest) => void | Promise<void>;
  /** Turns a raw response into the operation's data, or throws the provider's typed error. */
  unwrap?: (response: RawResponse) => unknown;
  /** Header the provider honours for idempotent retries, if any. */
  idempotencyHeader?: string;
  /** Response headers that carry a request id, checked in order. */
  requestIdHeaders?: readonly string[];
  /** Credential values to scrub from this client's errors, log lines and hook events (values learned later: `addSecret`). */
  secrets?: readonly (string | undefined)[];
  /** The client holds secrets: refuse to start in a browser without `dangerouslyAllowBrowser`. */
  holdsSecrets?: boolean;
  /**
   * How a caller resolves an `unknown` outcome of a money-moving row that says nothing itself (`reference.lookup`);
   * appended to the message of every such error.
   */
  whenUnknown?: (op: Operation) => string | undefined;
}

const DEFAULT_REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id', 'x-amzn-requestid', 'x-trace-id'];
const DEFAULTS = { timeout: 30_000, totalTimeout: 90_000, maxResponseBytes: 8 * 1024 * 1024 };

type CallKind = 'caller' | 'attempt' | 'total';
type Attempt = { response: RawResponse; error?: undefined } | { response?: undefined; error: OdemeError };

/**
 * The one request loop of the SDK: validate, encode, serialise once, sign, send with the platform's `fetch` (never
 * following a redirect), retry when it is safe, decode, unwrap, parse. Holds configuration and this client's secret
 * values only; nothing per call is stored on it.
 *
 * Money-moving rows get their merchant reference before anything is sent; every error of such a call carries
 * `outcome` and `reference`, and the result carries `reference`.
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
  /** The client's logger, level-filtered and redacting (this client's secrets included); provider code may write to it. */
  readonly log: Logger;
  private readonly runtime: ProviderRuntime;
  private readonly options: ClientOptions;
  private readonly policy: RetryPolicy;
  private readonly logLevel: LogLevel;
  private readonly limits: InputLimits;
  private readonly secrets: SecretSet;
  private readonly catalogs: readonly MessageCatalog[] | undefined;

  constructor(runtime: ProviderRuntime, options: ClientOptions = {}) {
    const catalogs = catalogsOf(options?.locale);
    try {
      if (runtime.holdsSecrets) assertServerSide(runtime.provider, options.dangerouslyAllowBrowser);
      checkClientOptions(options, runtime.provider);
    } catch (error) {
      if (catalogs) localizeError(error, catalogs);
      throw error;
    }
    this.catalogs = catalogs;
    this.provider = runtime.provider;
    this.runtime = runtime;
    this.options = options;
    this.secrets = new SecretSet(runtime.secrets);
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry, maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries };
    this.logLevel = options.logLevel ?? 'warn';
    this.limits = { ...DEFAULT_INPUT_LIMITS, ...options.inputLimits };
    this.log = createLogger(options.logger, this.logLevel, this.secrets);
  }

  /** Adds a secret learned after construction (a login ticket): scrubbed from this client's errors, logs and hook events. */
  addSecret(value: string | undefined): void {
    this.secrets.add(value);
  }

  /** Forgets a secret that is no longer in use (a replaced ticket), so the set does not grow. */
  removeSecret(value: string | undefined): void {
    this.secrets.remove(value);
  }

  /**
   * Rewrites an error in the client's `locale` (in place) and returns it; for errors provider code throws outside
   * `call` (a callback that does not verify). With the default locale it returns the error unchanged.
   */
  localize<E>(error: E): E {
    if (this.catalogs) localizeError(error, this.catalogs);
    return error;
  }

  /** Redacts text with the patterns and this client's secret values; for provider code that logs or builds messages. */
  redact(text: string): string {
    return this.secrets.text(text);
  }

  /**
   * Runs one operation row and returns its parsed, typed data. With a provider's transport factory and its
   * individually exported rows, this is the smallest way to call a provider: a bundle keeps only the rows used.
   */
  async call<O extends Operation>(op: O, input: OperationInput<O>, callOptions: CallOptions = {}): Promise<OperationOutput<O>> {
    const state: CallState = { reference: undefined, reached: false };
    try {
      return (await this.run(op, input, callOptions, state)) as OperationOutput<O>;
    } catch (error) {
      const lookup = op.movesMoney ? (op.reference?.lookup ?? this.runtime.whenUnknown?.(op)) : undefined;
      throw settleError(error, this.secrets, op.movesMoney, state, lookup, this.catalogs);
    }
  }

  private async run(op: Operation, input: unknown, callOptions: CallOptions, state: CallState): Promise<unknown> {
    const ctx = { provider: this.provider, operation: op.id };
    if (callOptions === null || typeof callOptions !== 'object') throw new ConfigurationError(`${op.id}: call options must be an object`, ctx);
    checkTimingOptions(callOptions, `${op.id} call options`, this.provider);
    const signal = callOptions.signal;

    // Hostile shapes are refused before the schema sees them: deep nesting must not overflow the stack.
    const limits = op.inputLimits ? rowLimits(this.limits, op.inputLimits) : this.limits;
    const shape = checkInput(input, limits);
    if (shape) throw new ValidationError([shape], ctx);
    // The reference is known before anything can fail: a generated one goes through the row's schema like any input.
    const candidate = op.movesMoney && op.reference ? withReference(op.reference, input, state) : input;
    if (signal?.aborted) throw new AbortError(`${op.id} was aborted before it was sent`, ctx);
    const request = parseRow(op.request, candidate);
    if (!request.success) throw new ValidationError(issuesFromZod(request.error), ctx);
    const parsed = request.data;
    if (op.movesMoney && op.reference) state.reference = referenceOf(op.reference, parsed) ?? state.reference;

    const attemptTimeout = callOptions.timeout ?? this.options.timeout ?? DEFAULTS.timeout;
    const deadline = Date.now() + (callOptions.totalTimeout ?? this.options.totalTimeout ?? DEFAULTS.totalTimeout);
    const encoding = this.encode(op, parsed, signal, deadline);
    const encoded = isThenable(encoding) ? await encoding : encoding;
    const { url, shown } = withContext(() => buildUrls(this.runtime.baseUrl(op), op.path, encoded), ctx);
    const format = op.bodyFormat ?? this.runtime.bodyFormat ?? 'json';
    let body: string | undefined;
    try {
      body = encoded.body === undefined ? undefined : serialiseBody(encoded.body, format);
    } catch (cause) {
      const path = checkInput(encoded.body, limits)?.path ?? '';
      throw new ValidationError([{ path, message: `value cannot be sent as ${format}: ${describe(cause)}`, code: 'unserialisable' }], ctx);
    }

    const baseHeaders: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined)
      baseHeaders['content-type'] = format === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded; charset=utf-8';
    // Values that come from the input (header-borne parameters) are checked like any field: a CR/LF must not split a header.
    const headerIssues: ValidationIssue[] = [];
    for (const [name, value] of Object.entries(encoded.headers ?? {})) {
      const problem = unsafeHeaderValue(value);
      if (problem) headerIssues.push({ path: name, message: `${problem} (sent as a header)`, code: 'invalid_header_value' });
    }
    if (headerIssues.length) throw new ValidationError(headerIssues, ctx);
    Object.assign(baseHeaders, this.options.headers, encoded.headers, callOptions.headers);

    let retryable = op.retryable ?? !op.movesMoney;
    if (callOptions.idempotencyKey !== undefined) {
      if (this.runtime.idempotencyHeader) {
        const problem = unsafeHeaderValue(callOptions.idempotencyKey);
        if (problem) throw new ConfigurationError(`${op.id}: idempotencyKey ${problem}`, ctx);
        baseHeaders[this.runtime.idempotencyHeader] = callOptions.idempotencyKey;
        retryable = true;
      } else if (!retryable) {
        this.log.warn(`${this.provider} has no documented idempotency header: ${op.id} will not be retried automatically`);
      }
    }
    const maxRetries = retryable ? (callOptions.maxRetries ?? this.policy.maxRetries) : 0;

    for (let attempt = 0; ; attempt++) {
      const headers = new Headers(baseHeaders);
      const outgoing: OutgoingRequest = { operation: op, method: op.method, url, headers, body, attempt };
      if (this.runtime.sign) await this.runtime.sign(outgoing);
      const result = await this.send(outgoing, shown, attemptTimeout, deadline, signal, state);

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
      return this.finish(op, result.response, state.reference);
    }
  }

  /**
   * Runs the row's or the provider's encoder. It may itself call the provider (a login for a ticket): it gets a signal
   * that ends with the caller's signal or the call's total budget, and is raced against it, so no step a call waits on
   * can outlive that call. An encoder that answers at once (no promise) has nothing to wait on: its answer is used as
   * it is, and its signal is only made if it reads it.
   */
  private encode(op: Operation, parsed: unknown, signal: AbortSignal | undefined, deadline: number): EncodedRequest | Promise<EncodedRequest> {
    if (!op.encode && !this.runtime.encode) return defaultEncode(op, parsed);
    const ctx = { provider: this.provider, operation: op.id };
    const remaining = Math.max(0, deadline - Date.now());
    let controller: AbortController | undefined;
    const stopper = () => (controller ??= new AbortController());
    const context: EncodeContext = {
      get signal() {
        return stopper().signal;
      },
      deadline,
    };
    const work = op.encode ? op.encode(parsed, context) : (this.runtime.encode as NonNullable<ProviderRuntime['encode']>)(op, parsed, context);
    if (!isThenable(work)) return work;
    const stop = stopper();
    let stoppedBy: CallKind | undefined;
    const timer = setTimeout(() => {
      stoppedBy = 'total';
      stop.abort(new TimeoutError(`${op.id} ran out of its total time before it was sent`, { ...ctx, timeoutMs: remaining, kind: 'total' }));
    }, remaining);
    const onAbort = () => {
      stoppedBy = 'caller';
      stop.abort(new AbortError(`${op.id} was aborted before it was sent`, { ...ctx, cause: signal?.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    return Promise.race([Promise.resolve(work), whenAborted(stop.signal)])
      .catch((error: unknown) => {
        // A step that failed because this call's budget or signal ended reports that, not its own wording of it.
        throw stoppedBy && stop.signal.reason ? stop.signal.reason : error;
      })
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      });
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

  private async send(
    req: OutgoingRequest,
    shownUrl: string,
    attemptTimeout: number,
    deadline: number,
    signal: AbortSignal | undefined,
    state: CallState,
  ): Promise<Attempt> {
    const ctx = { provider: this.provider, operation: req.operation.id };
    const remaining = deadline - Date.now();
    if (remaining <= 0) return { error: new TimeoutError(`${req.operation.id} ran out of its total time`, { ...ctx, timeoutMs: remaining, kind: 'total' }) };
    const limit = Math.min(attemptTimeout, remaining);
    const timeoutKind: CallKind = attemptTimeout < remaining ? 'attempt' : 'total';
    const fetcher = (this.options.fetch ?? defaultFetch()) as FetchLike & { [DIRECT]?: DirectSend };
    const direct = fetcher[DIRECT];
    // What ends this attempt: the Web path aborts the signal it gave `fetch`; core's own Node transport is told directly.
    const controller = direct ? undefined : new AbortController();
    const stop: DirectStop = {};
    let stoppedBy: CallKind | undefined;
    const halt = (by: CallKind) => {
      stoppedBy = by;
      if (controller) controller.abort();
      else {
        stop.stopped = true;
        stop.onStop?.();
      }
    };
    const timer = setTimeout(() => halt(timeoutKind), limit);
    const onAbort = () => halt('caller');
    signal?.addEventListener('abort', onAbort, { once: true });
    // The signal may have fired while the request was being signed: the listener above would never run.
    if (signal?.aborted) onAbort();
    const started = Date.now();
    const hooks = this.options.hooks;
    const op = req.operation.id;
    if (hooks?.onRequest)
      hooks.onRequest({ operation: op, method: req.method, url: this.secrets.text(shownUrl), attempt: req.attempt, headers: this.redactHeaders(req.headers) });
    if (logEnabled(this.logLevel, 'debug')) this.log.debug(`→ ${req.method} ${shownUrl} (${op}, attempt ${req.attempt + 1})`);
    let connectRefused = false;
    const reachedBefore = state.reached;
    try {
      if (stoppedBy === 'caller') throw new Error('aborted before sending');
      state.reached = true;
      const maxBytes = this.options.maxResponseBytes ?? DEFAULTS.maxResponseBytes;
      let status: number;
      let headers: Headers;
      let text: string | undefined;
      if (direct) {
        // Core's own Node transport: same request, no redirect followed, the body read up to the limit, ended by
        // `halt` like the signal of the Web path, with no Web Response in between.
        ({ status, headers, text } = await direct(req.url, req.method, req.headers, req.body, maxBytes, stop));
        if (status >= 300 && status < 400) return { error: this.redirectError(req, shownUrl, status, headers) };
      } else {
        const attempt = (controller as AbortController).signal;
        // `manual`: a 3xx comes back as it is. Following it would re-send the signed body (card number included) to
        // whatever origin the Location names.
        const sending = fetcher(req.url, { method: req.method, headers: req.headers, body: req.body, signal: attempt, redirect: 'manual' });
        // Raced against the attempt's own signal: a fetch that misses the abort must not hold the call past its timeouts.
        const res = await Promise.race([sending, whenAborted(attempt)]).catch((e: unknown) => {
          // A late answer of an abandoned attempt is dropped unread (and a late failure is not unhandled).
          sending.then(
            (late) => late.body?.cancel().catch(() => {}),
            () => {},
          );
          throw e;
        });
        if (isRedirect(res)) {
          await res.body?.cancel().catch(() => {});
          return { error: this.redirectError(req, shownUrl, res.type === 'opaqueredirect' ? undefined : res.status, res.headers) };
        }
        ({ status, headers } = res);
        // A fetch that ignores the abort signal once headers arrived (a simulator, a framework's fetch) would let a
        // stalled body hang past every timeout: each read also ends when the attempt is stopped.
        text = await readBodyText(res, maxBytes, attempt);
      }
      if (text === undefined) throw new UnexpectedResponseError(`${op}: response larger than ${maxBytes} bytes was refused`, { ...ctx, status });
      const raw = this.rawResponse(req, shownUrl, status, headers, text);
      const durationMs = Date.now() - started;
      hooks?.onResponse?.({ operation: op, status: raw.status, attempt: req.attempt, durationMs, requestId: raw.requestId });
      if (logEnabled(this.logLevel, 'debug')) this.log.debug(`← ${raw.status} ${op} in ${durationMs} ms`);
      return { response: raw };
    } catch (cause) {
      if (stoppedBy === 'caller') {
        if (!state.reached) throw new AbortError(`${op} was aborted before it was sent`, { ...ctx, cause: signal?.reason });
        throw new AbortError(`${op} was aborted by the caller`, { ...ctx, cause: signal?.reason });
      }
      if (stoppedBy)
        return {
          error: new TimeoutError(`${op} timed out after ${limit} ms`, { ...ctx, timeoutMs: limit, kind: stoppedBy === 'attempt' ? 'attempt' : 'total' }),
        };
      if (isOdemeError(cause)) return { error: cause };
      connectRefused = refusedBeforeSending(cause);
      return { error: new NetworkError(`${op} could not reach ${this.provider}: ${describe(cause)}`, { ...ctx, cause }) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // A connection that was refused carried no byte: it does not make the outcome unknown.
      if (connectRefused) state.reached = reachedBefore;
    }
  }

  /** `status` is `undefined` for a browser's opaque answer to a redirect (`redirect: 'manual'`). */
  private redirectError(req: OutgoingRequest, shownUrl: string, status: number | undefined, headers: Headers): HttpError {
    const location = headers.get('location');
    let target = 'an unknown origin';
    if (location) {
      try {
        target = new URL(location, req.url).origin;
      } catch {
        target = 'an unreadable location';
      }
    }
    return new HttpError(
      `${req.operation.id}: ${this.provider} answered with a redirect${status ? ` (${status})` : ''} to ${target}; redirects are never followed`,
      {
        provider: this.provider,
        operation: req.operation.id,
        status,
        location: target,
        method: req.method,
        url: this.secrets.text(shownUrl),
      },
    );
  }

  private redactHeaders(headers: Headers): Record<string, string> {
    const out = redactHeaders(headers);
    for (const k of Object.keys(out)) out[k] = this.secrets.scrub(out[k] as string);
    return out;
  }

  private rawResponse(req: OutgoingRequest, shownUrl: string, status: number, headers: Headers, text: string): RawResponse {
    const op = req.operation;
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
    let found: string | null = null;
    for (const h of this.runtime.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS) {
      found = headers.get(h);
      if (found) break;
    }
    // Redacted when first read (an error, a hook), not on every call: a UUID costs the patterns ~10 µs.
    const secrets = this.secrets;
    let requestId: string | undefined;
    let url: string | undefined;
    return {
      operation: op,
      provider: this.provider,
      method: req.method,
      get url() {
        url ??= secrets.text(shownUrl);
        return url;
      },
      status,
      ok: status >= 200 && status < 300,
      headers,
      text,
      json,
      isJson,
      get requestId() {
        if (requestId === undefined && found) requestId = secrets.text(found);
        return requestId;
      },
    };
  }

  /**
   * Unwraps and parses the answer. A field that is present but not in its documented shape is dropped with a warning
   * when the schema can do without it: a payment that went through is never reported as a failure over an
   * informational field. What identifies and settles the operation is required by the schema, so it cannot be dropped.
   */
  private finish(op: Operation, raw: RawResponse, reference: string | undefined): unknown {
    let data: unknown;
    try {
      data = this.runtime.unwrap ? this.runtime.unwrap(raw) : defaultUnwrap(raw);
    } catch (error) {
      // A 401 the provider did not explain in its own envelope is still a credential problem, not an outage.
      if (error instanceof HttpError && error.status === 401)
        throw new AuthenticationError(`${op.id}: ${this.provider} refused the credentials (HTTP 401)`, { ...responseContext(raw), cause: error });
      throw error;
    }
    let parsed = parseRow(op.response, data);
    if (!parsed.success && data !== null && typeof data === 'object') {
      const copy = structuredClone(data) as Record<string, unknown>;
      const dropped: string[] = [];
      for (let round = 0; round < 3 && !parsed.success; round++) {
        let removed = false;
        for (const issue of parsed.error.issues)
          if (issue.path.length > 0 && removeAt(copy, issue.path)) {
            dropped.push(issue.path.join('.'));
            removed = true;
          }
        if (!removed) break;
        parsed = parseRow(op.response, copy);
      }
      if (parsed.success) this.log.warn(`${op.id}: ${this.provider} answered with fields not in their documented shape, left out: ${dropped.join(', ')}`);
    }
    if (!parsed.success) {
      throw new UnexpectedResponseError(`${op.id}: the response is not in the documented shape`, {
        ...responseContext(raw),
        issues: issuesFromZod(parsed.error),
      });
    }
    const out = parsed.data;
    attachResponse(out, {
      status: raw.status,
      headers: raw.headers,
      get requestId() {
        return raw.requestId;
      },
      data,
    });
    if (reference !== undefined && out !== null && typeof out === 'object' && !Array.isArray(out) && !Object.hasOwn(out, 'reference'))
      (out as Record<string, unknown>).reference = reference;
    return out;
  }
}

/** Client options that would fail later, or send a charge and abandon it at once, are refused at construction. */
function checkClientOptions(options: ClientOptions, provider: string): void {
  if (options === null || typeof options !== 'object') throw new ConfigurationError(`${provider}: client options must be an object`, { provider });
  checkTimingOptions(options, `${provider} client options`, provider);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new ConfigurationError(`${provider}: fetch must be a function`, { provider });
  const locale = options.locale as unknown;
  if (locale === 'tr')
    throw new ConfigurationError(`${provider}: locale 'tr' needs the Turkish messages: import { tr } from '@odeme/${provider}/tr' and pass locale: tr`, {
      provider,
    });
  if (locale !== undefined && locale !== 'en' && !isLocaleMessages(locale))
    throw new ConfigurationError(`${provider}: locale must be 'en' or the messages of a language (tr from '@odeme/${provider}/tr')`, { provider });
  const bytes = options.maxResponseBytes;
  if (bytes !== undefined && (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0))
    throw new ConfigurationError(`${provider}: maxResponseBytes must be a whole number of bytes greater than 0`, { provider });
  for (const [name, v] of Object.entries(options.retry ?? {}))
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new ConfigurationError(`${provider}: retry.${name} must be a number of milliseconds, 0 or more`, { provider });
  for (const [name, v] of Object.entries(options.inputLimits ?? {}))
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
      throw new ConfigurationError(`${provider}: inputLimits.${name} must be a whole number greater than 0`, { provider });
}

function isLocaleMessages(value: unknown): boolean {
  const v = value as { language?: unknown; catalogs?: unknown } | null;
  return typeof v === 'object' && v !== null && (v.language === 'en' || v.language === 'tr') && Array.isArray(v.catalogs);
}

/**
 * The input with the row's reference: the caller's, or one generated when the caller left it out and the row may.
 * Records it on the call state at once, so that even an abort before validation reports it. A dotted `field`
 * (`PaymentDetail.MerchantUniqueCode`) is followed through nested objects; a generated value is written into copies
 * of them, never into the caller's objects.
 */
function withReference(rule: ReferenceRule, input: unknown, state: CallState): unknown {
  const parts = rule.field.split('.');
  const given = valueAt(input, parts);
  if (!isBlank(given)) {
    if (typeof given === 'string' || typeof given === 'number') state.reference = String(given);
    return input;
  }
  // Only an absent value is generated: an empty string is the caller's mistake, left for the schema to refuse.
  if (!rule.generate || given === '' || !isRecord(valueAt(input, parts.slice(0, -1)))) return input;
  const made = rule.generate();
  state.reference = made;
  return withValueAt(input as Record<string, unknown>, parts, made);
}

/** The reference as the schema left it (a transform may have normalised it). */
function referenceOf(rule: ReferenceRule, parsed: unknown): string | undefined {
  const value = valueAt(parsed, rule.field.split('.'));
  return typeof value === 'string' || typeof value === 'number' ? (isBlank(value) ? undefined : String(value)) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function valueAt(root: unknown, parts: readonly string[]): unknown {
  let node = root;
  for (const part of parts) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  return node;
}

function withValueAt(node: Record<string, unknown>, parts: readonly string[], value: string): Record<string, unknown> {
  const [head, ...rest] = parts as [string, ...string[]];
  return { ...node, [head]: rest.length === 0 ? value : withValueAt(node[head] as Record<string, unknown>, rest, value) };
}

const isThenable = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as { then?: unknown } | null)?.then === 'function';

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function withContext<T>(build: () => T, ctx: { provider: string; operation: string }): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof ValidationError) throw new ValidationError(e.issues, ctx);
    throw e;
  }
}

/** A 3xx, or the opaque answer a browser's `fetch` gives for one under `redirect: 'manual'`; or a fetch that followed anyway. */
function isRedirect(res: Response): boolean {
  return res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400) || res.redirected === true;
}

/** True when the connection was refused or the host unknown: no byte of the request left the process. */
function refusedBeforeSending(cause: unknown): boolean {
  for (let c: unknown = cause, depth = 0; c && depth < 4; c = (c as { cause?: unknown }).cause, depth++) {
    const code = (c as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return true;
  }
  return false;
}

/** Deletes the value at a zod issue path in a cloned answer; false when there is nothing there to delete. */
function removeAt(root: Record<string, unknown>, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1] as PropertyKey;
  if (node === null || typeof node !== 'object' || !Object.hasOwn(node, last)) return false;
  if (Array.isArray(node)) return false; // an element of a list is data, not an informational field
  delete (node as Record<PropertyKey, unknown>)[last];
  return true;
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
    /** Parsed JSON, or the text of a non-JSON body; the error redacts it, then keeps its first 2,000 characters. */
    body: raw.isJson ? raw.json : raw.text,
    /** HTTP method of the request. */
    method: raw.method,
    /** URL of the request, redacted. */
    url: raw.url,
  };
}

/**
 * Non-2xx without a recognised provider envelope → `HttpError` (the Transport turns a 401 into an
 * `AuthenticationError`); 2xx that is not JSON → `UnexpectedResponseError`.
 */
export function defaultUnwrap(raw: RawResponse): unknown {
  if (!raw.ok) throw new HttpError(`${raw.operation.id}: HTTP ${raw.status} from ${raw.provider}`, responseContext(raw));
  if (!raw.isJson && raw.text.trim() !== '')
    throw new UnexpectedResponseError(`${raw.operation.id}: ${raw.provider} answered with a body that is not JSON`, responseContext(raw));
  return raw.json;
}

/** The bounds of one row: each the larger of the client's and the row's own (`Operation.inputLimits`). */
function rowLimits(client: InputLimits, row: Partial<InputLimits>): InputLimits {
  return {
    maxDepth: Math.max(client.maxDepth, row.maxDepth ?? 0),
    maxStringLength: Math.max(client.maxStringLength, row.maxStringLength ?? 0),
    maxItems: Math.max(client.maxItems, row.maxItems ?? 0),
  };
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
