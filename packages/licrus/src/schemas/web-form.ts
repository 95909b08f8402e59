import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelope } from './common.js';
import { blankOr, licrusMobile } from './identifiers.js';

/** Required text: trimmed, not empty. */
const text = /* @__PURE__ */ lazySchema(() => z.string().check(z.trim(), z.minLength(1)));
/** Optional text: the published sample sends `""` for a field left blank, so an empty string is accepted. */
const optionalText = /* @__PURE__ */ lazySchema(() => z.optional(z.string().check(z.trim())));
/** Optional e-mail address, or `""` as in the published sample. */
const optionalEmail = /* @__PURE__ */ lazySchema(() => z.optional(blankOr(z.email())));

/**
 * `/ExternalCall/Create`: a service call opened from a web form. The published sample request (web form page) is
 * accepted as it is: blank fields as `""`, and a `DealerMobilePhone` (`"3546546757"`) that is not a mobile number, so
 * that field is not checked as one.
 */
export const webFormCallRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Dealer's company name. */
    DealerCompanyName: optionalText,
    /** Dealer's contact person. */
    DealerContactPerson: optionalText,
    /** Dealer's phone as the form collected it: not checked, the published sample puts a landline number here. */
    DealerMobilePhone: optionalText,
    /** Dealer's work phone. */
    DealerWorkPhone: optionalText,
    /** Dealer's e-mail address. */
    DealerEmail: optionalEmail,
    /** Customer's company name. */
    CustomerCompanyName: optionalText,
    /** Customer's full name. */
    CustomerFullName: text,
    /** Customer's Turkish mobile number in any common writing; sent as 10 digits (`5301231212`), as in the sample. */
    CustomerMobilePhone: licrusMobile(),
    /** Customer's work phone. */
    CustomerWorkPhone: optionalText,
    /** Customer's e-mail address. */
    CustomerEmail: optionalEmail,
    /** Customer's city (il). */
    CustomerCity: text,
    /** Customer's district (ilçe). */
    CustomerDistrict: text,
    /** Customer's address. */
    CustomerAddress: text,
    /** Product names, as free text. */
    ProductNameList: optionalText,
    /** Product group name. */
    ProductGroupName: optionalText,
    /** Product serial numbers, as free text (`"99958,99959"`). */
    ProductSerialNumberList: optionalText,
    /** Number of devices. */
    DeviceCount: z.optional(z.int().check(z.positive())),
  }),
);
/** The envelope; the call number is inside the message text. */
export const webFormCallResponse = envelope;
