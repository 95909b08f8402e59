import type { CallOptions, Referenced } from '@odeme/core';
import type {
  CreditPaymentParams,
  CreditPaymentStart,
  CreditPreview,
  CreditPreviewParams,
  MoneyTransferCode,
  MoneyTransferParams,
  WalletPaymentParams,
  WalletPaymentStart,
  WalletStatusParams,
} from '../types/extras.js';
import type { Payment } from '../types/payments.js';

/** `odero.creditPayments`: shopping-loan payments (ÖderoPay-only). */
export interface CreditPaymentsMethods {
  /**
   * Starts a loan payment: show the customer `htmlContent` or send them to `redirectURL`; `resultCode` is the
   * lender's (which code means success is not published).
   *
   * `POST /payment/v1/credit-payments/init`. Moves money, sent once. Reference: `conversationId`, generated when left out.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  init(params?: CreditPaymentParams, options?: CallOptions): Promise<CreditPaymentStart & Referenced>;
  /**
   * The lender's offers for an amount (a JSON body, but a read).
   *
   * `POST /payment/v1/credit-payments/preview`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  preview(params: CreditPreviewParams, options?: CallOptions): Promise<CreditPreview>;
}

/** `odero.moneyTransfers`: money transfer by code (ÖderoPay-only). */
export interface MoneyTransfersMethods {
  /**
   * Creates a money-transfer payment code. Success is `isSuccess: true` only; `isSuccess: false` is a `ProviderError`.
   *
   * `POST /payment/v1/money-transfers/code`. Moves money, sent once. Reference: your `transactionId` (never
   * generated: give one).
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  createCode(params: MoneyTransferParams, options?: CallOptions): Promise<MoneyTransferCode & Referenced>;
}

/** `odero.walletPayments`: wallet payments (ÖderoPay-only, 2025-07). */
export interface WalletPaymentsMethods {
  /**
   * Starts a wallet payment. Its body and answer are not published: the answer is returned as sent (read it with
   * `responseOf(result)?.data`).
   *
   * `POST /payment/v1/wallet/init`. Moves money, sent once. Reference: your `conversationId` (never generated).
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  init(params?: WalletPaymentParams, options?: CallOptions): Promise<WalletPaymentStart & Referenced>;
  /**
   * A wallet payment by its order id, as a payment (check `paymentStatus`).
   *
   * `GET /payment/v1/wallet/status/{orderId}`. A read.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  status(params: WalletStatusParams, options?: CallOptions): Promise<Payment>;
}
