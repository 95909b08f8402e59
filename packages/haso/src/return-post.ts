import { ValidationError } from '@odeme/core';

/** Which of your URLs HASO posted to. */
export type HasoReturnKind = 'ok' | 'fail' | 'callback';

/** A form post HASO sent to your okUrl, failUrl or callbackUrl. */
export interface HasoReturn {
  /** Which of your URLs received the post. */
  kind: HasoReturnKind;
  /** Your order number, when present. */
  merchantOid: string | undefined;
  /** HASO's transaction code (documented as present in the okUrl post). */
  transactionCode: string | undefined;
  /** HASO customer id (documented as returned in the okUrl / callbackUrl post). */
  customerId: string | undefined;
  /** Every field as posted. The post carries no documented signature: confirm it server-side before acting. */
  fields: Record<string, string>;
}

/** Body of the post as your framework hands it to you. */
export type HasoReturnBody = string | URLSearchParams | FormData | Record<string, unknown>;

function toRecord(body: HasoReturnBody): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof body === 'string') {
    const text = body.trim();
    if (text.startsWith('{')) {
      try {
        return toRecord(JSON.parse(text) as Record<string, unknown>);
      } catch {
        throw new ValidationError([{ path: 'body', message: 'HASO return post is neither a form nor JSON' }], { provider: 'haso' });
      }
    }
    for (const [k, v] of new URLSearchParams(text)) out[k] = v;
  } else if (body instanceof URLSearchParams || (typeof FormData !== 'undefined' && body instanceof FormData)) {
    for (const [k, v] of body as URLSearchParams) if (typeof v === 'string') out[k] = v;
  } else {
    for (const [k, v] of Object.entries(body)) if (v !== undefined && v !== null) out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

function pick(fields: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(fields)) if (k.toLowerCase() === lower && v !== '') return v;
  return undefined;
}

/**
 * Parses the post HASO sends to okUrl / failUrl / callbackUrl (field names read case-insensitively).
 * These posts are not documented as signed: treat them as hints and confirm with `transactions.paymentPlan`.
 */
export function parseHasoReturn(body: HasoReturnBody, kind: HasoReturnKind): HasoReturn {
  const fields = toRecord(body);
  return {
    kind,
    merchantOid: pick(fields, 'merchantOid'),
    transactionCode: pick(fields, 'transactionCode'),
    customerId: pick(fields, 'customerId'),
    fields,
  };
}
