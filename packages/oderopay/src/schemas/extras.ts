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
/** POST /payment/v1/money-transfers/code. */
export const moneyTransferRequest = z.looseObject(openBody);
/** POST /payment/v1/wallet/init (untyped in the official client). */
export const walletInitRequest = z.looseObject(openBody);
/** GET /payment/v1/wallet/status/{orderId}. */
export const walletStatusRequest = z.strictObject({
  /** The wallet payment's order id (path). */
  orderId: z.string().check(z.minLength(1)),
});
