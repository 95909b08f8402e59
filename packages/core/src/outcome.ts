import { HttpError, isOdemeError, type OdemeError, type Outcome, ProviderError, setErrorReference } from './errors.js';
import { localizeError, type MessageCatalog, translate } from './locale.js';
import type { SecretSet } from './redact.js';

/** What the Transport knows about a call when it fails. */
export interface CallState {
  /** The merchant reference of a money-moving call, once known. */
  reference: string | undefined;
  /** True once any attempt may have put bytes on the wire (a refused connection does not count). */
  reached: boolean;
}

/**
 * What an error says about the money, from what is known: nothing left → `not_sent`; the provider's own refusal or
 * a plain 4xx → `rejected`; everything else after sending (timeouts, broken connections, 3xx, 5xx, unreadable answers,
 * an abort in flight) → `unknown`. An outcome the provider package set (a "pending" code) is kept.
 */
export function classifyOutcome(error: OdemeError, reached: boolean): Outcome {
  if (error.outcome) return error.outcome;
  if (!reached) return 'not_sent';
  if (error instanceof ProviderError) return 'rejected';
  if (error instanceof HttpError && error.status !== undefined && error.status >= 400 && error.status < 500 && error.status !== 408) return 'rejected';
  return 'unknown';
}

/**
 * Makes an error leaving `Transport.call` safe and complete: the client's own secret values scrubbed from every
 * field, and, for a money-moving call, `outcome` and `reference` set, and an `unknown` outcome said in the message
 * with the provider's way to resolve it (`whenUnknown`), all in the client's language when `catalogs` are given.
 * Errors that are not ours pass unchanged.
 */
export function settleError(
  error: unknown,
  secrets: SecretSet,
  money: boolean,
  state: CallState,
  whenUnknown?: string,
  catalogs?: readonly MessageCatalog[],
): unknown {
  if (!isOdemeError(error)) return error;
  if (secrets.size > 0) scrubError(error, secrets);
  if (catalogs) localizeError(error, catalogs);
  if (money) {
    const outcome = classifyOutcome(error, state.reached);
    define(error, 'outcome', outcome);
    // The message says what a person reading a log must do next: the money may have moved.
    const lookup = whenUnknown ?? UNKNOWN_LOOKUP;
    if (outcome === 'unknown' && !error.message.includes('outcome unknown') && !error.message.includes(UNKNOWN_TR))
      define(
        error,
        'message',
        catalogs ? `${error.message} (${UNKNOWN_TR}: ${translate(lookup, catalogs)})` : `${error.message} (outcome unknown: ${lookup})`,
        false,
      );
    if (state.reference !== undefined && error.reference === undefined) setErrorReference(error, state.reference);
  }
  return error;
}

const UNKNOWN_LOOKUP = 'look the payment up by its reference before sending it again';
const UNKNOWN_TR = 'sonuç bilinmiyor';

function scrubError(error: OdemeError, secrets: SecretSet): void {
  define(error, 'message', secrets.scrub(error.message), false);
  if (error.stack) define(error, 'stack', secrets.scrub(error.stack), false);
  for (const [k, v] of Object.entries(error)) if (typeof v !== 'number' && typeof v !== 'boolean') define(error, k, secrets.scrubValue(v));
  const cause = (error as { cause?: unknown }).cause;
  if (isOdemeError(cause)) scrubError(cause, secrets);
  else if (cause instanceof Error) {
    define(cause, 'message', secrets.scrub(cause.message), false);
    if (cause.stack) define(cause, 'stack', secrets.scrub(cause.stack), false);
  }
}

function define(target: object, key: string, value: unknown, enumerable = true): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}
