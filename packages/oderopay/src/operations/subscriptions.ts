import { defineOperation } from '@odeme/core';
import { anyObject } from '../schemas/common.js';
import {
  listSubscriptionsV1Request,
  renewSubscriptionV2Request,
  searchSubscriptionsV2Request,
  subscription,
  subscriptionByConversationIdRequest,
  subscriptionByIdRequest,
  subscriptionList,
  subscriptionsByStatusRequest,
  subscriptionV2IdPath,
  updateSubscriptionPeriodTypeRequest,
  updateSubscriptionPriceRequest,
  updateSubscriptionStatusRequest,
  updateSubscriptionV2Request,
} from '../schemas/subscription.js';

const result = subscription.or(anyObject).optional();

/** Subscriptions, v1 as published in the ÖderoPay docs (the default `subscriptions` resource). */
export const subscriptionV1Operations = {
  /** List subscriptions (`limit`, `pageNumber`). */
  list: defineOperation({
    id: 'subscriptions.list',
    method: 'GET',
    path: '/payment/v1/subscription',
    request: listSubscriptionsV1Request,
    response: subscriptionList,
    movesMoney: false,
  }),
  /** Subscriptions in a status. */
  listByStatus: defineOperation({
    id: 'subscriptions.listByStatus',
    method: 'GET',
    path: '/payment/v1/subscription/{status}',
    request: subscriptionsByStatusRequest,
    response: subscriptionList,
    movesMoney: false,
  }),
  /** A subscription by id. */
  retrieve: defineOperation({
    id: 'subscriptions.retrieve',
    method: 'GET',
    path: '/payment/v1/subscription/retrieve-subscription-id/{subscriptionId}',
    request: subscriptionByIdRequest,
    response: subscription,
    movesMoney: false,
  }),
  /** Subscriptions by the payment's `conversationId`. */
  retrieveByConversationId: defineOperation({
    id: 'subscriptions.retrieveByConversationId',
    method: 'GET',
    path: '/payment/v1/subscription/retrieve-conversation-id/{conversationId}',
    request: subscriptionByConversationIdRequest,
    response: subscriptionList.or(subscription),
    movesMoney: false,
  }),
  /** Change the price; the body is the bare number. */
  updatePrice: defineOperation({
    id: 'subscriptions.updatePrice',
    method: 'POST',
    path: '/payment/v1/subscription/{id}/update-price',
    request: updateSubscriptionPriceRequest,
    response: result,
    movesMoney: false,
    retryable: false,
    encode: (v) => ({ pathParams: { id: v.id }, body: v.price }),
  }),
  /** Change the status; the body is 0 (ACTIVE), 1 (PASSIVE) or 2 (PENDING). */
  updateStatus: defineOperation({
    id: 'subscriptions.updateStatus',
    method: 'POST',
    path: '/payment/v1/subscription/{id}/update-status',
    request: updateSubscriptionStatusRequest,
    response: result,
    movesMoney: false,
    retryable: false,
    encode: (v) => ({ pathParams: { id: v.id }, body: v.status }),
  }),
  /** Change the period; the body is the bare value (assumed, see the docs page). */
  updatePeriodType: defineOperation({
    id: 'subscriptions.updatePeriodType',
    method: 'POST',
    path: '/payment/v1/subscription/{id}/update-period-type',
    request: updateSubscriptionPeriodTypeRequest,
    response: result,
    movesMoney: false,
    retryable: false,
    encode: (v) => ({ pathParams: { id: v.id }, body: v.periodType }),
  }),
};

/** Subscriptions, v2 as used by the .NET client (`subscriptionsV2`). */
export const subscriptionV2Operations = {
  /** Search subscriptions. */
  search: defineOperation({
    id: 'subscriptionsV2.search',
    method: 'GET',
    path: '/payment/v2/subscription',
    request: searchSubscriptionsV2Request,
    response: subscriptionList,
    movesMoney: false,
  }),
  /** A subscription by id. */
  retrieve: defineOperation({
    id: 'subscriptionsV2.retrieve',
    method: 'GET',
    path: '/payment/v2/subscription/{id}',
    request: subscriptionV2IdPath,
    response: subscription,
    movesMoney: false,
  }),
  /** Update a subscription. */
  update: defineOperation({
    id: 'subscriptionsV2.update',
    method: 'PUT',
    path: '/payment/v2/subscription/{id}',
    request: updateSubscriptionV2Request,
    response: result,
    movesMoney: true,
  }),
  /** Renew a subscription (charges it). */
  renew: defineOperation({
    id: 'subscriptionsV2.renew',
    method: 'POST',
    path: '/payment/v2/subscription/renew-subscription',
    request: renewSubscriptionV2Request,
    response: result,
    movesMoney: true,
  }),
};
