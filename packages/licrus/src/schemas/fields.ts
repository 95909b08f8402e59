import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';

// Request fields shared by several methods. Kept apart from the envelope in `common.ts`, which every row's
// response uses: a bundle with one row holds only the fields that row takes.

/** A `{ Code }` reference to another record (brand, model, product, part…). */
export const codeRef = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The referenced record's code. */
    Code: z.string().check(z.minLength(1)),
  }),
);
/** An `{ Id }` reference to another record. */
export const idRef = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The referenced record's id. */
    Id: z.int(),
  }),
);

/** Culture fields some endpoints take (`"tr-TR"`, `"TR"`). */
export const cultureShape = /* @__PURE__ */ lazySchema(() => ({
  /** Culture of the texts, e.g. `"tr-TR"`. */
  Culture: z.optional(z.string().check(z.minLength(1))),
  /** Culture of the app, e.g. `"TR"`. */
  AppCulture: z.optional(z.string().check(z.minLength(1))),
}));

/** App fields some endpoints take: `AppSource` is a numeric string, `AppPlatform` 1 or 2. */
export const appShape = /* @__PURE__ */ lazySchema(() => ({
  /** Calling app's source id, a numeric string (`"16573"` for EAM, `"66292"` for mobile first-start calls). */
  AppSource: z.optional(z.string().check(z.regex(/^\d+$/, 'AppSource is a numeric string'))),
  /** Calling app's platform: `1` or `2` (the spec's only values), as a number or as text (`"1"`), as the samples send it. */
  AppPlatform: z.optional(z.literal([1, 2, '1', '2'])),
}));

/** A date-time sent as an ISO 8601 string (the docs show .NET `DateTime` values); a `Date` is written with `toISOString()`. */
export const dateTime = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.string().check(z.minLength(1)),
    z.pipe(
      z.date(),
      z.transform((d: Date) => d.toISOString()),
    ),
  ]),
);
