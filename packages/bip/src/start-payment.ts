import { attachResponse, type CallOptions, ConfigurationError, normaliseTurkishMobile, responseOf, type Transport } from '@odeme/core';
import { BipResultCode, channelNeedsCommit } from './constants.js';
import { paymentsStart } from './operations/payment.js';
import type { BipResultEnvelope, StartPaymentParams } from './types/index.js';

/** @deprecated Renamed `StartPaymentParams`. */
export type StartPaymentInput = StartPaymentParams;

/** The normal answer of `startPayment`: the user has been asked in BiP; the outcome arrives at the listener. */
export interface BipAwaitingConsent {
  /** Discriminant: the user is being asked in BiP. */
  status: 'awaiting_consent';
  /** The id that was sent (generated or yours): the listener callback and `commit` carry it. */
  transactionId: string;
  /** The merchant reference of the call: the same `transactionId` (also on every error of the call). */
  reference: string;
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
  /** Makes `transactionId` when the input has none; default `generateTransactionId` (16 random digits). */
  generateTransactionId?: () => string;
}

/**
 * Starts a payment (`POST /paymentService`) on a transport from `createBipTransport`, exactly as `Bip#startPayment`
 * does. The Transport generates the `transactionId` (the row's reference) before sending when the input has none,
 * so it is on the result and on every error, and a failed call can still be matched with its listener callback.
 * Resolves when BiP answers 1103 CONSENT_REQUESTED; a code of `BIP_DECLINE_CODES` is a `PaymentDeclinedError`, any
 * other code a `ProviderError`, HTTP 401 an `AuthenticationError`. Never retried
 * automatically: a lost answer may still have reached the user.
 *
 * @example
 * const transport = createBipTransport({ username, password });
 * const started = await startBipPayment(transport, { msisdn: '05321234567', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] });
 * // Keep started.transactionId and started.msisdn: the listener callback and the commit need them.
 */
export async function startBipPayment(transport: Transport, input: StartPaymentParams, options: StartBipPaymentOptions = {}): Promise<BipAwaitingConsent> {
  const { generateTransactionId: generate, ...callOptions } = options;
  const row = generate ? withGenerator(generate) : paymentsStart;
  const response = await transport.call(row, input, callOptions);
  const { reference, ...answer } = response;
  const started: BipAwaitingConsent = {
    status: 'awaiting_consent',
    transactionId: reference,
    reference,
    // The input was validated by the same function, so this is the number that was sent.
    msisdn: normaliseTurkishMobile(input.msisdn) as string,
    channelId: input.channelId,
    needsCommit: channelNeedsCommit(input.channelId),
    resultCode: BipResultCode.CONSENT_REQUESTED,
    resultDesc: answer.resultDesc ?? 'CONSENT_REQUESTED',
    response: answer,
  };
  // `responseOf(started)`: the HTTP status, headers and unparsed answer, as for any other call.
  const info = responseOf(response);
  if (info) attachResponse(started, info);
  return started;
}

/**
 * `payments.start` with another generator (the client's `generateTransactionId` option). Its ids are filled in after
 * the input was validated, so they are checked here: an empty or padded id is a `ConfigurationError`, never sent.
 */
function withGenerator(generate: () => string): typeof paymentsStart {
  const checked = () => {
    const id: unknown = generate();
    if (typeof id !== 'string' || id.trim() === '' || id.trim() !== id)
      throw new ConfigurationError('bip: generateTransactionId must return non-blank text without surrounding whitespace', { provider: 'bip' });
    return id;
  };
  return { ...paymentsStart, reference: { field: 'transactionId', generate: checked } };
}
