import { lazySchema, turkishMobile } from '@odeme/core';
import * as z from 'zod/mini';

/**
 * The GSM number to charge: core's `turkishMobile()`, which reads every common writing (`0532 123 45 67`, `+90…`,
 * `0090…`) and outputs `905XXXXXXXXX`, BiP's own wire form (`90` + 10 digits, spec §4), so nothing is rewritten after it.
 */
export const msisdn = turkishMobile;

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
export const resultEnvelope = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** BiP's return code: 1103 (`CONSENT_REQUESTED`) for a started payment, 0 (`SUCCESS`) for a commit. */
    resultCode: resultCode(),
    /** BiP's symbolic description of the code, e.g. `CONSENT_REQUESTED`. */
    resultDesc: z.optional(z.string()),
    /** The request's id as BiP echoes it (the documentation's example echoes a different one). */
    transactionId: z.optional(z.union([z.string(), z.pipe(z.number(), z.transform(String))])),
  }),
);
