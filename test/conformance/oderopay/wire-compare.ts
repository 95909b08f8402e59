// Compares a request our client sent with an official client's golden request, field by field.

/** One way our request differs from the golden one. */
export interface WireDifference {
  /** `missing` (an official field we did not send), `extra` (a field we sent that the official client has not),
   * `value` (same field, another value or JSON type), `path` or `method`. */
  kind: 'missing' | 'extra' | 'value' | 'path' | 'method';
  /** Dotted field path (`items.0.price`, or `query.paymentIds`); empty for path and method. */
  field: string;
}

const ISTANBUL_MS = 3 * 3600_000;

/** A date-time text as ms since the epoch: zone-less text is Istanbul time, as ÖderoPay writes dates. */
export function instantOf(text: string): number | undefined {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)(Z|[+-]\d\d:\d\d)?$/.exec(text);
  if (!m) return undefined;
  const wall = Date.parse(`${m[1]}Z`);
  if (m[2] === undefined) return wall - ISTANBUL_MS;
  return Date.parse(`${m[1]}${m[2]}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A golden value and a sent value are the same: a `Date` matches text naming the same instant. */
function sameValue(golden: unknown, sent: unknown): boolean {
  if (golden instanceof Date) return typeof sent === 'string' && instantOf(sent) === golden.getTime();
  return Object.is(golden, sent);
}

/** Differences between a golden JSON body and the body sent (both parsed), recursing into objects and lists. */
export function compareBody(golden: unknown, sent: unknown, field = ''): WireDifference[] {
  const at = (k: string | number) => (field === '' ? String(k) : `${field}.${k}`);
  if (isRecord(golden)) {
    if (!isRecord(sent)) return [{ kind: 'value', field }];
    const out: WireDifference[] = [];
    for (const k of Object.keys(golden)) {
      if (!(k in sent)) out.push({ kind: 'missing', field: at(k) });
      else out.push(...compareBody(golden[k], sent[k], at(k)));
    }
    for (const k of Object.keys(sent)) if (!(k in golden)) out.push({ kind: 'extra', field: at(k) });
    return out;
  }
  if (Array.isArray(golden)) {
    if (!Array.isArray(sent) || sent.length !== golden.length) return [{ kind: 'value', field }];
    return golden.flatMap((g, i) => compareBody(g, sent[i], at(i)));
  }
  return sameValue(golden, sent) ? [] : [{ kind: 'value', field }];
}

/**
 * Differences between a golden query and the query sent. A list matches repeated keys (the Node client's form) and
 * comma-joined values (the Java client's) alike; a scalar matches its text.
 */
export function compareQuery(golden: Record<string, unknown>, sent: URLSearchParams): WireDifference[] {
  const out: WireDifference[] = [];
  for (const [k, g] of Object.entries(golden)) {
    const values = sent.getAll(k);
    const field = `query.${k}`;
    if (values.length === 0) {
      out.push({ kind: 'missing', field });
      continue;
    }
    if (Array.isArray(g)) {
      const items = values.flatMap((v) => v.split(','));
      if (items.join('\u0000') !== g.map(String).join('\u0000')) out.push({ kind: 'value', field });
    } else if (values.length !== 1 || !(g instanceof Date ? sameValue(g, values[0]) : String(g) === values[0])) out.push({ kind: 'value', field });
  }
  for (const k of new Set(sent.keys())) if (!(k in golden)) out.push({ kind: 'extra', field: `query.${k}` });
  return out;
}

/** The distinct leaf field paths of a golden body or query (list positions folded), what a comparison covers. */
export function fieldPaths(value: unknown, field = ''): string[] {
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => fieldPaths(v, field === '' ? k : `${field}.${k}`));
  if (Array.isArray(value) && value.some((v) => isRecord(v))) return [...new Set(value.flatMap((v) => fieldPaths(v, `${field}[]`)))];
  return [field];
}
