// The public surface of the schemas: enum value lists and the main request/response schemas with their types.
import type * as z from 'zod/mini';
import type { initCheckoutRequest, initCheckoutResponse } from './checkout.js';
import type { installment, installmentPrice } from './installment.js';
import type { createPaymentRequest, paymentResponse, paymentTransaction } from './payment.js';
import type { refundPaymentResponse, refundTransactionResponse } from './refund.js';
import type { paymentDetail } from './reporting.js';
import type { storedCard } from './stored-card.js';
import type { initThreeDSRequest } from './three-ds.js';

export { paymentItem } from './basket.js';
export type { PaymentCard, PaymentCardInput, RawCard, RawCardInput, StoredCardInput } from './card.js';
export { paymentCard } from './card.js';
export { initCheckoutRequest, initCheckoutResponse } from './checkout.js';
export { creditInitRequest, creditInitResponse, creditOffer, creditPreviewRequest, creditPreviewResponse } from './credit.js';
export { crossBooking, crossBookingRequest, searchCrossBookingsRequest } from './cross-booking.js';
export * from './enums.js';
export { binResponse, installment, installmentPrice, retrieveInstallmentsRequest, searchInstallmentsRequest } from './installment.js';
export { buyer, createBuyerRequest, createSubMerchantRequest, subMerchant } from './onboarding.js';
export { createProductRequest, product, updateProductRequest } from './pay-by-link.js';
export { createPaymentRequest, paymentResponse, paymentTransaction, payout, subscriptionPlan } from './payment.js';
export { refundByPaymentIdRequest, refundPaymentRequest, refundPaymentResponse, refundTransactionRequest, refundTransactionResponse } from './refund.js';
export { paymentDetail, reportedRefund, reportedTransaction, reportedTransactionRefund, searchPaymentsRequest } from './reporting.js';
export { bouncedRowsRequest, payoutCompletedRequest, settlementRow } from './settlement.js';
export { deleteCardRequest, searchCardsRequest, storedCard } from './stored-card.js';
export { subscription } from './subscription.js';
export { completeThreeDSRequest, initThreeDSRequest, initThreeDSResponse } from './three-ds.js';

/** Input of `payments.create`. */
export type CreatePaymentInput = z.input<typeof createPaymentRequest>;
/** Input of `threeDS.init`. */
export type InitThreeDSInput = z.input<typeof initThreeDSRequest>;
/** Input of `checkout.init`. */
export type InitCheckoutInput = z.input<typeof initCheckoutRequest>;
/** Answer of `checkout.init`. */
export type InitCheckoutResult = z.output<typeof initCheckoutResponse>;
/** A payment as ÖderoPay returns it. */
export type Payment = z.output<typeof paymentResponse>;
/** A payment as the reporting API returns it (search, retrieve, `payments.findByConversationId`). */
export type PaymentDetail = z.output<typeof paymentDetail>;
/** One basket line of a payment. */
export type PaymentTransaction = z.output<typeof paymentTransaction>;
/** A whole-payment refund. */
export type Refund = z.output<typeof refundPaymentResponse>;
/** A line refund. */
export type RefundTransaction = z.output<typeof refundTransactionResponse>;
/** A stored card. */
export type StoredCard = z.output<typeof storedCard>;
/** Installment options of one card. */
export type Installment = z.output<typeof installment>;
/** One installment option. */
export type InstallmentPrice = z.output<typeof installmentPrice>;
