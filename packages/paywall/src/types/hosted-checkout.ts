import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  checkoutCustomer,
  checkoutInquiryRequest,
  checkoutInquiryResponse,
  checkoutProduct,
  checkoutRequest,
  checkoutResponse,
} from '../schemas/hosted-checkout.js';

/** The buyer of a checkout, to prefill the page. */
export interface CheckoutCustomer extends z.input<typeof checkoutCustomer> {}
/** A product shown on a checkout page. */
export interface CheckoutProduct extends z.input<typeof checkoutProduct> {}

/** What `checkout.generate` takes (#113): your `UniqueCode`, the amount, the return URLs and page settings. */
export interface CheckoutParams extends Omit<z.input<typeof checkoutRequest>, 'Customer' | 'Products'> {
  /** The buyer, to prefill the page. */
  Customer?: CheckoutCustomer | undefined;
  /** The basket shown on the page; when given, the prices must add up to `Amount`. */
  Products?: CheckoutProduct[] | undefined;
}
/** What `checkout.inquiry` takes (#114): PayWall's `Id` of the checkout. */
export interface CheckoutInquiryParams extends z.input<typeof checkoutInquiryRequest> {}

/** What `checkout.generate` answers (#113): the checkout's `Id`, `Guid` and page URL (`Link`). */
export interface HostedCheckout extends Answer<z.output<typeof checkoutResponse>> {}
/** What `checkout.inquiry` answers (#114): the checkout's settings, and `SuccessPayment` once it is paid. */
export interface CheckoutInquiry extends Answer<z.output<typeof checkoutInquiryResponse>> {}
