import { iban, lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, currency, id, positiveAmount } from './common.js';
import { looseObject, strictObject } from './object.js';

/**
 * POST /payment/v1/money-transfers/code. The official Node client sends `amount`, `currencyCode`, `senderId`,
 * `senderName`, `description`, `bankCode`, `receiverIban`, `transactionId` and `merchantId`: each is typed here (all
 * optional but `amount`, since no docs say which the gateway needs), and any other field passes through.
 */
export const moneyTransferRequest = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Amount to transfer in `currencyCode`: a decimal above zero, exact to the kuruş. */
    amount: positiveAmount(),
    /** Currency code: `TRY`, `USD`, `EUR` or `AZN`. */
    currencyCode: z.optional(currency),
    /** Sender's id at the merchant. */
    senderId: z.optional(z.string()),
    /** Sender's name. */
    senderName: z.optional(z.string()),
    /** What the transfer is for. */
    description: z.optional(z.string()),
    /** Receiving bank's code. */
    bankCode: z.optional(z.string()),
    /** Receiving IBAN, with valid ISO 13616 check digits (spaces allowed, sent without them). */
    receiverIban: z.optional(iban()),
    /** Your id for this transfer: the reference its errors and result carry. */
    transactionId: z.optional(z.string().check(z.minLength(1))),
    /** Merchant id, as ÖderoPay gave it. */
    merchantId: z.optional(z.string()),
  }),
);

/**
 * MoneyTransferPaymentResult of the official Node client. `isSuccess: true` is the only success: `false` is a
 * refusal (`errorCode`, `errorMessage`), and an answer without it is not trusted.
 */
export const moneyTransferResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** True when the transfer code was created. */
    isSuccess: z.literal(true),
    /** ÖderoPay payment id of the transfer. */
    paymentId: z.nullish(z.number()),
    /** The `conversationId` of the transfer. */
    conversationId: z.nullish(z.string()),
    /** Token of the transfer. */
    token: z.nullish(z.string()),
    /** Where the payer is sent back to. */
    callbackUrl: z.nullish(z.string()),
  }),
);

/**
 * POST /payment/v1/wallet/init: the official Node client types the body as `any`, so only the fields a wallet payment
 * plainly carries are checked; every other field is passed through unchanged.
 */
export const walletInitRequest = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Your reference for the wallet payment; the reference its errors and result carry. */
    conversationId: z.optional(z.string()),
    /** Your order id, the key of `walletPayments.status`. */
    orderId: z.optional(z.string().check(z.minLength(1))),
    /** Basket total in `currency`: a decimal (number or string), exact to the kuruş. */
    price: z.optional(amount()),
    /** What the customer pays in `currency`, exact to the kuruş. */
    paidPrice: z.optional(amount()),
    /** Currency of the amounts: `TRY`, `USD`, `EUR` or `AZN`. */
    currency: z.optional(currency),
    /** ÖderoPay buyer id. */
    buyerId: z.optional(id),
    /** Where the customer comes back to. */
    callbackUrl: z.optional(z.url()),
  }),
);

/** GET /payment/v1/wallet/status/{orderId}: answers a PaymentResponse (the official Node client's type). */
export const walletStatusRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The wallet payment's order id (path). */
    orderId: z.string().check(z.minLength(1)),
  }),
);
