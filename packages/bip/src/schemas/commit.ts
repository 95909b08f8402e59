import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { BIP_PAYMENT_METHOD, BipChannel } from '../constants.js';
import { channelId, msisdn, transactionId } from './common.js';

/** `POST /commitService` input: finalises a channel 10 reservation after the benefit was delivered. */
export const commitRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The id of the original `startPayment`. */
    transactionId: transactionId(),
    /** The number that was charged (the listener payload does not carry it: keep it from `startPayment`). */
    msisdn: msisdn(),
    /** `additionalInfo.commitToken` of the listener callback. */
    commitToken: z.string().check(z.trim(), z.minLength(1, 'commitToken must not be blank')),
    /** Default 10 (the only documented commit channel). */
    channelId: z._default(channelId(), BipChannel.INVOICE_RESERVE_COMMIT),
    /** Listed in the documentation's table but absent from its example: sent only when given. */
    paymentMethod: z.optional(z.literal(BIP_PAYMENT_METHOD)),
  }),
);

/** Validated `commit` input as the encoder sees it. */
export type CommitRequest = z.output<typeof commitRequest>;
