import { defineOperation } from '@odeme/core';
import { listOf } from '../schemas/common.js';
import {
  buyer,
  createBuyerRequest,
  createSubMerchantRequest,
  onboardingIdPath,
  searchBuyersRequest,
  searchSubMerchantsRequest,
  subMerchant,
  updateBuyerRequest,
  updateSubMerchantRequest,
} from '../schemas/onboarding.js';

/** Buyers (end customers) and sub-merchants (marketplace sellers). Writes are sent once. */
export const onboardingOperations = {
  /** Register a buyer. */
  createBuyer: defineOperation({
    id: 'onboarding.createBuyer',
    method: 'POST',
    path: '/onboarding/v1/buyers',
    request: createBuyerRequest,
    response: buyer,
    movesMoney: false,
    retryable: false,
  }),
  /** Search buyers. */
  searchBuyers: defineOperation({
    id: 'onboarding.searchBuyers',
    method: 'GET',
    path: '/onboarding/v1/buyers',
    request: searchBuyersRequest,
    response: listOf(buyer),
    movesMoney: false,
  }),
  /** Read a buyer. */
  retrieveBuyer: defineOperation({
    id: 'onboarding.retrieveBuyer',
    method: 'GET',
    path: '/onboarding/v1/buyers/{id}',
    request: onboardingIdPath,
    response: buyer,
    movesMoney: false,
  }),
  /** Update a buyer. */
  updateBuyer: defineOperation({
    id: 'onboarding.updateBuyer',
    method: 'PUT',
    path: '/onboarding/v1/buyers/{id}',
    request: updateBuyerRequest,
    response: buyer,
    movesMoney: false,
    retryable: false,
  }),
  /** Register a sub-merchant. */
  createSubMerchant: defineOperation({
    id: 'onboarding.createSubMerchant',
    method: 'POST',
    path: '/onboarding/v1/sub-merchants',
    request: createSubMerchantRequest,
    response: subMerchant,
    movesMoney: false,
    retryable: false,
  }),
  /** Search sub-merchants. */
  searchSubMerchants: defineOperation({
    id: 'onboarding.searchSubMerchants',
    method: 'GET',
    path: '/onboarding/v1/sub-merchants',
    request: searchSubMerchantsRequest,
    response: listOf(subMerchant),
    movesMoney: false,
  }),
  /** Read a sub-merchant. */
  retrieveSubMerchant: defineOperation({
    id: 'onboarding.retrieveSubMerchant',
    method: 'GET',
    path: '/onboarding/v1/sub-merchants/{id}',
    request: onboardingIdPath,
    response: subMerchant,
    movesMoney: false,
  }),
  /** Update a sub-merchant. */
  updateSubMerchant: defineOperation({
    id: 'onboarding.updateSubMerchant',
    method: 'PUT',
    path: '/onboarding/v1/sub-merchants/{id}',
    request: updateSubMerchantRequest,
    response: subMerchant,
    movesMoney: false,
    retryable: false,
  }),
};
