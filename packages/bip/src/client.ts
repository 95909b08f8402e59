import { attachResponse, type CallOptions, ConfigurationError, responseOf, type Transport } from '@odeme/core';
import { BipResultCode } from './constants.js';
import { paymentsCommit } from './operations/payment.js';
import { type BipAwaitingConsent, startBipPayment } from './start-payment.js';
import { type BipTransportOptions, createBipTransport } from './transport.js';
import type { BipResultEnvelope, CommitParams, StartPaymentParams } from './types/index.js';

/** Options of `new Bip(...)`: the service's BiP Developer API credentials plus the core client options. */
export interface BipOptions extends BipTransportOptions {
  /** Makes `transactionId` when the caller gives none; default `generateTransactionId` (16 random digits from Web Crypto). */
  generateTransactionId?: () => string;
}

/** @deprecated Renamed `CommitParams`. */
export type CommitInput = CommitParams;

/** A successful commit: the channel 10 reservation is now a charge. */
export interface BipCommitted {
  /** Discriminant: the reservation is charged. */
  status: 'committed';
  /** The id of the original payment. */
  transactionId: string;
  /** The merchant reference of the call: the same `transactionId` (also on every error of the call). */
  reference: string;
  /** Always 0. */
  resultCode: typeof BipResultCode.SUCCESS;
  /** The gateway's description (`SUCCESS`). */
  resultDesc: string;
  /** The gateway's answer as parsed. */
  response: BipResultEnvelope;
}

/**
 * Turkcell BiP Payment Service client. A BiP service account starts a payment, the user approves it in the
 * BiP app, Turkcell posts the result to the merchant's listener, and channel 10 reservations are committed.
 *
 * @example
 * const bip = new Bip({ username, password });
 * const started = await bip.startPayment({ msisdn: '05321234567', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] });
 */
export class Bip {
  private readonly transport: Transport;
  private readonly newTransactionId: (() => string) | undefined;

  /** Checks the options and builds the transport (`createBipTransport`); throws a `ConfigurationError` for missing credentials or a `baseUrl` without `/pgw`. */
  constructor(options: BipOptions) {
    this.transport = createBipTransport(options);
    if (options.generateTransactionId !== undefined && typeof options.generateTransactionId !== 'function')
      throw this.transport.localize(new ConfigurationError('bip: generateTransactionId must be a function', { provider: 'bip' }));
    this.newTransactionId = options.generateTransactionId;
  }

  /**
   * Starts a payment: `POST /paymentService` (the `payments.start` row). Resolves when BiP answers 1103
   * CONSENT_REQUESTED; the outcome arrives at your listener. A failure code of `BIP_DECLINE_CODES` is a
   * `PaymentDeclinedError` (`reason`), any other code a `ProviderError` (`providerCode`, `providerMessage`, `group` =
   * the SDK name of a known code); HTTP 401 is an `AuthenticationError`.
   *
   * Moves money: sent once, never retried automatically (a lost answer may still have reached the user: wait for the
   * listener callback). Its reference is `transactionId`, generated before sending when absent, and on the result and
   * every error.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/bip.md#when-the-outcome-is-unknown
   */
  startPayment(input: StartPaymentParams, options?: CallOptions): Promise<BipAwaitingConsent> {
    const generate = this.newTransactionId;
    return startBipPayment(this.transport, input, generate ? { ...options, generateTransactionId: generate } : options);
  }

  /**
   * Commits a channel 10 reservation: `POST /commitService` (the `payments.commit` row), with the listener's
   * `commitToken`, after the benefit was delivered. Skip it when delivery failed: the user is then not charged.
   *
   * Moves money: sent once, never retried. Its reference is the original payment's `transactionId` (required).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/bip.md#commitinput
   */
  async commit(input: CommitParams, options?: CallOptions): Promise<BipCommitted> {
    const answer = await this.transport.call(paymentsCommit, input, options);
    const { reference, ...response } = answer;
    const committed: BipCommitted = {
      status: 'committed',
      transactionId: reference,
      reference,
      resultCode: BipResultCode.SUCCESS,
      resultDesc: response.resultDesc ?? 'SUCCESS',
      response,
    };
    const info = responseOf(answer);
    if (info) attachResponse(committed, info);
    return committed;
  }
}
