import type { CallOptions, Referenced } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type {
  ListSubscriptionsParams,
  RenewSubscriptionParams,
  RetrieveSubscriptionParams,
  SearchSubscriptionsParams,
  Subscription,
  SubscriptionChange,
  SubscriptionIdParams,
  SubscriptionList,
  SubscriptionListOrOne,
  SubscriptionsByConversationIdParams,
  SubscriptionsByStatusParams,
  UpdateSubscriptionParams,
  UpdateSubscriptionPeriodTypeParams,
  UpdateSubscriptionPriceParams,
  UpdateSubscriptionStatusParams,
} from '../types/subscriptions.js';

/** `odero.subscriptions`: subscriptions, v1 as published in the ÖderoPay docs (the default). Updates are sent once. */
export interface SubscriptionsMethods {
  /**
   * Lists subscriptions; one page (`limit`, `pageNumber`), see `listAll`.
   *
   * `GET /payment/v1/subscription`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  list(params?: ListSubscriptionsParams, options?: CallOptions): Promise<SubscriptionList>;
  /**
   * Subscriptions in a status.
   *
   * `GET /payment/v1/subscription/{status}`. A read.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  listByStatus(params: SubscriptionsByStatusParams, options?: CallOptions): Promise<SubscriptionList>;
  /**
   * A subscription by its id.
   *
   * `GET /payment/v1/subscription/retrieve-subscription-id/{subscriptionId}`. A read.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  retrieve(params: RetrieveSubscriptionParams, options?: CallOptions): Promise<Subscription>;
  /**
   * The subscriptions created by the payment with this `conversationId`.
   *
   * `GET /payment/v1/subscription/retrieve-conversation-id/{conversationId}`. A read.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  retrieveByConversationId(params: SubscriptionsByConversationIdParams, options?: CallOptions): Promise<SubscriptionListOrOne>;
  /**
   * Changes the amount of each charge; the body is the bare number (`5.5`).
   *
   * `POST /payment/v1/subscription/{id}/update-price`. Sent once; charges nothing itself.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  updatePrice(params: UpdateSubscriptionPriceParams, options?: CallOptions): Promise<SubscriptionChange>;
  /**
   * Changes the status; the body is its index, 0 (`ACTIVE`), 1 (`PASSIVE`) or 2 (`PENDING`).
   *
   * `POST /payment/v1/subscription/{id}/update-status`. Sent once; charges nothing itself.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  updateStatus(params: UpdateSubscriptionStatusParams, options?: CallOptions): Promise<SubscriptionChange>;
  /**
   * Changes the period; the body is the bare value (days or a name; assumed, the docs do not show it).
   *
   * `POST /payment/v1/subscription/{id}/update-period-type`. Sent once; charges nothing itself.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  updatePeriodType(params: UpdateSubscriptionPeriodTypeParams, options?: CallOptions): Promise<SubscriptionChange>;
}

/** What `odero.subscriptions` has besides its rows. */
export interface SubscriptionsExtras {
  /**
   * Every subscription, a page at a time as the loop asks (`for await`); `pageNumber` is the first page read
   * (default 0), `limit` the page size (default 50).
   *
   * `GET /payment/v1/subscription`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  listAll(params?: ListSubscriptionsParams, options?: ListAllOptions): AsyncGenerator<Subscription, void, undefined>;
}

/** `odero.subscriptionsV2`: subscriptions, v2 as the .NET client calls them. */
export interface SubscriptionsV2Methods {
  /**
   * Searches subscriptions; one page (`page`, `size`), see `searchAll`.
   *
   * `GET /payment/v2/subscription`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  search(params?: SearchSubscriptionsParams, options?: CallOptions): Promise<SubscriptionList>;
  /**
   * A subscription by its id.
   *
   * `GET /payment/v2/subscription/{id}`. A read.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  retrieve(params: SubscriptionIdParams, options?: CallOptions): Promise<Subscription>;
  /**
   * Updates a subscription's plan (price, period, status, counts).
   *
   * `PUT /payment/v2/subscription/{id}`. Moves money (changes what is charged), sent once. Reference: `id`.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  update(params: UpdateSubscriptionParams, options?: CallOptions): Promise<SubscriptionChange & Referenced>;
  /**
   * Renews a subscription, which charges it.
   *
   * `POST /payment/v2/subscription/renew-subscription`. Moves money, sent once. Reference: `subscriptionId`.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  renew(params: RenewSubscriptionParams, options?: CallOptions): Promise<SubscriptionChange & Referenced>;
}

/** What `odero.subscriptionsV2` has besides its rows. */
export interface SubscriptionsV2Extras {
  /**
   * Every subscription of a search, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /payment/v2/subscription`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchAll(params?: SearchSubscriptionsParams, options?: ListAllOptions): AsyncGenerator<Subscription, void, undefined>;
}
