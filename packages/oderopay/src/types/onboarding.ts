import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
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
import type { ListOf } from './list.js';

/** What `onboarding.createBuyer` takes: the end customer's name and contact details. */
export interface CreateBuyerParams extends z.input<typeof createBuyerRequest> {}

/** What `onboarding.updateBuyer` takes: the buyer's id and its new details. */
export interface UpdateBuyerParams extends z.input<typeof updateBuyerRequest> {}

/** What `onboarding.searchBuyers` takes: filters over buyers (paged). */
export interface SearchBuyersParams extends z.input<typeof searchBuyersRequest> {}

/** A buyer or sub-merchant by its id. */
export interface OnboardingIdParams extends z.input<typeof onboardingIdPath> {}

/** A buyer (end customer): its `id` is the `buyerId` of payments. */
export interface Buyer extends Answer<z.output<typeof buyer>> {}

/** A page of buyers. */
export interface BuyerList extends ListOf<typeof buyerList, Buyer> {}

/** What `onboarding.createSubMerchant` takes: a marketplace seller's legal form, payout IBAN and details. */
export interface CreateSubMerchantParams extends z.input<typeof createSubMerchantRequest> {}

/** What `onboarding.updateSubMerchant` takes: the sub-merchant's id and its new details. */
export interface UpdateSubMerchantParams extends z.input<typeof updateSubMerchantRequest> {}

/** What `onboarding.searchSubMerchants` takes: filters over sub-merchants (paged; other keys pass as scalars). */
export interface SearchSubMerchantsParams extends z.input<typeof searchSubMerchantsRequest> {}

/** A sub-merchant (marketplace seller): its `id` is the `subMerchantId` of basket lines. */
export interface SubMerchant extends Answer<z.output<typeof subMerchant>> {}

/** A page of sub-merchants. */
export interface SubMerchantList extends ListOf<typeof subMerchantList, SubMerchant> {}
