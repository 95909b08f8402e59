import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, id } from './common.js';
import { openEnum, PAYMENT_MULTI_CARD_STATUSES } from './enums.js';
import { looseObject, strictObject } from './object.js';

// Captures live apart from the payment schemas, so that a program that only charges does not carry them.

/** POST /payment/v1/card-payments/{paymentId}/post-auth: the captured amount may differ from the pre-auth. */
export const postAuthRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The pre-authorised payment (path): `payment.id`. */
    paymentId: id,
    /** Amount to capture in the payment's currency, exact to the kuruş; the pre-authorised amount when left out. */
    paidPrice: z.optional(amount()),
  }),
);

/** POST /payment/v1/card-payments/{conversationId}/multi_post-auth: `paidPrice` is the total of the pre-auths. */
export const multiCardPostAuthRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The `conversationId` shared by the legs (path). */
    conversationId: z.string().check(z.minLength(1)),
    /** Total to capture over all legs in the payment's currency, exact to the kuruş. */
    paidPrice: amount(),
  }),
);

/** Result of closing a multi-card pre-auth: the shared `conversationId` and the status identify and settle it. */
export const multiCardPostAuthResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The legs' shared `conversationId`. */
    conversationId: z.string(),
    /** `SUCCESS` (0), `FIRST_PRE_AUTH` (1)… as a name or its number: anything but `SUCCESS`/0 left a leg uncaptured. */
    paymentMultiCardStatus: z.union([openEnum(PAYMENT_MULTI_CARD_STATUSES), z.number()]),
    /** True for a multi-card payment. */
    multiPayment: z.nullish(z.boolean()),
    /** Payment ids of the captured legs. */
    paymentIdList: z.nullish(z.array(z.number())),
  }),
);
