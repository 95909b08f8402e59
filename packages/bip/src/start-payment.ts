import type { CallOptions, Transport } from '@odeme/core';
import type * as z from 'zod/mini';
import { type BipChannelId, BipResultCode, channelNeedsCommit } from './constants.js';
import { normaliseMsisdn } from './msisdn.js';
import { paymentsStart } from './operations/payment.js';
import type { BipResultEnvelope } from './schemas/common.js';
import type { startPaymentRequest } from './schemas/payment.js';
import { generateTransactionId } from './transaction-id.js';

/** `startPayment` input: `transactionId` is optional (generated), `channelId` takes a `BipChannel` constant or any number. */
export type StartPaymentInput = Omit<z.input<typeof startPaymentRequest>, 'transactionId' | 'channelId'> & {
  /** Unique per request; generated when absent. Keep it: the listener callback and the commit refer to it. */
  transactionId?: string;
  /** A `BipChannel` constant, or another channel number your service was given. */
  channelId: BipChannelId;
};

/** The normal answer of `startPayment`: the user has been asked in BiP; the outcome arrives at the listener. */
export interface BipAwaitingConsent {
  /** Discriminant: the user is being asked in BiP. */
  status: 'awaiting_consent';
  /** The id that was sent (generated or yours): the listener callback and `commit` carry it. */
  transactionId: string;
  /** The number that was charged, in `90XXXXXXXXXX` form (needed again by `commit`). */
  msisdn: string;
  /** The channel that was sent. */
  channelId: number;
  /** True on channel 10: after the listener reports success, deliver, then call `commit`. */
  needsCommit: boolean;
  /** Always 1103. */
  resultCode: typeof BipResultCode.CONSENT_REQUESTED;
  /** The gateway's description (`CONSENT_REQUESTED`). */
  resultDesc: string;
  /** The gateway's answer as parsed (its `transactionId` echo included, which the documentation shows differing). */
  response: BipResultEnvelope;
}

/** Options of `startBipPayment`: the call options plus the transaction id generator. */
export interface StartBipPaymentOptions extends CallOptions {
  /** Makes `transactionId` when the input has none; default 16 random digits from Web Crypto. */
  generateTransactionId?: () => string;
}

/**
 * Starts a payment (`POST /paymentService`) on a transport from `createBipTransport`, generating the
 * `transactionId` first when the input has none, exactly as `Bip#startPayment` does. Resolves when BiP answers
 * 1103 CONSENT_REQUESTED; any other code is a `ProviderError`. Never retried automatically: a lost answer may
 * still have reached the user.
 *
 * @example
 * const transport = createBipTransport({ username, password });
 * const started = await startBipPayment(transport, { msisdn: '05321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] });
 * // Keep started.transactionId and started.msisdn: the listener callback and the commit need them.
 */
export async function startBipPayment(transport: Transport, input: StartPaymentInput, options: StartBipPaymentOptions = {}): Promise<BipAwaitingConsent> {
  const { generateTransactionId: newTransactionId = generateTransactionId, ...callOptions } = options;
  // Generated before the call so the caller always learns the id the listener callback will carry.
  const transactionId = input?.transactionId ?? newTransactionId();
  const response = await transport.call(paymentsStart, { ...input, transactionId }, callOptions);
  return {
    status: 'awaiting_consent',
    transactionId,
    msisdn: normaliseMsisdn(input.msisdn) as string,
    channelId: input.channelId,
    needsCommit: channelNeedsCommit(input.channelId),
    resultCode: BipResultCode.CONSENT_REQUESTED,
    resultDesc: response.resultDesc ?? 'CONSENT_REQUESTED',
    response,
  };
}
