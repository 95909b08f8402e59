import { type CallOptions, type Transport, ValidationError } from '@odeme/core';
import { reportingSearchPayments } from './operations/reporting.js';
import type { PaymentDetail } from './types/reporting.js';

const PAGE_SIZE = 50;
/** Pages read at most: a conversationId names one payment (several only for the legs of a multi-card payment). */
const MAX_PAGES = 4;

/**
 * The payments ÖderoPay holds under a `conversationId`, newest first: how to settle a money call whose outcome is
 * `unknown` (`error.reference` is that call's `conversationId`). An empty list means ÖderoPay has no payment under it;
 * look again a little later before charging anew, since a payment the bank is still processing may not be listed
 * yet. Built on the reporting search (`GET /payment-reporting/v1/payments?conversationId=`); rows whose
 * `conversationId` differs are dropped, so a gateway that ignores the filter cannot hand back someone else's payment.
 *
 * @example
 * ```ts
 * try {
 *   await odero.payments.create(input);
 * } catch (error) {
 *   if (isOdemeError(error) && error.outcome === 'unknown') {
 *     const [payment] = await findPaymentsByConversationId(transport, error.reference as string);
 *     if (payment?.paymentStatus === 'SUCCESS') return payment; // charged after all: do not charge again
 *   }
 *   throw error;
 * }
 * ```
 */
export async function findPaymentsByConversationId(transport: Transport, conversationId: string, options?: CallOptions): Promise<PaymentDetail[]> {
  if (typeof conversationId !== 'string' || conversationId.trim() === '')
    throw new ValidationError([{ path: 'conversationId', message: 'a non-empty conversationId is required', code: 'invalid_type' }], {
      provider: 'oderopay',
      operation: 'payments.findByConversationId',
    });
  const found: PaymentDetail[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await transport.call(reportingSearchPayments, { conversationId, page, size: PAGE_SIZE }, options);
    for (const payment of answer.items) if (payment.conversationId === conversationId) found.push(payment);
    if (answer.items.length < PAGE_SIZE || (answer.totalSize !== undefined && (page + 1) * PAGE_SIZE >= answer.totalSize)) break;
  }
  return found;
}
