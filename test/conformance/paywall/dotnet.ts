// Requests as PayWall's official .NET SDK writes them, from its models in the fixture: POST and PUT bodies in
// camelCase, DELETE bodies in PascalCase, every member written (`null` where the type allows, the type's default
// otherwise), enums as numbers, all key headers of the API, header parameters only when not empty.
import type { NetEndpoint, NetField } from './netcore.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function defaultOf(f: NetField): unknown {
  if (f.nullable || f.array || f.fields) return null;
  if (f.type.startsWith('integer') || f.type.startsWith('number')) return 0;
  if (f.type === 'boolean') return false;
  if (f.type === 'string(date-time)') return '0001-01-01T00:00:00';
  return null;
}

/** The body the SDK serialises for a request object given with the models' (PascalCase) names. */
export function dotnetBody(fields: NetField[], value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = value[f.name];
    if (v === undefined || v === null) out[f.wire] = defaultOf(f);
    else if (f.fields && f.array && Array.isArray(v)) out[f.wire] = v.map((item) => (isObject(item) ? dotnetBody(f.fields ?? [], item) : item));
    else if (f.fields && isObject(v)) out[f.wire] = dotnetBody(f.fields, v);
    else out[f.wire] = v;
  }
  return out;
}

/** Key values per header name. */
export type KeyValues = Record<string, string>;

/**
 * The SDK's request for an endpoint: `base` is the origin the simulator answers on, `params` the header parameters
 * (left out when empty, as its `SetHeader` does), `value` the request object. `path` replaces the endpoint's path
 * (another casing of it).
 */
export function dotnetRequest(
  e: NetEndpoint,
  base: string,
  keys: KeyValues,
  options: { params?: Record<string, string | undefined>; value?: Record<string, unknown>; path?: string; extraHeaders?: Record<string, string> } = {},
): Request {
  const headers = new Headers();
  for (const k of e.keyHeaders) headers.set(k, keys[k] ?? '');
  for (const [k, v] of Object.entries(options.params ?? {})) if (v) headers.set(k, v);
  for (const [k, v] of Object.entries(options.extraHeaders ?? {})) headers.set(k, v);
  const prefix = e.api === 'CardWallAPI' ? '/paywall/' : '/api/paywall/';
  const url = `${base}${prefix}${options.path ?? e.path}`;
  if (!e.request) return new Request(url, { method: e.method, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Request(url, { method: e.method, headers, body: JSON.stringify(dotnetBody(e.request.fields, options.value ?? {})) });
}
