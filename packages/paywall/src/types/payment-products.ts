import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  memberEarningChangeRequest,
  paymentProductCargo,
  paymentProductDiscount,
  paymentProductRecord,
  paymentProductsRequest,
} from '../schemas/payment-products.js';

/** What `paymentProducts.list` takes (#45): PayWall's `PaymentId`. */
export interface PaymentProductsParams extends z.input<typeof paymentProductsRequest> {}
/** What `paymentProducts.increaseMemberEarning` and `decreaseMemberEarning` take (#46, #47): payment, product, amount. */
export interface MemberEarningChangeParams extends z.input<typeof memberEarningChangeRequest> {}
/** The shipping cost of a product of a payment. */
export interface PaymentProductCargo extends Answer<z.output<typeof paymentProductCargo>> {}
/** The discount on a product of a payment. */
export interface PaymentProductDiscount extends Answer<z.output<typeof paymentProductDiscount>> {}
/** A product of a payment (#45): PayWall's `Id`, its member, amount, shipping and discount. */
export interface PaymentProductRecord extends Omit<Answer<z.output<typeof paymentProductRecord>>, 'Cargo' | 'Discount'> {
  /** Shipping cost. */
  Cargo?: PaymentProductCargo | null | undefined;
  /** Discount. */
  Discount?: PaymentProductDiscount | null | undefined;
}
