import { lazySchema } from '@odeme/core';
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

/**
 * A key PayWall hands out (`Token`, `CardToken`): text as sent, a number as its digits; `null`, absent or any
 * other value reads as `''`, which the call that takes the key refuses before sending. The .NET SDK types these as
 * nullable strings, so a success carrying `null` is read, not thrown away.
 */
/* @__NO_SIDE_EFFECTS__ */
export function infoKey() {
  const key = z.pipe(
    z.unknown(),
    z.transform((v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '')),
  );
  return z._default(key, '');
}

/**
 * An answer whose `Body` is an object of informational fields: a `null` or absent `Body` reads as `{}` (every field
 * left out), as the .NET SDK reads it (`Response<T>.Body` is nullable).
 */
/* @__NO_SIDE_EFFECTS__ */
export function orEmpty<T extends z.core.$ZodType>(body: T) {
  return z.pipe(
    z.pipe(
      z.unknown(),
      z.transform((v: unknown): unknown => v ?? {}),
    ),
    body,
  );
}

/** An informational text field of an answer (see `info`). */
export const infoText = /* @__PURE__ */ lazySchema(() => info(z.string()));
/** An informational number field of an answer (see `info`). */
export const infoNumber = /* @__PURE__ */ lazySchema(() => info(z.number()));
/** An informational flag of an answer (see `info`). */
export const infoBool = /* @__PURE__ */ lazySchema(() => info(z.boolean()));

/**
 * A field that settles an answer (a status, a success flag, an amount): `null` or left out when PayWall sends none,
 * never guessed into a value; one sent in another type is left out by core's lenient reading, with a warning.
 */
/* @__NO_SIDE_EFFECTS__ */
export function settles<T extends z.core.SomeType>(schema: T) {
  return z.nullish(schema);
}
