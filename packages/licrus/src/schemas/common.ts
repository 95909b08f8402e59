import * as z from 'zod';

/** Message kind after normalisation of `MessageList[].Type` (numbers or names on the wire). */
export type LicrusMessageKind = 'Error' | 'Warning' | 'Info' | 'Unknown';

/**
 * One `MessageList` entry. `Type` and `Message` are the provider's; `kind` (the type by name) and `code`
 * (an error code found in the text, like `INT-PRD1001`) are added by the SDK.
 */
export const licrusMessage = z.looseObject({
  Type: z.union([z.number(), z.string()]).nullish(),
  Message: z.string().nullish(),
  kind: z.enum(['Error', 'Warning', 'Info', 'Unknown']),
  code: z.string().optional(),
});
/** A normalised `MessageList` entry. */
export type LicrusMessage = z.output<typeof licrusMessage>;

/** The fields every Licrus response carries; unknown fields are kept. */
export const envelopeShape = {
  HasError: z.boolean().optional(),
  HasMessage: z.boolean().optional(),
  MessageList: z.array(licrusMessage).default([]),
  HasResult: z.boolean().nullish(),
  Count: z.number().nullish(),
  TotalCount: z.number().nullish(),
};

/** The bare response envelope (`HasError`, `HasMessage`, `MessageList`, …). */
export const envelope = z.looseObject(envelopeShape);

/** An envelope with method-specific fields added. */
export function envelopeWith<S extends z.ZodRawShape>(shape: S) {
  return z.looseObject({ ...envelopeShape, ...shape });
}

/** An envelope whose `Results` is a list of `item`. */
export function resultsEnvelope<T extends z.ZodType>(item: T) {
  return envelopeWith({
    Results: z
      .array(item)
      .nullish()
      .transform((v) => v ?? []),
  });
}

/** A `{ Code }` reference to another record (brand, model, product, part…). */
export const codeRef = z.object({ Code: z.string().min(1) });
/** An `{ Id }` reference to another record. */
export const idRef = z.object({ Id: z.number().int() });

/** Culture fields some endpoints take (`"tr-TR"`, `"TR"`). */
export const cultureShape = {
  Culture: z.string().min(1).optional(),
  AppCulture: z.string().min(1).optional(),
};

/** App fields some endpoints take: `AppSource` is a numeric string, `AppPlatform` 1 or 2. */
export const appShape = {
  AppSource: z.string().regex(/^\d+$/, 'AppSource is a numeric string').optional(),
  AppPlatform: z.union([z.number().int(), z.string().regex(/^\d+$/)]).optional(),
};

/** A date-time sent as an ISO 8601 string (the docs show .NET `DateTime` values). */
export const dateTime = z.union([z.string().min(1), z.date().transform((d) => d.toISOString())]);
