import { type DeclineReason, isDeclineReason, type ShopperLocale, shopperMessage, suggestsAnotherCard } from './decline.js';
import { redactText, redactValue } from './redact.js';

/** Marker shared across realms and duplicated installs: `instanceof` fails there, the symbol does not. */
const ODEME_ERROR = Symbol.for('odeme.error');
/**
 * Each error's merchant reference, held beside the error rather than on it (see `OdemeError.reference`). Weakly held,
 * and shared through `Symbol.for` so that two installed copies of core read the same entries.
 */
const REFERENCES = sharedReferences();
function sharedReferences(): WeakMap<object, string> {
  const slot = Symbol.for('odeme.error.references');
  const holder = globalThis as Record<symbol, WeakMap<object, string> | undefined>;
  const existing = holder[slot];
  if (existing) return existing;
  const made = new WeakMap<object, string>();
  holder[slot] = made;
  return made;
}

/** Sets the reference of an error leaving a money-moving call; for core's Transport. */
export function setErrorReference(error: OdemeError, reference: string): void {
  REFERENCES.set(error, reference);
}

/** Stable machine-readable codes; branch on these (or on the classes), never on messages. */
export type OdemeErrorCode =
  | 'configuration_error'
  | 'validation_error'
  | 'provider_error'
  | 'payment_declined'
  | 'authentication_failed'
  | 'http_error'
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'unexpected_response'
  | 'signature_verification_failed';

/**
 * What an error of a money-moving call says about the money: `not_sent` (refused before anything left the process, or
 * the connection was refused), `rejected` (the provider's answer proves the money did not move), `unknown` (the request
 * left and no trustworthy answer came back: look the payment up by its `reference` before sending it again).
 */
export type Outcome = 'not_sent' | 'rejected' | 'unknown';

/** What every odeme error can be told about where it happened. */
export interface OdemeErrorOptions {
  /** Provider id (`oderopay`, `haso`, …); `core` when absent. */
  provider?: string | undefined;
  /** Operation id (`payments.create`) of the call that failed. */
  operation?: string | undefined;
  /** The underlying error or value; only a redacted summary is kept. */
  cause?: unknown;
  /** What happened to the money; set by the Transport on every error of a money-moving call. */
  outcome?: Outcome | undefined;
  /** The merchant reference of the money-moving call (ÖderoPay `conversationId`, BiP `transactionId`…). */
  reference?: string | undefined;
}

/**
 * Root of every error the SDK throws. Messages and `toJSON()` are redacted at construction. Branch on the subclass
 * or on `code`; `isOdemeError` also recognises errors from another copy of the package.
 *
 * @example
 * try {
 *   await odero.payments.create(input);
 * } catch (error) {
 *   if (error instanceof PaymentDeclinedError) return showDeclined(error.group); // e.g. NOT_SUFFICIENT_FUNDS
 *   if (error instanceof NetworkError || error instanceof TimeoutError) return lookUpPayment(input.conversationId); // may have been charged
 *   if (isOdemeError(error)) log.warn(error.code, error.toJSON()); // redacted, safe to log
 *   throw error;
 * }
 */
export class OdemeError extends Error {
  /** Stable machine-readable code of the error's class (`payment_declined`, `timeout`…); see `OdemeErrorCode`. */
  readonly code: OdemeErrorCode = 'configuration_error';
  /** Provider id (`oderopay`, `haso`, …) or `core`. */
  readonly provider: string;
  /** Operation id (`payments.create`), when the error belongs to one call. */
  readonly operation: string | undefined;
  /**
   * For a money-moving call: `not_sent`, `rejected` (the money did not move) or `unknown` (look it up by `reference`
   * before sending again). `undefined` for errors of calls that move no money.
   */
  readonly outcome: Outcome | undefined;
  /**
   * For a money-moving call: the merchant reference it was sent with, to look the payment up. Kept exactly as sent (a
   * lookup needs the real value) but off the object itself, so no `util.inspect` view shows it; `toJSON()` redacts it.
   */
  get reference(): string | undefined {
    return REFERENCES.get(this);
  }

