import type { CallOptions, OperationInput, OperationOutput, Transport } from '@odeme/core';
import { PayWallCallbacks } from './callbacks/verifier.js';
import { findPayWallPayment, type PayWallPaymentState } from './lookup.js';
import {
  cardWallInsuranceList,
  cardWallInsuranceRemove,
  cardWallInsuranceSave,
  cardWallInsuranceUpdate,
  cardWallList,
  cardWallRemove,
  cardWallSave,
  cardWallUpdate,
} from './operations/cardwall.js';
import { clientSideTempCard, clientSideTempToken } from './operations/client-side.js';
import { binInquiry, installmentsList } from './operations/lookups.js';
import type { PayWallOperation } from './operations/meta.js';
import {
  campaignsVposInquiry,
  paymentsCancelProvision,
  paymentsCaptureProvision,
  paymentsEnd3d,
  paymentsStart3d,
  paymentsStart3dModel,
  paymentsStartDirect,
  paymentsStartDirectInsurance,
  paymentsStartSplit,
  paymentsVersion,
} from './operations/payments.js';
import { queriesByMerchantUniqueCode, queriesByPaymentId, queriesByProductId, queriesByTrackingCode, queriesByUniqueCode } from './operations/queries.js';
import {
  cancelsByPaymentId,
  cancelsByUniqueCode,
  cancelsCreate,
  refundsCreate,
  refundsPartial,
  refundsPartialByPaymentId,
  refundsPartialByUniqueCode,
  revertsByPaymentId,
  revertsCreate,
} from './operations/refunds.js';
import { vposEndOfDay, vposReconcile, vposReconciliation, vposReconciliationList, vposTransactionList } from './operations/vpos.js';
import type { PayWallOptions } from './options.js';
import { createPayWallTransport } from './transport.js';

