import * as z from 'zod/mini';
import { normaliseMsisdn } from '../msisdn.js';

/** A GSM number, accepted in local or international form and sent as `90` + 10 digits. */
export const msisdn = () =>
  z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const normalised = normaliseMsisdn(value);
      if (normalised === undefined) {
        ctx.issues.push({ code: 'custom', message: 'msisdn must be a Turkish mobile number: 905XXXXXXXXX, 05XXXXXXXXX or 5XXXXXXXXX', input: value });
        return z.NEVER;
      }
      return normalised;
    }),
  );

/**
 * The merchant's transaction id: any non-blank text (the documentation sets no length or alphabet). Sent exactly as
 * given, so it is refused rather than trimmed when it starts or ends with whitespace.
 */
export const transactionId = () =>
  z
    .string()
    .check(z.minLength(1, 'transactionId must not be blank'), z.regex(/^\S(?:[\s\S]*\S)?$/, 'transactionId must not be blank or start or end with whitespace'));

/** A channel id: any non-negative whole number (10, 11, 40, 50 are documented; others pass through). */
export const channelId = () => z.number().check(z.int('channelId must be a whole number'), z.nonnegative());

/**
 * A result code as BiP sends it: a JSON number, tolerated as a digit string (the tables call some numeric
 * fields "String"). Always a number after parsing.
 */
export const resultCode = () => z.union([z.int(), z.pipe(z.string().check(z.regex(/^-?\d+$/)), z.transform(Number))]);

/** The synchronous answer of both BiP services: a result code, its symbolic description and the transaction id. */
export const resultEnvelope = z.looseObject({
  /** BiP's return code: 1103 (`CONSENT_REQUESTED`) for a started payment, 0 (`SUCCESS`) for a commit. */
  resultCode: resultCode(),
  /** BiP's symbolic description of the code, e.g. `CONSENT_REQUESTED`. */
  resultDesc: z.optional(z.string()),
  /** The request's id as BiP echoes it (the documentation's example echoes a different one). */
  transactionId: z.optional(z.union([z.string(), z.pipe(z.number(), z.transform(String))])),
});
/** Parsed synchronous answer of a BiP service. */
export type BipResultEnvelope = z.output<typeof resultEnvelope>;
