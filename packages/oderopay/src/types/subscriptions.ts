import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  listSubscriptionsV1Request,
  renewSubscriptionV2Request,
  searchSubscriptionsV2Request,
  subscription,
  subscriptionByConversationIdRequest,
  subscriptionByIdRequest,
  subscriptionChangeResult,
  subscriptionPage,
  subscriptionsByStatusRequest,
  subscriptionV2IdPath,
  updateSubscriptionPeriodTypeRequest,
  updateSubscriptionPriceRequest,
  updateSubscriptionStatusRequest,
  updateSubscriptionV2Request,
} from '../schemas/subscription.js';
import type { ListOf } from './list.js';

/** A subscription (its fields are not published: the known ones are typed, the rest are on `responseOf(x)?.data`). */
export interface Subscription extends Answer<z.output<typeof subscription>> {}

/** A page of subscriptions. */
export interface SubscriptionPage extends ListOf<typeof subscriptionPage, Subscription> {}

/** Subscriptions as ÖderoPay lists them: a bare array or an `items` page. */
export type SubscriptionList = Subscription[] | SubscriptionPage;

/** Subscriptions by `conversationId`: a list, a page or a single subscription. */
export type SubscriptionListOrOne = SubscriptionList | Subscription;

/** The answer of a subscription change: the subscription, another object (kept whole), or nothing. */
export type SubscriptionChange = Answer<z.output<typeof subscriptionChangeResult>>;

/** What `subscriptions.list` takes: `limit` and `pageNumber`. */
export interface ListSubscriptionsParams extends z.input<typeof listSubscriptionsV1Request> {}

/** What `subscriptions.listByStatus` takes: the status. */
export interface SubscriptionsByStatusParams extends z.input<typeof subscriptionsByStatusRequest> {}

/** What `subscriptions.retrieve` takes: the subscription's id. */
export interface RetrieveSubscriptionParams extends z.input<typeof subscriptionByIdRequest> {}

/** What `subscriptions.retrieveByConversationId` takes: the `conversationId` of the payment that created them. */
export interface SubscriptionsByConversationIdParams extends z.input<typeof subscriptionByConversationIdRequest> {}

/** What `subscriptions.updatePrice` takes: the subscription and its new price. */
export interface UpdateSubscriptionPriceParams extends z.input<typeof updateSubscriptionPriceRequest> {}

/** What `subscriptions.updateStatus` takes: the subscription and its new status. */
export interface UpdateSubscriptionStatusParams extends z.input<typeof updateSubscriptionStatusRequest> {}

/** What `subscriptions.updatePeriodType` takes: the subscription and its new period. */
export interface UpdateSubscriptionPeriodTypeParams extends z.input<typeof updateSubscriptionPeriodTypeRequest> {}

/** What `subscriptionsV2.search` takes: paging, other filters as scalars. */
export interface SearchSubscriptionsParams extends z.input<typeof searchSubscriptionsV2Request> {}

/** A v2 subscription by its id. */
export interface SubscriptionIdParams extends z.input<typeof subscriptionV2IdPath> {}

/** What `subscriptionsV2.update` takes: the subscription and the plan fields to change. */
export interface UpdateSubscriptionParams extends z.input<typeof updateSubscriptionV2Request> {}

/** What `subscriptionsV2.renew` takes: the subscription to renew (and charge). */
export interface RenewSubscriptionParams extends z.input<typeof renewSubscriptionV2Request> {}
