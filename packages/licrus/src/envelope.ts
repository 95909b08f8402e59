import { AuthenticationError, type DeclineReason, defaultUnwrap, HttpError, type RawResponse, responseContext, UnexpectedResponseError } from '@odeme/core';
import { licrusDeclineReason } from './declines.js';
import { LicrusDeclineError, LicrusError } from './errors.js';
import type { LicrusMessageKind } from './schemas/common.js';
import { ServiceResponseMessageType } from './schemas/enums.js';
import type { LicrusMessage } from './types/envelope.js';

/** Numeric values of `ServiceResponseMessageType` on the wire. */
export type MessageTypeValues = Record<'Error' | 'Warning' | 'Info', number>;

/**
 * Codes written at the start of, or inside, a message: letters, a dash, letters and at least three digits
 * (`INT-PRD1001`). Licrus publishes no catalogue, so this is a pattern, configurable with `codePattern`.
 */
export const DEFAULT_CODE_PATTERN = /\b[A-Z]{2,}(?:-[A-Z0-9]+)*-[A-Z]*\d{3,}\b/g;

/** How the runtime reads envelopes. */
export interface EnvelopeSettings {
  /** Numeric values of `ServiceResponseMessageType` (Error, Warning, Info). */
  messageTypes: MessageTypeValues;
  /** Pattern of error codes inside message texts. */
  codePattern: RegExp;
  /** The tenant's payment decline codes and their reasons (the `declineCodes` option). */
  declineCodes?: Readonly<Record<string, DeclineReason>> | undefined;
}

/** Default settings: Error=0, Warning=1 (inferred), Info=2, and `DEFAULT_CODE_PATTERN`. */
export const DEFAULT_ENVELOPE_SETTINGS: EnvelopeSettings = { messageTypes: { ...ServiceResponseMessageType }, codePattern: DEFAULT_CODE_PATTERN };

/** Every code found in a text, in order, without repeats. */
export function extractCodes(text: string, pattern: RegExp = DEFAULT_CODE_PATTERN): string[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...new Set([...text.matchAll(global)].map((m) => m[0]))];
}

function kindOf(type: unknown, values: MessageTypeValues): LicrusMessageKind {
  if (typeof type === 'string') {
    const named = (['Error', 'Warning', 'Info'] as const).find((k) => k.toLowerCase() === type.toLowerCase());
    if (named) return named;
    if (/^\d+$/.test(type)) return kindOf(Number(type), values);
    return 'Unknown';
  }
  const found = (Object.entries(values) as [LicrusMessageKind, number][]).find(([, v]) => v === type);
  return found ? found[0] : 'Unknown';
}

/** `MessageList` with each entry's `kind` and `code` added (anything that is not an object is dropped). */
export function normaliseMessages(list: unknown, settings: EnvelopeSettings): LicrusMessage[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null)
    .map((m) => {
      const text = typeof m.Message === 'string' ? m.Message : typeof m.message === 'string' ? m.message : '';
      const code = extractCodes(text, settings.codePattern)[0];
      return {
        ...m,
        Type: (m.Type ?? m.type) as number | string | undefined,
        Message: text,
        kind: kindOf(m.Type ?? m.type, settings.messageTypes),
        ...(code ? { code } : {}),
      };
    });
}

const field = (o: Record<string, unknown>, name: string) => o[name] ?? o[name.charAt(0).toLowerCase() + name.slice(1)];

/**
 * Envelope → data. `HasError: true` is a failure whatever the HTTP status; a non-2xx answer without it is an
 * `HttpError`. A 2xx is a success only with `HasError: false`, the documented success marker: `{}` or
 * `{"status":"ok"}` from a proxy proves nothing and is an `UnexpectedResponseError` (for a payment: outcome unknown).
 * On success the envelope itself is the data, its `MessageList` normalised (info and warnings kept).
 */
export function unwrapEnvelope(raw: RawResponse, settings: EnvelopeSettings): unknown {
  const body = raw.json;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const data = defaultUnwrap(raw);
    throw unproven(raw, data === undefined ? 'an empty body' : 'a body that is not an envelope');
  }
  const env = body as Record<string, unknown>;
  const hasError = field(env, 'HasError');
  if (hasError === true) {
    const messages = normaliseMessages(field(env, 'MessageList'), settings);
    const errors = messages.filter((m) => m.kind === 'Error');
    const primary = errors.length > 0 ? errors : messages;
    const texts = primary.map((m) => m.Message).filter((t): t is string => Boolean(t));
    const codes = [...new Set(messages.flatMap((m) => extractCodes(m.Message ?? '', settings.codePattern)))];
    const summary = texts.length > 0 ? texts.join(' | ') : 'no message';
    const context = { ...responseContext(raw), providerCode: codes[0], providerMessage: texts.join(' | ') || undefined, details: { messages, codes } };
    throw refusal(raw, summary, { ...context, messages, codes }, settings);
  }
  if (!raw.ok) throw new HttpError(`${raw.operation.id}: HTTP ${raw.status} from licrus`, responseContext(raw));
  if (hasError !== false) throw unproven(raw, 'an answer without HasError: false');
  return { ...env, MessageList: normaliseMessages(field(env, 'MessageList'), settings) };
}

/**
 * The error of a `HasError: true` answer. A refused Login, or any refusal with HTTP 401 (a refused `AuthTicket`), is
 * an `AuthenticationError`: its `status` is what the client renews a ticket on. A refused `Payment` is a
 * `LicrusDeclineError`; anything else a `LicrusError`.
 */
function refusal(raw: RawResponse, summary: string, context: ConstructorParameters<typeof LicrusError>[1], settings: EnvelopeSettings): Error {
  const op = raw.operation.id;
  if (op === 'auth.login') return new AuthenticationError(`Licrus refused the login: ${summary}`, context);
  if (raw.status === 401) return new AuthenticationError(`Licrus refused the AuthTicket of ${op}: ${summary}`, context);
  if (raw.operation.movesMoney) {
    const reason = licrusDeclineReason(context.codes, settings.declineCodes);
    return new LicrusDeclineError(`Licrus declined the payment (${op}): ${summary}`, { ...context, reason });
  }
  return new LicrusError(`Licrus refused ${op}: ${summary}`, context);
}

function unproven(raw: RawResponse, what: string): UnexpectedResponseError {
  return new UnexpectedResponseError(
    `${raw.operation.id}: licrus answered ${raw.status} with ${what}; nothing proves the call succeeded`,
    responseContext(raw),
  );
}
