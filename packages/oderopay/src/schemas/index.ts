// The public surface of the schemas: enum value lists and the request and answer schemas of every row, which the named
// types (`CreatePaymentParams`, `Payment`… in `../types/`) are read from.
export { paymentItem } from './basket.js';
export { multiCardPostAuthRequest, multiCardPostAuthResponse, postAuthRequest } from './capture.js';
export type { PaymentCard, PaymentCardInput, RawCard, RawCardInput, StoredCardInput } from './card.js';
export { paymentCard } from './card.js';
export { checkoutTokenPath, initCheckoutRequest, initCheckoutResponse } from './checkout.js';
export { anyObject, type ListShape, type PagingShape } from './common.js';
export { creditInitRequest, creditInitResponse, creditOffer, creditPreviewRequest, creditPreviewResponse } from './credit.js';
export { cancelCrossBookingRequest, crossBooking, crossBookingList, crossBookingRequest, searchCrossBookingsRequest } from './cross-booking.js';
export * from './enums.js';
export { moneyTransferRequest, moneyTransferResponse, walletInitRequest, walletStatusRequest } from './extras.js';
export {
  binRequest,
  binResponse,
  installment,
  installmentList,
  installmentListOrObject,
  installmentPrice,
  productItem,
  productMaturity,
  retrieveInstallmentsRequest,
  searchInstallmentsRequest,
  walletInstallmentsRequest,
} from './installment.js';
export {
  buyer,
  buyerList,
  createBuyerRequest,
  createSubMerchantRequest,
  onboardingIdPath,
  searchBuyersRequest,
  searchSubMerchantsRequest,
  subMerchant,
  subMerchantList,
  updateBuyerRequest,
  updateSubMerchantRequest,
} from './onboarding.js';
export { createProductRequest, product, productIdPath, productList, searchProductsRequest, updateProductRequest } from './pay-by-link.js';
export { createPaymentRequest, initThreeDSRequest, paymentIdPath, paymentResponse, paymentTransaction, payout, subscriptionPlan } from './payment.js';
export {
  approvalItem,
  approvalRequest,
  approvalResponse,
  reorganizeItem,
  reorganizeRequest,
  reorganizeResponse,
  updateTransactionRequest,
} from './payment-transaction.js';
export {
  refundByPaymentIdRequest,
  refundIdPath,
  refundPaymentRequest,
  refundPaymentResponse,
  refundTransactionList,
  refundTransactionRequest,
  refundTransactionResponse,
  searchRefundTransactionsRequest,
} from './refund.js';
export {
  paymentCardDetail,
  paymentDetail,
  paymentDetailList,
  reportedError,
  reportedRefund,
  reportedTransaction,
  reportedTransactionCommissions,
  reportedTransactionRefund,
  searchPaymentsRequest,
} from './reporting.js';
export { bouncedRowsRequest, payoutCompletedRequest, settlementRow, settlementRowList } from './settlement.js';
export { deleteCardRequest, searchCardsRequest, storedCard, storedCardList } from './stored-card.js';
export {
  listSubscriptionsV1Request,
  renewSubscriptionV2Request,
  searchSubscriptionsV2Request,
  subscription,
  subscriptionByConversationIdRequest,
  subscriptionByIdRequest,
  subscriptionChangeResult,
  subscriptionList,
  subscriptionListOrOne,
  subscriptionPage,
  subscriptionsByStatusRequest,
  subscriptionV2IdPath,
  updateSubscriptionPeriodTypeRequest,
  updateSubscriptionPriceRequest,
  updateSubscriptionStatusRequest,
  updateSubscriptionV2Request,
} from './subscription.js';
export { completeThreeDSRequest, initThreeDSResponse } from './three-ds.js';
