import { defineOperation } from '@odeme/core';
import {
  buyer,
  buyerList,
  createBuyerRequest,
  createSubMerchantRequest,
  onboardingIdPath,
  searchBuyersRequest,
  searchSubMerchantsRequest,
  subMerchant,
  subMerchantList,
  updateBuyerRequest,
  updateSubMerchantRequest,
} from '../schemas/onboarding.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /onboarding/v1/buyers`: register a buyer. */
export const onboardingCreateBuyer = /* @__PURE__ */ defineOperation({
  id: 'onboarding.createBuyer',
  method: 'POST',
  path: '/onboarding/v1/buyers',
  request: createBuyerRequest,
  response: buyer,
  movesMoney: false,
  retryable: false,
});

/** `GET /onboarding/v1/buyers`: search buyers. */
export const onboardingSearchBuyers = /* @__PURE__ */ defineOperation({
  id: 'onboarding.searchBuyers',
  method: 'GET',
  path: '/onboarding/v1/buyers',
  request: searchBuyersRequest,
  response: buyerList,
  movesMoney: false,
});

/** `GET /onboarding/v1/buyers/{id}`: read a buyer. */
export const onboardingRetrieveBuyer = /* @__PURE__ */ defineOperation({
  id: 'onboarding.retrieveBuyer',
  method: 'GET',
  path: '/onboarding/v1/buyers/{id}',
  request: onboardingIdPath,
  response: buyer,
  movesMoney: false,
});

/** `PUT /onboarding/v1/buyers/{id}`: update a buyer. */
export const onboardingUpdateBuyer = /* @__PURE__ */ defineOperation({
  id: 'onboarding.updateBuyer',
  method: 'PUT',
  path: '/onboarding/v1/buyers/{id}',
  request: updateBuyerRequest,
  response: buyer,
  movesMoney: false,
  retryable: false,
});

/** `POST /onboarding/v1/sub-merchants`: register a sub-merchant. */
export const onboardingCreateSubMerchant = /* @__PURE__ */ defineOperation({
  id: 'onboarding.createSubMerchant',
  method: 'POST',
  path: '/onboarding/v1/sub-merchants',
  request: createSubMerchantRequest,
  response: subMerchant,
  movesMoney: false,
  retryable: false,
});

/** `GET /onboarding/v1/sub-merchants`: search sub-merchants. */
export const onboardingSearchSubMerchants = /* @__PURE__ */ defineOperation({
  id: 'onboarding.searchSubMerchants',
  method: 'GET',
  path: '/onboarding/v1/sub-merchants',
  request: searchSubMerchantsRequest,
  response: subMerchantList,
  movesMoney: false,
});

/** `GET /onboarding/v1/sub-merchants/{id}`: read a sub-merchant. */
export const onboardingRetrieveSubMerchant = /* @__PURE__ */ defineOperation({
  id: 'onboarding.retrieveSubMerchant',
  method: 'GET',
  path: '/onboarding/v1/sub-merchants/{id}',
  request: onboardingIdPath,
  response: subMerchant,
  movesMoney: false,
});

/** `PUT /onboarding/v1/sub-merchants/{id}`: update a sub-merchant. */
export const onboardingUpdateSubMerchant = /* @__PURE__ */ defineOperation({
  id: 'onboarding.updateSubMerchant',
  method: 'PUT',
  path: '/onboarding/v1/sub-merchants/{id}',
  request: updateSubMerchantRequest,
  response: subMerchant,
  movesMoney: false,
  retryable: false,
});

/** Buyers (end customers) and sub-merchants (marketplace sellers). Writes are sent once. */
export const onboardingOperations = {
  /** Register a buyer. */
  createBuyer: onboardingCreateBuyer,
  /** Search buyers. */
  searchBuyers: onboardingSearchBuyers,
  /** Read a buyer. */
  retrieveBuyer: onboardingRetrieveBuyer,
  /** Update a buyer. */
  updateBuyer: onboardingUpdateBuyer,
  /** Register a sub-merchant. */
  createSubMerchant: onboardingCreateSubMerchant,
  /** Search sub-merchants. */
  searchSubMerchants: onboardingSearchSubMerchants,
  /** Read a sub-merchant. */
  retrieveSubMerchant: onboardingRetrieveSubMerchant,
  /** Update a sub-merchant. */
  updateSubMerchant: onboardingUpdateSubMerchant,
};
