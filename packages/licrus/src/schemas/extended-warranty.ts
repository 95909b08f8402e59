import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { resultsEnvelope } from './common.js';
import { licrusMobile, taxIdNumber } from './identifiers.js';

const s = /* @__PURE__ */ lazySchema(() => z.optional(z.string().check(z.minLength(1))));

/** Extended warranty GetCustomer: any combination of the documented filter fields. */
export const extendedWarrantyCustomerRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The customer filter; give any of its fields. */
    Filter: z.object({
      /** Customer number. */
      CustomerNo: s,
      /** Customer name. */
      CustomerName: s,
      /** City (il). */
      City: s,
      /** Identity number: a TCKN (11 digits) or a tax number (VKN, 10 digits); check digits verified before sending. */
      IdentityNo: z.optional(taxIdNumber()),
      /** Phone number. */
      PhoneNo: s,
      /** County (ilçe). */
      County: s,
      /** E-mail address. */
      Email: s,
      /** Turkish mobile number in any common writing; sent as 10 digits (`5321234567`), as Licrus's samples write it. */
      MobilePhoneNo: z.optional(licrusMobile()),
      /** VAT business posting group. */
      VatBusinessPostingGroup: s,
      /** General business posting group. */
      GeneralBusinessPostingGroup: s,
      /** Whether the customer receives e-invoices. */
      IsEInvoice: z.optional(z.boolean()),
      /** Post code. */
      PostCode: s,
      /** Home or mobile phone number (a landline too, so not checked as a mobile). */
      HomeMobilePhoneNo: s,
    }),
  }),
);
/** Customer rows; their shape is not public, all fields are kept. */
export const extendedWarrantyCustomerResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(z.looseObject({})));
