import * as z from 'zod/mini';

const required = (name: string) => z.string().check(z.minLength(1, `${name} is required`));

/** `Customer` (§4.0): the buyer on your side. `IdentityNumber` and `TaxNumber` are optional in the official SDK. */
export const customer = z.strictObject({
  /** The buyer's full name. */
  FullName: required('FullName'),
  /** The buyer's phone number. */
  Phone: required('Phone'),
  /** The buyer's e-mail address. */
  Email: required('Email'),
  /** The buyer's country. */
  Country: required('Country'),
  /** The buyer's city. */
  City: required('City'),
  /** The buyer's address. */
  Address: required('Address'),
  /** The buyer's identity number; listed as required in the Turkish docs, optional in the official SDK. */
  IdentityNumber: z.optional(z.string()),
  /** The buyer's tax number; listed as required in the Turkish docs, optional in the official SDK. */
  TaxNumber: z.optional(z.string()),
});
