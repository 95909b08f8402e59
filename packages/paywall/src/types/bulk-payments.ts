import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  BulkCardInput,
  bulkFileRequest,
  bulkOpenRequest,
  bulkOpenResponse,
  bulkPaymentDetail,
  bulkPaymentLine,
  bulkQueryRequest,
  bulkQueryResponse,
  bulkStartResponse,
  bulkStormRequest,
  bulkSummaryRequest,
  bulkSummaryResponse,
} from '../schemas/bulk-payments.js';
import type { BasketProduct, Customer } from './payments.js';

type BatchInput = z.input<typeof bulkStormRequest>;

/** The card of a bulk payment: full card data with `CardModel` 1; first 8 + last 4 digits and the identity number with 2. */
export interface BulkPaymentCard extends BulkCardInput {}

/** `PaymentDetail` of a batch (§4.3): total, your code, currency, installments, callback URL and its paging and compression. */
export interface BulkPaymentDetail extends z.input<typeof bulkPaymentDetail> {}

/** One payment of a batch: its buyer, its product (whose `ProductAmount` it charges) and, per `CardMethod`, its card. */
export interface BulkPaymentItem {
  /** The buyer of this payment. */
  Customer: Customer;
  /** What this payment pays for; its `ProductAmount` is the payment's amount. */
  Product: BasketProduct;
  /** This payment's card: with `CardMethod` 2 on every payment; with `CardMethod` 1 on the first payment only. */
  Card?: BulkPaymentCard | undefined;
}

/** What `bulkPayments.start` (#34, at most 500 payments) and `bulkPayments.startLarge` (#35, at most 50,000) take. */
export interface BulkPaymentParams extends Omit<BatchInput, 'PaymentDetail' | 'Payments'> {
  /** The batch: total in TL, your code, currency, installments, callback URL and its paging and compression. */
  PaymentDetail: BulkPaymentDetail;
  /** The payments. */
  Payments: BulkPaymentItem[];
}

/** What `bulkPayments.startFile` takes (#36): the payments file and its settings, sent as `multipart/form-data`. */
export interface BulkFileParams extends z.input<typeof bulkFileRequest> {}

/**
 * What the bulk rows with an unpublished body take (#37–#40, #43, #44): the fields PayWall gave you, sent as written
 * after `openBody`'s checks; a `MerchantUniqueCode` in it is the call's `reference`.
 */
export interface BulkOpenParams extends z.input<typeof bulkOpenRequest> {}

/** What `bulkPayments.query` takes (#41): the batch's `MerchantUniqueCode`, and the page. */
export interface BulkQueryParams extends z.input<typeof bulkQueryRequest> {}
/** What `bulkPayments.queryAll` takes: the batch's `MerchantUniqueCode`, and the page size (default 1,000). */
export interface BulkQueryAllParams extends Omit<BulkQueryParams, 'PageNumber'> {}
/** What `bulkPayments.summary` takes (#42): the batch's `MerchantUniqueCode`. */
export interface BulkSummaryParams extends z.input<typeof bulkSummaryRequest> {}

/** What the bulk starts answer (#34–#36): PayWall's `BulkPaymentId`; `reference` is the `MerchantUniqueCode` sent. */
export interface BulkStart extends Answer<z.output<typeof bulkStartResponse>>, Referenced {}

/** One payment of a batch, as `bulkPayments.query` lists it. */
export interface BulkPaymentLine extends Answer<z.output<typeof bulkPaymentLine>> {}

/** What `bulkPayments.query` answers (#41): the batch's totals and one page of its payments. */
export interface BulkQueryPage extends Omit<Answer<z.output<typeof bulkQueryResponse>>, 'Payments'> {
  /** This page's payments (`[]` when PayWall sends none). */
  Payments: BulkPaymentLine[];
}

/** What `bulkPayments.summary` answers (#42): the batch's totals. */
export interface BulkSummary extends Answer<z.output<typeof bulkSummaryResponse>> {}

/** What a bulk row with an unpublished answer answers (#37–#40, #43): kept as sent; `reference` is the code named, if any. */
export type BulkOpenResult = z.output<typeof bulkOpenResponse> & Referenced;

/** What `bulkPayments.resendCallback` answers (#44): not published; kept as sent. */
export type BulkResendResult = z.output<typeof bulkOpenResponse>;