  constructor(message: string, options: OdemeErrorOptions = {}) {
    super(redactText(message));
    this.name = new.target.name;
    this.provider = options.provider ?? 'core';
    this.operation = options.operation;
    this.outcome = options.outcome;
    if (options.reference !== undefined) REFERENCES.set(this, options.reference);
    if (options.cause !== undefined) {
      // Causes can carry raw bodies or secrets: keep only a redacted summary.
      Object.defineProperty(this, 'cause', { value: summariseCause(options.cause), enumerable: false, writable: true, configurable: true });
    }
    Object.defineProperty(this, ODEME_ERROR, { value: true });
  }

  /** A plain, redacted object (name, message, code and every field) for logs and API answers. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) out[k] = v;
    return redactValue({ name: this.name, message: this.message, ...out, reference: this.reference, code: this.code }) as Record<string, unknown>;
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
  /** Always `configuration_error`. */
  override readonly code: OdemeErrorCode = 'configuration_error';
}

/** One refused field of a `ValidationError` (or of a response that did not match its schema). */
export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `basketItems.0.price`; empty for the whole input. */
  path: string;
  /** What is wrong, in English; never quotes the value (it may be a card number). */
  message: string;
  /** Machine-readable reason: zod's issue code (`invalid_type`, `too_small`…), `custom`, or the SDK's own (`invalid_amount`). */
  code?: string | undefined;
}

/**
 * The input was refused before anything was sent (`validation_error`): nothing reached the provider, so it is safe to fix
 * the input and call again.
 *
 * @example
 * try {
 *   await odero.payments.create({ ...input, price: '12.345' });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.fields); // e.g. ['price']: more than two decimals
 * }
 */
export class ValidationError extends OdemeError {
  /** Always `validation_error`. */
  override readonly code: OdemeErrorCode = 'validation_error';
  /** Every refused field, with dotted paths (`items.0.price`); paths and messages are redacted. */
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

/** What an error raised about a provider's answer records of it. */
export interface ResponseContext extends OdemeErrorOptions {
  /** HTTP status of the answer. */
  status?: number | undefined;
  /** The provider's request id from the response headers, to quote to its support. */
  requestId?: string | undefined;
  /** Raw body, redacted before it is stored. */
  body?: unknown;
  /** HTTP method of the request that got this answer. */
  method?: string | undefined;
  /** URL of the request, as core shows it: secret-named path and query values already replaced. */
  url?: string | undefined;
}

abstract class ResponseError extends OdemeError {
  /** HTTP status of the provider's answer, when there was one. */
  readonly status: number | undefined;
  /** The provider's request id (from `x-request-id` or the provider's own header): quote it to their support. */
  readonly requestId: string | undefined;
  /** The answer's body (parsed JSON, or text redacted and then cut to 2,000 characters), redacted. */
  readonly body: unknown;
  /** HTTP method of the request, when known. */
  readonly method: string | undefined;
  /** URL of the request, redacted (secret-named path and query values replaced), when known. */
  readonly url: string | undefined;

