import { ValidationError, type ValidationIssue } from '@odeme/core';

/** Top-level field names of an object schema (through pipes and checks); empty when it has none. */
export function schemaFieldNames(schema: unknown): string[] {
  let node = schema as { _zod?: { def?: { shape?: Record<string, unknown>; in?: unknown } } } | undefined;
  for (let depth = 0; node && depth < 8; depth++) {
    const def = node._zod?.def;
    if (def?.shape) return Object.keys(def.shape);
    node = def?.in as typeof node;
  }
  return [];
}

/**
 * Refuses wire fields that would replace, on the wire and in the token, a field the SDK validated or sets itself.
 * HASO's .NET model binding reads names without regard to case, so `ORDERAMOUNT` in `extra` would overwrite the
 * checked `orderAmount`: names are compared without case. `guarded` are those names (schema fields, merchant id,
 * `ipAddress`, `requestToken`…); `free` are the caller's unchecked fields, keyed by the path to report (`extra.x`).
 * Two free fields that differ only in case are refused as well, since which one HASO reads cannot be told.
 */
export function checkShadowing(
  guarded: Iterable<string>,
  free: Iterable<[path: string, name: string]>,
  context: { provider: string; operation?: string },
): void {
  const taken = new Map<string, string>();
  for (const name of guarded) taken.set(name.toLowerCase(), name);
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  for (const [path, name] of free) {
    const key = name.toLowerCase();
    const field = taken.get(key);
    if (field !== undefined) issues.push({ path, message: `would replace the checked field ${field}: set ${field} itself`, code: 'shadowed_field' });
    else if (seen.has(key)) issues.push({ path, message: `names the same field as ${seen.get(key)} (HASO reads names without case)`, code: 'shadowed_field' });
    else seen.set(key, path);
  }
  if (issues.length > 0) throw new ValidationError(issues, context);
}

/** The `[path, name]` pairs of an `extra` record, for {@link checkShadowing}. */
export function extraPairs(extra: unknown): [string, string][] {
  return extra !== null && typeof extra === 'object' ? Object.keys(extra).map((k) => [`extra.${k}`, k]) : [];
}
