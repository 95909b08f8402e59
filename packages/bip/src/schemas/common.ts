import * as z from 'zod';
import { normaliseMsisdn } from '../msisdn.js';

/** A GSM number, accepted in local or international form and sent as `90` + 10 digits. */
export const msisdn = () =>
  z.string().transform((value, ctx) => {
    const normalised = normaliseMsisdn(value);
    if (normalised === undefined) {
      ctx.addIssue({ code: 'custom', message: 'msisdn must be a Turkish mobile number: 905XXXXXXXXX, 05XXXXXXXXX or 5XXXXXXXXX' });
      return z.NEVER;
    }
    return normalised;
  });

/** The merchant's transaction id: any non-blank text (the documentation sets no length or alphabet). */
export const transactionId = () => z.string().trim().min(1, 'transactionId must not be blank');

/** A channel id: any non-negative whole number (10, 11, 40, 50 are documented; others pass through). */
export const channelId = () => z.number().int('channelId must be a whole number').nonnegative();

/**
 * A result code as BiP sends it: a JSON number, tolerated as a digit string (the tables call some numeric
 * fields "String"). Always a number after parsing.
 */
export const resultCode = () =>
  z.union([
    z.number().int(),
    z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number),
  ]);

/** The synchronous answer of both BiP services: a result code, its symbolic description and the transaction id. */
export const resultEnvelope = z.looseObject({
  resultCode: resultCode(),
  resultDesc: z.string().optional(),
  transactionId: z.union([z.string(), z.number().transform(String)]).optional(),
});
/** Parsed synchronous answer of a BiP service. */
export type BipResultEnvelope = z.output<typeof resultEnvelope>;
