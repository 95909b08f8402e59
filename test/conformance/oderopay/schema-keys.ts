// Reads the fields a zod (mini) schema declares, through pipes, optionals, unions and lists: what a response type of
// ours names, to compare with the official clients' answer types.

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  in?: unknown;
  innerType?: unknown;
  options?: unknown[];
  element?: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The object schemas a schema stands for, once pipes, optionals, nullables and defaults are looked through. */
function objects(schema: unknown): Record<string, unknown>[] {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.type === 'pipe') return objects(def.in);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return objects(def.innerType);
  if (def.type === 'union') return (def.options ?? []).flatMap(objects);
  return [];
}

/** The field names a response schema declares (the union of its object forms). */
export function declaredKeys(schema: unknown): Set<string> {
  return new Set(objects(schema).flatMap((shape) => Object.keys(shape)));
}

/** The schema of a declared field, its list element when it is a list; `undefined` when not declared. */
export function fieldSchema(schema: unknown, key: string): unknown {
  for (const shape of objects(schema)) {
    if (!(key in shape)) continue;
    let s = shape[key];
    for (;;) {
      const def = defOf(s);
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType;
      else if (def.type === 'array') s = def.element;
      else return s;
    }
  }
  return undefined;
}
