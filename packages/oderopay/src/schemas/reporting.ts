import * as z from 'zod/mini';
import { amount, currency, dateTime, decimal, id, installment, listOf, paging } from './common.js';
import { CARD_ASSOCIATIONS, CARD_TYPES, CONNECTOR_TYPES, openEnum, PAYMENT_STATUSES, PAYMENT_TYPES, TRANSACTION_STATUSES } from './enums.js';

const idList = z.optional(
  z.pipe(
    z.array(id),
    z.transform((a: (string | number)[]) => a.join(',')),
  ),
);

/** GET /payment-reporting/v1/payments query; list filters are comma-joined on the wire. */
export const searchPaymentsRequest = z.strictObject({
  ...paging,
  /** Payments with these ids. */
  paymentIds: idList,
  /** Payments with these basket lines (payment transactions). */
  paymentTxIds: idList,
  /** Payments with lines of these sub-merchants. */
  subMerchantIds: idList,
  /** Payments with lines of these merchant ids (`externalId`). */
  itemExternalIds: z.optional(
    z.pipe(
      z.array(z.string()),
      z.transform((a: string[]) => a.join(',')),
    ),
  ),
  /** `SUCCESS`, `FAILURE`, `INIT_THREEDS`, `CALLBACK_THREEDS` (open). */
  paymentStatus: z.optional(openEnum(PAYMENT_STATUSES)),
  /** `TOKENPOS` or `TOKENGATE` (open). */
  connectorType: z.optional(openEnum(CONNECTOR_TYPES)),
  /** Currency (open). */
  currency: z.optional(currency),
  /** First digits of the card. */
  binNumber: z.optional(z.string()),
  /** Last four digits of the card. */
  lastFourDigits: z.optional(z.string()),
  /** Lowest basket total, in TL. */
  minPrice: z.optional(amount()),
  /** Lowest amount paid, in TL. */
  minPaidPrice: z.optional(amount()),
  /** Highest basket total, in TL. */
  maxPrice: z.optional(amount()),
  /** Highest amount paid, in TL. */
  maxPaidPrice: z.optional(amount()),
  /** Installment count. */
  installment: z.optional(installment),
  /** The payment's `conversationId`: find a payment whose answer was lost. */
  conversationId: z.optional(z.string()),
  /** Only 3D Secure (true) or only non-3DS (false) payments. */
  isThreeDS: z.optional(z.boolean()),
  /** Created at or after (a `Date`, sent as local time without zone, or a string as given). */
  minCreatedDate: z.optional(dateTime),
  /** Created at or before (a `Date`, sent as local time without zone, or a string as given). */
  maxCreatedDate: z.optional(dateTime),
});

/** Error details inside a reported payment (TokenPay's `Error` DTO). */
export const reportedError = z.looseObject({
  /** Error code. */
  errorCode: z.nullish(z.string()),
  /** Error name. */
  errorName: z.nullish(z.string()),
  /** Error group, e.g. `NOT_SUFFICIENT_FUNDS`. */
  errorGroup: z.nullish(z.string()),
  /** Error text. */
  errorMessage: z.nullish(z.string()),
});

/** The card side of a reported payment. */
export const paymentCardDetail = z.looseObject({
  /** `CREDIT_CARD`, `DEBIT_CARD` or `PREPAID_CARD` (open). */
  cardType: z.nullish(openEnum(CARD_TYPES)),
  /** Scheme: `VISA`, `MASTER_CARD`, `AMEX`, `TROY` (open). */
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
  /** ÖderoPay's commission amount. */
  pfCommissionRateAmount: z.nullish(decimal),
  /** Merchant commission rate. */
  merchantCommissionRate: z.nullish(decimal),
  /** Merchant commission amount. */
  merchantCommissionRateAmount: z.nullish(decimal),
  /** Why the card payment failed, when it did. */
  error: z.nullish(reportedError),
});

/** PaymentDetailResponse of the reporting API. */
export const paymentDetail = z.looseObject({
  /** Payment id. */
  id: z.number(),
  /** When the payment was created (local date-time). */
  createdDate: z.nullish(z.string()),
  /** When it last changed (local date-time). */
  updatedDate: z.nullish(z.string()),
  /** Order id. */
  orderId: z.nullish(z.string()),
  /** Basket total. */
  price: decimal,
  /** What the customer paid. */
  paidPrice: decimal,
  /** Part paid from the wallet. */
  walletPrice: z.nullish(decimal),
  /** `CARD_PAYMENT`, `WALLET_PAYMENT`… (open). */
  paymentType: z.nullish(openEnum(PAYMENT_TYPES)),
  /** `TOKENPOS` or `TOKENGATE` (open). */
  connectorType: z.nullish(openEnum(CONNECTOR_TYPES)),
  /** Currency of the amounts. */
  currency: z.nullish(z.string()),
  /** `SUCCESS`, `FAILURE`, `INIT_THREEDS`, `CALLBACK_THREEDS` (open). */
  paymentStatus: openEnum(PAYMENT_STATUSES),
  /** The `conversationId` sent with the payment. */
  conversationId: z.nullish(z.string()),
  /** The card side of the payment. */
  paymentCard: z.nullish(paymentCardDetail),
  /** Refunds of the payment, kept as sent. */
  paymentRefunds: z.nullish(z.array(z.looseObject({}))),
  /** The basket lines. */
  paymentTransactions: z.nullish(
    z.array(
      z.looseObject({
        /** Payment transaction id. */
        id: z.number(),
        /** Payout state: `WAITING_FOR_APPROVAL`, `APPROVED`, `PAYOUT_STARTED` (open). */
        transactionStatus: z.nullish(openEnum(TRANSACTION_STATUSES)),
        /** When the payout state last changed (local date-time). */
        transactionStatusDate: z.nullish(z.string()),
        /** The line's card details, kept as sent. */
        paymentTransactionCard: z.nullish(z.looseObject({})),
        /** Refunds of the line, kept as sent. */
        paymentTransactionRefunds: z.nullish(z.array(z.looseObject({}))),
      }),
    ),
  ),
});

/** A page of reported payments. */
export const paymentDetailList = listOf(paymentDetail);
