import * as z from 'zod';
import { id, paging } from './common.js';
import { openEnum, STATUSES, SUB_MERCHANT_TYPES } from './enums.js';

const buyerFields = {
  email: z.email().optional(),
  name: z.string().min(1),
  surname: z.string().min(1),
  gsmNumber: z.string().optional(),
  identityNumber: z.string().optional(),
};

/** POST /onboarding/v1/buyers. */
export const createBuyerRequest = z.strictObject({ ...buyerFields, buyerExternalId: z.string().optional() });
/** PUT /onboarding/v1/buyers/{id}: the create fields minus the external id. */
export const updateBuyerRequest = z.strictObject({ id, ...buyerFields, status: openEnum(STATUSES).optional() });
/** GET /onboarding/v1/buyers query. */
export const searchBuyersRequest = z.strictObject({
  ...paging,
  status: openEnum(STATUSES).optional(),
  email: z.string().optional(),
  identityNumber: z.string().optional(),
  name: z.string().optional(),
  surname: z.string().optional(),
  gsmNumber: z.string().optional(),
  buyerExternalId: z.string().optional(),
});
/** A buyer (end customer). */
export const buyer = z.looseObject({
  id: z.number(),
  status: openEnum(STATUSES).nullish(),
  email: z.string().nullish(),
  name: z.string().nullish(),
  surname: z.string().nullish(),
  gsmNumber: z.string().nullish(),
  identityNumber: z.string().nullish(),
  buyerExternalId: z.string().nullish(),
  createdDate: z.string().nullish(),
});

const subMerchantFields = {
  name: z.string().min(1),
  address: z.string().optional(),
  email: z.email().optional(),
  iban: z.string().optional(),
  gsmNumber: z.string().optional(),
  taxOffice: z.string().optional(),
  taxNumber: z.string().optional(),
  contactName: z.string().optional(),
  contactSurname: z.string().optional(),
  identityNumber: z.string().optional(),
  legalCompanyTitle: z.string().optional(),
};

/** POST /onboarding/v1/sub-merchants. */
export const createSubMerchantRequest = z.strictObject({
  subMerchantType: openEnum(SUB_MERCHANT_TYPES),
  subMerchantExternalId: z.string().optional(),
  ...subMerchantFields,
});
/** PUT /onboarding/v1/sub-merchants/{id}. */
export const updateSubMerchantRequest = z.strictObject({ id, ...subMerchantFields, status: openEnum(STATUSES).optional() });
/** GET /onboarding/v1/sub-merchants query: the spec lists no filters, so paging is typed and other keys pass through. */
export const searchSubMerchantsRequest = z.looseObject({ ...paging });
/** A sub-merchant. */
export const subMerchant = z.looseObject({
  id: z.number(),
  status: openEnum(STATUSES).nullish(),
  subMerchantType: openEnum(SUB_MERCHANT_TYPES).nullish(),
  subMerchantExternalId: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  iban: z.string().nullish(),
  createdDate: z.string().nullish(),
});

/** `{ id }` in the path. */
export const onboardingIdPath = z.strictObject({ id });
