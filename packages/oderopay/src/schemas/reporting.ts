import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, answerCurrency, currency, dateTime, decimal, idList, installment, listOf, pagedQuery } from './common.js';
import {
  CARD_ASSOCIATIONS,
  CARD_TYPES,
  CONNECTOR_TYPES,
  DECLINE_GROUPS,
  openEnum,
  PAYMENT_STATUSES,
  PAYMENT_TYPES,
  REFUND_DESTINATION_TYPES,
  REFUND_STATUSES,
  TRANSACTION_STATUSES,
} from './enums.js';
import { looseObject } from './object.js';
import { payout } from './payment.js';

/**
 * GET /payment-reporting/v1/payments query. List filters are comma-joined on the wire (as the Java client sends them;
 * the Node client repeats the key instead). Dates are Istanbul time without a zone, ÖderoPay's own form.
 */
export const searchPaymentsRequest = /* @__PURE__ */ lazySchema(() =>
  pagedQuery({
    /** Payments with these ids. */
    paymentIds: idList,
    /** Payments with these basket lines (payment transactions): the Node client's name for the filter. */
    paymentTxIds: idList,
    /** The same filter under the Java client's name; send the one your ÖderoPay account reads. */
    paymentTransactionIds: idList,
    /** Payments with lines of these sub-merchants. */
    subMerchantIds: idList,
    /** Payments with lines of these merchant ids (`externalId`). */
    itemExternalIds: z.optional(
      z.pipe(
        z.array(z.string()),
        z.transform((a: string[]) => a.join(',')),
      ),
    ),
    /** `SUCCESS`, `FAILURE`, `INIT_THREEDS` or `CALLBACK_THREEDS`. */
    paymentStatus: z.optional(z.enum(PAYMENT_STATUSES)),
    /** `TOKENPOS` or `TOKENGATE`. */
    connectorType: z.optional(z.enum(CONNECTOR_TYPES)),
    /** Currency: `TRY`, `USD`, `EUR` or `AZN`. */
    currency: z.optional(currency),
    /** First digits of the card. */
    binNumber: z.optional(z.string()),
    /** Last four digits of the card. */
    lastFourDigits: z.optional(z.string()),
    /** Lowest basket total: a decimal (number or string), exact to the kuruş. */
    minPrice: z.optional(amount()),
    /** Lowest amount paid: a decimal, exact to the kuruş. */
    minPaidPrice: z.optional(amount()),
    /** Highest basket total: a decimal, exact to the kuruş. */
    maxPrice: z.optional(amount()),
    /** Highest amount paid: a decimal, exact to the kuruş. */
    maxPaidPrice: z.optional(amount()),
    /** Installment count, 1 to 12. */
    installment: z.optional(installment),
    /** The payment's `conversationId`: find a payment whose answer was lost. */
    conversationId: z.optional(z.string()),
    /** Only 3D Secure (true) or only non-3DS (false) payments. */
    isThreeDS: z.optional(z.boolean()),
    /** Created at or after: a `Date` (sent as Istanbul time without a zone) or a string sent as given. */
    minCreatedDate: z.optional(dateTime),
    /** Created at or before: a `Date` (sent as Istanbul time without a zone) or a string sent as given. */
    maxCreatedDate: z.optional(dateTime),
  }),
);

/** Error details inside a reported payment (TokenPay's `Error` DTO). */
export const reportedError = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Error code. */
    errorCode: z.nullish(z.string()),
    /** Error name. */
    errorName: z.nullish(z.string()),
    /** Error group, e.g. `NOT_SUFFICIENT_FUNDS` (others pass). */
    errorGroup: z.nullish(openEnum(DECLINE_GROUPS)),
    /** Error text. */
    errorMessage: z.nullish(z.string()),
  }),
);

