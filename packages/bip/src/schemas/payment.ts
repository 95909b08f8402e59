import * as z from 'zod';
import { BIP_PAYMENT_METHOD, BipChannel } from '../constants.js';
import { channelId, msisdn, transactionId } from './common.js';

/** One product of the order: an id defined on Turkcell's side (the price comes from there, not from the merchant). */
export const paymentItem = z.strictObject({
  /** Product id predefined on the BiP payment system. */
  id: z.number().int('id must be a whole number').nonnegative(),
  /** Quantity. */
  count: z.number().int('count must be a whole number').positive(),
  /** May the user remove this item from the cart? Default `true` on every documented channel. */
  isRemovable: z.boolean().optional(),
});

/** `POST /paymentService` input, after the client has filled in `transactionId`. */
export const startPaymentRequest = z
  .strictObject({
    transactionId: transactionId(),
    msisdn: msisdn(),
    channelId: channelId(),
    /** Always `reserve`, on every channel; accepted for completeness, sent either way. */
    paymentMethod: z.literal(BIP_PAYMENT_METHOD).default(BIP_PAYMENT_METHOD),
    /** Ask the user for a delivery address. Omitted: the channel's default (§6). */
    isDeliverable: z.boolean().optional(),
    /** Ask the user for a billing or e-billing address. Omitted: the channel's default (§6). */
    isBillingRequired: z.boolean().optional(),
    itemList: z.array(paymentItem).min(1, 'itemList needs at least one item'),
    /** Language of the consent screen; only `tr` is documented. */
    language: z.string().trim().min(1).optional(),
    /** Sent as given; the documentation only ever shows an empty list. */
    additionalParameters: z.array(z.unknown()).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.channelId === BipChannel.IN_APP_PURCHASE && value.itemList.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['itemList'], message: `in-app purchase (channel 50) takes exactly one item, got ${value.itemList.length}` });
    }
  });

/** Validated `startPayment` input as the encoder sees it. */
export type StartPaymentRequest = z.output<typeof startPaymentRequest>;
