import {
  AuthenticationError,
  defaultUnwrap,
  PaymentDeclinedError,
  ProviderError,
  type RawResponse,
  redactText,
  responseContext,
  UnexpectedResponseError,
} from '@odeme/core';
import { isOderoPayDeclineGroup, oderoPayDeclineReason } from './declines.js';

/** The `errors` object of ÖderoPay's envelope (an object, not an array). */
export interface OderoPayErrorBody {
  /** Error code; 10000 and above are bank (payment) errors, below are validation and business errors. */
  errorCode?: string | number;
  /** Error text. */
  errorDescription?: string;
  /** Error group of a bank error, e.g. `NOT_SUFFICIENT_FUNDS`: branch on it. */
  errorGroup?: string;
}

/** Codes from 10000 up are bank (payment) errors; below are validation and business errors. */
export const PAYMENT_ERROR_THRESHOLD = 10000;

/** What a row may tell the envelope reader about its own answer. */
export interface OderoPayRowMeta {
  /**
   * A boolean field of `data` that must be `true` for the answer to count as success (the money-transfer result's
   * `isSuccess`); `false` is the provider's refusal, with `errorCode` / `errorMessage` of `data`.
   */
  successFlag?: string;
}

/** How the envelope reader treats codes; built once per client. */
export interface OderoPayEnvelopeRules {
  /** Error codes whose refusal does not prove that the money did not move: their errors get outcome `unknown`. */
  unknownOutcomeCodes?: ReadonlySet<string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function errorsOf(json: unknown): OderoPayErrorBody | undefined {
  if (!isRecord(json)) return undefined;
  const errors = json.errors;
  if (typeof errors !== 'object' || errors === null) return undefined;
  // Some clients model `errors` as a list; take the first entry if one arrives.
  const first = Array.isArray(errors) ? errors[0] : errors;
  return typeof first === 'object' && first !== null ? (first as OderoPayErrorBody) : undefined;
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

const redactOptional = (text: string | undefined) => (text === undefined ? undefined : redactText(text));

/**
 * Builds the typed error for an `errors` body: `AuthenticationError` for an HTTP 401 (the gateway refused the key or
 * the signature), `PaymentDeclinedError` for bank codes (10000 and up) or a published payment error group, with its
 * `reason` (`oderoPayDeclineReason`), and `ProviderError` otherwise. On a money row, a code listed in
 * `rules.unknownOutcomeCodes` ("system error", "timeout at the bank") and an `errors` object with neither code nor
 * text get outcome `unknown`: neither proves that the money did not move.
 */
export function providerErrorFrom(raw: RawResponse, e: OderoPayErrorBody, rules: OderoPayEnvelopeRules = {}): ProviderError {
  // The body comes from the network: a field of another type (an object, a list) is dropped, not trusted as text.
  // Code and group are kept as given by the error (unlike the message), so a gateway echoing the request into them is scrubbed here.
  const code = redactOptional(scalarText(e.errorCode));
  const description = scalarText(e.errorDescription);
  const group = redactOptional(scalarText(e.errorGroup));
  const facts = { ...responseContext(raw), providerCode: code, providerMessage: description, group };
  // Which error it is, in ÖderoPay's words: code and group, or the group alone, or neither.
  const detail = code === undefined ? (group ?? 'no code') : group ? `${code}, ${group}` : code;
  const said = (what: string) => (description === undefined ? `${what} without a description (${detail})` : `${what}: ${description} (${detail})`);
  // A 401 answers before anything is processed: the credentials, never the money.
  if (raw.status === 401) return new AuthenticationError(said('ÖderoPay refused the credentials'), facts);
  // An `errors` object with neither code nor text proves nothing about the money; a listed code is not a refusal either.
  const unproven = code === undefined && description === undefined;
  const unknown = raw.operation.movesMoney && (unproven || (code !== undefined && rules.unknownOutcomeCodes?.has(code) === true));
  const ctx = { ...facts, ...(unknown ? { outcome: 'unknown' as const } : {}) };
  const numeric = code !== undefined && /^\d+$/.test(code) ? Number(code) : undefined;
  if ((numeric !== undefined && numeric >= PAYMENT_ERROR_THRESHOLD) || isOderoPayDeclineGroup(group))
    return new PaymentDeclinedError(said('ÖderoPay declined the payment'), { ...ctx, reason: oderoPayDeclineReason({ errorCode: code, errorGroup: group }) });
  return new ProviderError(said(`ÖderoPay refused ${raw.operation.id}`), ctx);
}

/** A `data` that carries its own success flag (money transfer's `isSuccess`): `true` is success, anything else is not. */
function checkSuccessFlag(raw: RawResponse, data: unknown, flag: string, rules: OderoPayEnvelopeRules): void {
  const value = isRecord(data) ? data[flag] : undefined;
  if (value === true) return;
  if (value === false) {
    const d = data as Record<string, unknown>;
    throw providerErrorFrom(raw, { errorCode: scalarText(d.errorCode), errorDescription: scalarText(d.errorMessage) }, rules);
  }
  throw new UnexpectedResponseError(`${raw.operation.id}: ÖderoPay's answer has no ${flag}: true`, responseContext(raw));
}

/**
 * ÖderoPay envelope → data. `errors` is checked on every status (the TokenPay client finds errors in 2xx answers too).
 * A 2xx is success only with positive evidence: a `data` member (the official clients return `data`), or a list
 * (`items`) at the top level. An empty body is success only for a 204, or for a row that moves no money; a money row's
 * 2xx without the envelope (`{}`, `null`, a bare value) is an `UnexpectedResponseError`, whose outcome is `unknown`.
 */
export function unwrapOderoPay(raw: RawResponse, rules: OderoPayEnvelopeRules = {}): unknown {
  const err = errorsOf(raw.json);
  if (err) throw providerErrorFrom(raw, err, rules);
  const json = defaultUnwrap(raw);
  const money = raw.operation.movesMoney;
  if (raw.text.trim() === '' && (raw.status === 204 || !money)) return undefined;
  let data: unknown;
  if (isRecord(json) && json.data !== undefined && json.data !== null) data = json.data;
  else if (isRecord(json) && Array.isArray(json.items)) data = json;
  else if (!money && isRecord(json) && json.data === null) return undefined;
  else throw new UnexpectedResponseError(`${raw.operation.id}: ÖderoPay answered ${raw.status} without its data envelope`, responseContext(raw));
  const flag = (raw.operation.meta as OderoPayRowMeta | undefined)?.successFlag;
  if (flag !== undefined) checkSuccessFlag(raw, data, flag, rules);
  return data;
}