  constructor(message: string, context: ResponseContext = {}) {
    super(message, context);
    this.status = context.status;
    this.method = context.method;
    this.url = context.url === undefined ? undefined : redactText(context.url);
    // Echoed by the provider: a gateway that reflects the request can put a card number or a key here.
    this.requestId = context.requestId === undefined ? undefined : redactText(context.requestId);
    // Redacted whole, then cut: a cut made first could leave the first digits of a card the patterns no longer see.
    this.body = context.body === undefined ? undefined : typeof context.body === 'string' ? cut(redactText(context.body)) : redactValue(context.body);
  }
}

/** `message (GET https://…)`: what a person needs to find a misconfigured base URL or path without debug logging. */
function namingRequest(message: string, context: ResponseContext): string {
  if (!context.method || !context.url) return message;
  const shown = ` (${context.method} ${redactText(context.url)})`;
  return message.endsWith(shown) ? message : message + shown;
}

const BODY_TEXT_LIMIT = 2000;
function cut(text: string): string {
  return text.length > BODY_TEXT_LIMIT ? `${text.slice(0, BODY_TEXT_LIMIT)}…` : text;
}

/** What a provider package knows about a refusal when it builds a `ProviderError`. */
export interface ProviderErrorContext extends ResponseContext {
  /** The provider's own error code, as sent (`10051`, `H223`…). */
  providerCode?: string | undefined;
  /** The provider's own message, as sent (often Turkish); redacted. */
  providerMessage?: string | undefined;
  /** The provider's error group or decline reason (`NOT_SUFFICIENT_FUNDS`, `DO_NOT_HONOUR`…), where it has one. */
  group?: string | undefined;
  /** Extra provider-specific facts worth keeping (e.g. HASO's KkbPhones). */
  details?: Record<string, unknown> | undefined;
}

/**
 * The provider answered and refused the request (`provider_error`): in its own envelope, with its own code.
 * Declines by the bank are the subclass `PaymentDeclinedError`, so a catch of `ProviderError` sees them too.
 *
 * @example
 * try {
 *   await odero.refunds.create(input);
 * } catch (error) {
 *   if (error instanceof ProviderError) log.warn(`refused ${error.providerCode}: ${error.providerMessage}`, { requestId: error.requestId });
 *   else throw error;
 * }
 */
export class ProviderError extends ResponseError {
  /** `provider_error` (`payment_declined` for `PaymentDeclinedError`). */
  override readonly code: OdemeErrorCode = 'provider_error';
  /** The provider's own error code, as sent (`10051`, `H223`…). */
  readonly providerCode: string | undefined;
  /** The provider's own message, as sent (often Turkish); redacted. */
  readonly providerMessage: string | undefined;
  /** The provider's error group or decline reason (`NOT_SUFFICIENT_FUNDS`, `DO_NOT_HONOUR`…), where it has one. */
  readonly group: string | undefined;
  /** Provider-specific facts kept from the answer (e.g. HASO's `KkbPhones`); redacted. */
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, context: ProviderErrorContext = {}) {
    super(message, context);
    this.providerCode = context.providerCode === undefined ? undefined : redactText(context.providerCode);
    this.providerMessage = context.providerMessage === undefined ? undefined : redactText(context.providerMessage);
    this.group = context.group === undefined ? undefined : redactText(context.group);
    this.details = context.details === undefined ? undefined : (redactValue(context.details) as Record<string, unknown>);
  }
}

/**
 * A bank or issuer declined the payment (insufficient funds, do not honour…): `payment_declined`. Nothing was
 * charged; tell the customer, who may try another card. `reason` says why in the vocabulary shared by every provider;
 * `group` and `providerCode` keep the provider's own words.
 *
 * @example
 * try {
 *   await odero.payments.create(input);
 * } catch (error) {
 *   if (error instanceof PaymentDeclinedError && error.group === 'NOT_SUFFICIENT_FUNDS') return askForAnotherCard();
 *   if (error instanceof PaymentDeclinedError) return showToCustomer(error.shopperMessage('tr'), error.retryWithAnotherCard);
 *   throw error;
 * }
 */
export class PaymentDeclinedError extends ProviderError {
  /** Always `payment_declined`. */
  override readonly code: OdemeErrorCode = 'payment_declined';
  /** Why, in the vocabulary shared by every provider; `other` when the provider's code has no mapping. */
  readonly reason: DeclineReason;

  constructor(message: string, context: PaymentDeclinedContext = {}) {
    super(message, context);
    this.reason = isDeclineReason(context.reason) ? context.reason : 'other';
  }

  /** A short text for the customer, in Turkish or English, from `reason`; it names no code and no card detail. */
  shopperMessage(locale: ShopperLocale): string {
    return shopperMessage(this.reason, locale);
  }

  /** Whether to offer the customer another card (false when the same card can succeed, or fraud is suspected). */
  get retryWithAnotherCard(): boolean {
    return suggestsAnotherCard(this.reason);
  }
}

/** What a provider package knows about a decline: a `ProviderErrorContext` plus the shared `reason`. */
export interface PaymentDeclinedContext extends ProviderErrorContext {
  /** The provider's code mapped to the shared vocabulary; `other` when absent. */
  reason?: DeclineReason | undefined;
}

