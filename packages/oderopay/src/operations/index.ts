import type { Operation } from '@odeme/core';
import { cardOperations } from './cards.js';
import { checkoutOperations } from './checkout.js';
import { crossBookingOperations } from './cross-bookings.js';
import { creditPaymentOperations, moneyTransferOperations, walletPaymentOperations } from './extras.js';
import { installmentOperations } from './installments.js';
import { onboardingOperations } from './onboarding.js';
import { payByLinkOperations } from './pay-by-link.js';
import { paymentTransactionOperations } from './payment-transactions.js';
import { paymentOperations, threeDSOperations } from './payments.js';
import { refundOperations } from './refunds.js';
import { reportingOperations, settlementReportingOperations } from './reporting.js';
import { subscriptionV1Operations, subscriptionV2Operations } from './subscriptions.js';

/** Every ÖderoPay operation row, grouped by the client resource that exposes it. */
export const oderoPayOperations = {
  payments: paymentOperations,
  threeDS: threeDSOperations,
  checkout: checkoutOperations,
  refunds: refundOperations,
  cards: cardOperations,
  installments: installmentOperations,
  reporting: reportingOperations,
  onboarding: onboardingOperations,
  crossBookings: crossBookingOperations,
  settlementReporting: settlementReportingOperations,
  payByLink: payByLinkOperations,
  subscriptions: subscriptionV1Operations,
  subscriptionsV2: subscriptionV2Operations,
  paymentTransactions: paymentTransactionOperations,
  creditPayments: creditPaymentOperations,
  moneyTransfers: moneyTransferOperations,
  walletPayments: walletPaymentOperations,
} as const;

/** The rows as a flat list (for tooling and tests). */
export function allOperations(): Operation[] {
  return Object.values(oderoPayOperations).flatMap((group) => Object.values(group) as Operation[]);
}
