import * as z from 'zod';
import { amount, currency, id } from './common.js';

/**
 * ÖderoPay-only flows whose request bodies are not published (credit/shopping loan, money transfer, wallet):
 * amounts and ids that are given are still checked, every other field is passed through unchanged.
 */
const openBody = {
  conversationId: z.string().optional(),
  price: amount().optional(),
  paidPrice: amount().optional(),
  currency: currency.optional(),
  buyerId: id.optional(),
  callbackUrl: z.url().optional(),
};

/** POST /payment/v1/credit-payments/init and /preview. */
export const creditPaymentRequest = z.looseObject(openBody);
/** POST /payment/v1/money-transfers/code. */
export const moneyTransferRequest = z.looseObject(openBody);
/** POST /payment/v1/wallet/init (untyped in the official client). */
export const walletInitRequest = z.looseObject(openBody);
/** GET /payment/v1/wallet/status/{orderId}. */
export const walletStatusRequest = z.strictObject({ orderId: z.string().min(1) });
