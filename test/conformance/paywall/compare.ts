// Compares a JSON body our client sent with the .NET model of that body: names, nesting and JSON types.
import type { NetField } from './netcore.js';

/** How a sent body differs from the .NET model. */
export interface BodyDifference {
  /** `ours-only`: we send a field the model lacks; `casing`: same field, other casing; `type`: another JSON type or nesting. */
  kind: 'ours-only' | 'casing' | 'type';
  /** Dotted path, `[]` for list items (`Products[].DiscountValue`). */
  field: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a sent scalar has the JSON type the model gives (`integer(*)` also needs a whole number). */
export function typeMatches(type: string, value: unknown): boolean {
  if (value === null || type === 'any') return true;
  if (type.startsWith('string')) return typeof value === 'string';
  if (type.startsWith('integer')) return typeof value === 'number' && Number.isInteger(value);
  if (type.startsWith('number')) return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'object') return isObject(value);
  return false;
}

/**
 * Walks a sent body against the model's fields. Returns the differences and adds every model path it met to
 * `covered` (so that fields of the model we never send can be listed).
 */
export function compareBody(fields: NetField[], sent: unknown, covered: Set<string>, prefix = ''): BodyDifference[] {
  if (!isObject(sent)) return [{ kind: 'type', field: prefix || '(body)' }];
  const out: BodyDifference[] = [];
  for (const [key, value] of Object.entries(sent)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const exact = fields.find((f) => f.name === key);
    const field = exact ?? fields.find((f) => f.name.toLowerCase() === key.toLowerCase());
    if (!field) {
      out.push({ kind: 'ours-only', field: path });
      continue;
    }
    const at = prefix ? `${prefix}.${field.name}` : field.name;
    covered.add(at);
    if (!exact) out.push({ kind: 'casing', field: at });
    if (field.array) {
      if (value === null) continue;
      if (!Array.isArray(value)) {
        out.push({ kind: 'type', field: at });
        continue;
      }
      for (const item of value) out.push(...itemDifferences(field, item, covered, `${at}[]`));
    } else out.push(...itemDifferences(field, value, covered, at));
  }
  return out;
}

function itemDifferences(field: NetField, value: unknown, covered: Set<string>, at: string): BodyDifference[] {
  if (field.fields && value !== null) return isObject(value) ? compareBody(field.fields, value, covered, at) : [{ kind: 'type', field: at }];
  return typeMatches(field.type, value) ? [] : [{ kind: 'type', field: at }];
}

/** Every field path of a model (`Products[].ProductId`), for the ones never sent. */
export function modelPaths(fields: NetField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const at = prefix ? `${prefix}.${f.name}` : f.name;
    return [at, ...(f.fields ? modelPaths(f.fields, f.array ? `${at}[]` : at) : [])];
  });
}

/** A value a .NET server sends for a field: `nulls` writes `null` where the type allows it, as `JsonSerializer` does. */
export function netValue(f: NetField, mode: 'nulls' | 'filled'): unknown {
  if (f.nullable && (mode === 'nulls' || !f.fields)) return null;
  const one = f.fields ? netObject(f.fields, mode) : scalar(f.type);
  return f.array ? [one] : one;
}

/** A .NET answer object: every member of the model, as `netValue` writes it. */
export function netObject(fields: NetField[], mode: 'nulls' | 'filled'): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, netValue(f, mode)]));
}

// The default of a non-nullable .NET value type: what the server writes when it has nothing to say.
function scalar(type: string): unknown {
  if (type.startsWith('integer') || type.startsWith('number')) return 0;
  if (type === 'boolean') return false;
  if (type === 'string(date-time)') return '0001-01-01T00:00:00';
  if (type === 'string') return '';
  return null;
}

/** Paths (`Payment.Products`) of the lists an answer carries as `null`. */
export function nullLists(fields: NetField[], value: unknown, prefix = ''): string[] {
  if (!isObject(value)) return [];
  return fields.flatMap((f) => {
    const at = prefix ? `${prefix}.${f.name}` : f.name;
    const v = value[f.name];
    if (f.array) return v === null ? [at] : [];
    return f.fields ? nullLists(f.fields, v, at) : [];
  });
}

/** The value at a dotted path (`Payment.Products`). */
export function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), value);
}
