import { lazySchema, turkishMobile } from '@odeme/core';
import * as z from 'zod/mini';
import { issueSink } from './common.js';

const required = (name: string) => z.string().check(z.minLength(1, `${name} is required`));

const customerFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The buyer's full name. */
    FullName: required('FullName'),
    /** The buyer's mobile (GSM) number; for a buyer in Turkey a Turkish mobile number, sent as `5XXXXXXXXX`. */
    Phone: required('Phone'),
    /** The buyer's e-mail address. */
    Email: required('Email'),
    /** The buyer's country (`Türkiye`, `Turkey` or `TR` turns on the Turkish mobile check of `Phone`). */
    Country: required('Country'),
    /** The buyer's city. */
    City: required('City'),
    /** The buyer's address. */
    Address: required('Address'),
    /**
     * The buyer's identity number (TCKN per the Turkish docs), sent as given: the docs' own example sends the text
     * `IdentityNumber` and PayWall's examples placeholder numbers that fail the TCKN checksum, so it is not checked.
     */
    IdentityNumber: z.optional(z.string()),
    /** The buyer's tax number (VKN per the Turkish docs), sent as given for the same reason (the docs send `TaxNumber`). */
    TaxNumber: z.optional(z.string()),
  }),
);

// Country texts that name Turkey, compared in lower case without accents or the dot of İ/ı.
const TURKEY = new Set(['tr', 'tur', 'turkey', 'turkiye', 'republic of turkey', 'republic of turkiye', 'turkiye cumhuriyeti']);

/** True when a free-text country names Turkey (`Türkiye`, `TÜRKİYE`, `Turkey`, `TR`, `TUR`…). */
export function namesTurkey(country: string): boolean {
  const folded = country
    .trim()
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  return TURKEY.has(folded);
}

const mobile = /* @__PURE__ */ lazySchema(() => turkishMobile());

/**
 * `Customer` (§4.0): the buyer on your side; `Phone` is the buyer's GSM number ("GSM numarası"). For a buyer in
 * Turkey it must be a Turkish mobile number, in any common writing (`0532 123 45 67`, `+90 532…`), and is sent as
 * `5XXXXXXXXX`, the form of PayWall's examples; a buyer elsewhere (PayWall also takes BAM, MKD and ALL) keeps the
 * number as given. `IdentityNumber` and `TaxNumber` are optional in the official SDK and not checked (see above).
 */
export const customer = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    customerFields,
    z.transform((c: z.output<typeof customerFields>, payload) => {
      if (!namesTurkey(c.Country)) return c;
      const phone = z.safeParse(mobile, c.Phone);
      if (phone.success) return { ...c, Phone: phone.data.slice(2) };
      const ctx = issueSink(payload);
      for (const issue of phone.error.issues) ctx.addIssue({ code: 'custom', path: ['Phone'], message: issue.message });
      return c;
    }),
  ),
);
