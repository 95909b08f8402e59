import * as z from 'zod';
import { resultsEnvelope } from './common.js';

const s = z.string().min(1).optional();

/** Extended warranty GetCustomer: any combination of the documented filter fields. */
export const extendedWarrantyCustomerRequest = z.object({
  Filter: z.object({
    CustomerNo: s,
    CustomerName: s,
    City: s,
    IdentityNo: s,
    PhoneNo: s,
    County: s,
    Email: s,
    MobilePhoneNo: s,
    VatBusinessPostingGroup: s,
    GeneralBusinessPostingGroup: s,
    IsEInvoice: z.boolean().optional(),
    PostCode: s,
    HomeMobilePhoneNo: s,
  }),
});
/** Customer rows; their shape is not public, all fields are kept. */
export const extendedWarrantyCustomerResponse = resultsEnvelope(z.looseObject({}));
