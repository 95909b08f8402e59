import type { SimRequest } from '../frame/http.js';

/** A request body as the HASO simulator reads it, from JSON or from an ASP.NET-style form (`a[0].b=…`). */
export type HasoSimBody = Record<string, unknown>;

/** Parses `name[0].field=value` form keys into nested lists and objects. */
export function fromDotNetForm(form: URLSearchParams): HasoSimBody {
  const out: HasoSimBody = {};
  for (const [key, value] of form) {
    const parts = key.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
    let node: Record<string | number, unknown> = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = parts[i + 1];
      node[part] ??= typeof next === 'number' ? [] : {};
      node = node[part] as Record<string | number, unknown>;
    });
  }
  return out;
}

/** The body of a HASO request, or `undefined` when it is neither JSON nor a form. */
export function readHasoBody(r: SimRequest): HasoSimBody | undefined {
  if (r.form) return fromDotNetForm(r.form);
  if (r.json !== null && typeof r.json === 'object' && !Array.isArray(r.json)) return r.json as HasoSimBody;
  return undefined;
}

/** The text a body value contributes to a token: absent → empty, numbers and booleans as written. */
export function tokenText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

/** A ×100 amount sent as HASO's documented String: digits only (form bodies carry every value as text). */
export function readX100String(body: HasoSimBody, name: string): number | undefined {
  const v = body[name];
  if (typeof v !== 'string' || !/^\d{1,15}$/.test(v)) return undefined;
  return Number(v);
}

/** The largest .NET `int`: HASO's server cannot bind a larger value to a field its docs type as `int`. */
export const SIM_INT32_MAX = 2_147_483_647;

/** A field documented as .NET `int`: a JSON integer, or digits in a form body, within Int32 (never above 2,147,483,647). */
export function readInt32(body: HasoSimBody, name: string): number | undefined {
  const v = body[name];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,10}$/.test(v) ? Number(v) : undefined;
  return n !== undefined && Number.isInteger(n) && n >= -SIM_INT32_MAX - 1 && n <= SIM_INT32_MAX ? n : undefined;
}

/** A ×100 amount documented as int: a non-negative .NET `int`. */
export function readX100Int(body: HasoSimBody, name: string): number | undefined {
  const n = readInt32(body, name);
  return n !== undefined && n >= 0 ? n : undefined;
}

/** A non-empty string field. */
export function readText(body: HasoSimBody, name: string, max?: number): string | undefined {
  const v = body[name];
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v);
  if (s === '' || (max !== undefined && s.length > max)) return undefined;
  return s;
}

/** A list of strings (JSON array, or the indexed form entries). */
export function readList(body: HasoSimBody, name: string): string[] | undefined {
  const v = body[name];
  if (!Array.isArray(v)) return undefined;
  return v.map((x) => String(x));
}

/** Kuruş → the TL decimal HASO returns (`Decimal`), e.g. 33334 → 333.34. */
export function tl(kurus: number): number {
  return kurus / 100;
}

/** The independent TCKN check: 11 digits, no leading zero, digits 10 and 11 are checksums. */
export function simTcknOk(v: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(v)) return false;
  const n = v.split('').map((c) => c.charCodeAt(0) - 48);
  const at = (i: number) => n[i] as number;
  const c10 = ((((at(0) + at(2) + at(4) + at(6) + at(8)) * 7 - (at(1) + at(3) + at(5) + at(7))) % 10) + 10) % 10;
  const c11 = n.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return c10 === at(9) && c11 === at(10);
}
