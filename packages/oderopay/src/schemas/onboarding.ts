import { iban, lazySchema, tckn, turkishMobile } from '@odeme/core';
import * as z from 'zod/mini';
import { id, idList, listOf, openQuery, pagedQuery } from './common.js';
import { openEnum, STATUSES, SUB_MERCHANT_TYPES } from './enums.js';
import { looseObject, strictObject } from './object.js';

const buyerFields = /* @__PURE__ */ lazySchema(() => ({
  /** Buyer's e-mail address. */
  email: z.optional(z.email()),
  /** Buyer's first name. */
  name: z.string().check(z.minLength(1)),
  /** Buyer's surname. */
  surname: z.string().check(z.minLength(1)),
  /**
   * Buyer's Turkish mobile number in any common writing (`0532 123 45 67`, `+90 532…`); sent as `905XXXXXXXXX`, the
   * form of ÖderoPay's own samples.
   */
  gsmNumber: z.optional(turkishMobile()),
  /** Buyer's T.C. kimlik numarası (TCKN): 11 digits with valid check digits. */
  identityNumber: z.optional(tckn()),
}));

/** POST /onboarding/v1/buyers. */
export const createBuyerRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    ...buyerFields,
    /** The merchant's own id for the buyer. */
    buyerExternalId: z.optional(z.string()),
  }),
);
/** PUT /onboarding/v1/buyers/{id}: the create fields minus the external id. */
export const updateBuyerRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The buyer (path). */
    id,
    ...buyerFields,
    /** `ACTIVE` or `PASSIVE`. */
    status: z.optional(z.enum(STATUSES)),
  }),
);
/** GET /onboarding/v1/buyers query. */
export const searchBuyersRequest = /* @__PURE__ */ lazySchema(() =>
  pagedQuery({
    /** `ACTIVE` or `PASSIVE`. */
    status: z.optional(z.enum(STATUSES)),
    /** E-mail address. */
    email: z.optional(z.string()),
    /** T.C. kimlik numarası (TCKN), checked as on create. */
    identityNumber: z.optional(tckn()),
    /** First name. */
    name: z.optional(z.string()),
    /** Surname. */
    surname: z.optional(z.string()),
    /** Turkish mobile number, sent as `905XXXXXXXXX` as on create (so it finds buyers created through this client). */
    gsmNumber: z.optional(turkishMobile()),
    /** The merchant's own id for the buyer. */
    buyerExternalId: z.optional(z.string()),
  }),
);
/** A buyer (end customer). */
export const buyer = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** ÖderoPay buyer id: the `buyerId` of payments. */
    id: z.number(),
    /** `ACTIVE` or `PASSIVE` (others pass). */
    status: z.nullish(openEnum(STATUSES)),
    /** E-mail address. */
    email: z.nullish(z.string()),
    /** First name. */
    name: z.nullish(z.string()),
    /** Surname. */
    surname: z.nullish(z.string()),
    /** Mobile number. */
    gsmNumber: z.nullish(z.string()),
    /** National identity number. */
    identityNumber: z.nullish(z.string()),
    /** The merchant's own id for the buyer. */
    buyerExternalId: z.nullish(z.string()),
    /** When the buyer was created (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
  }),
);

const subMerchantFields = /* @__PURE__ */ lazySchema(() => ({
  /** Sub-merchant's name. */
  name: z.string().check(z.minLength(1)),
  /** Postal address. */
  address: z.optional(z.string()),
  /** E-mail address. */
  email: z.optional(z.email()),
  /**
   * IBAN payouts go to: letters and digits with valid ISO 13616 check digits, spaces allowed, sent without them. Any
   * country's IBAN passes, for ÖderoPay's Azerbaijan region.
   */
  iban: z.optional(iban()),
  /** Turkish mobile number in any common writing; sent as `905XXXXXXXXX`, the form of ÖderoPay's own samples. */
  gsmNumber: z.optional(turkishMobile()),
  /** Tax office. */
  taxOffice: z.optional(z.string()),
  /**
   * Tax number (VKN, companies). Sent as given, unchecked: ÖderoPay's own Node client tests send `1234123456`, which
   * fails the VKN check digit.
   */
  taxNumber: z.optional(z.string()),
  /** Contact person's first name. */
  contactName: z.optional(z.string()),
  /** Contact person's surname. */
  contactSurname: z.optional(z.string()),
  /**
   * National identity number (TCKN, persons). Sent as given, unchecked: ÖderoPay's own Node client tests send
   * `12341234912`, which fails the TCKN check digits.
   */
  identityNumber: z.optional(z.string()),
  /** Legal company title (companies). */
  legalCompanyTitle: z.optional(z.string()),
}));