const AUTHENTICATION_HINT = 'check your keys and environment (sandbox or production)';

/**
 * The provider did not accept the credentials (`authentication_failed`): a wrong key, a refused signature, a 401.
 * The message ends with a hint to check the keys and whether they belong to sandbox or production (and, for a 401,
 * the request's method and redacted URL).
 *
 * @example
 * try {
 *   await odero.payments.retrieve(id);
 * } catch (error) {
 *   if (error instanceof AuthenticationError) alertOps(error.message); // keys or environment, not the customer
 * }
 */
export class AuthenticationError extends ProviderError {
  /** Always `authentication_failed`. */
  override readonly code: OdemeErrorCode = 'authentication_failed';

  constructor(message: string, context: ProviderErrorContext = {}) {
    const hinted = message.includes(AUTHENTICATION_HINT) ? message : `${message.trimEnd().replace(/\.$/, '')}: ${AUTHENTICATION_HINT}`;
    super(namingRequest(hinted, context), context);
  }
}

/**
 * A non-2xx answer that is not a provider refusal in the provider's own envelope (`http_error`): a gateway page,
 * a redirect, an outage. Its message ends with the request's method and redacted URL (`(POST https://…/payments)`),
 * which is usually enough to spot a wrong `baseUrl`. For a money-moving call, look the payment up before sending it
 * again. An HTTP 401 is an `AuthenticationError` instead.
 */
export class HttpError extends ResponseError {
  /** Always `http_error`. */
  override readonly code: OdemeErrorCode = 'http_error';
  /** For a redirect: the origin its `Location` pointed at (the redirect was not followed). */
  readonly location: string | undefined;

  constructor(message: string, context: ResponseContext & { location?: string | undefined } = {}) {
    super(namingRequest(message, context), context);
    this.location = context.location;
  }
}

/**
 * The answer is not in the documented shape (`unexpected_response`): not JSON, truncated, wrong fields, or larger
 * than `maxResponseBytes`. The provider may have acted: for a payment, look it up before retrying.
 */
export class UnexpectedResponseError extends ResponseError {
  /** Always `unexpected_response`. */
  override readonly code: OdemeErrorCode = 'unexpected_response';
  /** Where the body did not match the response schema; `undefined` when it could not be read at all. */
  readonly issues: ValidationIssue[] | undefined;

  constructor(message: string, context: ResponseContext & { issues?: ValidationIssue[] } = {}) {
    super(message, context);
    this.issues = context.issues;
  }
}

/**
 * The request could not reach the provider, or the connection broke (`network_error`). Reads are retried on their
 * own; after a money-moving call the outcome is unknown: look the payment up before sending it again.
 */
export class NetworkError extends OdemeError {
  /** Always `network_error`. */
  override readonly code: OdemeErrorCode = 'network_error';
}

/**
 * An attempt or the whole call ran out of time (`timeout`). As with `NetworkError`, a money-moving call may have
 * gone through: look the payment up before sending it again.
 */
export class TimeoutError extends OdemeError {
  /** Always `timeout`. */
  override readonly code: OdemeErrorCode = 'timeout';
  /** The limit that ran out, in ms. */
  readonly timeoutMs: number;
  /** `attempt`: one attempt hit `timeout` (reads retry it); `total`: the call's `totalTimeout` was spent. */
  readonly kind: 'attempt' | 'total';

  constructor(message: string, options: OdemeErrorOptions & { timeoutMs: number; kind: 'attempt' | 'total' }) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.kind = options.kind;
  }
}

/** The caller's `AbortSignal` fired (`aborted`); if it fired mid-request, the provider may still have acted. */
export class AbortError extends OdemeError {
  /** Always `aborted`. */
  override readonly code: OdemeErrorCode = 'aborted';
}

/**
 * A callback or redirect carried a signature or credentials that do not verify (`signature_verification_failed`):
 * answer 4xx and do not act on it.
 */
export class SignatureVerificationError extends OdemeError {
  /** Always `signature_verification_failed`. */
  override readonly code: OdemeErrorCode = 'signature_verification_failed';
}