/** One client method: the operation's input in, its parsed `Body` out. */
export type PayWallCall<O extends PayWallOperation> = (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

/**
 * The PayWall client: `new PayWall({ apiKeyPublic, apiClientPublic, apiKeyPrivate, apiClientPrivate, environment: 'test' })`.
 * Each member groups the operations of one area; every method is one row of the operation table. For the smallest
 * bundle, call one row through `createPayWallTransport` instead.
 * @example
 * ```ts
 * import { PayWall, PayWallCurrency } from '@odeme/paywall';
 *
 * const paywall = new PayWall({
 *   apiKeyPublic: process.env.PAYWALL_PUBLIC_KEY!,
 *   apiClientPublic: process.env.PAYWALL_PUBLIC_CLIENT!,
 *   apiKeyPrivate: process.env.PAYWALL_PRIVATE_KEY!, // refunds, cancels, queries, CardWall
 *   apiClientPrivate: process.env.PAYWALL_PRIVATE_CLIENT!,
 *   environment: 'test',
 * });
 * const { Payment } = await paywall.payments.startDirect({
 *   PaymentDetail: { Amount: '150.00', MerchantUniqueCode: 'order-1001', CurrencyId: PayWallCurrency.TRY, Installment: 1, ClientIP: '203.0.113.7' },
 *   Card: { OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
 *   Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
 *   Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: '150.00' }],
 * });
 * await paywall.refunds.partial({ MerchantUniqueCode: 'order-1001', Amount: '50.00' });
 * ```
 */
export class PayWall {
  /** Card payments (PaymentAPI): direct, insurance, 3D, 3D model, end3d, pre-auth capture/cancel, split, version. */
  readonly payments: {
    /** #1 `GET payment/version`: PayWall's service version, as sent (three PayWall clients read it as text). */
    version: (options?: CallOptions) => Promise<OperationOutput<typeof paymentsVersion>>;
    /** #2 `POST payment/startdirect`: a non-3D card payment in TL, answered synchronously. */
    startDirect: PayWallCall<typeof paymentsStartDirect>;
    /** #3 `POST payment/startdirect/insurance`: a non-3D payment with an insurance-sector card. */
    startDirectInsurance: PayWallCall<typeof paymentsStartDirectInsurance>;
    /** #4 `POST payment/start3d`: starts a 3D payment; open `RedirectUrl`, the result is posted to your return URL. */
    start3d: PayWallCall<typeof paymentsStart3d>;
    /** #5 `POST payment/start3dmodel`: starts a "3D model" payment (same input as `start3d`). */
    start3dModel: PayWallCall<typeof paymentsStart3dModel>;
    /** #6 `POST payment/end3d`: completes a 3D payment started with `Half3D` (PayWall's Android SDK calls it after every 3D payment). */
    end3d: PayWallCall<typeof paymentsEnd3d>;
    /** #7 `POST payment/provision`: captures a pre-auth, in full or `ProvisionAmount` TL of it. */
    captureProvision: PayWallCall<typeof paymentsCaptureProvision>;
    /** #8 `POST payment/provision/cancel`: releases a pre-auth. */
    cancelProvision: PayWallCall<typeof paymentsCancelProvision>;
    /** #13 `POST payment/start/split`: one basket paid with several cards. */
    startSplit: PayWallCall<typeof paymentsStartSplit>;
    /**
     * Resolves an `unknown` outcome: the state of the payment whose `MerchantUniqueCode` is `reference` (the
     * `error.reference` of a payment start, or of a refund, cancel, revert, capture or release by
     * `MerchantUniqueCode`), by `GET private/query`; `undefined` when PayWall has no payment with that code.
     * Needs the private pair.
     */
    findByReference: (reference: string, options?: CallOptions) => Promise<PayWallPaymentState | undefined>;
  };
  /** Installment options for an amount, optionally for a BIN (#9). */
  readonly installments: {
    /** #9 `GET installment`: installment options for an amount in TL, per card family or for one BIN. */
    list: PayWallCall<typeof installmentsList>;
  };
  /** BIN inquiry (#10). */
  readonly bin: {
    /** #10 `GET bin/inquiry`: bank, brand, family and type of a card from its 6- or 8-digit BIN. */
    inquiry: PayWallCall<typeof binInquiry>;
  };
  /** VPos campaign inquiry (#14; its body is not documented). */
  readonly campaigns: {
    /** #14 `POST campaign/vpos/inquiry`: any JSON object in, the answer untyped. */
    vposInquiry: PayWallCall<typeof campaignsVposInquiry>;
  };
  /** Client-side tokens: `temptoken` (#11) on your server, `tempcard` (#12) with that token. */
  readonly clientSide: {
    /** #11 `POST temptoken`: a short-lived token for client-side calls. */
    createTempToken: PayWallCall<typeof clientSideTempToken>;
    /** #12 `POST tempcard`: tokenises a card with that token (sent with the key headers); put its `CardToken` in `Card.TempCardToken`. */
    createTempCard: PayWallCall<typeof clientSideTempCard>;
  };
  /** Full and partial refunds (PaymentPrivateAPI, private pair). */
  readonly refunds: {
    /** #15 `POST private/refund`: refunds a payment in full, by your `MerchantUniqueCode`. */
    create: PayWallCall<typeof refundsCreate>;
    /** #16 `POST private/refund/partial`: refunds `Amount` TL of a payment, by your `MerchantUniqueCode`. */
    partial: PayWallCall<typeof refundsPartial>;
    /** #17 `POST private/refund/partial/by/paymentid`: a partial refund by PayWall's `PaymentId`. */
    partialByPaymentId: PayWallCall<typeof refundsPartialByPaymentId>;
    /** #18 `POST private/refund/partial/by/uniquecode`: a partial refund by PayWall's `UniqueCode`. */
    partialByUniqueCode: PayWallCall<typeof refundsPartialByUniqueCode>;
  };
  /** Same-day cancels (private pair). */
  readonly cancels: {
    /** #19 `POST private/cancel`: voids a payment on its day, by your `MerchantUniqueCode`. */
    create: PayWallCall<typeof cancelsCreate>;
    /** #20 `POST private/cancel/by/uniqueCode`: voids a same-day payment by PayWall's `UniqueCode`. */
    byUniqueCode: PayWallCall<typeof cancelsByUniqueCode>;
    /** #21 `POST private/cancel/by/paymentid`: voids a same-day payment by PayWall's `PaymentId`. */
    byPaymentId: PayWallCall<typeof cancelsByPaymentId>;
  };
  /** Cancel-or-refund: PayWall cancels on the same day and refunds later (private pair). */
  readonly reverts: {
    /** #22 `POST private/revert`: cancel-or-refund by your `MerchantUniqueCode`; an `Amount` below the total refunds part of it. */
    create: PayWallCall<typeof revertsCreate>;
    /** #23 `POST private/revert/by/paymentid`: cancel-or-refund by PayWall's `PaymentId`. */
    byPaymentId: PayWallCall<typeof revertsByPaymentId>;
  };
  /** Payment queries (private pair). */
  readonly queries: {
    /** #24 `GET private/query`: the state of a payment by your `MerchantUniqueCode`. */
    byMerchantUniqueCode: PayWallCall<typeof queriesByMerchantUniqueCode>;
    /** #25 `GET private/query/by/uniquecode`: the state of a payment by PayWall's `UniqueCode`. */
    byUniqueCode: PayWallCall<typeof queriesByUniqueCode>;
    /** #26 `GET private/query/by/paymentid`: the state of a payment by PayWall's `PaymentId`. */
    byPaymentId: PayWallCall<typeof queriesByPaymentId>;
    /** #27 `GET private/query/by/productid`: the payments of one of your `ProductId`s. */
    byProductId: PayWallCall<typeof queriesByProductId>;
    /** #28 `GET private/query/by/trackingcode`: the payments with one of your `TrackingCode`s. */
    byTrackingCode: PayWallCall<typeof queriesByTrackingCode>;
  };
  /** VPos transaction list and reconciliation (private pair). */
  readonly vpos: {
    /** #29 `GET private/vpos/transaction/list`: the completed VPos payments of the previous day. */
    transactionList: PayWallCall<typeof vposTransactionList>;
    /** #30 `POST private/vpos/reconciliation/reconcile`: your counters of a day, compared with PayWall's. */
    reconcile: PayWallCall<typeof vposReconcile>;
    /** #31 `GET private/vpos/reconciliation`: whether a day is reconciled. */
    reconciliation: PayWallCall<typeof vposReconciliation>;
    /** #32 `GET private/vpos/reconciliation/endofday`: PayWall's end-of-day counters of a day. */
    endOfDay: PayWallCall<typeof vposEndOfDay>;
    /** #33 `GET private/vpos/reconciliation/list`: the reconciliations of a date range, paged. */
    reconciliationList: PayWallCall<typeof vposReconciliationList>;
  };
  /** CardWall stored cards, e-commerce and `insurance` (CardWallAPI, private pair). */
  readonly cardWall: {
    /** #90 `POST card`: stores an e-commerce card under your `RelationalId1`. */
    save: PayWallCall<typeof cardWallSave>;
    /** #91 `GET card`: the stored cards of one `RelationalId1`. */
    list: PayWallCall<typeof cardWallList>;
    /** #92 `DELETE card`: deletes a stored card. */
    remove: PayWallCall<typeof cardWallRemove>;
    /** #93 `PUT card`: changes a stored card's expiry. */
    update: PayWallCall<typeof cardWallUpdate>;
    /** Stored insurance cards (#94–#97). */
    insurance: {
      /** #94 `POST card/insurance`: stores an insurance card. */
      save: PayWallCall<typeof cardWallInsuranceSave>;
      /** #95 `GET card/insurance`: the stored insurance cards of one `RelationalId1`. */
      list: PayWallCall<typeof cardWallInsuranceList>;
      /** #96 `DELETE card/insurance`: deletes a stored insurance card. */
      remove: PayWallCall<typeof cardWallInsuranceRemove>;
      /** #97 `PUT card/insurance`: changes a stored insurance card's expiry. */
      update: PayWallCall<typeof cardWallInsuranceUpdate>;
    };
  };
  /** Callback verification with this client's `hashKeys`. */
  readonly callbacks: PayWallCallbacks;

  private readonly transport: Transport;

  /** Checks the options (see `createPayWallTransport`) and binds every operation row to one transport. */
  constructor(options: PayWallOptions) {
    const transport = createPayWallTransport(options);
    this.transport = transport;
    const call =
      <O extends PayWallOperation>(op: O): PayWallCall<O> =>
      (input, callOptions) =>
        transport.call(op, input, callOptions);
    this.payments = {
      version: (callOptions) => transport.call(paymentsVersion, {}, callOptions),
      startDirect: call(paymentsStartDirect),
      startDirectInsurance: call(paymentsStartDirectInsurance),
      start3d: call(paymentsStart3d),
      start3dModel: call(paymentsStart3dModel),
      end3d: call(paymentsEnd3d),
      captureProvision: call(paymentsCaptureProvision),
      cancelProvision: call(paymentsCancelProvision),
      startSplit: call(paymentsStartSplit),
      findByReference: (reference, callOptions) => findPayWallPayment(transport, reference, callOptions),
    };
    this.installments = { list: call(installmentsList) };
    this.bin = { inquiry: call(binInquiry) };
    this.campaigns = { vposInquiry: call(campaignsVposInquiry) };
    this.clientSide = { createTempToken: call(clientSideTempToken), createTempCard: call(clientSideTempCard) };
    this.refunds = {
      create: call(refundsCreate),
      partial: call(refundsPartial),
      partialByPaymentId: call(refundsPartialByPaymentId),
      partialByUniqueCode: call(refundsPartialByUniqueCode),
    };
    this.cancels = { create: call(cancelsCreate), byUniqueCode: call(cancelsByUniqueCode), byPaymentId: call(cancelsByPaymentId) };
    this.reverts = { create: call(revertsCreate), byPaymentId: call(revertsByPaymentId) };
    this.queries = {
      byMerchantUniqueCode: call(queriesByMerchantUniqueCode),
      byUniqueCode: call(queriesByUniqueCode),
      byPaymentId: call(queriesByPaymentId),
      byProductId: call(queriesByProductId),
      byTrackingCode: call(queriesByTrackingCode),
    };
    this.vpos = {
      transactionList: call(vposTransactionList),
      reconcile: call(vposReconcile),
      reconciliation: call(vposReconciliation),
      endOfDay: call(vposEndOfDay),
      reconciliationList: call(vposReconciliationList),
    };
    this.cardWall = {
      save: call(cardWallSave),
      list: call(cardWallList),
      remove: call(cardWallRemove),
      update: call(cardWallUpdate),
      insurance: {
        save: call(cardWallInsuranceSave),
        list: call(cardWallInsuranceList),
        remove: call(cardWallInsuranceRemove),
        update: call(cardWallInsuranceUpdate),
      },
    };
    this.callbacks = new PayWallCallbacks({ hashKeys: options.hashKeys, ...(options.locale ? { locale: options.locale } : {}) });
  }

  /** Runs any PayWall operation row (for rows added before they get a method of their own). */
  call<O extends PayWallOperation>(op: O, input: OperationInput<O>, options?: CallOptions): Promise<OperationOutput<O>> {
    return this.transport.call(op, input, options);
  }
}
