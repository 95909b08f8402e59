import { createLogger, type Logger, type LogLevel, type OdemeError, readBodyText, SignatureVerificationError, ValidationError } from '@odeme/core';
import type { BipListenerEvent, ListenerParseOptions } from '../schemas/listener.js';
import { type BipListenerCredentials, basicCredentialsMatch } from './auth.js';
import { parseListenerPayload } from './parse.js';

/** What the merchant's callback receives besides the event. */
export interface BipListenerContext<Extra> {
  /** The incoming request (its body has been read). */
  request: Request;
  /** Whatever the host passed as the handler's second argument (a Worker's `env`/`ctx`, a framework context…). */
  extra: Extra | undefined;
}

/** Options of `createBipListener`. */
export interface BipListenerOptions<Extra = unknown> extends ListenerParseOptions {
  /**
   * Called once per valid callback, before the answer is sent. Keep it short (record the outcome, queue the
   * delivery): Turkcell expects a quick reply. Throwing makes the listener answer 500 instead of SUCCESS.
   * Successful and failed payments both arrive here: branch on `event.succeeded` / `event.resultCode`.
   */
  onPayment: (event: BipListenerEvent, context: BipListenerContext<Extra>) => void | Promise<void>;
  /**
   * Credentials Turkcell was given for your listener URL. When set, calls without exactly these Basic
   * credentials get 401 and never reach `onPayment`. The documentation says only that Basic is used, not
   * whose credentials, so this is optional, but strongly advised.
   */
  credentials?: BipListenerCredentials;
  /** Told about every refused call (forged credentials, malformed body) and every `onPayment` failure. */
  onError?: (error: OdemeError | unknown, request: Request) => void;
  /** Largest body accepted, in bytes (default 256 KiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Where refusals are logged (default `console`, redacted). */
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
 * Builds the merchant's Listener Service endpoint: checks Basic credentials (when configured), validates the
 * payload completely, then calls `onPayment` and answers `{transactionId, resultCode: 0, resultDesc: "SUCCESS"}`.
 * A refused call is answered 4xx and reported through `onError`; `onPayment` never sees it.
 */
export function createBipListener<Extra = unknown>(options: BipListenerOptions<Extra>): BipListenerHandler<Extra> {
  const log = createLogger(options.logger, options.logLevel ?? 'warn');
  const maxBytes = options.maxBodyBytes ?? 256 * 1024;
  const refuse = (request: Request, error: OdemeError, status: number, resultDesc: string, extra: Record<string, unknown> = {}) => {
    log.warn(`bip listener refused a call (${status} ${resultDesc}): ${error.message}`);
    options.onError?.(error, request);
    const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Basic realm="bip-listener", charset="UTF-8"' } : {};
    return reply({ ...extra, resultCode: BIP_LISTENER_ERROR_CODE, resultDesc }, status, headers);
  };

  return async (request, extra) => {
    if (request.method !== 'POST') return reply({ resultCode: BIP_LISTENER_ERROR_CODE, resultDesc: 'METHOD_NOT_ALLOWED' }, 405, { allow: 'POST' });
    if (options.credentials && !basicCredentialsMatch(request.headers.get('authorization'), options.credentials)) {
      const error = new SignatureVerificationError('bip listener: wrong or missing credentials (HTTP Basic)', ctx);
      return refuse(request, error, 401, 'UNAUTHORIZED');
    }
    const body = await readBodyText(request, maxBytes);
    if (body === undefined) {
      const error = new ValidationError([{ path: '', message: `listener body is larger than ${maxBytes} bytes`, code: 'too_big' }], ctx);
      return refuse(request, error, 413, 'PAYLOAD_TOO_LARGE');
    }
    let event: BipListenerEvent;
    try {
      event = parseListenerPayload(body, options);
    } catch (e) {
      const error = e as ValidationError;
      const notJson = error.issues?.[0]?.code === 'invalid_json';
      return refuse(request, error, notJson ? 400 : 422, notJson ? 'INVALID_JSON' : 'INVALID_PAYLOAD', {
        ...transactionIdOf(body),
        issues: error.issues?.map((i) => ({ path: i.path, message: i.message })),
      });
    }
    try {
      await options.onPayment(event, { request, extra });
    } catch (e) {
      log.error(`bip listener: onPayment failed for transaction ${event.transactionId}`);
      options.onError?.(e, request);
      return reply({ transactionId: event.transactionId, resultCode: BIP_LISTENER_ERROR_CODE, resultDesc: 'LISTENER_ERROR' }, 500);
    }
    return reply({ transactionId: event.transactionId, resultCode: 0, resultDesc: 'SUCCESS' }, 200);
  };
}

function reply(body: Record<string, unknown>, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** Echoes the transaction id of a refused body when one can be read, so the caller can correlate. */
function transactionIdOf(body: string): { transactionId?: string } {
  try {
    const id = (JSON.parse(body) as { transactionId?: unknown }).transactionId;
    return typeof id === 'string' || typeof id === 'number' ? { transactionId: String(id) } : {};
  } catch {
    return {};
  }
}
