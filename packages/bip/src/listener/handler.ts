import {
  ConfigurationError,
  catalogsOf,
  createLogger,
  type Logger,
  type LogLevel,
  localizeError,
  type OdemeError,
  readBodyText,
  SecretSet,
  SignatureVerificationError,
  ValidationError,
} from '@odeme/core';
import type { ListenerParseOptions } from '../schemas/listener.js';
import type { BipListenerEvent } from '../types/index.js';
import { type BipListenerCredentials, basicCredentialsMatch } from './auth.js';
import { parseListenerPayload } from './parse.js';

/** What the merchant's callback receives besides the event. */
export interface BipListenerContext<Extra> {
  /** The incoming request (its body has been read). */
  request: Request;
  /** The callback as sent (its JSON, parsed): the fields the event does not model are here. */
  body: unknown;
  /** Whatever the host passed as the handler's second argument (a Worker's `env`/`ctx`, a framework context…). */
  extra: Extra | undefined;
  /**
   * True when the call carried exactly the configured Basic credentials. BiP signs nothing: the credentials cover the
   * whole call alike (they prove who sent it, not any one field), so there is no verified/unverified split of the
   * event. False only on a listener built with `allowUnauthenticated: true`: then nothing in the event is proven.
   */
  authenticated: boolean;
}

/** Options of `createBipListener`. */
export interface BipListenerOptions<Extra = unknown> extends ListenerParseOptions {
  /**
   * Called once per valid callback, before the answer is sent. Keep it short (record the outcome, queue the
   * delivery): Turkcell expects a quick reply. Throwing makes the listener answer 500 instead of SUCCESS.
   * Successful and failed payments both arrive here: branch on `event.succeeded`; a failed one carries `event.decline`
   * (a `PaymentDeclinedError`: `reason`, `shopperMessage('tr')`, the code in `providerCode`). Check
   * `event.transactionId` against your own orders and act on each one once: a replayed callback looks the same.
   */
  onPayment: (event: BipListenerEvent, context: BipListenerContext<Extra>) => void | Promise<void>;
  /**
   * Credentials Turkcell was given for your listener URL. Calls without exactly these Basic credentials get 401 and
   * never reach `onPayment`. Required, unless `allowUnauthenticated` is `true`: BiP signs nothing, so these
   * credentials are the only proof that a "payment succeeded" call comes from Turkcell.
   */
  credentials?: BipListenerCredentials;
  /**
   * Accept calls without credentials (a listener behind your own gateway that checks them, or a test). Every call then
   * reaches `onPayment` with `authenticated: false`, and a warning is logged when the listener is built. Without
   * `credentials` and without this, `createBipListener` throws a `ConfigurationError`.
   */
  allowUnauthenticated?: boolean;
  /** Told about every refused call (forged credentials, malformed or unreadable body) and every `onPayment` failure. */
  onError?: (error: OdemeError | unknown, request: Request) => void;
  /** Largest body accepted, in bytes (default 256 KiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Where refusals and the unauthenticated warning are logged (default `console`, redacted). */
  logger?: Logger;
  /** Default `warn`. */
  logLevel?: LogLevel;
}

/** A Web-standard request handler: Workers, Deno, Bun, Next.js route handlers, or Node through an adapter. */
export type BipListenerHandler<Extra = unknown> = (request: Request, extra?: Extra) => Promise<Response>;

/** Result code the handler uses in its own non-success answers; Turkcell's reaction to them is not documented. */
export const BIP_LISTENER_ERROR_CODE = -1;

const ctx = { provider: 'bip', operation: 'listener' };

/**
 * Builds the merchant's Listener Service endpoint: checks the Basic credentials, validates the payload completely,
 * then calls `onPayment` and answers `{transactionId, resultCode: 0, resultDesc: "SUCCESS"}`. A refused call is
 * answered 4xx (401 credentials, 400 unreadable or already-read body or not JSON, 413 too large, 422 wrong shape) and
 * reported through `onError`; `onPayment` never sees it. The handler never throws. Without `credentials`, it must be
 * built with `allowUnauthenticated: true` (a `ConfigurationError` otherwise).
 */
