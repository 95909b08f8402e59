import type { CallOptions } from '@odeme/core';
import type {
  PaymentQuery,
  PaymentQueryList,
  QueryByMerchantUniqueCodeParams,
  QueryByPaymentIdParams,
  QueryByProductIdParams,
  QueryByTrackingCodeParams,
  QueryByUniqueCodeParams,
} from '../types/queries.js';

/** Payment queries on PaymentPrivateAPI, with the private pair; parameters travel as headers (§4.2). */
export interface QueriesMethods {
  /**
   * The state of a payment by your `MerchantUniqueCode`. `GET private/query` (#24; header `merchantuniquecode`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  byMerchantUniqueCode(params: QueryByMerchantUniqueCodeParams, options?: CallOptions): Promise<PaymentQuery>;
  /**
   * The state of a payment by PayWall's `UniqueCode`. `GET private/query/by/uniquecode` (#25). Moves no money; a
   * read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  byUniqueCode(params: QueryByUniqueCodeParams, options?: CallOptions): Promise<PaymentQuery>;
  /**
   * The state of a payment by PayWall's `PaymentId` (what a verified callback names). `GET private/query/by/paymentid`
   * (#26). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#callbacks
   */
  byPaymentId(params: QueryByPaymentIdParams, options?: CallOptions): Promise<PaymentQuery>;
  /**
   * The payments of one of your `ProductId`s. `GET private/query/by/productid` (#27; header name inferred). Moves no
   * money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  byProductId(params: QueryByProductIdParams, options?: CallOptions): Promise<PaymentQueryList>;
  /**
   * The payments with one of your `TrackingCode`s. `GET private/query/by/trackingcode` (#28; header name inferred).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  byTrackingCode(params: QueryByTrackingCodeParams, options?: CallOptions): Promise<PaymentQueryList>;
}
