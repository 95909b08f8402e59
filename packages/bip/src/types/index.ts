import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { BipChannelId } from '../constants.js';
import type { commitRequest } from '../schemas/commit.js';
import type { resultEnvelope } from '../schemas/common.js';
import type { listenerAddress, listenerItem, listenerPayloadSchema } from '../schemas/listener.js';
import type { paymentItem, startPaymentRequest } from '../schemas/payment.js';

/** One product of a payment: an id defined on Turkcell's side, its count (the price comes from Turkcell). */
export interface BipPaymentItem extends z.input<typeof paymentItem> {}

/**
 * What `bip.startPayment` takes (`POST /paymentService`): the number to charge, the channel and the products.
 * `transactionId` is optional: left out, one is generated before anything is sent.
 */
export interface StartPaymentParams extends Omit<z.input<typeof startPaymentRequest>, 'channelId' | 'itemList'> {
  /** The charging channel: a `BipChannel` constant (10, 11, 40, 50), or another channel number your service was given. */
  channelId: BipChannelId;
  /** The products to sell (at least one; exactly one on channel 50); their prices come back in the listener. */
  itemList: BipPaymentItem[];
}

/** What `bip.commit` takes (`POST /commitService`): the original payment and the listener's `commitToken`. */
export interface CommitParams extends z.input<typeof commitRequest> {}

/** BiP's synchronous answer to either service: a result code, its name and the echoed transaction id. */
export interface BipResultEnvelope extends Answer<z.output<typeof resultEnvelope>> {}

/** A delivery or billing address the user chose in BiP, as the listener received it. */
export interface BipListenerAddress extends Answer<z.output<typeof listenerAddress>> {}

/** One product line of a listener callback, as the payment system priced it: `itemPrice` as sent and `itemPriceKurus`. */
export interface BipListenerItem extends Answer<z.output<typeof listenerItem>> {}

type ListenerOutput = z.output<ReturnType<typeof listenerPayloadSchema>>;

/**
 * A validated listener callback, as `onPayment` receives it: every documented field, plus the SDK's additions
 * (`succeeded`, `decline`, `commitToken`, `totalAmountKurus`, `orderDate` as a `Date`). Closed to the compiler, so a
 * misspelt field does not compile; a field Turkcell sends that is not modelled here is in `context.body`.
 */
export interface BipListenerEvent extends Omit<Answer<ListenerOutput>, 'itemList' | 'shippingAddress' | 'billingAddress'> {
  /** The products as the payment system priced them. */
  itemList?: BipListenerItem[] | null | undefined;
  /** The delivery address the user chose, when one was asked for (`isDeliverable`). */
  shippingAddress?: BipListenerAddress | null | undefined;
  /** The billing address the user chose, when one was asked for (`isBillingRequired`). */
  billingAddress?: BipListenerAddress | null | undefined;
}
