import * as z from 'zod/mini';

// zod types an object schema by `Writeable<shape>`, a mapped type: the published declarations then print its fields
// without their comments, and an editor shows no field documentation. Typed by the shape as written, they keep them.

/** `z.strictObject` (unknown keys refused), typed by its shape as written so that field comments reach the declarations. */
/* @__NO_SIDE_EFFECTS__ */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, z.core.$strict> {
  return z.strictObject(shape) as unknown as z.ZodMiniObject<T, z.core.$strict>;
}

/** `z.looseObject` (unknown keys kept), typed by its shape as written so that field comments reach the declarations. */
/* @__NO_SIDE_EFFECTS__ */
export function looseObject<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, z.core.$loose> {
  return z.looseObject(shape) as unknown as z.ZodMiniObject<T, z.core.$loose>;
}
