import { redactText, redactValue } from './redact.js';

/** Marker shared across realms and duplicated installs: `instanceof` fails there, the symbol does not. */
const ODEME_ERROR = Symbol.for('odeme.error');

/** Stable machine-readable codes; branch on these (or on the classes), never on messages. */
export type OdemeErrorCode =
  | 'configuration_error'
  | 'validation_error'
  | 'provider_error'
  | 'payment_declined'
  | 'http_error'
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'unexpected_response'
  | 'signature_verification_failed';

export interface OdemeErrorOptions {
  provider?: string | undefined;
  operation?: string | undefined;
  cause?: unknown;
}

/** Root of every error the SDK throws. Messages and `toJSON()` are redacted at construction. */
export class OdemeError extends Error {
  readonly code: OdemeErrorCode = 'configuration_error';
  /** Provider id (`oderopay`, `haso`, …) or `core`. */
  readonly provider: string;
  /** Operation id (`payments.create`), when the error belongs to one call. */
  readonly operation: string | undefined;

  constructor(message: string, options: OdemeErrorOptions = {}) {
    super(redactText(message));
    this.name = new.target.name;
    this.provider = options.provider ?? 'core';
    this.operation = options.operation;
    if (options.cause !== undefined) {
      // Causes can carry raw bodies or secrets: keep only a redacted summary.
      Object.defineProperty(this, 'cause', { value: summariseCause(options.cause), enumerable: false, writable: true, configurable: true });
    }
    Object.defineProperty(this, ODEME_ERROR, { value: true });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) out[k] = v;
    return redactValue({ name: this.name, message: this.message, ...out, code: this.code }) as Record<string, unknown>;
  }
}

function summariseCause(cause: unknown): unknown {
  if (cause instanceof Error) {
    if (isOdemeError(cause)) return cause;
    const safe = new Error(redactText(cause.message));
    safe.name = cause.name;
    safe.stack = `${safe.name}: ${safe.message}`;
    return safe;
  }
  return redactValue(cause);
}

/** True for any odeme error, from any copy of the package. */
export function isOdemeError(value: unknown): value is OdemeError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ODEME_ERROR] === true;
}

/** The client was built with options it cannot work with (missing base URL, missing credentials, browser guard). */
export class ConfigurationError extends OdemeError {
  override readonly code: OdemeErrorCode = 'configuration_error';
}

export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `basketItems.0.price`; empty for the whole input. */
  path: string;
  message: string;
  code?: string | undefined;
}

/** The request was refused before anything was sent. */
export class ValidationError extends OdemeError {
  override readonly code: OdemeErrorCode = 'validation_error';
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], options: OdemeErrorOptions = {}) {
    const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    super(`Invalid request${options.operation ? ` for ${options.operation}` : ''}: ${list}`, options);
    // Paths can carry caller-supplied keys (record fields): redacted like messages.
    this.issues = issues.map((i) => ({ ...i, path: redactText(i.path), message: redactText(i.message) }));
  }

  /** The distinct field paths that failed. */
  get fields(): string[] {
    return [...new Set(this.issues.map((i) => i.path))];
  }
}

export interface ResponseContext extends OdemeErrorOptions {
  status?: number | undefined;
  requestId?: string | undefined;
  /** Raw body, redacted before it is stored. */
  body?: unknown;
}

abstract class ResponseError extends OdemeError {
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;

  constructor(message: string, context: ResponseContext = {}) {
    super(message, context);
    this.status = context.status;
    this.requestId = context.requestId;
    this.body = context.body === undefined ? undefined : redactValue(context.body);
  }
}

export interface ProviderErrorContext extends ResponseContext {
  providerCode?: string | undefined;
  providerMessage?: string | undefined;
  group?: string | undefined;
  /** Extra provider-specific facts worth keeping (e.g. HASO's KkbPhones). */
  details?: Record<string, unknown> | undefined;
}

/** The provider answered and refused the request. */
export class ProviderError extends ResponseError {
  override readonly code: OdemeErrorCode = 'provider_error';
  readonly providerCode: string | undefined;
  readonly providerMessage: string | undefined;
  readonly group: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, context: ProviderErrorContext = {}) {
    super(message, context);
    this.providerCode = context.providerCode;
    this.providerMessage = context.providerMessage === undefined ? undefined : redactText(context.providerMessage);
    this.group = context.group;
    this.details = context.details === undefined ? undefined : (redactValue(context.details) as Record<string, unknown>);
  }
}

/** A bank or issuer declined the payment (insufficient funds, do not honour…). */
export class PaymentDeclinedError extends ProviderError {
  override readonly code: OdemeErrorCode = 'payment_declined';
}

/** A non-2xx answer that is not a provider refusal in the provider's own envelope. */
export class HttpError extends ResponseError {
  override readonly code: OdemeErrorCode = 'http_error';
}

/** The 2xx answer is not in the documented shape (not JSON, truncated, wrong fields). */
export class UnexpectedResponseError extends ResponseError {
  override readonly code: OdemeErrorCode = 'unexpected_response';
  readonly issues: ValidationIssue[] | undefined;

  constructor(message: string, context: ResponseContext & { issues?: ValidationIssue[] } = {}) {
    super(message, context);
    this.issues = context.issues;
  }
}

/** The request could not reach the provider, or the connection broke. */
export class NetworkError extends OdemeError {
  override readonly code: OdemeErrorCode = 'network_error';
}

/** An attempt or the whole call ran out of time. */
export class TimeoutError extends OdemeError {
  override readonly code: OdemeErrorCode = 'timeout';
  readonly timeoutMs: number;
  readonly kind: 'attempt' | 'total';

  constructor(message: string, options: OdemeErrorOptions & { timeoutMs: number; kind: 'attempt' | 'total' }) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.kind = options.kind;
  }
}

/** The caller's AbortSignal fired. */
export class AbortError extends OdemeError {
  override readonly code: OdemeErrorCode = 'aborted';
}

/** A callback or redirect carried a signature or credentials that do not verify. */
export class SignatureVerificationError extends OdemeError {
  override readonly code: OdemeErrorCode = 'signature_verification_failed';
}
