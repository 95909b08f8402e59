import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { BIP_PAYMENT_METHOD, BipChannel } from '../constants.js';
import { channelId, msisdn, transactionId } from './common.js';

/** One product of the order: an id defined on Turkcell's side (the price comes from there, not from the merchant). */
export const paymentItem = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Product id predefined on the BiP payment system. */
    id: z.number().check(z.int('id must be a whole number'), z.nonnegative()),
    /** Quantity. */
    count: z.number().check(z.int('count must be a whole number'), z.positive()),
    /** May the user remove this item from the cart? Default `true` on every documented channel. */
    isRemovable: z.optional(z.boolean()),
  }),
);

/** `POST /paymentService` input; the Transport generates `transactionId` (the row's reference) when it is left out. */
export const startPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /**
       * Unique per request, chosen by the merchant: the listener callback and the commit refer to it. Left out, one is
       * generated before sending; either way it is on the result and on every error (`reference`).
       */
      transactionId: z.optional(transactionId()),
      /** The GSM number to charge; local forms are accepted and sent as `90` + 10 digits. */
      msisdn: msisdn(),
      /** The charging channel (`BipChannel`: 10, 11, 40, 50), sent as a number. */
      channelId: channelId(),
      /** Always `reserve`, on every channel; accepted for completeness, sent either way. */
      paymentMethod: z._default(z.literal(BIP_PAYMENT_METHOD), BIP_PAYMENT_METHOD),
      /** Ask the user for a delivery address. Omitted: the channel's default (§6). */
      isDeliverable: z.optional(z.boolean()),
      /** Ask the user for a billing or e-billing address. Sent only when given; omitted, the gateway's own default applies. */
      isBillingRequired: z.optional(z.boolean()),
      /** The products to sell (at least one; exactly one on channel 50); their prices come back in the listener. */
      itemList: z.array(paymentItem).check(z.minLength(1, 'itemList needs at least one item')),
      /** Language of the consent screen; only `tr` is documented. */
      language: z.optional(z.string().check(z.trim(), z.minLength(1))),
      /** Sent as given; the documentation only ever shows an empty list. */
      additionalParameters: z.optional(z.array(z.unknown())),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.channelId === BipChannel.IN_APP_PURCHASE && value.itemList.length !== 1) {
          ctx.addIssue({ code: 'custom', path: ['itemList'], message: 'in-app purchase (channel 50) takes exactly one item' });
        }
      }),
    ),
);

/** Validated `startPayment` input as the encoder sees it. */
export type StartPaymentRequest = z.output<typeof startPaymentRequest>;
