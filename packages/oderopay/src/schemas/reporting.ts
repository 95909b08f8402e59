import * as z from 'zod';
import { amount, currency, dateTime, decimal, id, installment, paging } from './common.js';
import { CARD_ASSOCIATIONS, CARD_TYPES, CONNECTOR_TYPES, openEnum, PAYMENT_STATUSES, PAYMENT_TYPES, TRANSACTION_STATUSES } from './enums.js';

const idList = z
  .array(id)
  .transform((a) => a.join(','))
  .optional();

/** GET /payment-reporting/v1/payments query; list filters are comma-joined on the wire. */
export const searchPaymentsRequest = z.strictObject({
  ...paging,
  paymentIds: idList,
  paymentTxIds: idList,
  subMerchantIds: idList,
  itemExternalIds: z
    .array(z.string())
    .transform((a) => a.join(','))
    .optional(),
  paymentStatus: openEnum(PAYMENT_STATUSES).optional(),
  connectorType: openEnum(CONNECTOR_TYPES).optional(),
  currency: currency.optional(),
  binNumber: z.string().optional(),
  lastFourDigits: z.string().optional(),
  minPrice: amount().optional(),
  minPaidPrice: amount().optional(),
  maxPrice: amount().optional(),
  maxPaidPrice: amount().optional(),
  installment: installment.optional(),
  conversationId: z.string().optional(),
  isThreeDS: z.boolean().optional(),
  minCreatedDate: dateTime.optional(),
  maxCreatedDate: dateTime.optional(),
});

/** Error details inside a reported payment (TokenPay's `Error` DTO). */
export const reportedError = z.looseObject({
  errorCode: z.string().nullish(),
  errorName: z.string().nullish(),
  errorGroup: z.string().nullish(),
  errorMessage: z.string().nullish(),
});

/** The card side of a reported payment. */
export const paymentCardDetail = z.looseObject({
  cardType: openEnum(CARD_TYPES).nullish(),
  cardAssociation: openEnum(CARD_ASSOCIATIONS).nullish(),
  cardBrand: z.string().nullish(),
  cardHolderName: z.string().nullish(),
  binNumber: z.string().nullish(),
  lastFourDigits: z.string().nullish(),
  installment: z.number().nullish(),
  isThreeDS: z.boolean().nullish(),
  mdStatus: z.union([z.number(), z.string()]).nullish(),
  pfCommissionRateAmount: decimal.nullish(),
  merchantCommissionRate: decimal.nullish(),
  merchantCommissionRateAmount: decimal.nullish(),
  error: reportedError.nullish(),
});

/** PaymentDetailResponse of the reporting API. */
export const paymentDetail = z.looseObject({
  id: z.number(),
  createdDate: z.string().nullish(),
  updatedDate: z.string().nullish(),
  orderId: z.string().nullish(),
  price: decimal,
  paidPrice: decimal,
  walletPrice: decimal.nullish(),
  paymentType: openEnum(PAYMENT_TYPES).nullish(),
  connectorType: openEnum(CONNECTOR_TYPES).nullish(),
  currency: z.string().nullish(),
  paymentStatus: openEnum(PAYMENT_STATUSES),
  conversationId: z.string().nullish(),
  paymentCard: paymentCardDetail.nullish(),
  paymentRefunds: z.array(z.looseObject({})).nullish(),
  paymentTransactions: z
    .array(
      z.looseObject({
        id: z.number(),
        transactionStatus: openEnum(TRANSACTION_STATUSES).nullish(),
        transactionStatusDate: z.string().nullish(),
        paymentTransactionCard: z.looseObject({}).nullish(),
        paymentTransactionRefunds: z.array(z.looseObject({})).nullish(),
      }),
    )
    .nullish(),
});
