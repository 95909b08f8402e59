import { defaultUnwrap, PaymentDeclinedError, ProviderError, type RawResponse, redactText, responseContext } from '@odeme/core';

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

function errorsOf(json: unknown): OderoPayErrorBody | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const errors = (json as { errors?: unknown }).errors;
  if (typeof errors !== 'object' || errors === null) return undefined;
  // Some clients model `errors` as a list; take the first entry if one arrives.
  const first = Array.isArray(errors) ? errors[0] : errors;
  return typeof first === 'object' && first !== null ? (first as OderoPayErrorBody) : undefined;
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

const redactOptional = (text: string | undefined) => (text === undefined ? undefined : redactText(text));

/** Builds the typed error for an `errors` body: `PaymentDeclinedError` for bank codes, `ProviderError` otherwise. */
export function providerErrorFrom(raw: RawResponse, e: OderoPayErrorBody): ProviderError {
  // The body comes from the network: a field of another type (an object, a list) is dropped, not trusted as text.
  // Code and group are kept as given by the error (unlike the message), so a gateway echoing the request into them is scrubbed here.
  const code = redactOptional(scalarText(e.errorCode));
  const description = scalarText(e.errorDescription);
  const group = redactOptional(scalarText(e.errorGroup));
  const numeric = code !== undefined && /^\d+$/.test(code) ? Number(code) : undefined;
  const ctx = { ...responseContext(raw), providerCode: code, providerMessage: description, group };
  const what = `${description ?? 'error'} (${code ?? 'no code'}${group ? `, ${group}` : ''})`;
  if (numeric !== undefined && numeric >= PAYMENT_ERROR_THRESHOLD) return new PaymentDeclinedError(`ÖderoPay declined the payment: ${what}`, ctx);
  return new ProviderError(`ÖderoPay refused ${raw.operation.id}: ${what}`, ctx);
}

/**
 * ÖderoPay envelope → data. `errors` is checked on every status (the TokenPay client finds errors in 2xx
 * answers too); a single result is `data`; a list is `items` (+ `page`, `size`, `totalSize`) either inside
 * `data` or at the top level; 204 or an empty body is `undefined`.
 */
export function unwrapOderoPay(raw: RawResponse): unknown {
  const err = errorsOf(raw.json);
  if (err) throw providerErrorFrom(raw, err);
  const json = defaultUnwrap(raw);
  if (json === undefined || json === null) return undefined;
  if (typeof json === 'object' && !Array.isArray(json) && 'data' in json) return (json as { data: unknown }).data;
  return json;
}
