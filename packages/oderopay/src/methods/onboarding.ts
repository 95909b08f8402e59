import type { CallOptions } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type {
  Buyer,
  BuyerList,
  CreateBuyerParams,
  CreateSubMerchantParams,
  OnboardingIdParams,
  SearchBuyersParams,
  SearchSubMerchantsParams,
  SubMerchant,
  SubMerchantList,
  UpdateBuyerParams,
  UpdateSubMerchantParams,
} from '../types/onboarding.js';

/** `odero.onboarding`: buyers (end customers) and sub-merchants (marketplace sellers). Writes are sent once. */
export interface OnboardingMethods {
  /**
   * Registers a buyer; its `id` is the `buyerId` of payments. TCKN and mobile number are checked before sending.
   *
   * `POST /onboarding/v1/buyers`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  createBuyer(params: CreateBuyerParams, options?: CallOptions): Promise<Buyer>;
  /**
   * Searches buyers; one page (`page`, `size`), see `searchBuyersAll`.
   *
   * `GET /onboarding/v1/buyers`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  searchBuyers(params?: SearchBuyersParams, options?: CallOptions): Promise<BuyerList>;
  /**
   * Reads a buyer by its id.
   *
   * `GET /onboarding/v1/buyers/{id}`. A read.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  retrieveBuyer(params: OnboardingIdParams, options?: CallOptions): Promise<Buyer>;
  /**
   * Updates a buyer (its status included).
   *
   * `PUT /onboarding/v1/buyers/{id}`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  updateBuyer(params: UpdateBuyerParams, options?: CallOptions): Promise<Buyer>;
  /**
   * Registers a sub-merchant; its `id` is the `subMerchantId` of basket lines. The IBAN is checked before sending.
   *
   * `POST /onboarding/v1/sub-merchants`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  createSubMerchant(params: CreateSubMerchantParams, options?: CallOptions): Promise<SubMerchant>;
  /**
   * Searches sub-merchants; one page (`page`, `size`), see `searchSubMerchantsAll`.
   *
   * `GET /onboarding/v1/sub-merchants`. A read.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  searchSubMerchants(params?: SearchSubMerchantsParams, options?: CallOptions): Promise<SubMerchantList>;
  /**
   * Reads a sub-merchant by its id.
   *
   * `GET /onboarding/v1/sub-merchants/{id}`. A read.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  retrieveSubMerchant(params: OnboardingIdParams, options?: CallOptions): Promise<SubMerchant>;
  /**
   * Updates a sub-merchant (its status included).
   *
   * `PUT /onboarding/v1/sub-merchants/{id}`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#onboarding-marketplace-cross-bookings`
   */
  updateSubMerchant(params: UpdateSubMerchantParams, options?: CallOptions): Promise<SubMerchant>;
}

/** What `odero.onboarding` has besides its rows. */
export interface OnboardingExtras {
  /**
   * Every buyer of a search, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /onboarding/v1/buyers`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchBuyersAll(params?: SearchBuyersParams, options?: ListAllOptions): AsyncGenerator<Buyer, void, undefined>;
  /**
   * Every sub-merchant of a search, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /onboarding/v1/sub-merchants`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchSubMerchantsAll(params?: SearchSubMerchantsParams, options?: ListAllOptions): AsyncGenerator<SubMerchant, void, undefined>;
}