export function createBipListener<Extra = unknown>(options: BipListenerOptions<Extra>): BipListenerHandler<Extra> {
  const catalogs = catalogsOf(options?.locale);
  // The refusals the handler makes itself, in the listener's `locale` (parseListenerPayload does its own).
  const localized = <E>(error: E): E => {
    if (catalogs) localizeError(error, catalogs);
    return error;
  };
  let credentials: BipListenerCredentials | undefined;
  try {
    credentials = checkOptions(options);
  } catch (error) {
    throw localized(error);
  }
  // The listener's password is scrubbed from its own log lines, as a client's secrets are from its logs.
  const log = createLogger(options.logger, options.logLevel ?? 'warn', new SecretSet([credentials?.password]));
  if (!credentials) log.warn('bip listener: built with allowUnauthenticated: anyone who can reach it can report a payment as successful');
  const maxBytes = options.maxBodyBytes ?? 256 * 1024;
  const refuse = (request: Request, error: OdemeError, status: number, resultDesc: string, extra: Record<string, unknown> = {}) => {
    log.warn(`bip listener refused a call (${status} ${resultDesc}): ${error.message}`);
    try {
      options.onError?.(error, request);
    } catch {
      // A failing error hook must not turn a refusal into a thrown handler.
    }
    const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Basic realm="bip-listener", charset="UTF-8"' } : {};
    return reply({ ...extra, resultCode: BIP_LISTENER_ERROR_CODE, resultDesc }, status, headers);
  };
  const unreadable = (request: Request, why: string) =>
    refuse(request, localized(new ValidationError([{ path: '', message: `listener body ${why}`, code: 'unreadable_body' }], ctx)), 400, 'UNREADABLE_BODY');

  return async (request, extra) => {
    if (request.method !== 'POST') return reply({ resultCode: BIP_LISTENER_ERROR_CODE, resultDesc: 'METHOD_NOT_ALLOWED' }, 405, { allow: 'POST' });
    if (credentials && !basicCredentialsMatch(request.headers.get('authorization'), credentials)) {
      const error = localized(new SignatureVerificationError('bip listener: wrong or missing credentials (HTTP Basic)', ctx));
      return refuse(request, error, 401, 'UNAUTHORIZED');
    }
    if (request.bodyUsed) return unreadable(request, 'was already read (by a framework or a middleware)');
    let body: string | undefined;
    try {
      body = await readBodyText(request, maxBytes);
    } catch {
      return unreadable(request, 'could not be read (the connection broke or the stream failed)');
    }
    if (body === undefined) {
      const error = localized(new ValidationError([{ path: '', message: `listener body is larger than ${maxBytes} bytes`, code: 'too_big' }], ctx));
      return refuse(request, error, 413, 'PAYLOAD_TOO_LARGE');
    }
    // Parsed once: the event, the refusal's echo and `context.body` all read this.
    const json = jsonOf(body);
    let event: BipListenerEvent;
    try {
      // Text that is not JSON goes in as text, for the parser's own "not JSON" refusal.
      event = parseListenerPayload(json ?? body, options);
    } catch (e) {
      const error = e as ValidationError;
      const notJson = error.issues?.[0]?.code === 'invalid_json';
      return refuse(request, error, notJson ? 400 : 422, notJson ? 'INVALID_JSON' : 'INVALID_PAYLOAD', {
        ...transactionIdOf(json),
        issues: error.issues?.map((i) => ({ path: i.path, message: i.message })),
      });
    }
    try {
      await options.onPayment(event, { request, body: json, extra, authenticated: credentials !== undefined });
    } catch (e) {
      log.error(`bip listener: onPayment failed for transaction ${event.transactionId}`);
      try {
        options.onError?.(e, request);
      } catch {
        // As above: the answer is 500 whatever the hook does.
      }
      return reply({ transactionId: event.transactionId, resultCode: BIP_LISTENER_ERROR_CODE, resultDesc: 'LISTENER_ERROR' }, 500);
    }
    return reply({ transactionId: event.transactionId, resultCode: 0, resultDesc: 'SUCCESS' }, 200);
  };
}

/** Checks the options; the configured credentials, or `undefined` for a listener built with `allowUnauthenticated`. */
function checkOptions<Extra>(options: BipListenerOptions<Extra>): BipListenerCredentials | undefined {
  if (!options || typeof options.onPayment !== 'function') throw new ConfigurationError('bip listener: onPayment is required', ctx);
  const credentials = checkCredentials(options.credentials);
  if (!credentials && options.allowUnauthenticated !== true)
    throw new ConfigurationError(
      'bip listener: give credentials (the Basic username and password Turkcell sends), or allowUnauthenticated: true to accept calls nobody authenticated',
      ctx,
    );
  return credentials;
}

/** The configured credentials, both halves non-empty text; `undefined` when none were given. */
function checkCredentials(value: BipListenerCredentials | undefined): BipListenerCredentials | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || typeof value.username !== 'string' || typeof value.password !== 'string' || value.password === '')
    throw new ConfigurationError('bip listener: credentials need a username and a non-empty password', ctx);
  // A Basic header splits at the first ':' (RFC 7617 §2), so such a username could never match: refuse it now.
  if (value.username.includes(':')) throw new ConfigurationError("bip listener: the username must not contain ':' (HTTP Basic cannot carry it)", ctx);
  return { username: value.username, password: value.password };
}

function reply(body: Record<string, unknown>, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** The body's JSON (a leading byte-order mark allowed), or `undefined` when it is not JSON. */
function jsonOf(body: string): unknown {
  try {
    return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch {
    return undefined;
  }
}

/** Echoes the transaction id of a refused body when one can be read, so the caller can correlate. */
function transactionIdOf(json: unknown): { transactionId?: string } {
  const id = json !== null && typeof json === 'object' ? (json as { transactionId?: unknown }).transactionId : undefined;
  return typeof id === 'string' || typeof id === 'number' ? { transactionId: String(id) } : {};
}
