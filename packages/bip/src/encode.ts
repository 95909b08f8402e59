import { channelDefaults } from './constants.js';
import type { CommitRequest } from './schemas/commit.js';
import type { StartPaymentRequest } from './schemas/payment.js';

/** The client options that shape a request body (resolved: defaults applied). */
export interface BipBodySettings {
  /** Key under which `commit` sends the channel (`channelId` unless configured otherwise). */
  commitChannelKey: string;
  /** Fill `isDeliverable` and `isRemovable` left out with the channel's documented defaults. */
  sendChannelDefaults: boolean;
}

/**
 * The `startPayment` body. With `sendDefaults`, `isDeliverable` and `isRemovable` left out are filled with the
 * channel's documented default (§6) so that the wire says what will happen; channels without documented defaults
 * keep them out and leave the choice to the gateway. `isBillingRequired` is sent only when the caller gives it: its
 * default list is a copy of the `isDeliverable` one in the documentation (probable only), and Turkcell's sample
 * merchant never sends it, so the SDK does not ask card users for a billing address on a guess.
 */
export function startPaymentBody(input: StartPaymentRequest, sendDefaults: boolean): Record<string, unknown> {
  const defaults = sendDefaults ? channelDefaults(input.channelId) : undefined;
  const body: Record<string, unknown> = {
    transactionId: input.transactionId,
    msisdn: input.msisdn,
    channelId: input.channelId,
    paymentMethod: input.paymentMethod,
  };
  const isDeliverable = input.isDeliverable ?? defaults?.isDeliverable;
  if (isDeliverable !== undefined) body.isDeliverable = isDeliverable;
  if (input.isBillingRequired !== undefined) body.isBillingRequired = input.isBillingRequired;
  body.itemList = input.itemList.map((item) => {
    const isRemovable = item.isRemovable ?? defaults?.isRemovable;
    return isRemovable === undefined ? { id: item.id, count: item.count } : { id: item.id, count: item.count, isRemovable };
  });
  if (input.language !== undefined) body.language = input.language;
  if (input.additionalParameters !== undefined) body.additionalParameters = input.additionalParameters;
  return body;
}

/** The `commitService` body, with the channel under the configured key (the sources spell it three ways). */
export function commitBody(input: CommitRequest, channelKey: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    transactionId: input.transactionId,
    msisdn: input.msisdn,
    commitToken: input.commitToken,
    [channelKey]: input.channelId,
  };
  if (input.paymentMethod !== undefined) body.paymentMethod = input.paymentMethod;
  return body;
}
