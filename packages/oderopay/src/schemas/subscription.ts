import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, anyObject, decimal, id, openQuery } from './common.js';
import { openEnum, SUBSCRIPTION_PERIOD_TYPES, SUBSCRIPTION_STATUSES } from './enums.js';
import { looseObject, strictObject } from './object.js';

/** A subscription (the spec documents the endpoints, not the object: known fields typed, the rest kept). */
export const subscription = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Subscription id (v2 name). */
    id: z.nullish(z.number()),
    /** Subscription id (v1 name). */
    subscriptionId: z.nullish(z.number()),
    /** The `conversationId` of the payment that created it. */
    conversationId: z.nullish(z.string()),
    /** `ACTIVE`, `PASSIVE`, `PENDING` (others pass), or its index 0/1/2. */
    status: z.nullish(z.union([openEnum(SUBSCRIPTION_STATUSES), z.number()])),
    /** Amount of each recurring charge, a decimal in the payment's currency. */
    price: z.nullish(decimal),
    /** Period: days (7/30/360) or `WEEK`/`MONTH`/`YEAR` (others pass). */
    periodType: z.nullish(z.union([openEnum(SUBSCRIPTION_PERIOD_TYPES), z.number()])),
  }),
);

/** A page of subscriptions. */
export const subscriptionPage = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The subscriptions of this page. */
    items: z.array(subscription),
  }),
);

/** A list of subscriptions, either a bare array or an `items` page. */
export const subscriptionList = /* @__PURE__ */ lazySchema(() => z.union([z.array(subscription), subscriptionPage]));

// ---- v1 (ÖderoPay docs; bodies of the update calls are bare JSON scalars) ----

/** GET /payment/v1/subscription: `limit` and `pageNumber` paging. */
export const listSubscriptionsV1Request = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Rows per page. */
    limit: z.optional(z.int().check(z.positive())),
    /** Page number, from 0. */
    pageNumber: z.optional(z.int().check(z.nonnegative())),
  }),
);
/** GET /payment/v1/subscription/{status}. */
export const subscriptionsByStatusRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** `ACTIVE`, `PASSIVE` or `PENDING` (path). */
    status: z.enum(SUBSCRIPTION_STATUSES),
  }),
);
/** GET /payment/v1/subscription/retrieve-subscription-id/{subscriptionId}. */
export const subscriptionByIdRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Subscription id (path). */
    subscriptionId: id,
  }),
);
/** GET /payment/v1/subscription/retrieve-conversation-id/{conversationId}. */
export const subscriptionByConversationIdRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The `conversationId` of the payment that created it (path). */
    conversationId: z.string().check(z.minLength(1)),
  }),
);
/** POST /payment/v1/subscription/{id}/update-price: the body is the new price as a bare number (`5.5`). */
export const updateSubscriptionPriceRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Subscription id (path); the call's `reference`. */
    id,
    /** New amount of each charge: TL decimal, exact to the kuruş (sent as the bare body). */
    price: amount(),
  }),
);

const STATUS_CODES = { ACTIVE: 0, PASSIVE: 1, PENDING: 2 } as const;
/** POST …/{id}/update-status: the body is the status index, 0 ACTIVE, 1 PASSIVE, 2 PENDING (names are mapped). */
export const updateSubscriptionStatusRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Subscription id (path). */
    id,
    /** New status: a name or its index (sent as the bare body). */
    status: z.union([
      z.pipe(
        z.enum(SUBSCRIPTION_STATUSES),
        z.transform((s: (typeof SUBSCRIPTION_STATUSES)[number]) => STATUS_CODES[s]),
      ),
      z.literal(0),
      z.literal(1),
      z.literal(2),
    ]),
  }),
);
/**
 * POST …/{id}/update-period-type: the body is not documented; like its siblings it is sent as a bare scalar
 * (the docs' plan period in days, 7/30/360, or the .NET name).
 */
export const updateSubscriptionPeriodTypeRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Subscription id (path). */
    id,
    /** New period: days (7, 30, 360) or `WEEK`, `MONTH`, `YEAR` (sent as the bare body). */
    periodType: z.union([z.int().check(z.positive()), z.enum(SUBSCRIPTION_PERIOD_TYPES)]),
  }),
);

// ---- v2 (.NET client; JSON bodies, fields not published) ----

/** GET /payment/v2/subscription query: paging typed, other filters pass through (scalars only). */
export const searchSubscriptionsV2Request = /* @__PURE__ */ lazySchema(() => openQuery({}));
/** GET /payment/v2/subscription/{id}. */
export const subscriptionV2IdPath = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Subscription id (path). */
    id,
  }),
);
/** PUT /payment/v2/subscription/{id}: plan fields typed where known, anything else passes through. */
export const updateSubscriptionV2Request = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Subscription id (path); the call's `reference`. */
    id,
    /** New amount of each charge: TL decimal, exact to the kuruş. */
    price: z.optional(amount()),
    /** New period: days (7, 30, 360) or `WEEK`, `MONTH`, `YEAR`. */
    periodType: z.optional(z.union([z.int().check(z.positive()), z.enum(SUBSCRIPTION_PERIOD_TYPES)])),
    /** New status: `ACTIVE`, `PASSIVE` or `PENDING`. */
    status: z.optional(z.enum(SUBSCRIPTION_STATUSES)),
    /** Number of charges in the plan. */
    paymentCount: z.optional(z.int().check(z.nonnegative())),
    /** Days without a charge before billing starts. */
    nochargeDayCount: z.optional(z.int().check(z.nonnegative())),
  }),
);
/** POST /payment/v2/subscription/renew-subscription: `subscriptionId` required (the renewal's reference); other fields pass through. */
export const renewSubscriptionV2Request = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The subscription to renew (charged); the call's `reference`. */
    subscriptionId: id,
  }),
);

/** Answer of a subscription change: the subscription, another object kept whole, or nothing. */
export const subscriptionChangeResult = /* @__PURE__ */ lazySchema(() => z.optional(z.union([subscription, anyObject])));

/** Subscriptions by `conversationId`: a list, a page or a single subscription. */
export const subscriptionListOrOne = /* @__PURE__ */ lazySchema(() => z.union([subscriptionList, subscription]));
