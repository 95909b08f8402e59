import * as z from 'zod';

const required = (name: string) => z.string().min(1, `${name} is required`);

/** `Customer` (§4.0): the buyer on your side. `IdentityNumber` and `TaxNumber` are optional in the official SDK. */
export const customer = z.strictObject({
  FullName: required('FullName'),
  Phone: required('Phone'),
  Email: required('Email'),
  Country: required('Country'),
  City: required('City'),
  Address: required('Address'),
  IdentityNumber: z.string().optional(),
  TaxNumber: z.string().optional(),
});
