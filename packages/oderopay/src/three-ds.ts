import { base64DecodeText, UnexpectedResponseError, ValidationError } from '@odeme/core';

/**
 * The bank page of a 3DS init as HTML: `htmlContent` is base64 of UTF-8 HTML. Write the result into the
 * customer's browser (it usually auto-submits a form to the bank).
 */
export function decodeThreeDSHtml(htmlContent: string | { htmlContent: string }): string {
  const b64 = typeof htmlContent === 'string' ? htmlContent : htmlContent.htmlContent;
  try {
    return base64DecodeText(b64);
  } catch (cause) {
    throw new UnexpectedResponseError('threeDS.init: htmlContent is not base64 of UTF-8 HTML', { provider: 'oderopay', operation: 'threeDS.init', cause });
  }
}

/** The 3DS callback as far as we can read it. ÖderoPay does not publish these fields: all are kept in `fields`. */
export interface ThreeDSCallback {
  /** The payment to pass to `threeDS.complete`. */
  paymentId: string | undefined;
  /** The `conversationId` sent with the payment, when posted back. */
  conversationId: string | undefined;
  /** Outcome text as posted (e.g. `SUCCESS`/`FAILURE`), when present. */
  status: string | undefined;
  /** Every posted field, unknown ones included. */
  fields: Record<string, string>;
}

/** Field names the parser reads; change them if ÖderoPay tells you different names. */
export interface ThreeDSCallbackFieldNames {
  /** Field holding the payment id (default `paymentId`). */
  paymentId?: string;
  /** Field holding the conversation id (default `conversationId`). */
  conversationId?: string;
  /** Field holding the outcome (default `status`). */
  status?: string;
}

/** Body forms the callback parser accepts. */
export type ThreeDSCallbackBody = string | URLSearchParams | FormData | Record<string, unknown>;

function toFields(body: ThreeDSCallbackBody): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof body === 'string') {
    const trimmed = body.trim();
    if (trimmed.startsWith('{')) return toFields(JSON.parse(trimmed) as Record<string, unknown>);
    for (const [k, v] of new URLSearchParams(trimmed)) out[k] = v;
    return out;
  }
  if (body instanceof URLSearchParams) {
    for (const [k, v] of body) out[k] = v;
    return out;
  }
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    for (const [k, v] of body) if (typeof v === 'string') out[k] = v;
    return out;
  }
  for (const [k, v] of Object.entries(body)) if (v !== undefined && v !== null) out[k] = String(v);
  return out;
}

/**
 * Reads the POST the bank page sends to your `callbackUrl` (form-encoded text, `URLSearchParams`, `FormData`,
 * a parsed object, or JSON text). No framework needed. There is no documented hash to verify: always call
 * `threeDS.complete`, whose answer is the authority.
 */
export function parseThreeDSCallback(body: ThreeDSCallbackBody, names: ThreeDSCallbackFieldNames = {}): ThreeDSCallback {
  let fields: Record<string, string>;
  try {
    fields = toFields(body);
  } catch (cause) {
    throw new ValidationError([{ path: '', message: 'the 3DS callback body is neither form-encoded nor JSON' }], { provider: 'oderopay', cause });
  }
  const pick = (name: string) => (fields[name] === undefined || fields[name] === '' ? undefined : fields[name]);
  return {
    paymentId: pick(names.paymentId ?? 'paymentId'),
    conversationId: pick(names.conversationId ?? 'conversationId'),
    status: pick(names.status ?? 'status'),
    fields,
  };
}

/** Reads a callback straight from a `Request` (route handlers, Workers, Deno, Bun). */
export async function readThreeDSCallback(request: Request, names?: ThreeDSCallbackFieldNames): Promise<ThreeDSCallback> {
  return parseThreeDSCallback(await request.text(), names);
}
