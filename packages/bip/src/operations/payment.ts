import { defineOperation, type ReferenceRule } from '@odeme/core';
import type { BipResultCode } from '../constants.js';
import { type BipBodySettings, commitBody, startPaymentBody } from '../encode.js';
import { type CommitRequest, commitRequest } from '../schemas/commit.js';
import { resultEnvelope } from '../schemas/common.js';
import { type StartPaymentRequest, startPaymentRequest } from '../schemas/payment.js';
import { generateTransactionId } from '../transaction-id.js';

/** What the BiP runtime needs to know about an operation row. */
export interface BipOperationMeta {
  /** The `resultCode` that means success for this service (anything else is a `ProviderError`). */
  successCode: number;
  /**
   * Builds the JSON body from the validated input. Kept on the row, not in the runtime, so that a program
   * using one row does not carry the other's encoder.
   */
  body: (input: unknown, settings: BipBodySettings) => Record<string, unknown>;
}

/**
 * A payment start's reference: its `transactionId`, which the merchant chooses (spec §4), generated before sending when
 * the caller gives none. BiP has no status query: the listener's callback for that id is the evidence.
 */
const startReference: ReferenceRule = {
  field: 'transactionId',
  generate: generateTransactionId,
  lookup: 'BiP has no status query; wait for the listener callback carrying this transactionId, and never start it again with a new one before it arrives',
};

/** A commit's reference: the original payment's `transactionId` (required, never generated). */
const commitReference: ReferenceRule = {
  field: 'transactionId',
  lookup: 'BiP has no status query; commit again only after the listener reported success for this transactionId',
};

// Rows are called with `@__PURE__` (esbuild does not follow core's `@__NO_SIDE_EFFECTS__` across modules) and
// hold literal success codes (a `BipResultCode.X` read would count as a side effect): a bundle drops unused rows.

/**
 * `POST /paymentService`: starts a payment; the normal answer is 1103 CONSENT_REQUESTED while the user decides
 * in BiP, and the outcome arrives at the listener. Moves money, so it is never retried. Its reference is
 * `transactionId`, which the merchant chooses: given, it is sent as is; left out, `generateTransactionId` makes one
 * before anything is sent. Either way it is on the result and on every error (`reference`), so a failed call can be
 * matched with the listener callback that carries it. BiP has no status query: see the guide's "When the outcome is
 * unknown".
 *
 * @example
 * const transport = createBipTransport({ username, password });
 * const answer = await transport.call(paymentsStart, {
 *   transactionId: '2016080230541319',
 *   msisdn: '05321234567',
 *   channelId: BipChannel.CREDIT_CARD,
 *   itemList: [{ id: 50, count: 1 }],
 * });
 * answer.resultCode; // 1103
 * answer.reference; // '2016080230541319'
 */
export const paymentsStart = /* @__PURE__ */ defineOperation({
  id: 'payments.start',
  method: 'POST',
  path: '/paymentService',
  request: startPaymentRequest,
  response: resultEnvelope,
  movesMoney: true,
  reference: startReference,
  meta: {
    /** 1103 CONSENT_REQUESTED: the user is being asked in BiP. */
    successCode: 1103 satisfies typeof BipResultCode.CONSENT_REQUESTED,
    /** The `paymentService` body, with the channel's documented defaults filled in when configured. */
    body: (input, settings) => startPaymentBody(input as StartPaymentRequest, settings.sendChannelDefaults),
  } satisfies BipOperationMeta,
});

/**
 * `POST /commitService`: finalises a channel 10 reservation with the listener's `commitToken`, after the benefit
 * was delivered; the answer is 0 SUCCESS. Moves money, so it is never retried. Its reference is the original
 * payment's `transactionId` (required, never generated).
 */
export const paymentsCommit = /* @__PURE__ */ defineOperation({
  id: 'payments.commit',
  method: 'POST',
  path: '/commitService',
  request: commitRequest,
  response: resultEnvelope,
  movesMoney: true,
  reference: commitReference,
  meta: {
    /** 0 SUCCESS: the reservation is charged. */
    successCode: 0 satisfies typeof BipResultCode.SUCCESS,
    /** The `commitService` body, with the channel under the configured key. */
    body: (input, settings) => commitBody(input as CommitRequest, settings.commitChannelKey),
  } satisfies BipOperationMeta,
});

/** The two documented BiP Payment Service operations, by the client's method names. Both move money, so neither is ever retried. */
export const bipOperations = {
  /** `payments.start`: see {@link paymentsStart}. */
  startPayment: paymentsStart,
  /** `payments.commit`: see {@link paymentsCommit}. */
  commit: paymentsCommit,
};
