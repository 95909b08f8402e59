import * as z from 'zod/mini';

/**
 * An informational answer field: its documented type, `null` or absent; a value of any other type reads as
 * `undefined`. A success must never turn into an exception over a field that neither identifies nor settles the
 * operation (the official .NET SDK writes `null` for empty strings and lists).
 */
/* @__NO_SIDE_EFFECTS__ */
export function info<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.nullish(schema), undefined);
}

/** An informational list: `null` or absent reads as `[]`; a value that is not a list of such items reads as `[]`. */
/* @__NO_SIDE_EFFECTS__ */
export function infoList<T extends z.core.SomeType>(item: T) {
  return z.pipe(
    z.catch(z.nullish(z.array(item)), undefined),
    z.transform((v: z.output<T>[] | null | undefined) => v ?? []),
  );
}
