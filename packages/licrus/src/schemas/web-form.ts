import * as z from 'zod/mini';
import { envelope } from './common.js';

const text = z.string().check(z.trim(), z.minLength(1));

/** `/ExternalCall/Create`: a service call opened from a web form. */
export const webFormCallRequest = z.object({
  /** Dealer's company name. */
  DealerCompanyName: z.optional(text),
  /** Dealer's contact person. */
  DealerContactPerson: z.optional(text),
  /** Dealer's mobile phone. */
  DealerMobilePhone: z.optional(text),
  /** Dealer's work phone. */
  DealerWorkPhone: z.optional(text),
  /** Dealer's e-mail address. */
  DealerEmail: z.optional(z.email()),
  /** Customer's company name. */
  CustomerCompanyName: z.optional(text),
  /** Customer's full name. */
  CustomerFullName: text,
  /** Customer's mobile phone. */
  CustomerMobilePhone: text,
  /** Customer's work phone. */
  CustomerWorkPhone: z.optional(text),
  /** Customer's e-mail address. */
  CustomerEmail: z.optional(z.email()),
  /** Customer's city (il). */
  CustomerCity: text,
  /** Customer's district (ilçe). */
  CustomerDistrict: text,
  /** Customer's address. */
  CustomerAddress: text,
  /** Product names, as free text. */
  ProductNameList: z.optional(text),
  /** Product group name. */
  ProductGroupName: z.optional(text),
  /** Product serial numbers, as free text. */
  ProductSerialNumberList: z.optional(text),
  /** Number of devices. */
  DeviceCount: z.optional(z.int().check(z.positive())),
});
/** The envelope; the call number is inside the message text. */
export const webFormCallResponse = envelope;
