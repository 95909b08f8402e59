import type { Operation } from '@odeme/core';
import { cardOperations } from './cards.js';
import { checkoutOperations } from './checkout.js';
import { crossBookingOperations } from './cross-bookings.js';
import { creditPaymentOperations, moneyTransferOperations, walletPaymentOperations } from './extras.js';
import { installmentOperations } from './installments.js';
import { onboardingOperations } from './onboarding.js';
import { payByLinkOperations } from './pay-by-link.js';
import { paymentTransactionOperations } from './payment-transactions.js';
import { paymentOperations } from './payments.js';
import { refundOperations } from './refunds.js';
import { reportingOperations, settlementReportingOperations } from './reporting.js';
import { subscriptionV1Operations, subscriptionV2Operations } from './subscriptions.js';
import { threeDSOperations } from './three-ds.js';

/**
 * Every ÖderoPay operation row, grouped by the client resource that exposes it. Its type is the rows' full schema
 * types, too large for a reference page: each row is documented as a client method (`PaymentsMethods`…) and as its
 * own export (`paymentsCreate`…).
 * @hidden
 */
export const oderoPayOperations = {
  /** Card payments: charge, pre-auth and its capture, multi-card capture, retrieve. */
  payments: paymentOperations,
  /** 3D Secure init and complete. */
  threeDS: threeDSOperations,
  /** Hosted checkout page. */
  checkout: checkoutOperations,
  /** Whole-payment and per-line refunds. */
  refunds: refundOperations,
  /** Stored cards. */
  cards: cardOperations,
  /** Installment options and BIN lookup. */
  installments: installmentOperations,
  /** Payment reporting. */
  reporting: reportingOperations,
  /** Buyers and sub-merchants. */
  onboarding: onboardingOperations,
  /** Money between merchant and sub-merchants. */
  crossBookings: crossBookingOperations,
  /** Settlement-file reports. */
  settlementReporting: settlementReportingOperations,
  /** Pay-by-link products (tokenlink). */
  payByLink: payByLinkOperations,
  /** Subscriptions, v1 API of the ÖderoPay docs. */
  subscriptions: subscriptionV1Operations,
  /** Subscriptions, v2 API of the .NET client. */
  subscriptionsV2: subscriptionV2Operations,
  /** Marketplace approvals and re-splits of payment lines. */
  paymentTransactions: paymentTransactionOperations,
  /** Shopping-loan payments. */
  creditPayments: creditPaymentOperations,
  /** Money transfer codes. */
  moneyTransfers: moneyTransferOperations,
  /** Wallet payments. */
  walletPayments: walletPaymentOperations,
} as const;

/** The rows as a flat list (for tooling and tests). */
export function allOperations(): Operation[] {
  return Object.values(oderoPayOperations).flatMap((group) => Object.values(group) as Operation[]);
}
