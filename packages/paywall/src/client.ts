import { type CallOptions, ConfigurationError, type OperationInput, type OperationOutput, Transport } from '@odeme/core';
import { PayWallCallbacks } from './callbacks/verifier.js';
import { payWallOperations as ops, type PayWallOperation } from './operations/index.js';
import type { PayWallOptions } from './options.js';
import { assertCallable, createPayWallRuntime, PAYWALL, resolveBaseUrls } from './runtime.js';

/** One client method: the operation's input in, its parsed `Body` out. */
export type PayWallCall<O extends PayWallOperation> = (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

function checkOptions(options: PayWallOptions): void {
  const missing = (['apiKeyPublic', 'apiClientPublic'] as const).filter((k) => !options[k]);
  if (missing.length) throw new ConfigurationError(`PayWall: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required`, { provider: PAYWALL });
  if (Boolean(options.apiKeyPrivate) !== Boolean(options.apiClientPrivate))
    throw new ConfigurationError('PayWall: give both apiKeyPrivate and apiClientPrivate, or neither', { provider: PAYWALL });
  if (!options.environment && !options.baseUrl && !options.baseUrls)
    throw new ConfigurationError("PayWall: set environment ('test' or 'production'), baseUrl or baseUrls", { provider: PAYWALL });
  if (options.environment && options.environment !== 'test' && options.environment !== 'production')
    throw new ConfigurationError(`PayWall: environment must be 'test' or 'production', got ${String(options.environment)}`, { provider: PAYWALL });
}

/**
 * The PayWall client: `new PayWall({ apiKeyPublic, apiClientPublic, apiKeyPrivate, apiClientPrivate, environment: 'test' })`.
 * Each member groups the operations of one area; every method is one row of the operation table.
 */
export class PayWall {
  /** Card payments (PaymentAPI): direct, insurance, 3D, 3D model, end3d, pre-auth capture/cancel, split, version. */
  readonly payments;
  /** Installment options for an amount, optionally for a BIN (#9). */
  readonly installments;
  /** BIN inquiry (#10). */
  readonly bin;
  /** VPos campaign inquiry (#14; its body is not documented). */
  readonly campaigns;
  /** Client-side tokens: `temptoken` (#11) on your server, `tempcard` (#12) with that token. */
  readonly clientSide;
  /** Full and partial refunds (PaymentPrivateAPI, private pair). */
  readonly refunds;
  /** Same-day cancels (private pair). */
  readonly cancels;
  /** Cancel-or-refund: PayWall cancels on the same day and refunds later (private pair). */
  readonly reverts;
  /** Payment queries (private pair). */
  readonly queries;
  /** VPos transaction list and reconciliation (private pair). */
  readonly vpos;
  /** CardWall stored cards, e-commerce and `insurance` (CardWallAPI, private pair). */
  readonly cardWall;
  /** Callback verification with this client's `hashKeys`. */
  readonly callbacks: PayWallCallbacks;

  private readonly callRow: <O extends PayWallOperation>(op: O, input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

  constructor(options: PayWallOptions) {
    checkOptions(options);
    const bases = resolveBaseUrls(options);
    const transport = new Transport(createPayWallRuntime(options), options);
    this.callRow = async (op, input, callOptions) => {
      // Missing host or private pair: a ConfigurationError before validation or any request.
      assertCallable(op, options, bases);
      return transport.call(op, input, callOptions) as Promise<OperationOutput<typeof op>>;
    };
    const call =
      <O extends PayWallOperation>(op: O): PayWallCall<O> =>
      (input, callOptions) =>
        this.callRow(op, input, callOptions);
    const p = ops.payments;
    this.payments = {
      version: (callOptions?: CallOptions) => call(p.version)({}, callOptions),
      startDirect: call(p.startDirect),
      startDirectInsurance: call(p.startDirectInsurance),
      start3d: call(p.start3d),
      start3dModel: call(p.start3dModel),
      end3d: call(p.end3d),
      captureProvision: call(p.captureProvision),
      cancelProvision: call(p.cancelProvision),
      startSplit: call(p.startSplit),
    };
    this.installments = { list: call(ops.lookups.installments) };
    this.bin = { inquiry: call(ops.lookups.binInquiry) };
    this.campaigns = { vposInquiry: call(p.campaignInquiry) };
    this.clientSide = { createTempToken: call(ops.clientSide.tempToken), createTempCard: call(ops.clientSide.tempCard) };
    const r = ops.refunds;
    this.refunds = {
      create: call(r.refund),
      partial: call(r.partialRefund),
      partialByPaymentId: call(r.partialRefundByPaymentId),
      partialByUniqueCode: call(r.partialRefundByUniqueCode),
    };
    this.cancels = { create: call(r.cancel), byUniqueCode: call(r.cancelByUniqueCode), byPaymentId: call(r.cancelByPaymentId) };
    this.reverts = { create: call(r.revert), byPaymentId: call(r.revertByPaymentId) };
    const q = ops.queries;
    this.queries = {
      byMerchantUniqueCode: call(q.byMerchantUniqueCode),
      byUniqueCode: call(q.byUniqueCode),
      byPaymentId: call(q.byPaymentId),
      byProductId: call(q.byProductId),
      byTrackingCode: call(q.byTrackingCode),
    };
    const v = ops.vpos;
    this.vpos = {
      transactionList: call(v.transactionList),
      reconcile: call(v.reconcile),
      reconciliation: call(v.reconciliation),
      endOfDay: call(v.endOfDay),
      reconciliationList: call(v.reconciliationList),
    };
    const c = ops.cardWall;
    this.cardWall = {
      save: call(c.save),
      list: call(c.list),
      remove: call(c.remove),
      update: call(c.update),
      insurance: { save: call(c.saveInsurance), list: call(c.listInsurance), remove: call(c.removeInsurance), update: call(c.updateInsurance) },
    };
    this.callbacks = new PayWallCallbacks({ hashKeys: options.hashKeys });
  }

  /** Runs any PayWall operation row (for rows added before they get a method of their own). */
  call<O extends PayWallOperation>(op: O, input: OperationInput<O>, options?: CallOptions): Promise<OperationOutput<O>> {
    return this.callRow(op, input, options);
  }
}
