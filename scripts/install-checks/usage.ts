// What a user of @odeme/oderopay alone can write (pnpm's strict layout: only declared packages resolve): the client,
// core's errors and helpers from the same package, named types, one zod shared with the app.
import { type CreatePaymentParams, createPaymentRequest, OderoPay, type Payment, PaymentDeclinedError, toKurus } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import * as z from 'zod/mini';

const sim = new OderoPaySimulator({ apiKey: 'k', secretKey: 's' });
export const odero = new OderoPay({ apiKey: 'k', secretKey: 's', environment: 'sandbox', fetch: sim.fetch });
export const card = ODEROPAY_TEST_CARDS.success;
export const isDecline = (e: unknown) => e instanceof PaymentDeclinedError && e.retryWithAnotherCard;
export const kurus = toKurus('150.50');

// The app's zod and the SDK's are one copy: the SDK's schemas go into the app's own.
export const order = z.object({ payment: createPaymentRequest, note: z.string() });

export function misspelt(payment: Payment) {
  // @ts-expect-error: an answer is closed to the compiler, a misspelt field does not compile
  return payment.paymentStatuss;
}

// @ts-expect-error: ÖderoPay takes TRY, not TL
export const currency: CreatePaymentParams['currency'] = 'TL';
