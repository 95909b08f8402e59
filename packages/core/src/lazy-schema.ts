/**
 * A schema built on first use: `build` runs the first time anything reads the schema (a parse, or a schema that
 * holds it being built), never at import. A client's module then costs only what its rows need when they are called:
 * most of an import was building schemas the program may never use. The value is the built schema's stand-in, typed
 * as it, so it goes wherever the schema would. An object of schemas that rows spread into their own shapes
 * (`{ ...paging, ...fields }`) is wrapped the same way: spreading it builds it. Where such an object is a schema's
 * whole shape, pass a copy (`z.strictObject({ ...fields })`): a parse then reads a plain object, not the stand-in.
 *
 * @example
 * export const cardSchema = lazySchema(() => z.strictObject({ number: z.string() }));
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => {
    built ??= build();
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = real();
      return Reflect.get(target, key, target);
    },
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property as non-configurable when its own target lacks it.
      return d ? { ...d, configurable: true } : undefined;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    set: (_, key, value) => Reflect.set(real(), key, value),
    defineProperty: (_, key, d) => Reflect.defineProperty(real(), key, d),
  });
}
