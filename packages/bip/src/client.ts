import { type CallOptions, type ClientOptions, ConfigurationError, Transport } from '@odeme/core';
import type * as z from 'zod';
import { type BipChannelId, BipResultCode, channelNeedsCommit } from './constants.js';
import { normaliseMsisdn } from './msisdn.js';
import { bipOperations } from './operations/payment.js';
import { bipRuntime } from './runtime.js';
import type { BipResultEnvelope } from './schemas/common.js';
import type { commitRequest } from './schemas/commit.js';
import type { startPaymentRequest } from './schemas/payment.js';
import { generateTransactionId } from './transaction-id.js';

/** Options of `new Bip(...)`: the service's BiP Developer API credentials plus the core client options. */
export interface BipOptions extends ClientOptions {
  /** BiP Developer API username (issued by Turkcell with the service definition). */
  username: string;
  /** BiP Developer API password. */
  password: string;
  /**
   * Key under which `commit` sends the channel. The sources disagree (`channelId` in the table and in
   * third-party code, `chand` in the example, `channeId` in Turkcell's sample); default `channelId`.
   */
  commitChannelKey?: string;
  /**
   * Send the documented per-channel defaults of `isDeliverable`, `isBillingRequired` and `isRemovable`
   * explicitly when the caller leaves them out (default `true`). `false` leaves them out of the body so the
   * gateway applies whatever it has configured.
   */
  sendChannelDefaults?: boolean;
  /** Makes `transactionId` when the caller gives none; default 16 random digits from Web Crypto. */
  generateTransactionId?: () => string;
}

/** `startPayment` input: `transactionId` is optional (generated), `channelId` takes a `BipChannel` constant or any number. */
export type StartPaymentInput = Omit<z.input<typeof startPaymentRequest>, 'transactionId' | 'channelId'> & {
  /** Unique per request; generated when absent. Keep it: the listener callback and the commit refer to it. */
  transactionId?: string;
  /** A `BipChannel` constant, or another channel number your service was given. */
  channelId: BipChannelId;
};

/** `commit` input. */
export type CommitInput = z.input<typeof commitRequest>;

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

/** A successful commit: the channel 10 reservation is now a charge. */
export interface BipCommitted {
  /** Discriminant: the reservation is charged. */
  status: 'committed';
  /** The id of the original payment. */
  transactionId: string;
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
  private readonly newTransactionId: () => string;

  constructor(options: BipOptions) {
    if (!options || typeof options.username !== 'string' || options.username === '' || typeof options.password !== 'string' || options.password === '')
      throw new ConfigurationError('bip: username and password (the BiP Developer API credentials) are required', { provider: 'bip' });
    if (options.commitChannelKey !== undefined && !/^[A-Za-z_][\w]*$/.test(options.commitChannelKey))
      throw new ConfigurationError(`bip: commitChannelKey must be a plain field name, got ${JSON.stringify(options.commitChannelKey)}`, { provider: 'bip' });
    this.newTransactionId = options.generateTransactionId ?? generateTransactionId;
    this.transport = new Transport(
      bipRuntime({
        username: options.username,
        password: options.password,
        baseUrl: options.baseUrl,
        commitChannelKey: options.commitChannelKey ?? 'channelId',
        sendChannelDefaults: options.sendChannelDefaults ?? true,
      }),
      options,
    );
  }

  /**
   * Starts a payment (`POST /paymentService`). Resolves when BiP answers 1103 CONSENT_REQUESTED; any other
   * code is a `ProviderError` (`providerCode`, `providerMessage`, `group` = the SDK name of a known code).
   * Never retried automatically: a lost answer may still have reached the user.
   */
  async startPayment(input: StartPaymentInput, options?: CallOptions): Promise<BipAwaitingConsent> {
    const transactionId = input?.transactionId ?? this.newTransactionId();
    const response = await this.transport.call(bipOperations.startPayment, { ...input, transactionId }, options);
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

  /**
   * Commits a channel 10 reservation (`POST /commitService`) with the listener's `commitToken`, after the
   * benefit was delivered. Skip it when delivery failed: the user is then not charged. Never retried.
   */
  async commit(input: CommitInput, options?: CallOptions): Promise<BipCommitted> {
    const response = await this.transport.call(bipOperations.commit, input, options);
    return {
      status: 'committed',
      transactionId: input.transactionId.trim(),
      resultCode: BipResultCode.SUCCESS,
      resultDesc: response.resultDesc ?? 'SUCCESS',
      response,
    };
  }
}
