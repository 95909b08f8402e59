import { type CallOptions, ConfigurationError, type Transport } from '@odeme/core';
import type * as z from 'zod/mini';
import { BipResultCode } from './constants.js';
import { paymentsCommit } from './operations/payment.js';
import type { commitRequest } from './schemas/commit.js';
import type { BipResultEnvelope } from './schemas/common.js';
import { type BipAwaitingConsent, type StartPaymentInput, startBipPayment } from './start-payment.js';
import { type BipTransportOptions, createBipTransport } from './transport.js';

/** Options of `new Bip(...)`: the service's BiP Developer API credentials plus the core client options. */
export interface BipOptions extends BipTransportOptions {
  /** Makes `transactionId` when the caller gives none; default `generateTransactionId` (16 random digits from Web Crypto). */
  generateTransactionId?: () => string;
}

/** `commit` input. */
export type CommitInput = z.input<typeof commitRequest>;

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
   * Starts a payment (`POST /paymentService`). Resolves when BiP answers 1103 CONSENT_REQUESTED; a failure code of
   * `BIP_DECLINE_CODES` is a `PaymentDeclinedError` (`reason`), any other code a `ProviderError` (`providerCode`,
   * `providerMessage`, `group` = the SDK name of a known code); HTTP 401 is an `AuthenticationError`.
   * `transactionId` is generated before sending when absent, and is the `reference` of the result and of every error.
   * Never retried automatically: a lost answer may still have reached the user (wait for the listener callback).
   */
  startPayment(input: StartPaymentInput, options?: CallOptions): Promise<BipAwaitingConsent> {
    const generate = this.newTransactionId;
    return startBipPayment(this.transport, input, generate ? { ...options, generateTransactionId: generate } : options);
  }

  /**
   * Commits a channel 10 reservation (`POST /commitService`) with the listener's `commitToken`, after the
   * benefit was delivered. Skip it when delivery failed: the user is then not charged. Never retried.
   */
  async commit(input: CommitInput, options?: CallOptions): Promise<BipCommitted> {
    const { reference, ...response } = await this.transport.call(paymentsCommit, input, options);
    return {
      status: 'committed',
      transactionId: reference,
      reference,
      resultCode: BipResultCode.SUCCESS,
      resultDesc: response.resultDesc ?? 'SUCCESS',
      response,
    };
  }
}
