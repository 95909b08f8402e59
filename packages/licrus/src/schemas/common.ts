import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';

/** Message kind after normalisation of `MessageList[].Type` (numbers or names on the wire). */
export type LicrusMessageKind = 'Error' | 'Warning' | 'Info' | 'Unknown';

/** The documented values of `MessageList[].Type`, by number or name; a tenant's other values still pass. */
export type LicrusMessageType = 0 | 1 | 2 | 'Error' | 'Warning' | 'Info' | (number & {}) | (string & {});
// Typed for autocompletion only: the SDK maps unknown values to `kind: 'Unknown'` instead of refusing the answer.
const messageType = /* @__PURE__ */ lazySchema(() => z.union([z.number(), z.string()]) as unknown as z.ZodMiniType<LicrusMessageType, LicrusMessageType>);

/**
 * One `MessageList` entry. `Type` and `Message` are the provider's; `kind` (the type by name) and `code`
 * (an error code found in the text, like `INT-PRD1001`) are added by the SDK.
 */
export const licrusMessage = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** `ServiceResponseMessageType` as sent: 0 (Error), 1 (Warning, inferred), 2 (Info) in the samples, or the name. */
    Type: z.nullish(messageType),
    /** The message text; error codes such as `INT-PRD1001` are written inside it. */
    Message: z.nullish(z.string()),
    /** `Type` by name (added by the SDK): `Error`, `Warning`, `Info`, or `Unknown` for a value it cannot map. */
    kind: z.enum(['Error', 'Warning', 'Info', 'Unknown']),
    /** The first error code found in `Message` (added by the SDK), e.g. `INT-PRD1001`. */
    code: z.optional(z.string()),
  }),
);

/** The fields every Licrus response carries; unknown fields are kept. */
export const envelopeShape = /* @__PURE__ */ lazySchema(() => ({
  /** True when the call failed (the client throws a `LicrusError` then, so a returned value has it false or absent). */
  HasError: z.optional(z.boolean()),
  /** True when `MessageList` holds messages worth reading (info or warnings on a success). */
  HasMessage: z.optional(z.boolean()),
  /** The envelope's messages, each with `kind` and any `code` added; empty when Licrus sends none. */
  MessageList: z._default(z.array(licrusMessage), []),
  /** Whether the response carries a result (seen in samples). */
  HasResult: z.nullish(z.boolean()),
  /** Number of records in this response (seen in samples). */
  Count: z.nullish(z.number()),
  /** Number of records in all (seen in samples). */
  TotalCount: z.nullish(z.number()),
}));

/** The bare response envelope (`HasError`, `HasMessage`, `MessageList`, …). */
export const envelope = /* @__PURE__ */ lazySchema(() => z.looseObject({ ...envelopeShape }));

/** An envelope with method-specific fields added. */
/* @__NO_SIDE_EFFECTS__ */
export function envelopeWith<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.looseObject({ ...envelopeShape, ...shape });
}

/** An envelope whose `Results` is a list of `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function resultsEnvelope<T extends z.core.$ZodType>(item: T) {
  return envelopeWith({
    /** The records the method returns; an empty list when Licrus sends none (or `null`). */
    Results: z.pipe(
      z.nullish(z.array(item)),
      z.transform((v: z.output<T>[] | null | undefined) => v ?? []),
    ),
  });
}
