import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type { card, cardInsurance, splitCard } from '../schemas/card.js';
import type { customer } from '../schemas/customer.js';
import type {
  campaignInquiryRequest,
  directPaymentRequest,
  end3dRequest,
  insuranceDirectPaymentRequest,
  paymentErrorBlock,
  paymentProduct,
  paymentRef,
  paymentStartResponse,
  provisionCancelRequest,
  provisionCaptureRequest,
  splitPaymentRequest,
  splitPaymentResponse,
  threeDPaymentRequest,
} from '../schemas/payment.js';
import type { directPaymentDetail, threeDPaymentDetail } from '../schemas/payment-detail.js';
import type { product } from '../schemas/products.js';

/** `PaymentDetail` of a direct payment (§4.0): amount, your `MerchantUniqueCode`, currency, installments, buyer IP… */
export interface DirectPaymentDetail extends z.input<typeof directPaymentDetail> {}
/** `PaymentDetail` of a 3D payment (`Payment3DRequestDetail`, §4.0): a direct detail with the return URLs, `Half3D` instead of `Half2D`. */
export interface ThreeDPaymentDetail extends z.input<typeof threeDPaymentDetail> {}
/** `Card` (§4.0): full card data, a CardWall card's `UniqueCode`, or a `TempCardToken` from `tempcard`. */
export interface PaymentCard extends z.input<typeof card> {}
/** `CardInsurance` (§4.0): an insurance-sector card, by its first and last digits and the holder's identity number. */
export interface InsuranceCard extends z.input<typeof cardInsurance> {}
/** The full card data of a split payment's part (`CardModel` 1). */
export interface SplitPaymentCard extends z.input<typeof splitCard> {}
/** `Customer` (§4.0): the buyer. */
export interface Customer extends z.input<typeof customer> {}
/** One of `Products[]` (§4.0): a basket line; the lines' `ProductAmount` add up to `PaymentDetail.Amount`. */
export interface BasketProduct extends z.input<typeof product> {}

type Basket = 'PaymentDetail' | 'Card' | 'Customer' | 'Products';

/** What `payments.startDirect` takes (#2): a non-3D card payment. */
export interface DirectPaymentParams extends Omit<z.input<typeof directPaymentRequest>, Basket> {
  /** The payment: amount in TL, your `MerchantUniqueCode`, currency, installments, buyer IP… */
  PaymentDetail: DirectPaymentDetail;
  /** The card: full card data, a stored card's `UniqueCode` or a `TempCardToken`. */
  Card: PaymentCard;
  /** The buyer. */
  Customer: Customer;
  /** The basket: at least one product; the prices must add up to `PaymentDetail.Amount`. */
  Products: BasketProduct[];
}

/** What `payments.startDirectInsurance` takes (#3): a non-3D payment with an insurance-sector card. */
export interface InsuranceDirectPaymentParams extends Omit<z.input<typeof insuranceDirectPaymentRequest>, Basket> {
  /** The payment: amount in TL, your `MerchantUniqueCode`, currency, installments, buyer IP… */
  PaymentDetail: DirectPaymentDetail;
  /** The insurance-sector card: first and last digits and the holder's identity number. */
  Card: InsuranceCard;
  /** The buyer. */
  Customer: Customer;
  /** The basket: at least one product; the prices must add up to `PaymentDetail.Amount`. */
  Products: BasketProduct[];
}

/** What `payments.start3d` and `payments.start3dModel` take (#4, #5): a 3D payment with its return URLs. */
export interface ThreeDPaymentParams extends Omit<z.input<typeof threeDPaymentRequest>, Basket> {
  /** The payment with the success and fail URLs the 3D result is posted to. */
  PaymentDetail: ThreeDPaymentDetail;
  /** The card: full card data, a stored card's `UniqueCode` or a `TempCardToken`. */
  Card: PaymentCard;
  /** The buyer. */
  Customer: Customer;
  /** The basket: at least one product; the prices must add up to `PaymentDetail.Amount`. */
  Products: BasketProduct[];
}

/** What `payments.end3d` takes (#6). */
export interface End3dParams extends z.input<typeof end3dRequest> {}
/** What `payments.captureProvision` takes (#7): the pre-auth to capture, in full or in part. */
export interface CaptureProvisionParams extends z.input<typeof provisionCaptureRequest> {}
/** What `payments.cancelProvision` takes (#8): the pre-auth to release. */
export interface CancelProvisionParams extends z.input<typeof provisionCancelRequest> {}
/** What `payments.startSplit` takes (#13): one basket paid with several cards. */
export interface SplitPaymentParams extends z.input<typeof splitPaymentRequest> {}
/** What `campaigns.vposInquiry` takes (#14): its body is not documented, so any JSON object is sent as given. */
export interface CampaignInquiryParams extends z.input<typeof campaignInquiryRequest> {}

/** A product as PayWall recorded it on a payment. */
export interface PaymentProduct extends Answer<z.output<typeof paymentProduct>> {}
/** The provider's and the bank's error of a payment start (its texts decoded from Base64). */
export interface PaymentStartError extends Answer<z.output<typeof paymentErrorBlock>> {}

/** The payment PayWall recorded for a payment start: its `PaymentId`, `UniqueCode` and your code, echoed. */
export interface StartedPayment extends Omit<Answer<z.output<typeof paymentRef>>, 'Products'> {
  /** The products as PayWall recorded them (`[]` when it sent none or `null`). */
  Products: PaymentProduct[];
}

/**
 * What a payment start answers (#2–#5): the payment PayWall recorded, the `RedirectUrl` of a 3D payment, and the
 * provider's error when there is one; `reference` is the `MerchantUniqueCode` it was sent with.
 */
export interface PaymentStart extends Omit<Answer<z.output<typeof paymentStartResponse>>, 'Payment' | 'Error'>, Referenced {
  /** The payment PayWall recorded. */
  Payment?: StartedPayment | null | undefined;
  /** The provider's or bank's error, when there is one. */
  Error?: PaymentStartError | null | undefined;
}

/**
 * What `payments.startSplit` answers (#13): not documented, so kept as sent (an answer that is not an object is under
 * `Body`); `reference` is the split payment's `MerchantUniqueCode`.
 */
export type SplitPaymentResult = z.output<typeof splitPaymentResponse> & Referenced;

/** What `payments.version` answers (#1): not documented; kept as sent (three PayWall clients read it as text). */
export type PayWallVersion = unknown;

/** What `campaigns.vposInquiry` answers (#14): not documented; kept as sent. */
export type CampaignInquiryResult = unknown;
