import { defineOperation } from '@odeme/core';
import { idReference, subscriptionIdReference } from '../references.js';
import {
  listSubscriptionsV1Request,
  renewSubscriptionV2Request,
  searchSubscriptionsV2Request,
  subscription,
  subscriptionByConversationIdRequest,
  subscriptionByIdRequest,
  subscriptionChangeResult,
  subscriptionList,
  subscriptionListOrOne,
  subscriptionsByStatusRequest,
  subscriptionV2IdPath,
  updateSubscriptionPeriodTypeRequest,
  updateSubscriptionPriceRequest,
  updateSubscriptionStatusRequest,
  updateSubscriptionV2Request,
} from '../schemas/subscription.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `GET /payment/v1/subscription`: list subscriptions (`limit`, `pageNumber`). */
export const subscriptionsList = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.list',
  method: 'GET',
  path: '/payment/v1/subscription',
  request: listSubscriptionsV1Request,
  response: subscriptionList,
  movesMoney: false,
});

/** `GET /payment/v1/subscription/{status}`: subscriptions in a status. */
export const subscriptionsListByStatus = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.listByStatus',
  method: 'GET',
  path: '/payment/v1/subscription/{status}',
  request: subscriptionsByStatusRequest,
  response: subscriptionList,
  movesMoney: false,
});

/** `GET /payment/v1/subscription/retrieve-subscription-id/{subscriptionId}`: a subscription by id. */
export const subscriptionsRetrieve = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.retrieve',
  method: 'GET',
  path: '/payment/v1/subscription/retrieve-subscription-id/{subscriptionId}',
  request: subscriptionByIdRequest,
  response: subscription,
  movesMoney: false,
});

/** `GET /payment/v1/subscription/retrieve-conversation-id/{conversationId}`: subscriptions by the payment's `conversationId`. */
export const subscriptionsRetrieveByConversationId = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.retrieveByConversationId',
  method: 'GET',
  path: '/payment/v1/subscription/retrieve-conversation-id/{conversationId}',
  request: subscriptionByConversationIdRequest,
  response: subscriptionListOrOne,
  movesMoney: false,
});

/** `POST /payment/v1/subscription/{id}/update-price`: change the price; the body is the bare number. */
export const subscriptionsUpdatePrice = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.updatePrice',
  method: 'POST',
  path: '/payment/v1/subscription/{id}/update-price',
  request: updateSubscriptionPriceRequest,
  response: subscriptionChangeResult,
  movesMoney: false,
  retryable: false,
  encode: (v) => ({ pathParams: { id: v.id }, body: v.price }),
});

/** `POST /payment/v1/subscription/{id}/update-status`: change the status; the body is 0 (ACTIVE), 1 (PASSIVE) or 2 (PENDING). */
export const subscriptionsUpdateStatus = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.updateStatus',
  method: 'POST',
  path: '/payment/v1/subscription/{id}/update-status',
  request: updateSubscriptionStatusRequest,
  response: subscriptionChangeResult,
  movesMoney: false,
  retryable: false,
  encode: (v) => ({ pathParams: { id: v.id }, body: v.status }),
});

/** `POST /payment/v1/subscription/{id}/update-period-type`: change the period; the body is the bare value (assumed, see the docs page). */
export const subscriptionsUpdatePeriodType = /* @__PURE__ */ defineOperation({
  id: 'subscriptions.updatePeriodType',
  method: 'POST',
  path: '/payment/v1/subscription/{id}/update-period-type',
  request: updateSubscriptionPeriodTypeRequest,
  response: subscriptionChangeResult,
  movesMoney: false,
  retryable: false,
  // Serialised here: core sends a string body as already-written text, so a name would go out unquoted (WEEK, not "WEEK").
  encode: (v) => ({ pathParams: { id: v.id }, body: JSON.stringify(v.periodType) }),
});

/** Subscriptions, v1 as published in the ÖderoPay docs (the default `subscriptions` resource). */
export const subscriptionV1Operations = {
  /** List subscriptions (`limit`, `pageNumber`). */
  list: subscriptionsList,
  /** Subscriptions in a status. */
  listByStatus: subscriptionsListByStatus,
  /** A subscription by id. */
  retrieve: subscriptionsRetrieve,
  /** Subscriptions by the payment's `conversationId`. */
  retrieveByConversationId: subscriptionsRetrieveByConversationId,
  /** Change the price; the body is the bare number. */
  updatePrice: subscriptionsUpdatePrice,
  /** Change the status; the body is 0 (ACTIVE), 1 (PASSIVE) or 2 (PENDING). */
  updateStatus: subscriptionsUpdateStatus,
  /** Change the period; the body is the bare value (assumed, see the docs page). */
  updatePeriodType: subscriptionsUpdatePeriodType,
};

/** `GET /payment/v2/subscription`: search subscriptions. */
export const subscriptionsV2Search = /* @__PURE__ */ defineOperation({
  id: 'subscriptionsV2.search',
  method: 'GET',
  path: '/payment/v2/subscription',
  request: searchSubscriptionsV2Request,
  response: subscriptionList,
  movesMoney: false,
});

/** `GET /payment/v2/subscription/{id}`: a subscription by id. */
export const subscriptionsV2Retrieve = /* @__PURE__ */ defineOperation({
  id: 'subscriptionsV2.retrieve',
  method: 'GET',
  path: '/payment/v2/subscription/{id}',
  request: subscriptionV2IdPath,
  response: subscription,
  movesMoney: false,
});

/** `PUT /payment/v2/subscription/{id}`: update a subscription. */
export const subscriptionsV2Update = /* @__PURE__ */ defineOperation({
  id: 'subscriptionsV2.update',
  method: 'PUT',
  path: '/payment/v2/subscription/{id}',
  request: updateSubscriptionV2Request,
  response: subscriptionChangeResult,
  movesMoney: true,
  reference: idReference,
});

/** `POST /payment/v2/subscription/renew-subscription`: renew a subscription (charges it). */
export const subscriptionsV2Renew = /* @__PURE__ */ defineOperation({
  id: 'subscriptionsV2.renew',
  method: 'POST',
  path: '/payment/v2/subscription/renew-subscription',
  request: renewSubscriptionV2Request,
  response: subscriptionChangeResult,
  movesMoney: true,
  reference: subscriptionIdReference,
});

/** Subscriptions, v2 as used by the .NET client (`subscriptionsV2`). */
export const subscriptionV2Operations = {
  /** Search subscriptions. */
  search: subscriptionsV2Search,
  /** A subscription by id. */
  retrieve: subscriptionsV2Retrieve,
  /** Update a subscription. */
  update: subscriptionsV2Update,
  /** Renew a subscription (charges it). */
  renew: subscriptionsV2Renew,
};
