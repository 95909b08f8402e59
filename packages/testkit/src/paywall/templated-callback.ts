import { sha256Hex } from '../frame/crypto.js';

/** One callback the simulator posted (or tried to), as a test reads it back. */
export interface PayWallSimSignedCallback {
  /** The address it was posted to. */
  url: string;
  /** The JSON text posted. */
  body: string;
  /** The same, parsed. */
  fields: Record<string, unknown>;
  /** The receiver's HTTP status, or `undefined` until delivered or when delivery failed. */
  status: number | undefined;
  /** Why delivery failed (a network error). */
  error: string | undefined;
}

/** What signing and posting one templated callback needs. */
export interface TemplatedCallback {
  /** Where to post it. */
  url: string;
  /** Its fields in the order they are written; `Hash` is filled in. */
  fields: Record<string, unknown>;
  /** The field holding the amount, written as decimal text with two places (`'12.50'`, not `12.5`). */
  amountField: string;
  /** That amount's text. */
  amount: string;
  /** The key to sign with; unsigned (empty `Hash`) without one. */
  hashKey: string | undefined;
  /** The field names whose values are hashed, in order, after the key. */
  template: readonly string[];
  /** Posts the JSON body. */
  deliver: (url: string, init: RequestInit) => Promise<Response>;
}

/**
 * Signs a callback whose hash template is unpublished (PayOut, Physical POS) the way the simulator chose:
 * hex(SHA-256(key###value…)) over `template`'s values as they read in the JSON text, the amount with two decimals,
 * and posts it; the record is appended to `log` before delivery, so a test sees a callback that failed to arrive.
 */
export async function postTemplatedCallback(c: TemplatedCallback, log: PayWallSimSignedCallback[]): Promise<void> {
  const fields: Record<string, unknown> = { ...c.fields, [c.amountField]: '__AMOUNT__' };
  const text = (name: string) => (name === c.amountField ? c.amount : fields[name] === null || fields[name] === undefined ? '' : String(fields[name]));
  if (c.hashKey) fields.Hash = await sha256Hex([c.hashKey, ...c.template.map(text)].join('###'));
  const body = JSON.stringify(fields).replace('"__AMOUNT__"', c.amount);
  const record: PayWallSimSignedCallback = { url: c.url, body, fields: JSON.parse(body), status: undefined, error: undefined };
  log.push(record);
  try {
    const res = await c.deliver(record.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    record.status = res.status;
  } catch (e) {
    record.error = e instanceof Error ? e.message : String(e);
  }
}
