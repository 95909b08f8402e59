import * as z from 'zod/mini';
import { resultsEnvelope } from './common.js';

const s = z.optional(z.string().check(z.minLength(1)));

/** Extended warranty GetCustomer: any combination of the documented filter fields. */
export const extendedWarrantyCustomerRequest = z.object({
  /** The customer filter; give any of its fields. */
  Filter: z.object({
    /** Customer number. */
    CustomerNo: s,
    /** Customer name. */
    CustomerName: s,
    /** City (il). */
    City: s,
    /** Identity number (TCKN) or tax number. */
    IdentityNo: s,
    /** Phone number. */
    PhoneNo: s,
    /** County (ilçe). */
    County: s,
    /** E-mail address. */
    Email: s,
    /** Mobile phone number. */
    MobilePhoneNo: s,
    /** VAT business posting group. */
    VatBusinessPostingGroup: s,
    /** General business posting group. */
    GeneralBusinessPostingGroup: s,
    /** Whether the customer receives e-invoices. */
    IsEInvoice: z.optional(z.boolean()),
    /** Post code. */
    PostCode: s,
    /** Home or mobile phone number. */
    HomeMobilePhoneNo: s,
  }),
});
/** Customer rows; their shape is not public, all fields are kept. */
export const extendedWarrantyCustomerResponse = resultsEnvelope(z.looseObject({}));