/** POST /onboarding/v1/sub-merchants. */
export const createSubMerchantRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Legal form: `PERSONAL`, `PRIVATE_COMPANY` or `LIMITED_OR_JOINT_STOCK_COMPANY`. */
    subMerchantType: z.enum(SUB_MERCHANT_TYPES),
    /** The merchant's own id for the sub-merchant. */
    subMerchantExternalId: z.optional(z.string()),
    ...subMerchantFields,
  }),
);
/** PUT /onboarding/v1/sub-merchants/{id}. */
export const updateSubMerchantRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The sub-merchant (path). */
    id,
    ...subMerchantFields,
    /** `ACTIVE` or `PASSIVE`. */
    status: z.optional(z.enum(STATUSES)),
  }),
);
/** GET /onboarding/v1/sub-merchants query: the official clients' filters typed, other keys passed through (scalars only). */
export const searchSubMerchantsRequest = /* @__PURE__ */ lazySchema(() =>
  openQuery({
    /** Sub-merchant name. */
    name: z.optional(z.string()),
    /** Sub-merchants with these ids; comma-joined on the wire. */
    subMerchantIds: idList,
    /** The merchant's own id for the sub-merchant. */
    subMerchantExternalId: z.optional(z.string()),
    /** Legal form: `PERSONAL`, `PRIVATE_COMPANY` or `LIMITED_OR_JOINT_STOCK_COMPANY`. */
    subMerchantType: z.optional(z.enum(SUB_MERCHANT_TYPES)),
  }),
);
/** A sub-merchant. */
export const subMerchant = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** ÖderoPay sub-merchant id: the `subMerchantId` of basket lines. */
    id: z.number(),
    /** `ACTIVE` or `PASSIVE` (others pass). */
    status: z.nullish(openEnum(STATUSES)),
    /** Legal form: `PERSONAL`, `PRIVATE_COMPANY`, `LIMITED_OR_JOINT_STOCK_COMPANY` (others pass). */
    subMerchantType: z.nullish(openEnum(SUB_MERCHANT_TYPES)),
    /** The merchant's own id for the sub-merchant. */
    subMerchantExternalId: z.nullish(z.string()),
    /** Name. */
    name: z.nullish(z.string()),
    /** E-mail address. */
    email: z.nullish(z.string()),
    /** IBAN payouts go to. */
    iban: z.nullish(z.string()),
    /** Postal address. */
    address: z.nullish(z.string()),
    /** Mobile number. */
    gsmNumber: z.nullish(z.string()),
    /** Tax office. */
    taxOffice: z.nullish(z.string()),
    /** Tax number (companies). */
    taxNumber: z.nullish(z.string()),
    /** Contact person's first name. */
    contactName: z.nullish(z.string()),
    /** Contact person's surname. */
    contactSurname: z.nullish(z.string()),
    /** National identity number (persons). */
    identityNumber: z.nullish(z.string()),
    /** Legal company title (companies). */
    legalCompanyTitle: z.nullish(z.string()),
    /** When the sub-merchant was created (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
  }),
);

/** `{ id }` in the path. */
export const onboardingIdPath = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Buyer or sub-merchant id. */
    id,
  }),
);

/** A page of buyers. */
export const buyerList = /* @__PURE__ */ lazySchema(() => listOf(buyer));

/** A page of sub-merchants. */
export const subMerchantList = /* @__PURE__ */ lazySchema(() => listOf(subMerchant));
