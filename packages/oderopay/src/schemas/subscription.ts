import * as z from 'zod';
import { amount, decimal, id, paging } from './common.js';
import { openEnum, SUBSCRIPTION_PERIOD_TYPES, SUBSCRIPTION_STATUSES } from './enums.js';

/** A subscription (the spec documents the endpoints, not the object: known fields typed, the rest kept). */
export const subscription = z.looseObject({
  id: z.number().nullish(),
  subscriptionId: z.number().nullish(),
  conversationId: z.string().nullish(),
  status: z.union([openEnum(SUBSCRIPTION_STATUSES), z.number()]).nullish(),
  price: decimal.nullish(),
  periodType: z.union([openEnum(SUBSCRIPTION_PERIOD_TYPES), z.number()]).nullish(),
});

/** A list of subscriptions, either a bare array or an `items` page. */
export const subscriptionList = z.union([z.array(subscription), z.looseObject({ items: z.array(subscription) })]);

// ---- v1 (ÖderoPay docs; bodies of the update calls are bare JSON scalars) ----

/** GET /payment/v1/subscription: `limit` and `pageNumber` paging. */
export const listSubscriptionsV1Request = z.strictObject({
  limit: z.number().int().positive().optional(),
  pageNumber: z.number().int().nonnegative().optional(),
});
/** GET /payment/v1/subscription/{status}. */
export const subscriptionsByStatusRequest = z.strictObject({ status: openEnum(SUBSCRIPTION_STATUSES) });
/** GET /payment/v1/subscription/retrieve-subscription-id/{subscriptionId}. */
export const subscriptionByIdRequest = z.strictObject({ subscriptionId: id });
/** GET /payment/v1/subscription/retrieve-conversation-id/{conversationId}. */
export const subscriptionByConversationIdRequest = z.strictObject({ conversationId: z.string().min(1) });
/** POST /payment/v1/subscription/{id}/update-price: the body is the new price as a bare number (`5.5`). */
export const updateSubscriptionPriceRequest = z.strictObject({ id, price: amount() });

const STATUS_CODES = { ACTIVE: 0, PASSIVE: 1, PENDING: 2 } as const;
/** POST …/{id}/update-status: the body is the status index, 0 ACTIVE, 1 PASSIVE, 2 PENDING (names are mapped). */
export const updateSubscriptionStatusRequest = z.strictObject({
  id,
  status: z.union([z.enum(SUBSCRIPTION_STATUSES).transform((s) => STATUS_CODES[s]), z.literal(0), z.literal(1), z.literal(2)]),
});
/**
 * POST …/{id}/update-period-type: the body is not documented; like its siblings it is sent as a bare scalar
 * (the docs' plan period in days, 7/30/360, or the .NET name).
 */
export const updateSubscriptionPeriodTypeRequest = z.strictObject({
  id,
  periodType: z.union([z.number().int().positive(), openEnum(SUBSCRIPTION_PERIOD_TYPES)]),
});

// ---- v2 (.NET client; JSON bodies, fields not published) ----

/** GET /payment/v2/subscription query: paging typed, other filters pass through. */
export const searchSubscriptionsV2Request = z.looseObject({ ...paging });
/** GET /payment/v2/subscription/{id}. */
export const subscriptionV2IdPath = z.strictObject({ id });
/** PUT /payment/v2/subscription/{id}: plan fields typed where known, anything else passes through. */
export const updateSubscriptionV2Request = z.looseObject({
  id,
  price: amount().optional(),
  periodType: z.union([z.number().int().positive(), openEnum(SUBSCRIPTION_PERIOD_TYPES)]).optional(),
  status: openEnum(SUBSCRIPTION_STATUSES).optional(),
  paymentCount: z.number().int().nonnegative().optional(),
  nochargeDayCount: z.number().int().nonnegative().optional(),
});
/** POST /payment/v2/subscription/renew-subscription: body passed through (`subscriptionId` expected). */
export const renewSubscriptionV2Request = z.looseObject({ subscriptionId: id.optional() });
