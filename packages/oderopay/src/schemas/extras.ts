import * as z from 'zod/mini';
import { amount, currency, id } from './common.js';

/**
 * ÖderoPay-only flows whose request bodies are not published (credit/shopping loan, money transfer, wallet):
 * amounts and ids that are given are still checked, every other field is passed through unchanged.
 */
const openBody = {
  /** Echoed back; usually the merchant's order number. */
  conversationId: z.optional(z.string()),
  /** Basket total in TL. */
  price: z.optional(amount()),
  /** What the customer pays in TL. */
  paidPrice: z.optional(amount()),
  /** Currency of the amounts (open). */
  currency: z.optional(currency),
  /** ÖderoPay buyer id. */
  buyerId: z.optional(id),
  /** Where the customer comes back to. */
  callbackUrl: z.optional(z.url()),
};

/** POST /payment/v1/credit-payments/init and /preview. */
export const creditPaymentRequest = z.looseObject(openBody);
/**
 * POST /payment/v1/money-transfers/code. The official Node client sends `amount`, `currencyCode`, `senderId`,
 * `senderName`, `description`, `bankCode`, `receiverIban`, `transactionId` and `merchantId`: `amount` and
 * `transactionId` are typed here, every other field passes through.
 */
export const moneyTransferRequest = z.looseObject({
  ...openBody,
  /** Amount to transfer in TL. */
  amount: z.optional(amount()),
  /** Your id for this transfer: the reference its errors and result carry. */
  transactionId: z.optional(z.string().check(z.minLength(1))),
});

/**
 * MoneyTransferPaymentResult of the official Node client. `isSuccess: true` is the only success: `false` is a
 * refusal (`errorCode`, `errorMessage`), and an answer without it is not trusted.
 */
export const moneyTransferResponse = z.looseObject({
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
});
/** POST /payment/v1/wallet/init (untyped in the official client). */
export const walletInitRequest = z.looseObject(openBody);
/** GET /payment/v1/wallet/status/{orderId}. */
export const walletStatusRequest = z.strictObject({
  /** The wallet payment's order id (path). */
  orderId: z.string().check(z.minLength(1)),
});
