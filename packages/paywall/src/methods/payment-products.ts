import type { CallOptions } from '@odeme/core';
import type { Acknowledgement } from '../types/acknowledgement.js';
import type { MemberEarningChangeParams, PaymentProductRecord, PaymentProductsParams } from '../types/payment-products.js';

/**
 * Payment product management (§4.4), private pair, on PaymentPrivateAPI by default: the client option
 * `productHost: 'payment'` moves it to PaymentAPI (PayWall has not published which serves it).
 */
export interface PaymentProductsMethods {
  /**
   * The products of a payment, with PayWall's `Id` of each (the `ProductIds` the marketplace approves).
   * `GET product` (#45; header `paymentid`). Moves no money; a read, retried.
   * @example
   * ```ts
   * const products = await paywall.paymentProducts.list({ PaymentId: 81234 });
   * await paywall.marketplace.approveProducts({ PaymentId: 81234, ProductIds: products.map((p) => Number(p.Id)) });
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#products-of-a-payment
   */
  list(params: PaymentProductsParams, options?: CallOptions): Promise<PaymentProductRecord[]>;
  /**
   * Raises a sub-merchant's earning on a product, before approval. `PUT product/member/earning/increase` (#46).
   * Moves money: sent once, never retried; reference `PaymentId`.
   * @example
   * ```ts
   * await paywall.paymentProducts.increaseMemberEarning({ PaymentId: 81234, ProductId: 5512, Earning: '5.00' });
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#products-of-a-payment
   */
  increaseMemberEarning(params: MemberEarningChangeParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Lowers a sub-merchant's earning on a product that is not approved yet. `PUT product/member/earning/decrease`
   * (#47). Moves money: sent once, never retried; reference `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#products-of-a-payment
   */
  decreaseMemberEarning(params: MemberEarningChangeParams, options?: CallOptions): Promise<Acknowledgement>;
}
