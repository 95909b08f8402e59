import { lazySchema, tckn } from '@odeme/core';
import * as z from 'zod/mini';
import { HASO_TEST_RESULTS } from '../codes.js';
import { extraFields, hasoDay, ipAddress, mobileNumber, x100Int } from './common.js';

const name = /* @__PURE__ */ lazySchema(() => z.string().check(z.minLength(1)));

/** 5.2.1 HasoAuthSendInfo: registers the shopper and starts a KKB request (or uses `PreDefinedLimit`). */
export const hasoAuthSendInfoRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** First name exactly as on the ID, middle names included (used for TCKN verification). */
    shopperName: name,
    /** Surname exactly as on the ID. */
    shopperSurname: name,
    /** 11-digit Turkish ID number (core's `tckn()`: check digits verified, surrounding spaces dropped). */
    tckn: tckn(),
    /** Turkish mobile number in any common writing, sent as 10 digits (`5321112233`). */
    mobileNumber,
    /** The customer's e-mail. */
    email: z.email(),
    /** Name only partly visible in the docs (`dea…`); INFERRED `dealerSegment`. */
    dealerSegment: z.optional(z.string().check(z.maxLength(10))),
    /** > 0: merchant-defined limit after OTP, no KKB call. Unit INFERRED ×100 (integer kuruş). */
    PreDefinedLimit: z.optional(x100Int()),
    /** Test mode switch that enables `testResult` in 5.2.2 / 5.2.3. */
    testOn: z.optional(z.boolean()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.2.2 SendKkbPinCode. */
export const sendKkbPinCodeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** The reference 5.2.1 returned. */
    kkbRefNo: z.string().check(z.minLength(1)),
    /** The PIN the customer received by SMS (any value when `testResult` is set). */
    pinCode: z.string().check(z.minLength(1)),
    /** Test mode only: `A`–`F` approve (E and F with limit 0), `RETRY` = report not ready. */
    testResult: z.optional(z.enum(HASO_TEST_RESULTS)),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.2.3 AskKkbReportResult. */
export const askKkbReportResultRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** The reference of the confirmed KKB request. */
    kkbRefNo: z.string().check(z.minLength(1)),
    /** Test mode only: `A`–`F` approve (E and F with limit 0), `RETRY` = report not ready. */
    testResult: z.optional(z.enum(HASO_TEST_RESULTS)),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);

/** 5.2.6 SetLimitFromKds: a limit from the merchant's own scoring, `kdsLimit` in kuruş. */
export const setLimitFromKdsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** First name (HASO skips TCKN verification: you are assumed to have done it). */
    shopperName: name,
    /** Surname. */
    shopperSurname: name,
    /** 11-digit Turkish ID number (core's `tckn()`: check digits verified, surrounding spaces dropped). */
    tckn: tckn(),
    /** Turkish mobile number, sent as 10 digits (`5161112233`); HASO checks it is not registered to another customer. */
    mobileNumber,
    /** The customer's e-mail. */
    email: z.email(),
    /** Birth date: a `Date` or `yyyy-MM-dd`. */
    birthDate: hasoDay,
    /** The customer's segment on your side (String(10)). */
    dealerSegment: z.string().check(z.minLength(1), z.maxLength(10)),
    /** The limit your scoring computed, in integer kuruş (×100 int). */
    kdsLimit: x100Int(),
    /** The segment your scoring assigned. */
    kdsSegment: z.optional(z.string()),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