/** The card side of a reported payment. */
export const paymentCardDetail = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD` (others pass). */
    cardType: z.nullish(openEnum(CARD_TYPES)),
    /** Scheme: `VISA`, `MASTER_CARD`, `AMEX`, `TROY` (others pass). */
    cardAssociation: z.nullish(openEnum(CARD_ASSOCIATIONS)),
    /** Card brand (program) name. */
    cardBrand: z.nullish(z.string()),
    /** Name on the card. */
    cardHolderName: z.nullish(z.string()),
    /** First digits of the card. */
    binNumber: z.nullish(z.string()),
    /** Last four digits of the card. */
    lastFourDigits: z.nullish(z.string()),
    /** Installment count. */
    installment: z.nullish(z.number()),
    /** Whether the payment went through 3D Secure. */
    isThreeDS: z.nullish(z.boolean()),
    /** The bank's 3D Secure `mdStatus`. */
    mdStatus: z.nullish(z.union([z.number(), z.string()])),
    /** ÖderoPay's commission amount, a decimal in the payment's currency. */
    pfCommissionRateAmount: z.nullish(decimal),
    /** Merchant commission rate, in percent. */
    merchantCommissionRate: z.nullish(decimal),
    /** Merchant commission amount, a decimal in the payment's currency. */
    merchantCommissionRateAmount: z.nullish(decimal),
    /** Why the card payment failed, when it did. */
    error: z.nullish(reportedError),
  }),
);

/** A refund of a reported payment (the official clients' `PaymentRefund`); informational fields may be absent. */
export const reportedRefund = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Refund id. */
    id: z.number(),
    /** When it was made (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** `SUCCESS` or `FAILURE` (others pass). */
    refundStatus: z.nullish(openEnum(REFUND_STATUSES)),
    /** `CARD` or `WALLET` (others pass). */
    refundDestinationType: z.nullish(openEnum(REFUND_DESTINATION_TYPES)),
    /** Amount refunded, a decimal in the payment's currency. */
    price: z.nullish(decimal),
    /** Part refunded to the card, a decimal in the payment's currency. */
    refundBankPrice: z.nullish(decimal),
    /** Part refunded to the wallet, a decimal in the payment's currency. */
    refundWalletPrice: z.nullish(decimal),
    /** The `conversationId` sent with the refund. */
    conversationId: z.nullish(z.string()),
    /** Payment type of the refunded payment (others pass). */
    paymentType: z.nullish(openEnum(PAYMENT_TYPES)),
    /** Why the refund failed, when it did. */
    error: z.nullish(reportedError),
  }),
);

/** A refund of one reported basket line (the official clients' `PaymentTransactionRefund`). */
export const reportedTransactionRefund = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Line refund id. */
    id: z.number(),
    /** When it was made (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** `SUCCESS` or `FAILURE` (others pass). */
    refundStatus: z.nullish(openEnum(REFUND_STATUSES)),
    /** `CARD` or `WALLET` (others pass). */
    refundDestinationType: z.nullish(openEnum(REFUND_DESTINATION_TYPES)),
    /** Amount refunded, a decimal in the payment's currency. */
    refundPrice: z.nullish(decimal),
    /** Part refunded to the card, a decimal in the payment's currency. */
    refundBankPrice: z.nullish(decimal),
    /** Part refunded to the wallet, a decimal in the payment's currency. */
    refundWalletPrice: z.nullish(decimal),
    /** Payment type of the refunded payment (others pass). */
    paymentType: z.nullish(openEnum(PAYMENT_TYPES)),
    /** The `conversationId` sent with the refund. */
    conversationId: z.nullish(z.string()),
    /** Whether the line had been settled before the refund. */
    isAfterSettlement: z.nullish(z.boolean()),
    /** Why the refund failed, when it did. */
    error: z.nullish(reportedError),
  }),
);

/** The commissions of one reported basket line. */
export const reportedTransactionCommissions = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Merchant commission rate, in percent. */
    merchantCommissionRate: z.nullish(decimal),
    /** Merchant commission amount, a decimal in the payment's currency. */
    merchantCommissionRateAmount: z.nullish(decimal),
    /** ÖderoPay's commission amount, a decimal in the payment's currency. */
    pfCommissionRateAmount: z.nullish(decimal),
  }),
);

/** One basket line of a reported payment (the official clients' `PaymentTransactionDetail`). */
export const reportedTransaction = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Payment transaction id. */
    id: z.number(),
    /** When the line was created (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** The merchant's own id for the line. */
    externalId: z.nullish(z.string()),
    /** Payout state: `WAITING_FOR_APPROVAL`, `APPROVED`, `PAYOUT_STARTED` (others pass). */
    transactionStatus: z.nullish(openEnum(TRANSACTION_STATUSES)),
    /** When the payout state last changed (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    transactionStatusDate: z.nullish(z.string()),
    /** Basket amount of the line, a decimal in the payment's currency. */
    price: z.nullish(decimal),
    /** Amount the customer paid for the line, a decimal in the payment's currency. */
    paidPrice: z.nullish(decimal),
    /** Part of the line paid from the wallet, a decimal in the payment's currency. */
    walletPrice: z.nullish(decimal),
    /** Amount paid out to the merchant, a decimal in the payment's currency. */
    merchantPayoutAmount: z.nullish(decimal),
    /** Sub-merchant of the line. */
    subMerchantId: z.nullish(z.number()),
    /** Sub-merchant's name. */
    subMerchantName: z.nullish(z.string()),
    /** Amount passed on to the sub-merchant, a decimal in the payment's currency. */
    subMerchantPrice: z.nullish(decimal),
    /** Sub-merchant payout rate, in percent. */
    subMerchantPayoutRate: z.nullish(decimal),
    /** Amount paid out to the sub-merchant, a decimal in the payment's currency. */
    subMerchantPayoutAmount: z.nullish(decimal),
    /** How the line's money is split. */
    payout: z.nullish(payout),
    /** Commissions of the line. */
    paymentTransactionCard: z.nullish(reportedTransactionCommissions),
    /** Refunds of the line. */
    paymentTransactionRefunds: z.nullish(z.array(reportedTransactionRefund)),
  }),
);

/** PaymentDetailResponse of the reporting API. */
export const paymentDetail = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Payment id. */
    id: z.number(),
    /** When the payment was created (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    createdDate: z.nullish(z.string()),
    /** When it last changed (Istanbul time, no zone: `2026-03-01T14:07:18`). */
    updatedDate: z.nullish(z.string()),
    /** Order id. */
    orderId: z.nullish(z.string()),
    /** Basket total, a decimal in the payment's currency. */
    price: decimal,
    /** What the customer paid, a decimal in the payment's currency. */
    paidPrice: decimal,
    /** Part paid from the wallet, a decimal in the payment's currency. */
    walletPrice: z.nullish(decimal),
    /** `CARD_PAYMENT`, `WALLET_PAYMENT`… (others pass). */
    paymentType: z.nullish(openEnum(PAYMENT_TYPES)),
    /** `TOKENPOS` or `TOKENGATE` (others pass). */
    connectorType: z.nullish(openEnum(CONNECTOR_TYPES)),
    /** Currency of the amounts (others pass). */
    currency: z.nullish(answerCurrency),
    /** `SUCCESS`, `FAILURE`, `INIT_THREEDS`, `CALLBACK_THREEDS` (others pass): check it. */
    paymentStatus: openEnum(PAYMENT_STATUSES),
    /** The `conversationId` sent with the payment. */
    conversationId: z.nullish(z.string()),
    /** The card side of the payment. */
    paymentCard: z.nullish(paymentCardDetail),
    /** Refunds of the payment. */
    paymentRefunds: z.nullish(z.array(reportedRefund)),
    /** The basket lines. */
    paymentTransactions: z.nullish(z.array(reportedTransaction)),
  }),
);

/** A page of reported payments. */
export const paymentDetailList = /* @__PURE__ */ lazySchema(() => listOf(paymentDetail));
